-- A group's members in the order they were paired (names, mentions), without relying on SQLite's rowid.
ALTER TABLE buddy_members ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE buddy_members SET seq = rowid;
