-- Trust and pairings that last.

-- When a follow-up was answered (insights count only answers from completed weeks), and whether a
-- member asked to keep this group together.
ALTER TABLE buddy_members ADD COLUMN connected_at INTEGER;
ALTER TABLE buddy_members ADD COLUMN keep INTEGER NOT NULL DEFAULT 0;
-- A group every member wants to keep carries over to the next rounds.
ALTER TABLE buddy_groups ADD COLUMN kept INTEGER NOT NULL DEFAULT 0;

-- Consent follows the person: what a member lets "my buddy" receive is asked again for each pairing.
CREATE TABLE buddy_consents (
    group_id    INTEGER NOT NULL REFERENCES buddy_groups (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL,
    granted     INTEGER NOT NULL,          -- 1: yes for this pairing, 0: no
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

-- A kind word or an encouragement: once a day from one member to another.
CREATE TABLE buddy_kindness (
    guild_id   INTEGER NOT NULL,
    sender_id  INTEGER NOT NULL,
    user_id    INTEGER NOT NULL,           -- who received it
    day        TEXT    NOT NULL,
    PRIMARY KEY (guild_id, sender_id, user_id, day)
);

-- The gentle note that a professional can help with a run of hard days: once, then not for 30 days.
ALTER TABLE checkin_prefs ADD COLUMN professional_note_at INTEGER;

-- The non-crisis support section moderators edit next to the crisis resources.
ALTER TABLE guilds ADD COLUMN support_text TEXT;
