"""SQLAlchemy storage: engine, tables, repositories and Alembic migrations."""
