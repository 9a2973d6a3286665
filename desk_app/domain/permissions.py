"""Who may do what: one table role × action, checked by every service with the acting user.

Actions are named after the service functions and the reads they guard (open a file, see a
scan, print, reprint…). The defaults follow the associations' policies (shared seeds 000 §6,
003 §5-4 and §6-2/§6-5): committee decisions by committee members, document review by the social
researcher, profile and staff by the administrator, reports and exports by the manager, and
reception registers people, takes requests, prints and files complaints. The administrator
may change the table per association (stored versioned and audited); a few grants can never be
taken away so that nobody locks the association out of its own settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desk_app.domain.entities import ROLES, Actor

ADMIN, RECEPTION, RESEARCHER, COMMITTEE, MANAGER = ROLES
ALL = frozenset(ROLES)
KIOSK = "kiosk"  # an anonymous survey session on a handed-over screen
SYSTEM = "system"  # set-up, demo data and migrations: no person signed in


@dataclass(frozen=True)
class Action:
    """One thing a person may be allowed to do; ``area`` groups the rows of the matrix."""

    code: str
    area: str
    personal: bool = False  # a look at personal data: goes to the access log too


def _a(code: str, area: str, personal: bool = False) -> Action:
    return Action(code, area, personal)


ACTIONS: tuple[Action, ...] = (
    _a("beneficiary.open", "registry", personal=True),
    _a("beneficiary.register", "registry"),
    _a("beneficiary.update", "registry"),
    _a("beneficiary.confirm_review", "registry"),
    _a("beneficiary.log_contact", "registry"),
    _a("duplicates.review", "registry", personal=True),
    _a("beneficiary.merge", "registry"),
    _a("request.create", "requests"),
    _a("request.attach_scan", "requests"),
    _a("scan.view", "requests", personal=True),
    _a("request.verify_document", "requests"),
    _a("request.send_to_committee", "requests"),
    _a("request.decide", "requests"),
    _a("request.refer", "requests"),
    _a("request.study", "requests"),
    _a("study.view", "requests", personal=True),
    _a("request.withdraw", "requests"),
    _a("request.record_notification", "requests"),
    _a("request.mark_served", "requests"),
    _a("request.close", "requests"),
    _a("document.print", "documents", personal=True),
    _a("document.reprint", "documents", personal=True),
    _a("document.verify", "documents"),
    _a("complaint.file", "complaints"),
    _a("complaint.handle", "complaints"),
    _a("complaint.investigate", "complaints"),
    _a("complaint.compensate", "complaints"),
    _a("survey.respond", "surveys"),
    _a("survey.edit", "surveys"),
    _a("survey.results", "surveys"),
    _a("report.view", "reports"),
    _a("report.export", "reports", personal=True),
    _a("import.beneficiaries", "administration"),
    _a("backup.create", "administration"),
    _a("backup.restore", "administration"),
    _a("profile.edit", "administration"),
    _a("staff.manage", "administration"),
    _a("permissions.edit", "administration"),
    _a("audit.view", "administration"),
    # Data protection and the policy's governance (issue 19)
    _a("policy.acknowledge", "governance"),
    _a("policy.follow_up", "governance"),
    _a("enquiry.follow_up", "contacts", personal=True),
    _a("enquiry.answer", "contacts"),
    _a("outbox.view", "contacts", personal=True),
    _a("outbox.queue", "contacts"),
    _a("outbox.send", "contacts"),
    _a("outbox.settings", "contacts"),
    _a("sync.run", "administration"),
    _a("sync.setup", "administration"),
    _a("sync.resolve", "administration"),
    _a("subject_request.record", "governance"),
    _a("subject_request.close", "governance"),
    _a("subject_request.export", "governance", personal=True),
    _a("arrivals.import", "contacts"),
    _a("arrivals.review", "contacts", personal=True),
    _a("officers.assign", "contacts"),
    _a("officers.queue", "contacts", personal=True),
    _a("breach.record", "governance"),
    _a("breach.view", "governance"),
    _a("organisation.register", "partners"),
    _a("partner.view", "partners"),
    _a("partner.request", "partners"),
    _a("partner.study", "partners"),
    _a("partner.decide", "partners"),
    _a("partner.agreement", "partners"),
    _a("partner.reports", "partners"),
    _a("partner.evaluate", "partners"),
    _a("reach.record", "reports"),
    _a("retention.run", "governance"),
    _a("processing.record", "governance"),
    _a("meeting.hold", "requests", personal=True),
    _a("meeting.approve", "requests"),
)
CODES: frozenset[str] = frozenset(a.code for a in ACTIONS)
BY_CODE: dict[str, Action] = {a.code: a for a in ACTIONS}

# Grants the administrator keeps whatever the table says: without them nobody could repair it.
LOCKED: frozenset[tuple[str, str]] = frozenset(
    {(ADMIN, "permissions.edit"), (ADMIN, "staff.manage"), (ADMIN, "audit.view")})

_DESK = {RECEPTION, RESEARCHER}  # the people at the counter and the case workers
_DEFAULTS: dict[str, frozenset[str]] = {
    "beneficiary.open": ALL,
    "beneficiary.register": frozenset(_DESK),
    "beneficiary.update": frozenset(_DESK),
    "beneficiary.confirm_review": frozenset(_DESK),
    "beneficiary.log_contact": frozenset(_DESK),
    # Two files become one person's: the manager follows the registry up (seed 000 §6); the
    # administrator has every action by default.
    "duplicates.review": frozenset({MANAGER}),
    "beneficiary.merge": frozenset({MANAGER}),
    "request.create": frozenset(_DESK),
    "request.attach_scan": frozenset(_DESK),
    "scan.view": frozenset(_DESK | {COMMITTEE, MANAGER}),
    "request.verify_document": frozenset({RESEARCHER}),
    "request.send_to_committee": frozenset({RESEARCHER}),
    "request.decide": frozenset({COMMITTEE}),
    # The desk refers a request whose procedures are unclear to the social research officer
    # (seeds 001/002) or the concerned department (004); the researcher ends the study.
    "request.refer": frozenset({RECEPTION, RESEARCHER, MANAGER}),
    "request.study": frozenset({RESEARCHER}),
    # The study (income, health, the household's situation) is read by who studies, who decides
    # on it and who follows the casework up; not at the counter.
    "study.view": frozenset({RESEARCHER, COMMITTEE, MANAGER}),
    "request.withdraw": frozenset(_DESK),
    "request.record_notification": frozenset(_DESK),
    "request.mark_served": frozenset(_DESK),
    "request.close": frozenset({RESEARCHER, MANAGER}),
    "document.print": ALL,
    "document.reprint": ALL,
    "document.verify": ALL,
    "complaint.file": ALL,
    "complaint.handle": frozenset({COMMITTEE, MANAGER}),
    "complaint.investigate": frozenset({COMMITTEE, MANAGER}),
    "complaint.compensate": frozenset({COMMITTEE, MANAGER}),
    "survey.respond": ALL,
    "survey.edit": frozenset({MANAGER}),
    "survey.results": frozenset({MANAGER, RESEARCHER, COMMITTEE}),
    "report.view": frozenset({MANAGER}),
    "report.export": frozenset({MANAGER}),
    "import.beneficiaries": frozenset({MANAGER}),
    "backup.create": frozenset({MANAGER}),
    "backup.restore": frozenset(),
    "profile.edit": frozenset(),
    "staff.manage": frozenset(),
    "permissions.edit": frozenset(),
    "audit.view": frozenset(),
    # Every staff member acknowledges the policy (seeds 000 §8, 003 §7-1); the administrator
    # keeps the policy text in the profile, the manager follows up who has not. A data subject's
    # request is taken at the counter; its answer, the export of everything held and the breach
    # register are the manager's (exports and follow-up are the manager's throughout the table).
    "policy.acknowledge": ALL,
    "policy.follow_up": frozenset({MANAGER}),
    # 000 §8: senior management follows the enquiries; whoever an enquiry was passed to answers
    "enquiry.follow_up": frozenset({MANAGER}),
    "enquiry.answer": ALL,
    # the desk tells people what became of their request; the manager follows what was sent
    "outbox.view": frozenset(_DESK | {MANAGER}),
    "outbox.queue": frozenset(_DESK | {MANAGER}),
    "outbox.send": frozenset(_DESK | {MANAGER}),
    "outbox.settings": frozenset(),  # the SMTP server and the gateway: the administrator
    # branch sync (issue 14): the manager follows up and exchanges; the administrator sets up
    "sync.run": frozenset({MANAGER}),
    "sync.setup": frozenset(),
    "sync.resolve": frozenset({MANAGER}),
    "subject_request.record": frozenset(_DESK | {MANAGER}),
    "subject_request.close": frozenset({MANAGER}),
    "subject_request.export": frozenset({MANAGER}),
    # applications and complaints sent online are taken in and reviewed at the desk (003 §5-2)
    "arrivals.import": frozenset(_DESK | {MANAGER}),
    "arrivals.review": frozenset(_DESK),
    # 000 §7: the administrator names the contact officers; every officer has their queue
    "officers.assign": frozenset(),
    "officers.queue": ALL,
    "breach.record": frozenset({MANAGER}),
    "breach.view": frozenset({MANAGER}),
    # Seed 003: the partner's formal request is taken at the desk; the empowerment team (the
    # researcher) studies it, the committee decides, management signs the agreement and
    # follows the reports up to the partnership's evaluation.
    "organisation.register": frozenset(_DESK),
    "partner.view": ALL,
    "partner.request": frozenset(_DESK),
    "partner.study": frozenset({RESEARCHER}),
    "partner.decide": frozenset({COMMITTEE}),
    "partner.agreement": frozenset({MANAGER}),
    "partner.reports": frozenset({MANAGER, RESEARCHER}),
    "partner.evaluate": frozenset({MANAGER}),
    # 003 §2-2: indirect beneficiaries are counted from the platforms' figures (the manager's)
    "reach.record": frozenset({MANAGER}),
    "retention.run": frozenset(),  # anonymising and deleting: the administrator confirms
    "processing.record": frozenset(),  # printed from the profile the administrator keeps
    # the committee meets on its agenda, decides in the meeting and approves its minutes, each
    # member with their own sign-in (seed 000: dated, approved minutes)
    "meeting.hold": frozenset({COMMITTEE}),
    "meeting.approve": frozenset({COMMITTEE}),
}
# The administrator answers for the installation (and in a small association is often the one
# who covers any desk), so by default the role may do everything; an association that separates
# duties removes the grants it does not want in the matrix, except the LOCKED ones.


class PermissionDenied(Exception):
    """The acting user's role may not do ``action``; ``code`` picks the sentence shown."""

    code = "not_permitted"

    def __init__(self, action: str, role: str, username: str = ""):
        self.action, self.role, self.username = action, role, username
        super().__init__(f"{username or role} may not {action}")


