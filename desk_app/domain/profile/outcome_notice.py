"""How the beneficiary is told the outcome of a request, as the association's policy puts it.

Every seed says the beneficiary is answered (accepted or refused); only seed 000 names the means:
«وسيتم موافاته بالجديد على الوسيلة المتفق عليها للتواصل معه» — the channel agreed with the
person. Where the policy says so, intake cannot open a request without that channel; elsewhere
it is asked too (defaulting to the person's preferred channel) but may stay blank.
"""

from __future__ import annotations

import dataclasses as dc
from typing import Any

KEYS = ("agreed_channel_required", "source")


@dc.dataclass(frozen=True)
class OutcomeNotice:
    """``agreed_channel_required``: a request needs the channel the person will be told on;
    ``source`` quotes the policy's sentence (shown to whoever edits the profile, never printed)."""

    agreed_channel_required: bool = False
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dc.asdict(self)


def read(reader: Any, d: Any, path: str = "outcome_notice") -> OutcomeNotice:
    """Parse the section with the profile's reader (its errors collected there); absent: the
    policy names no means, nothing is required."""
    if d is None:
        return OutcomeNotice()
    m = reader.obj(d, path, KEYS)
    if m is None:
        return OutcomeNotice()
    return OutcomeNotice(reader.boolean(m, "agreed_channel_required", path, False),
                         reader.text(m, "source", path, ""))
