-- The scheduling engine: every bot-initiated message comes from a schedule and is one delivery.
-- Instants are UTC epoch seconds; local dates are 'YYYY-MM-DD' in the schedule's zone.

CREATE TABLE schedules (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,            -- 'checkin' (later: nudges, summaries, follow-ups)
    user_id       INTEGER NOT NULL,
    guild_id      INTEGER NOT NULL,
    ref_id        INTEGER NOT NULL DEFAULT 0,  -- the feature's own row (e.g. a goal); 0 when none
    local_time    TEXT    NOT NULL,            -- 'HH:MM'
    days          INTEGER NOT NULL,            -- bit mask, Monday = 1 ... Sunday = 64
    timezone      TEXT    NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'stopped')),
    paused_until  INTEGER,                     -- shown to the member; next_run_utc already honours it
    pause_reason  TEXT,
    next_run_utc  INTEGER,                     -- when the dispatcher acts; NULL unless active
    next_slot     TEXT,                        -- the local date that run belongs to
    last_variant  INTEGER,                     -- the text variant sent last, never repeated next
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (kind, user_id, guild_id, ref_id)
);

-- A wake-up reads only what is due: its cost does not grow with schedules that are not.
CREATE INDEX schedules_due ON schedules (next_run_utc) WHERE state = 'active';
CREATE INDEX schedules_user ON schedules (user_id);

CREATE TABLE deliveries (
    id           INTEGER PRIMARY KEY,
    schedule_id  INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    slot         TEXT    NOT NULL,             -- local date, or date + '/now-<n>' or '/snooze-<n>'
    root_id      INTEGER REFERENCES deliveries (id) ON DELETE CASCADE,  -- what a snooze repeats
    user_id      INTEGER NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'undeliverable', 'skipped', 'failed')),
    due_utc      INTEGER NOT NULL,             -- when to (re)try
    first_due    INTEGER NOT NULL,             -- when it was first due: retries stop after the window
    lease_until  INTEGER,                      -- a dispatcher is sending it until then
    attempts     INTEGER NOT NULL DEFAULT 0,
    variant      INTEGER,
    channel_id   INTEGER,
    message_id   INTEGER,
    created_at   INTEGER NOT NULL,
    sent_at      INTEGER,
    UNIQUE (schedule_id, slot)                 -- nothing is ever sent twice for the same slot
);

CREATE INDEX deliveries_pending ON deliveries (due_utc) WHERE status = 'pending';
CREATE INDEX deliveries_user ON deliveries (user_id);

-- Quiet hours apply to every bot-initiated DM a member gets.
ALTER TABLE members ADD COLUMN quiet_start TEXT;
ALTER TABLE members ADD COLUMN quiet_end TEXT;
ALTER TABLE members ADD COLUMN dm_note_shown INTEGER NOT NULL DEFAULT 0;
