-- The engine under pressure: a delivery remembers that a send was attempted and not yet recorded
-- (so after a crash it is reconciled with the DM channel before any re-send), and why it was skipped.

ALTER TABLE deliveries ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN reason TEXT;  -- why a delivery was skipped or failed ('stale', ...)
