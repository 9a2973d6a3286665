"""Shared test setup: Qt runs offscreen; hypothesis never uses deadlines on shared machines."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings  # noqa: E402

settings.register_profile("desk", deadline=None, max_examples=200)
settings.load_profile("desk")
