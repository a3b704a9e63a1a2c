-- The first client table: identity fields only. The domain issue extends it.
CREATE TABLE clients (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    given_names    TEXT NOT NULL,
    family_names   TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '',
    date_of_birth  TEXT,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
) STRICT;

CREATE INDEX clients_created_by ON clients (created_by COLLATE NOCASE);

-- Names for search: external content (no second copy of the names), accents
-- folded so "Maria" finds "María", prefixes indexed for type-ahead.
CREATE VIRTUAL TABLE clients_fts USING fts5(
    given_names, family_names, preferred_name,
    content = 'clients', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Deleted names must not linger in the index's shadow tables.
INSERT INTO clients_fts (clients_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients
BEGIN
    INSERT INTO clients_fts (rowid, given_names, family_names, preferred_name)
    VALUES (new.id, new.given_names, new.family_names, new.preferred_name);
END;

CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients
BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, given_names, family_names, preferred_name)
    VALUES ('delete', old.id, old.given_names, old.family_names, old.preferred_name);
END;

CREATE TRIGGER clients_fts_update AFTER UPDATE ON clients
BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, given_names, family_names, preferred_name)
    VALUES ('delete', old.id, old.given_names, old.family_names, old.preferred_name);
    INSERT INTO clients_fts (rowid, given_names, family_names, preferred_name)
    VALUES (new.id, new.given_names, new.family_names, new.preferred_name);
END;
