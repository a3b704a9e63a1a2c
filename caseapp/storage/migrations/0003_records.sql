-- The intake and case records (DESIGN.md §5-6, issue 4).
--
-- Every record table has the same frame: an integer rowid, a UUID (identity
-- for merging), the client it belongs to (deleted with the client), and who
-- created and last changed it, when. Column names are the field names of the
-- dataclasses in caseapp/core/records.py (a test holds the two together).
-- Dates are ISO 8601 text, booleans 0/1, money decimal text, lists
-- comma-separated codes. "No value" in a reference column is NULL.

ALTER TABLE clients ADD COLUMN gender TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN country_of_birth TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN citizenships TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN interpreter_needed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clients ADD COLUMN interpreter_language TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN immigration_status TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE clients ADD COLUMN status_expires TEXT;
ALTER TABLE clients ADD COLUMN region TEXT NOT NULL DEFAULT '48_states_dc';

-- The client list is sorted by name and paged by key (never OFFSET). Covering:
-- a page is read from the index alone, not from 50 table pages scattered by
-- insertion order (each one decrypted) — half the time at 100,000 clients.
CREATE INDEX clients_by_name ON clients (
    family_names COLLATE NOCASE, given_names COLLATE NOCASE, id,
    uuid, preferred_name, date_of_birth, created_by
);

-- Search over names, aliases and identifiers replaces the name-only index of
-- 0002. rowid = clients.id. It keeps its own copy of the text (a few hundred
-- bytes a client): FTS5's secure-delete needs the old text to take a removed
-- client's words out of the index, and a contentless table (contentless_delete)
-- only marks them deleted, leaving the words in the shadow tables.
DROP TRIGGER clients_fts_insert;
DROP TRIGGER clients_fts_delete;
DROP TRIGGER clients_fts_update;
DROP TABLE clients_fts;

