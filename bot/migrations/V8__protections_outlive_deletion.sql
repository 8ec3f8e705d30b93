-- Protections belong to the person who made them: blocks, avoid entries and reports must survive
-- the other person deleting their data. The other person is therefore also kept as a key: an HMAC
-- of their id with a secret of this installation (bot_meta 'person_key_secret'), so a block still
-- matches if they come back, while nothing readable about them remains once their id is gone.
-- The keys of rows written before this version are filled in by the bot at start-up
-- (bot/identity.py), because SQL cannot compute an HMAC.

CREATE TABLE reachout_blocks_v8 (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,   -- who blocked: the owner of the block
    blocked_id   INTEGER,            -- NULL once the blocked person deleted their data
    blocked_key  TEXT,
    created_at   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (guild_id, user_id, blocked_key)
);
INSERT INTO reachout_blocks_v8 (guild_id, user_id, blocked_id) SELECT guild_id, user_id, blocked_id FROM reachout_blocks;
DROP TABLE reachout_blocks;
ALTER TABLE reachout_blocks_v8 RENAME TO reachout_blocks;

CREATE TABLE buddy_avoid_v8 (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,   -- who asked never to be paired: the owner of the entry
    avoided_id   INTEGER,            -- NULL once the avoided person deleted their data
    avoided_key  TEXT,
    created_at   INTEGER NOT NULL,
    UNIQUE (guild_id, user_id, avoided_key)
);
INSERT INTO buddy_avoid_v8 (guild_id, user_id, avoided_id, created_at)
    SELECT guild_id, user_id, avoided_id, created_at FROM buddy_avoid;
DROP TABLE buddy_avoid;
ALTER TABLE buddy_avoid_v8 RENAME TO buddy_avoid;
CREATE INDEX buddy_avoid_guild ON buddy_avoid (guild_id);

-- Reach-outs keep their rows when either side deletes their data (the words are blanked and the
-- id forgotten), so the daily limits, blocks and a recipient's pending Report still hold.
CREATE TABLE reachouts_v8 (
    id             INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    sender_id      INTEGER,            -- kept for moderation even when anonymous (30 days)
    sender_key     TEXT,
    recipient_id   INTEGER,
    recipient_key  TEXT,
    message        TEXT,               -- the sender's own words, deleted by the retention job
    anonymous      INTEGER NOT NULL DEFAULT 0,
    revealed       INTEGER NOT NULL DEFAULT 0,
    reported_at    INTEGER,
    created_at     INTEGER NOT NULL,
    day            TEXT    NOT NULL    -- UTC date, for the daily limits
);
INSERT INTO reachouts_v8 (id, guild_id, sender_id, recipient_id, message, anonymous, revealed, created_at, day)
    SELECT id, guild_id, NULLIF(sender_id, 0), recipient_id, message, anonymous, revealed, created_at, day
    FROM reachouts;
DROP TABLE reachouts;
ALTER TABLE reachouts_v8 RENAME TO reachouts;
CREATE INDEX reachouts_sender ON reachouts (sender_key, day);
CREATE INDEX reachouts_recipient ON reachouts (recipient_key, day);

-- The minimal abuse ledger: which keyed sender was reported by which keyed reporter, and when.
-- Nobody's deletion resets it.
CREATE TABLE abuse_reports (
    id            INTEGER PRIMARY KEY,
    guild_id      INTEGER NOT NULL,
    sender_key    TEXT    NOT NULL,
    reporter_key  TEXT    NOT NULL,
    reported_at   INTEGER NOT NULL,
    UNIQUE (guild_id, sender_key, reporter_key)
);

-- Reach-outs paused for a sender in a server (after reports from two members, or by a moderator)
-- until a moderator restores them; reports before restored_at no longer count.
CREATE TABLE reachout_suspensions (
    guild_id      INTEGER NOT NULL,
    sender_key    TEXT    NOT NULL,
    suspended     INTEGER NOT NULL,
    changed_at    INTEGER NOT NULL,
    PRIMARY KEY (guild_id, sender_key)
);

-- An anonymous reach-out waits here while its sender reads who can see their name, then confirms.
CREATE TABLE reachout_drafts (
    id            INTEGER PRIMARY KEY,
    token         TEXT    NOT NULL,
    guild_id      INTEGER NOT NULL,
    sender_id     INTEGER NOT NULL,
    recipient_id  INTEGER NOT NULL,
    message       TEXT,
    created_at    INTEGER NOT NULL
);

-- Moderator actions about one member (a suspension) name that member here, so deleting their data
-- can forget them while the audit entry stays.
ALTER TABLE config_audit ADD COLUMN subject_id INTEGER;

-- Anonymous reach-outs are off unless a moderator turned them on: servers keep an explicit choice.
ALTER TABLE guilds RENAME COLUMN allow_anonymous TO allow_anonymous_v7;
ALTER TABLE guilds ADD COLUMN allow_anonymous INTEGER NOT NULL DEFAULT 0;
UPDATE guilds SET allow_anonymous = COALESCE(
    (SELECT CASE WHEN a.new_value = '1' THEN 1 ELSE 0 END FROM config_audit a
     WHERE a.guild_id = guilds.guild_id AND a.setting = 'allow_anonymous' ORDER BY a.id DESC LIMIT 1), 0);
ALTER TABLE guilds DROP COLUMN allow_anonymous_v7;
