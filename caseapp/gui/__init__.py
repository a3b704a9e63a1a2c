"""The desktop interface: the only package that imports PySide6 (DESIGN.md §1, §8)."""
