"""Stage 1: plan files → cleaned text → section tree → chunks."""
