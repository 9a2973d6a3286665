"""Entry point of the frozen application (PyInstaller): the same as ``python -m desk_app``."""

from desk_app.cli import main

raise SystemExit(main())
