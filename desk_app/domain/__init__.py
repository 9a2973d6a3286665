"""Pure business rules: no Qt, no SQLAlchemy (tests/domain/test_purity.py enforces it)."""