CREATE VIRTUAL TABLE client_search USING fts5(
    names, aliases, numbers,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO client_search (client_search, rank) VALUES ('secure-delete', 1);

CREATE TABLE aliases (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    client_uuid  TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    given_names  TEXT NOT NULL,
    family_names TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX aliases_client ON aliases (client_uuid);

CREATE TABLE identifiers (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('a_number', 'itin', 'ssn')),
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX identifiers_client ON identifiers (client_uuid);
CREATE INDEX identifiers_value ON identifiers (value);

CREATE TABLE phones (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    client_uuid       TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    number            TEXT NOT NULL,
    label             TEXT NOT NULL DEFAULT '',
    safe_to_call      INTEGER NOT NULL DEFAULT 0,
    safe_to_text      INTEGER NOT NULL DEFAULT 0,
    safe_to_voicemail INTEGER NOT NULL DEFAULT 0,
    "primary"         INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
) STRICT;
CREATE INDEX phones_client ON phones (client_uuid);

CREATE TABLE emails (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    client_uuid   TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    address       TEXT NOT NULL,
    label         TEXT NOT NULL DEFAULT '',
    safe_to_email INTEGER NOT NULL DEFAULT 0,
    "primary"     INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX emails_client ON emails (client_uuid);

CREATE TABLE addresses (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    client_uuid  TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    line1        TEXT NOT NULL,
    line2        TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    postal_code  TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT 'US',
    label        TEXT NOT NULL DEFAULT '',
    safe_to_mail INTEGER NOT NULL DEFAULT 0,
    current      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
) STRICT;
CREATE INDEX addresses_client ON addresses (client_uuid);

CREATE TABLE safety (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    client_uuid       TEXT NOT NULL UNIQUE REFERENCES clients (uuid) ON DELETE CASCADE,
    code_word         TEXT NOT NULL DEFAULT '',
    alternate_contact TEXT NOT NULL DEFAULT '',
    domestic_violence INTEGER NOT NULL DEFAULT 0,
    trafficking       INTEGER NOT NULL DEFAULT 0,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
) STRICT;

CREATE TABLE household_members (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    client_uuid   TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    given_names   TEXT NOT NULL,
    family_names  TEXT NOT NULL DEFAULT '',
    relationship  TEXT NOT NULL,
    date_of_birth TEXT,
    in_household  INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX household_members_client ON household_members (client_uuid);

CREATE TABLE incomes (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    client_uuid    TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    amount         TEXT NOT NULL,
    frequency      TEXT NOT NULL,
    source         TEXT NOT NULL,
    member_uuid    TEXT REFERENCES household_members (uuid) ON DELETE CASCADE,
    hours_per_week TEXT,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX incomes_client ON incomes (client_uuid);
CREATE INDEX incomes_member ON incomes (member_uuid) WHERE member_uuid IS NOT NULL;

CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    entry_date  TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    manner      TEXT NOT NULL,
    admitted_as TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX entries_client ON entries (client_uuid, entry_date);

CREATE TABLE applications (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    client_uuid    TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    form           TEXT NOT NULL,
    receipt_number TEXT NOT NULL DEFAULT '',
    filed_on       TEXT,
    status         TEXT NOT NULL,
    decided_on     TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
) STRICT;
CREATE INDEX applications_client ON applications (client_uuid);

CREATE TABLE proceedings (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    court       TEXT NOT NULL DEFAULT '',
    judge       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX proceedings_client ON proceedings (client_uuid);

CREATE TABLE check_ins (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    office      TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX check_ins_client ON check_ins (client_uuid);
CREATE INDEX check_ins_at ON check_ins (at);

CREATE TABLE detentions (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    facility    TEXT NOT NULL,
    detained_on TEXT,
    released_on TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX detentions_client ON detentions (client_uuid);

CREATE TABLE conflict_checks (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    client_uuid   TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    decision      TEXT NOT NULL CHECK (decision IN ('no_conflict', 'cleared', 'conflict')),
    hits          INTEGER NOT NULL,
    adverse_names TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX conflict_checks_client ON conflict_checks (client_uuid);

CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    client_uuid         TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    subcode             TEXT NOT NULL,
    opened_on           TEXT NOT NULL,
    title               TEXT NOT NULL DEFAULT '',
    lsc_code            TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN ('open', 'pending', 'closed')),
    funding_source      TEXT NOT NULL DEFAULT '',
    closed_on           TEXT,
    closing_code        TEXT NOT NULL DEFAULT '',
    outcome             TEXT NOT NULL DEFAULT '',
    -- No case without a recorded conflict check (DESIGN.md §6).
    conflict_check_uuid TEXT NOT NULL REFERENCES conflict_checks (uuid),
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL
) STRICT;
CREATE INDEX cases_client ON cases (client_uuid);
CREATE INDEX cases_conflict_check ON cases (conflict_check_uuid);

CREATE TABLE hearings (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    client_uuid     TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    starts_at       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    location        TEXT NOT NULL DEFAULT '',
    judge           TEXT NOT NULL DEFAULT '',
    proceeding_uuid TEXT REFERENCES proceedings (uuid) ON DELETE SET NULL,
    case_uuid       TEXT REFERENCES cases (uuid) ON DELETE CASCADE,
    outcome         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
) STRICT;
CREATE INDEX hearings_client ON hearings (client_uuid);
CREATE INDEX hearings_starts ON hearings (starts_at);
CREATE INDEX hearings_case ON hearings (case_uuid) WHERE case_uuid IS NOT NULL;
CREATE INDEX hearings_proceeding ON hearings (proceeding_uuid) WHERE proceeding_uuid IS NOT NULL;

CREATE TABLE parties (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    client_uuid   TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    case_uuid     TEXT NOT NULL REFERENCES cases (uuid) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('adverse', 'related')),
    given_names   TEXT NOT NULL DEFAULT '',
    family_names  TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    relationship  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
) STRICT;
CREATE INDEX parties_client ON parties (client_uuid);
CREATE INDEX parties_case ON parties (case_uuid);

CREATE TABLE deadlines (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    case_uuid   TEXT REFERENCES cases (uuid) ON DELETE CASCADE,
    done_on     TEXT,
    computed    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX deadlines_client ON deadlines (client_uuid);
-- The dashboard: open deadlines by due date.
-- (kind and done_on in it so that counting overdue ones reads the index alone)
CREATE INDEX deadlines_open_due ON deadlines (due_on, kind, done_on) WHERE done_on IS NULL;
CREATE INDEX deadlines_case ON deadlines (case_uuid) WHERE case_uuid IS NOT NULL;

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    due_on      TEXT,
    case_uuid   TEXT REFERENCES cases (uuid) ON DELETE CASCADE,
    assigned_to TEXT NOT NULL DEFAULT '',
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_client ON tasks (client_uuid);
CREATE INDEX tasks_open_due ON tasks (due_on, done_on) WHERE done_on IS NULL AND due_on IS NOT NULL;
CREATE INDEX tasks_case ON tasks (case_uuid) WHERE case_uuid IS NOT NULL;

-- Notes: rowid order is creation order, so "newest first" is rowid descending
-- and needs no ranking of the whole corpus.
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    case_uuid   TEXT REFERENCES cases (uuid) ON DELETE CASCADE,
    privileged  INTEGER NOT NULL DEFAULT 0,
    sensitive   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX notes_client ON notes (client_uuid, id);
CREATE INDEX notes_case ON notes (case_uuid) WHERE case_uuid IS NOT NULL;

CREATE TABLE time_entries (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    case_uuid   TEXT NOT NULL REFERENCES cases (uuid) ON DELETE CASCADE,
    worked_on   TEXT NOT NULL,
    minutes     INTEGER NOT NULL,
    activity    TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    worker      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX time_entries_client ON time_entries (client_uuid);
CREATE INDEX time_entries_case ON time_entries (case_uuid);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    case_uuid   TEXT REFERENCES cases (uuid) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX documents_client ON documents (client_uuid);
CREATE INDEX documents_case ON documents (case_uuid) WHERE case_uuid IS NOT NULL;

-- The bytes apart from the description, so listing a client's documents
-- never pages through the files themselves.
CREATE TABLE document_contents (
    document_uuid TEXT PRIMARY KEY REFERENCES documents (uuid) ON DELETE CASCADE,
    content       BLOB NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE checklist_items (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    case_uuid   TEXT NOT NULL REFERENCES cases (uuid) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    "key"       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    received_on TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
) STRICT;
CREATE INDEX checklist_items_client ON checklist_items (client_uuid);
CREATE INDEX checklist_items_case ON checklist_items (case_uuid);

-- Clients made by `caseapp demo`. Synthetic people go only into a vault that
-- holds nothing else: the demo refuses as soon as any client is not listed here.
CREATE TABLE synthetic_clients (
    client_uuid TEXT PRIMARY KEY REFERENCES clients (uuid) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- Note search, newest first (rowid = notes.id). External content: the notes
-- are not stored twice; the triggers hand FTS5 the old text on every change,
-- so secure-delete takes the old words out. Sensitive notes (tier 1) are not
-- indexed: a hit would tell a searcher what a hidden note says.
-- The index's content is this view, not the notes table, so that FTS5's own
-- integrity check compares it with exactly the notes it should hold.
CREATE VIEW searchable_notes AS SELECT id, body FROM notes WHERE sensitive = 0;

CREATE VIRTUAL TABLE note_search USING fts5(
    body,
    content = 'searchable_notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO note_search (note_search, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes WHEN new.sensitive = 0
BEGIN
    INSERT INTO note_search (rowid, body) VALUES (new.id, new.body);
END;

-- An external-content index must be told exactly what it holds: a 'delete'
-- for a note it never indexed would corrupt it.
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes WHEN old.sensitive = 0
BEGIN
    INSERT INTO note_search (note_search, rowid, body) VALUES ('delete', old.id, old.body);
END;

-- One trigger, in this order: the old words out, then the new ones in.
CREATE TRIGGER notes_search_update AFTER UPDATE OF body, sensitive ON notes
BEGIN
    INSERT INTO note_search (note_search, rowid, body)
    SELECT 'delete', old.id, old.body WHERE old.sensitive = 0;
    INSERT INTO note_search (rowid, body) SELECT new.id, new.body WHERE new.sensitive = 0;
END;

-- Names for the conflict check: clients, aliases, household members and case
-- parties, normalised in Python (core.conflicts) and kept by the storage
-- code; name_index_search holds the normalised tokens (rowid = name_index.id;
-- with its own copy of them, for secure-delete, as client_search).
CREATE TABLE name_index (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    client_uuid   TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    record_uuid   TEXT NOT NULL UNIQUE,
    given_names   TEXT NOT NULL,
    family_names  TEXT NOT NULL,
    date_of_birth TEXT
) STRICT;
CREATE INDEX name_index_client ON name_index (client_uuid);
CREATE INDEX name_index_dob ON name_index (date_of_birth) WHERE date_of_birth IS NOT NULL;

CREATE VIRTUAL TABLE name_index_search USING fts5(
    tokens,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1'
);
INSERT INTO name_index_search (name_index_search, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER name_index_delete AFTER DELETE ON name_index
BEGIN
    DELETE FROM name_index_search WHERE rowid = old.id;
END;

-- client_search: one row per client, rebuilt from the client, its aliases,
-- identifiers and receipt numbers whenever any of them changes. Digits-only
-- forms of the numbers are indexed (and A-numbers also without their padding
-- zeros), so "123456789" finds A123-456-789.
-- Letters that unicode61's remove_diacritics does not fold (Ł, Ø, Đ, ß, Æ, Œ,
-- ı, Þ) are indexed a second time spelled plainly, so "Zolkiewski" finds
-- "Żółkiewski" and "Do" finds "Đỗ". An insert touches the row so that the
-- update trigger, the one place that builds the row, does the work.
CREATE TRIGGER clients_search_insert AFTER INSERT ON clients
BEGIN
    UPDATE clients SET given_names = given_names WHERE id = new.id;
END;

CREATE TRIGGER clients_search_update AFTER UPDATE OF given_names, family_names, preferred_name ON clients
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
    INSERT INTO client_search (rowid, names, aliases, numbers)
    SELECT new.id, n || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(n, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ß', 'ss'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i'), 'þ', 'th'), 'Þ', 'TH'), a || ' ' || replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a, 'ł', 'l'), 'Ł', 'L'), 'ø', 'o'), 'Ø', 'O'), 'đ', 'd'), 'Đ', 'D'), 'ß', 'ss'), 'æ', 'ae'), 'Æ', 'AE'), 'œ', 'oe'), 'Œ', 'OE'), 'ı', 'i'), 'þ', 'th'), 'Þ', 'TH'),
        coalesce((SELECT group_concat(i.value || ' ' || ltrim(i.value, '0'), ' ')
                  FROM identifiers i WHERE i.client_uuid = new.uuid), '') || ' ' ||
        coalesce((SELECT group_concat(p.receipt_number, ' ')
                  FROM applications p WHERE p.client_uuid = new.uuid AND p.receipt_number <> ''), '')
    FROM (SELECT new.given_names || ' ' || new.family_names || ' ' || new.preferred_name AS n,
                 coalesce((SELECT group_concat(a.given_names || ' ' || a.family_names, ' ')
                           FROM aliases a WHERE a.client_uuid = new.uuid), '') AS a);
