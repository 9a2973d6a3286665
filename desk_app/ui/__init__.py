"""Qt widgets only. Screens talk to services, never to SQLAlchemy (a test enforces it)."""
