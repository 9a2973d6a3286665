"""The request workflow: every allowed and every forbidden move, written out here by hand (not
read from the code under test), and the generic state machine a complaint workflow will reuse."""

import pytest

from desk_app.domain.validation import ValidationFailed
from desk_app.domain.workflows import REQUEST, StateMachine, TransitionNotAllowed

STATES = ("received", "incomplete", "complete", "under_study", "committee", "accepted",
          "rejected", "referred", "served", "withdrawn", "closed")

# Row = from, column = to; "x" = allowed. Columns in the order of STATES. "under_study" (std) is
# an internal referral (researcher, department): it comes back to the desk (inc/cmp) or goes on to
# the committee, and the committee may send a request back for study; "referred" (to another
# association) ends the request.
#                 rec inc cmp std cte acc rej ref srv wdr cls
MATRIX = """
received          .   x   x   x   .   .   .   x   .   x   .
incomplete        .   .   x   x   .   .   .   x   .   x   .
complete          .   .   .   x   x   .   .   .   .   x   .
under_study       .   x   x   .   x   .   .   .   .   x   .
committee         .   .   .   x   .   x   x   x   .   .   .
accepted          .   .   .   .   .   .   .   .   x   .   x
rejected          .   .   .   .   .   .   .   .   .   .   x
referred          .   .   .   .   .   .   .   .   .   .   x
served            .   .   .   .   .   .   .   .   .   .   x
withdrawn         .   .   .   .   .   .   .   .   .   .   .
closed            .   .   .   .   .   .   .   .   .   .   .
"""


def _cases():
    for line in MATRIX.strip().splitlines():
        name, *marks = line.split()
        assert len(marks) == len(STATES)
        for target, mark in zip(STATES, marks, strict=True):
            yield name, target, mark == "x"


CASES = list(_cases())


def test_matrix_covers_every_pair_of_states():
    assert REQUEST.states == frozenset(STATES)
    assert len(CASES) == len(STATES) ** 2
    assert REQUEST.initial == "received"


@pytest.mark.parametrize(("current", "target", "allowed"), CASES)
def test_transition(current, target, allowed):
    assert REQUEST.can(current, target) is allowed
    if allowed:
        REQUEST.check(current, target)
    else:
        with pytest.raises(TransitionNotAllowed) as info:
            REQUEST.check(current, target)
        err = info.value.errors[0]
        assert (err.field, err.code) == ("status", "transition_not_allowed")
        assert err.params == {"machine": "request", "from": current, "to": target}


def test_terminal_states():
    assert {s for s in STATES if REQUEST.is_terminal(s)} == {"withdrawn", "closed"}


def test_forbidden_move_is_a_validation_failure_for_the_screens():
    with pytest.raises(ValidationFailed):
        REQUEST.check("received", "accepted")  # never decided before the checklist is complete


def test_generic_machine_for_another_workflow():
    complaint = StateMachine("complaint", {"open": {"settled", "investigation"},
                                           "investigation": {"settled", "compensated"}}, "open")
    assert complaint.states == {"open", "investigation", "settled", "compensated"}
    assert complaint.can("open", "investigation") and not complaint.can("settled", "open")
    assert complaint.is_terminal("compensated")
    assert not complaint.can("unknown", "open")
    with pytest.raises(TransitionNotAllowed):
        complaint.check("settled", "open")
    with pytest.raises(ValueError):
        StateMachine("x", {"a": {"b"}}, "z")
