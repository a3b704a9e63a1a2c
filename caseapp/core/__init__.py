"""Domain values and rules. Standard library only."""
