-- Indexes for what an intake worker sees (only the clients they created) and
-- for the dashboard's missed asylum deadlines. No data changes.

-- The client list of one creator, by name, covering like clients_by_name: an
-- intake worker's pages start at their own first row instead of walking the
-- office's whole name index for rows of theirs (at 100,000 clients, every page).
CREATE INDEX clients_by_creator_name ON clients (
    created_by COLLATE NOCASE, family_names COLLATE NOCASE, given_names COLLATE NOCASE, id,
    uuid, preferred_name, date_of_birth
);

-- Open deadlines of one kind by due date: every missed one-year asylum
-- deadline, however old, without reading every other open overdue deadline.
CREATE INDEX deadlines_open_kind_due ON deadlines (kind, due_on) WHERE done_on IS NULL;
