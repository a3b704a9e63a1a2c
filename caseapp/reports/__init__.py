"""PDFs: the only importer of reportlab and pikepdf (DESIGN.md §7).

Everything is rendered into memory; nothing here writes a file. Saving (and
encrypting) is the caller's choice, through ``protect``.
"""
