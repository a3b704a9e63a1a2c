-- Vault identity, users, and pre-audit security events.
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'attorney', 'paralegal', 'intake')),
    created_at TEXT NOT NULL,
    created_by TEXT,
    removed_at TEXT,
    removed_by TEXT
) STRICT;

-- A name may be reused only after its previous holder was removed.
CREATE UNIQUE INDEX users_active_name ON users (name COLLATE NOCASE) WHERE removed_at IS NULL;

-- Logins, failed unlocks, user and key changes. The audit log (a later
-- migration) takes these over; rows here never hold client data.
CREATE TABLE security_events (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL,
    user_name TEXT,
    subject   TEXT,
    detail    TEXT
) STRICT;
