-- Core tables every feature shares.

-- Small key/value facts the bot keeps about itself (e.g. the hash of the last synced command tree).
CREATE TABLE bot_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per server the bot has seen; feature settings live in their own tables.
CREATE TABLE guilds (
    guild_id         INTEGER PRIMARY KEY,
    timezone         TEXT,
    preferred_locale TEXT,
    joined_at        TEXT NOT NULL
);

-- What the bot knows about a member across servers: how to reach them and in which language.
CREATE TABLE members (
    user_id        INTEGER PRIMARY KEY,
    dm_channel_id  INTEGER,
    dm_closed_at   TEXT,
    last_locale    TEXT,
    updated_at     TEXT NOT NULL
);
