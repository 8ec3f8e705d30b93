-- Accountability goals: commitments, progress logs, and the weekly summary preference.

CREATE TABLE goals (
    id                  INTEGER PRIMARY KEY,
    user_id             INTEGER NOT NULL,
    guild_id            INTEGER NOT NULL,
    title               TEXT    NOT NULL,              -- stored as written; never pings anyone
    days                INTEGER,                       -- bit mask (Monday = 1), or NULL for times per week
    times_per_week      INTEGER CHECK (times_per_week BETWEEN 1 AND 7),
    local_time          TEXT    NOT NULL,              -- the nudge time, 'HH:MM' in the member's zone
    timezone            TEXT    NOT NULL,
    share_with_buddy    INTEGER NOT NULL DEFAULT 0,
    state               TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'removed')),
    nudges_without_done INTEGER NOT NULL DEFAULT 0,
    fits_asked          INTEGER NOT NULL DEFAULT 0,    -- "does this goal still fit?" is asked once
    created_at          INTEGER NOT NULL,
    CHECK ((days IS NULL) <> (times_per_week IS NULL))
);

CREATE INDEX goals_owner ON goals (user_id, guild_id, state);

CREATE TABLE goal_logs (
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    local_date TEXT    NOT NULL,                       -- the member's local date
    status     TEXT    NOT NULL CHECK (status IN ('done', 'not_today')),
    note       TEXT,
    logged_at  INTEGER NOT NULL,
    PRIMARY KEY (goal_id, local_date)                  -- one entry a day; logging again updates it
);
