"""Use cases the GUI and CLI call. Every act on a vault runs in a Session bound to a user."""
