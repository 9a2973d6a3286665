"""The profile presets shipped with the app (``desk_app/presets/<key>.json``), one per seed
association. Reading them is file I/O, so it lives here rather than in the domain."""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable

from desk_app.domain.profile import OrgProfile, PresetInfo
from desk_app.domain.profile.vocabularies import CODE_RE


def _presets_dir() -> Traversable:
    return files("desk_app") / "presets"


def list_presets() -> list[PresetInfo]:
    """The shipped presets, sorted by key."""
    out = []
    for entry in _presets_dir().iterdir():
        if entry.name.endswith(".json") and entry.is_file():
            data = json.loads(entry.read_text(encoding="utf-8"))
            out.append(PresetInfo(entry.name[: -len(".json")], data["name_ar"], data["name_en"]))
    return sorted(out, key=lambda p: p.key)


def load_preset(key: str) -> OrgProfile:
    """The validated profile shipped as ``presets/<key>.json``; KeyError if there is none."""
    if not isinstance(key, str) or not CODE_RE.match(key):
        raise KeyError(f"unknown preset: {key!r}")
    entry = _presets_dir() / f"{key}.json"
    if not entry.is_file():
        raise KeyError(f"unknown preset: {key!r}")
    return OrgProfile.from_dict(json.loads(entry.read_text(encoding="utf-8")))
