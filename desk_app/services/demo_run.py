"""What the demo generators share (:class:`DemoRun`), apart from :mod:`desk_app.services.demo`
so that the generator modules it registers can name it without importing it back."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.profile import OrgProfile

Progress = Callable[[str], None]


@dataclass
class DemoRun:
    """What the generators share: the session, the profile, the clock and the random stream."""

    session: Session
    profile: OrgProfile
    branch: str
    seed: int
    now: datetime
    rng: random.Random
    progress: Progress


#: A generator adds one kind of data and returns its summary (``counts`` says how many).
Generator = Callable[[DemoRun, dict[str, int]], dict[str, Any]]
