"""caseapp: an encrypted case-file manager for legal-aid offices."""

__version__ = "0.1.0"
