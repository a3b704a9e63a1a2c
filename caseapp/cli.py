"""Command-line interface (placeholder; completed below)."""
