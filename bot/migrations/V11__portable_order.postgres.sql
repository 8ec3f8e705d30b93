-- A group's members in the order they were paired (names, mentions). PostgreSQL has no rowid; its
-- databases start at this schema or are copied from SQLite with seq already filled in.
ALTER TABLE buddy_members ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
