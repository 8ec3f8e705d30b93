-- Check-ins: consent, preferences and answers.

CREATE TABLE checkin_prefs (
    user_id           INTEGER NOT NULL,
    guild_id          INTEGER NOT NULL,
    consented_at      INTEGER NOT NULL,
    buddy_note_after  INTEGER,                 -- NULL: off (the default)
    PRIMARY KEY (user_id, guild_id)
);

CREATE TABLE checkin_answers (
    delivery_id  INTEGER PRIMARY KEY REFERENCES deliveries (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    guild_id     INTEGER NOT NULL,
    answer       INTEGER CHECK (answer BETWEEN 1 AND 5),  -- NULL: a note came before the answer
    note         TEXT,
    answered_at  INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE INDEX checkin_answers_user ON checkin_answers (user_id, guild_id, answered_at);

-- Server settings the check-in feature reads (moderators set them).
ALTER TABLE guilds ADD COLUMN support_channel_id INTEGER;
ALTER TABLE guilds ADD COLUMN support_role_id INTEGER;
ALTER TABLE guilds ADD COLUMN resources_text TEXT;
ALTER TABLE guilds ADD COLUMN checkin_default_time TEXT;
