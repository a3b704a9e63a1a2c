-- Field laptops enrolled to send sealed intakes (issue 7), and the bundles
-- that came in from them: the same bundle, or the same intake sealed twice,
-- is imported once.
CREATE TABLE field_devices (
    device_id    TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    public_key   BLOB NOT NULL CHECK (length(public_key) = 32),
    form_version TEXT NOT NULL,
    enrolled_at  TEXT NOT NULL,
    enrolled_by  TEXT NOT NULL,
    revoked_at   TEXT
) STRICT;

CREATE TABLE field_imports (
    bundle_id   TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL REFERENCES field_devices (device_id),
    source_uuid TEXT NOT NULL UNIQUE,
    client_uuid TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
) STRICT;
