-- Buddy pairings: the pool, avoid lists, rounds, groups and their members.

CREATE TABLE buddy_config (
    guild_id          INTEGER PRIMARY KEY,
    intro_channel_id  INTEGER,
    cadence           TEXT    NOT NULL DEFAULT 'off' CHECK (cadence IN ('off', 'weekly', 'biweekly', 'monthly')),
    rotation_day      INTEGER NOT NULL DEFAULT 0,        -- Monday = 0
    rotation_time     TEXT    NOT NULL DEFAULT '10:00',  -- in the server's time zone
    group_size        INTEGER NOT NULL DEFAULT 2 CHECK (group_size IN (2, 3)),
    recent_rounds     INTEGER NOT NULL DEFAULT 6,
    next_rotation_utc INTEGER,
    updated_at        INTEGER NOT NULL
);

CREATE INDEX buddy_config_due ON buddy_config (next_rotation_utc) WHERE next_rotation_utc IS NOT NULL;

CREATE TABLE buddy_pool (
    guild_id   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,
    about      TEXT,                -- shown only to future buddies
    timezone   TEXT    NOT NULL,
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

CREATE TABLE buddy_avoid (
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    avoided_id  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, avoided_id)
);

CREATE TABLE buddy_rounds (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    started_at  INTEGER NOT NULL
);

CREATE TABLE buddy_groups (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    round_id     INTEGER REFERENCES buddy_rounds (id) ON DELETE SET NULL,  -- NULL: paired by a moderator
    status       TEXT    NOT NULL CHECK (status IN ('proposed', 'active', 'ended', 'declined')),
    proposed_by  INTEGER,
    created_at   INTEGER NOT NULL,
    started_at   INTEGER,
    ended_at     INTEGER,
    thread_id    INTEGER
);

CREATE INDEX buddy_groups_guild ON buddy_groups (guild_id, status);

CREATE TABLE buddy_members (
    group_id   INTEGER NOT NULL REFERENCES buddy_groups (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL,
    accepted   INTEGER,             -- NULL: not answered yet (proposed pairings)
    connected  TEXT CHECK (connected IN ('yes', 'not_yet', 'not_working')),
    PRIMARY KEY (group_id, user_id)
);

CREATE INDEX buddy_members_user ON buddy_members (user_id);

CREATE TABLE buddy_pings (
    guild_id  INTEGER NOT NULL,
    user_id   INTEGER NOT NULL,
    day       TEXT    NOT NULL,     -- UTC date of the ping: once a day
    PRIMARY KEY (guild_id, user_id, day)
);
