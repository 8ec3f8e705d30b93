-- Phrases a server's moderators add to the crisis or harm detector (on top of the defaults, which
-- cannot be removed). Who added one is in config_audit, not here: this table holds no member's id.
CREATE TABLE server_words (
    id        INTEGER PRIMARY KEY,
    guild_id  INTEGER NOT NULL,
    detector  TEXT    NOT NULL,   -- 'crisis' or 'harm'
    phrase    TEXT    NOT NULL,
    added_at  INTEGER NOT NULL,
    UNIQUE (guild_id, detector, phrase)
);
