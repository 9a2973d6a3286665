"""State machines for the desk's workflows: which status may follow which.

A :class:`StateMachine` is data (a mapping of state → the states that may follow it), so the
complaint workflow can be declared beside :data:`REQUEST` without new code. Services call
:meth:`StateMachine.check` before every status change; the change itself is recorded in the
audit trail by the storage layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desk_app.domain.validation import FieldError, ValidationFailed


class TransitionNotAllowed(ValidationFailed):
    """A status change the workflow forbids (code ``transition_not_allowed``, field ``status``)."""

    def __init__(self, machine: str, current: str, target: str):
        self.machine, self.current, self.target = machine, current, target
        super().__init__([FieldError("status", "transition_not_allowed",
                                     {"machine": machine, "from": current, "to": target})])


class StateMachine:
    """Allowed transitions between named states.

    Args:
        name: what the machine governs (``"request"``), carried in errors.
        transitions: every state → the states that may follow it (terminal states map to
            an empty set). States only named as targets are terminal too.
        initial: the state a new record starts in.
    """

    def __init__(self, name: str, transitions: Mapping[str, Iterable[str]], initial: str):
        self.name = name
        self._next: dict[str, frozenset[str]] = {a: frozenset(bs) for a, bs in transitions.items()}
        for targets in list(self._next.values()):
            for b in targets:
                self._next.setdefault(b, frozenset())
        if initial not in self._next:
            raise ValueError(f"unknown initial state: {initial!r}")
        self.initial = initial

    @property
    def states(self) -> frozenset[str]:
        return frozenset(self._next)

    def allowed(self, state: str) -> frozenset[str]:
        """The states that may follow ``state`` (``KeyError`` for an unknown state)."""
        return self._next[state]

    def can(self, current: str, target: str) -> bool:
        return target in self._next.get(current, frozenset())

    def check(self, current: str, target: str) -> None:
        """Raise :class:`TransitionNotAllowed` unless ``current`` → ``target`` is allowed."""
        if not self.can(current, target):
            raise TransitionNotAllowed(self.name, current, target)

    def is_terminal(self, state: str) -> bool:
        return not self._next.get(state)


# --- service requests (R-INT-4, R-VER-4) ---------------------------------------------------------

RECEIVED = "received"
INCOMPLETE = "incomplete"
COMPLETE = "complete"           # the response clock starts
COMMITTEE = "committee"         # under the competent committee's study
STUDY = "under_study"           # referred inside: with the social researcher or a department
ACCEPTED = "accepted"
REJECTED = "rejected"
REFERRED = "referred"           # at intake (R-INT-6) or by the committee
SERVED = "served"
WITHDRAWN = "withdrawn"
CLOSED = "closed"

REQUEST_STATES: tuple[str, ...] = (RECEIVED, INCOMPLETE, COMPLETE, STUDY, COMMITTEE, ACCEPTED,
                                   REJECTED, REFERRED, SERVED, WITHDRAWN, CLOSED)

#: Decisions a committee may record, each the status it leads to.
DECISIONS: tuple[str, ...] = (ACCEPTED, REJECTED, REFERRED)

#: Requests still waiting for the association (shown on the waiting list).
OPEN_STATES: tuple[str, ...] = (RECEIVED, INCOMPLETE, COMPLETE, STUDY, COMMITTEE)

# An internal referral (seeds 001/002: the social research officer; 004: the concerned
# department) keeps the request alive in STUDY; it comes back to the desk (incomplete or complete,
# as its checklist stands) or goes on to the committee. The committee may also send a request
# back for study. Only an external referral (003 §5-10: another association) is REFERRED, an end.
REQUEST = StateMachine(
    "request",
    {
        RECEIVED: {INCOMPLETE, COMPLETE, STUDY, REFERRED, WITHDRAWN},
        INCOMPLETE: {COMPLETE, STUDY, REFERRED, WITHDRAWN},
        COMPLETE: {COMMITTEE, STUDY, WITHDRAWN},
        STUDY: {INCOMPLETE, COMPLETE, COMMITTEE, WITHDRAWN},
        COMMITTEE: {ACCEPTED, REJECTED, REFERRED, STUDY},
        ACCEPTED: {SERVED, CLOSED},
        REJECTED: {CLOSED},
        REFERRED: {CLOSED},
        SERVED: {CLOSED},
        WITHDRAWN: set(),
        CLOSED: set(),
    },
    initial=RECEIVED,
)

# --- complaints (R-CMP-2, R-CMP-3) ---------------------------------------------------------------

C_RECEIVED = "received"
C_ASSIGNED = "assigned"                  # to the follow-up committee
C_UNDER_REVIEW = "under_review"
C_RESOLVED_AMICABLY = "resolved_amicably"
C_RESOLVED_ACTION = "resolved_action"    # resolved with action (incl. compensation)
C_REJECTED = "rejected"                  # with a reason
C_ESCALATED = "escalated"                # to the investigation and follow-up committee
C_CLOSED = "closed"
C_REOPENED = "reopened"                  # on appeal

COMPLAINT_STATES: tuple[str, ...] = (
    C_RECEIVED, C_ASSIGNED, C_UNDER_REVIEW, C_ESCALATED, C_RESOLVED_AMICABLY, C_RESOLVED_ACTION,
    C_REJECTED, C_CLOSED, C_REOPENED,
)

COMPLAINT = StateMachine(
    "complaint",
    {
        C_RECEIVED: {C_ASSIGNED, C_REJECTED},
        C_ASSIGNED: {C_UNDER_REVIEW, C_ESCALATED},
        C_UNDER_REVIEW: {C_RESOLVED_AMICABLY, C_RESOLVED_ACTION, C_REJECTED, C_ESCALATED},
        C_ESCALATED: {C_RESOLVED_ACTION, C_REJECTED},
        C_RESOLVED_AMICABLY: {C_CLOSED},
        C_RESOLVED_ACTION: {C_CLOSED},
        C_REJECTED: {C_CLOSED},
        C_CLOSED: {C_REOPENED},
        C_REOPENED: {C_UNDER_REVIEW, C_ESCALATED},
    },
    initial=C_RECEIVED,
)

#: Complaints the association still has to settle: their handling clock is running.
COMPLAINT_OPEN_STATES: tuple[str, ...] = (C_RECEIVED, C_ASSIGNED, C_UNDER_REVIEW, C_ESCALATED,
                                          C_REOPENED)
#: Settled (the clock stopped) but not yet closed.
COMPLAINT_SETTLED_STATES: tuple[str, ...] = (C_RESOLVED_AMICABLY, C_RESOLVED_ACTION, C_REJECTED)

__all__ = [
    "ACCEPTED", "CLOSED", "COMMITTEE", "COMPLETE", "DECISIONS", "INCOMPLETE", "OPEN_STATES",
    "RECEIVED", "REFERRED", "REJECTED", "REQUEST", "REQUEST_STATES", "SERVED", "STUDY",
    "WITHDRAWN",
    "StateMachine", "TransitionNotAllowed",
    "COMPLAINT", "COMPLAINT_OPEN_STATES", "COMPLAINT_SETTLED_STATES", "COMPLAINT_STATES",
    "C_ASSIGNED", "C_CLOSED", "C_ESCALATED", "C_RECEIVED", "C_REJECTED", "C_REOPENED",
    "C_RESOLVED_ACTION", "C_RESOLVED_AMICABLY", "C_UNDER_REVIEW",
]
