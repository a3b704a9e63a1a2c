-- Vault identity, users, and the audit log (DESIGN.md §3–4).
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

-- Which key slots may exist. vault.keys is outside the encrypted database, so
-- anyone with write access to the folder could add a slot of their own; a
-- slot whose public key is not listed here is dropped at unlock and never
-- receives a key at rekey. A slot has two rows only while its key pair is
-- being replaced (a passphrase change), so that a crash leaves one of them valid.
CREATE TABLE key_slots (
    slot_id       TEXT NOT NULL,
    public_key    BLOB NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('user', 'recovery')),
    user_uuid     TEXT,
    registered_at TEXT NOT NULL,
    PRIMARY KEY (slot_id, public_key)
) STRICT;

-- One row per recorded act. Field names only, never values: purging a client
-- leaves nothing personal here. hash = h_i of the chain, tag = HMAC(A_i, h_i).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    fields      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    hash        BLOB NOT NULL,
    tag         BLOB NOT NULL
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity_id, seq) WHERE entity_id <> '';
CREATE INDEX audit_log_user ON audit_log (user_name COLLATE NOCASE, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The chain's current state: last sequence, its hash, and the MAC key for the
-- next entry (A_{seq+1}); earlier keys are gone.
CREATE TABLE audit_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    seq      INTEGER NOT NULL,
    head     BLOB NOT NULL,
    next_key BLOB NOT NULL
) STRICT;
