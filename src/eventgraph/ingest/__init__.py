"""Reading inputs (corpus lines, text files, saved pages) and writing their facts into a store."""
