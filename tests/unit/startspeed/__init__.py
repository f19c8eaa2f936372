"""Start-up and list speed (DESIGN §8): indexes, cheap counts, lazy imports."""
