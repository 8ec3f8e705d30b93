-- Reaching out, asking for support, and the settings that protect people.

CREATE TABLE reachouts (
    id            INTEGER PRIMARY KEY,
    guild_id      INTEGER NOT NULL,
    sender_id     INTEGER NOT NULL,    -- kept for moderation even when anonymous (30 days)
    recipient_id  INTEGER NOT NULL,
    message       TEXT,                -- the sender's own words, deleted by the retention job
    anonymous     INTEGER NOT NULL DEFAULT 0,
    revealed      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    day           TEXT    NOT NULL     -- UTC date, for the daily limits
);

CREATE INDEX reachouts_sender ON reachouts (sender_id, day);
CREATE INDEX reachouts_recipient ON reachouts (recipient_id, day);

CREATE TABLE reachout_optouts (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE reachout_blocks (
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    blocked_id  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, blocked_id)
);

CREATE TABLE support_requests (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    note        TEXT,
    created_at  INTEGER NOT NULL,
    thread_id   INTEGER
);

ALTER TABLE guilds ADD COLUMN allow_anonymous INTEGER NOT NULL DEFAULT 1;
ALTER TABLE guilds ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 180;
