"""Queries, one module per subject, so another engine can come later behind the same calls."""
