-- One budget for every process of the bot (PostgreSQL): the moment Discord's global limit next has
-- room, in microseconds since the epoch. A process reserves a few permits by moving it forward.
CREATE TABLE send_budget (
    scope    TEXT PRIMARY KEY,
    next_at  INTEGER NOT NULL
);
INSERT INTO send_budget (scope, next_at) VALUES ('global', 0);
