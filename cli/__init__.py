"""Command-line commands: the same services as the GUI, never Qt."""