@dataclass(frozen=True)
class PermissionTable:
    """Grants as a set of ``(role, action)``; ``version`` 0 is the built-in defaults."""

    grants: frozenset[tuple[str, str]]
    version: int = 0
    extra: Mapping[str, object] = field(default_factory=dict)

    def allows(self, role: str, action: str) -> bool:
        if action not in CODES:
            raise KeyError(action)  # a typo in a service must fail loudly, not refuse quietly
        if role == SYSTEM:
            return True
        if role == KIOSK:
            return action == "survey.respond"
        return (role, action) in self.grants or (role, action) in LOCKED

    def require(self, actor: Actor, action: str) -> None:
        if not self.allows(actor.role, action):
            raise PermissionDenied(action, actor.role, actor.username)

    def roles_for(self, action: str) -> frozenset[str]:
        return frozenset(r for r in ROLES if self.allows(r, action))

    def actions_for(self, role: str) -> frozenset[str]:
        return frozenset(a for a in CODES if self.allows(role, a))

    def with_grants(self, grants: Iterable[tuple[str, str]]) -> PermissionTable:
        return PermissionTable(frozenset(grants) | LOCKED, self.version, self.extra)

    def to_json(self) -> dict[str, list[str]]:
        return {a.code: sorted(r for r in ROLES if (r, a.code) in self.grants)
                for a in ACTIONS}


def defaults() -> PermissionTable:
    grants = {(role, code) for code, roles in _DEFAULTS.items() for role in roles}
    grants |= {(ADMIN, code) for code in CODES}
    return PermissionTable(frozenset(grants))


def from_json(data: Mapping[str, Iterable[str]], version: int) -> PermissionTable:
    """A stored table; actions added to the application since it was saved take their
    defaults, and unknown roles or actions are dropped."""
    base = defaults()
    grants = {g for g in base.grants if g[1] not in data}
    for code, roles in data.items():
        if code in CODES:
            grants |= {(r, code) for r in roles if r in ROLES}
    return PermissionTable(frozenset(grants) | LOCKED, version)


def check_grants(grants: Iterable[tuple[str, str]]) -> list[str]:
    """Codes of problems with an edited table (unknown role or action)."""
    problems = []
    for role, code in grants:
        if role not in ROLES:
            problems.append("unknown_role")
        if code not in CODES:
            problems.append("unknown_action")
    return sorted(set(problems))
