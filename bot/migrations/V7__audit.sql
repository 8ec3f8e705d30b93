-- Who changed which server setting, when: written by every /config and /setup change.

CREATE TABLE config_audit (
    id            INTEGER PRIMARY KEY,
    guild_id      INTEGER NOT NULL,
    moderator_id  INTEGER,               -- forgotten (NULL) if that moderator deletes their data
    setting       TEXT    NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    changed_at    INTEGER NOT NULL
);

CREATE INDEX config_audit_guild ON config_audit (guild_id, id);
