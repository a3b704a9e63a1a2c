-- Unsaved edits of a client file, kept encrypted in the vault when an idle
-- lock comes before Save (one per client and user; gone with the client).
CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    client_uuid TEXT NOT NULL REFERENCES clients (uuid) ON DELETE CASCADE,
    user        TEXT NOT NULL COLLATE NOCASE,
    saved_at    TEXT NOT NULL,
    body        TEXT NOT NULL,
    UNIQUE (client_uuid, user)
) STRICT;