END;

CREATE TRIGGER clients_search_delete AFTER DELETE ON clients
BEGIN
    DELETE FROM client_search WHERE rowid = old.id;
END;

-- A change to an alias, identifier or receipt number rebuilds its client's
-- row by touching the client (the update trigger above does the work).
CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = new.client_uuid;
END;
CREATE TRIGGER aliases_search_update AFTER UPDATE ON aliases
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = new.client_uuid;
END;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON aliases
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = old.client_uuid;
END;

CREATE TRIGGER identifiers_search_insert AFTER INSERT ON identifiers
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = new.client_uuid;
END;
CREATE TRIGGER identifiers_search_update AFTER UPDATE ON identifiers
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = new.client_uuid;
END;
CREATE TRIGGER identifiers_search_delete AFTER DELETE ON identifiers
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = old.client_uuid;
END;

CREATE TRIGGER applications_search_insert AFTER INSERT ON applications WHEN new.receipt_number <> ''
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = new.client_uuid;
END;
CREATE TRIGGER applications_search_update AFTER UPDATE OF receipt_number ON applications
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = new.client_uuid;
END;
CREATE TRIGGER applications_search_delete AFTER DELETE ON applications WHEN old.receipt_number <> ''
BEGIN
    UPDATE clients SET given_names = given_names WHERE uuid = old.client_uuid;
END;

-- Clients recorded before this migration.
UPDATE clients SET given_names = given_names;

-- Their conflict-check names are computed in Python: ask for a rebuild.
INSERT INTO vault_meta (key, value) VALUES ('name_index_stale', '1');
