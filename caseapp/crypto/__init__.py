"""Key derivation, key slots and recovery codes. Imports only cryptography and core."""
