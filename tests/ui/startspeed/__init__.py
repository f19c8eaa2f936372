"""Start-up and list speed (DESIGN §8): lazy pages."""
