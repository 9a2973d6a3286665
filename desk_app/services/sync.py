"""Branch offices and the head office (issue 14): set up, exchange files, sync directly.

The head office creates the association's identity once (:func:`become_head`) and enrols each
branch (:func:`enrol_branch`), which gives the branch an enrolment text with its own AES key
(carried by hand, like a password); the branch joins with it (:func:`join`). From then on the
branch either writes an exchange file for the head office and reads the one it gets back
(:func:`export_file`, :func:`import_file`), or, when it can reach the head office's server,
exchanges directly (:func:`sync_with`). Both use :mod:`desk_app.services.sync_exchange`.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import undefer

from desk_app.domain.entities import Actor
from desk_app.services import duplicates
from desk_app.services import sync_exchange as exchange
from desk_app.services.permissions import require
from desk_app.services.sync_files import FileRefused, new_key, open_sealed, seal
from desk_app.services.sync_files import header as read_header
from desk_app.storage import postgres_logins
from desk_app.storage.db import Database, StorageError
from desk_app.storage.repositories import settings
from desk_app.storage.sync_tables import (
    SyncChange,
    SyncConflict,
    SyncFileSeen,
    SyncPeer,
    SyncRun,
)

ENROLMENT_KIND = "desk-app branch enrolment"


class SyncRefused(Exception):
    """A set-up step refused; ``code``: ``not_head``, ``not_branch``, ``same_code``,
    ``bad_enrolment``, ``wrong_branch``, ``already_enrolled``, ``no_peer``,
    ``cannot_create_login`` (the office server's login may not create the branch's)."""

    def __init__(self, code: str, detail: str = ""):
        self.code, self.detail = code, detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass
class SyncResult:
    """What one synchronisation did. ``newcomers``: beneficiaries that arrived (checked against
    the registry for cross-branch duplicates)."""

    peer: str
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    newcomers: tuple[str, ...] = ()
    duplicates: int = 0  # cross-branch duplicate pairs the head office listed for review
    error: str = ""


def become_head(db: Database, actor: Actor) -> str:
    """Make this installation the association's head office; returns the association id."""
    require(db, actor, "sync.setup")
    with db.action(actor, "sync.become_head") as s:
        role = settings.get(s, "sync.role")
        if role == "branch":
            raise SyncRefused("not_head")
        association = settings.get(s, "sync.association") or str(uuid.uuid4())
        settings.put(s, "sync.association", association)
        settings.put(s, "sync.role", "head")
        return association


def enrol_branch(db: Database, actor: Actor, code: str) -> str:
    """Register branch ``code`` at the head office; the enrolment text (with the branch's key)
    goes to the branch by hand."""
    require(db, actor, "sync.setup")
    code = code.strip().upper()
    key = new_key()
    with db.action(actor, "sync.enrol", "branch", code) as s:
        me, role = exchange.site(s)
        if role != "head":
            raise SyncRefused("not_head")
        if code == me:
            raise SyncRefused("same_code", code)
        if s.get(SyncPeer, code) is not None:
            raise SyncRefused("already_enrolled", code)
        s.add(SyncPeer(code=code, role="branch", key=key, enrolled_at=db.clock()))
        association = settings.get(s, "sync.association")
        login = _branch_login(s, code)
    return json.dumps({"kind": ENROLMENT_KIND, "association": association, "head": me,
                       "branch": code, "key": base64.b64encode(key).decode(), **login})


def _branch_login(s, code: str) -> dict[str, str]:  # noqa: ANN001
    """On the office server: the branch's own login, with only the rights its direct sync
    needs (storage/postgres_logins.py); its password travels in the enrolment, by hand."""
    if s.get_bind().dialect.name != "postgresql":
        return {}
    password = secrets.token_urlsafe(24)
    try:
        with s.begin_nested():
            name = postgres_logins.create(s.connection(), code, password)
    except DBAPIError:  # the office's own login may not create logins (no CREATEROLE)
        raise SyncRefused("cannot_create_login", code) from None
    return {"login": name, "password": password}


def join(db: Database, actor: Actor, enrolment: str) -> str:
    """Join the association as the branch the enrolment names; returns the head office code."""
    require(db, actor, "sync.setup")
    try:
        data = json.loads(enrolment)
        assert data["kind"] == ENROLMENT_KIND
        key = base64.b64decode(data["key"], validate=True)
        assert len(key) == 32
    except (ValueError, KeyError, TypeError, AssertionError):
        raise SyncRefused("bad_enrolment") from None
    with db.action(actor, "sync.join", "branch", data["branch"]) as s:
        me, role = exchange.site(s)
        if data["branch"] != me:
            raise SyncRefused("wrong_branch", f"{data['branch']} ≠ {me}")
        if role == "head":
            raise SyncRefused("not_branch")
        settings.put(s, "sync.role", "branch")
        settings.put(s, "sync.association", data["association"])
        settings.put(s, "sync.head", data["head"])
        if data.get("login"):  # the head office's server: this branch's own login
            settings.put(s, "sync.login", data["login"])
            settings.put(s, "sync.password", data.get("password", ""))
        row = s.get(SyncPeer, data["head"])
        if row is None:
            s.add(SyncPeer(code=data["head"], role="head", key=key, enrolled_at=db.clock()))
        else:
            row.key = key
    return data["head"]


def _the_peer(s, to: str | None) -> tuple[str, str, SyncPeer]:  # noqa: ANN001
    me, role = exchange.site(s)
    if role == "branch":
        to = to or settings.get(s, "sync.head")
    if not role or not to or s.get(SyncPeer, to) is None:
        raise SyncRefused("no_peer", to or "")
    return me, role, s.get(SyncPeer, to)


def export_file(db: Database, actor: Actor, to: str | None = None) -> bytes:
    """The sealed exchange file for ``to`` (at a branch: the head office)."""
    require(db, actor, "sync.run")
    with db.read() as s:
        me, role, p = _the_peer(s, to)
        to, key, seeded = p.code, p.key, p.seeded
        association = settings.get(s, "sync.association")
        ack = p.received
    out = exchange.outgoing(db, to)
    bundle = {"entries": out.entries, "upto": out.upto, "ack": ack,
              "seeded": seeded if role == "branch" else True,
              "snapshot": exchange.snapshot(db) if role == "head" and not seeded else None}
    with db.action(actor, "sync.export", "branch", to) as s:
        p = s.get(SyncPeer, to)
        p.files_out += 1
        number = p.files_out
        s.add(_run(db, me, to, "export", actor, sent=len(out.entries)))
    head = {"format": 1, "association": association, "sender": me, "recipient": to,
            "file": f"{me}-{to}-{number}", "created": db.clock().isoformat(),
            "changes": len(out.entries)}
    return seal(head, bundle, key)


def _run(db: Database, me: str, to: str, how: str, actor: Actor, **counts) -> SyncRun:  # noqa: ANN003
    now = db.clock()
    return SyncRun(site=me, peer=to, how=how, started_at=now, finished_at=now,
                   actor=actor.username, **counts)


def exchange_role(db: Database) -> str:
    with db.read() as s:
        return exchange.site(s)[1]


def _check(db: Database, data: bytes) -> tuple[dict, SyncPeer, str]:
    head = read_header(data)
    with db.read() as s:
        me, role = exchange.site(s)
        if not role:
            raise FileRefused("not_set_up")
        if head.get("association") != settings.get(s, "sync.association"):
            raise FileRefused("other_association", str(head.get("association")))
        p = s.get(SyncPeer, str(head.get("sender")),
                  options=[undefer(SyncPeer.key)])  # used after this session
        if p is None:
            raise FileRefused("unknown_sender", str(head.get("sender")))
        if head.get("recipient") != me:
            raise FileRefused("wrong_recipient", str(head.get("recipient")))
        return head, p, me


def _not_seen(db: Database, file_id: str) -> None:
    with db.read() as s:
        if s.get(SyncFileSeen, file_id) is not None:
            raise FileRefused("already_applied", file_id)


def import_file(db: Database, actor: Actor, data: bytes) -> SyncResult:
    """Apply an exchange file; refused (:class:`FileRefused`) when it is not for this office,
    was altered, or was applied already. An import cut half-way is resumed by importing the
    same file again (what was applied is skipped)."""
    require(db, actor, "sync.run")
    head, p, me = _check(db, data)
    bundle = open_sealed(data, p.key)  # authentic first: an altered copy is "altered"
    _not_seen(db, str(head.get("file")))
    result = SyncResult(head["sender"])
    if bundle.get("snapshot"):
        got = exchange.receive_snapshot(db, actor, p.code, bundle["snapshot"])
        result.newcomers += tuple(got.newcomers)
    out = exchange.Outgoing(bundle["entries"], bundle["upto"])
    got = exchange.receive(db, actor, p.code, out, bundle["ack"])
    result.received, result.conflicts = got.applied, got.conflicts
    result.newcomers += tuple(got.newcomers)
    if exchange_role(db) == "head" and result.newcomers:  # listed once, where all meet
        result.duplicates = duplicates.check_newcomers(db, result.newcomers, actor)
    with db.action(actor, "sync.import", "branch", p.code) as s:
        s.add(SyncFileSeen(file_id=head["file"], sender=p.code, applied_at=db.clock()))
        if bundle.get("seeded"):
            s.get(SyncPeer, p.code).seeded = True
        s.add(_run(db, me, p.code, "import", actor, received=got.applied,
                   conflicts=got.conflicts))
    return result


def sync_with(db: Database, head_db: Database, actor: Actor) -> SyncResult:
    """A branch exchanging directly with the head office's database: its changes up, then the
    head office's (and the other branches') down. Safe to cut and run again at any point."""
    require(db, actor, "sync.run")
    with db.read() as s:
        me, role, p = _the_peer(s, None)
        head = p.code
    if role != "branch":
        raise SyncRefused("not_branch")
    result = SyncResult(head)
    try:
        _up(db, head_db, actor, me, head, result)
        _down(db, head_db, actor, me, head, result)
    except StorageError as exc:  # the link dropped: what was committed stays, the rest resumes
        result.error = exc.code
    with db.action(actor, "sync.direct", "branch", head) as s:
        s.add(_run(db, me, head, "direct", actor, sent=result.sent, received=result.received,
                   conflicts=result.conflicts, error=result.error))
        s.get(SyncPeer, head).last_error = result.error
    return result


def sync_to(db: Database, url: str, actor: Actor) -> SyncResult:
    """:func:`sync_with` the head office's server at ``url`` (not migrated from here: the head
    office upgrades its own server). A server out of reach is the result's ``error`` code."""
    try:
        head_db = Database.open(_as_branch(db, url), clock=db.clock, migrate=False)
    except StorageError as exc:
        with db.read() as s:
            head = _the_peer(s, None)[2].code
        _failed(db, actor, head, exc.code)
        return SyncResult(head, error=exc.code)
    try:
        return sync_with(db, head_db, actor)
    finally:
        head_db.dispose()


def _as_branch(db: Database, url: str) -> str:
    """``url`` with this branch's own login, when the enrolment gave one and the URL names
    no user of its own."""
    with db.read() as s:
        login, password = settings.get(s, "sync.login"), settings.get(s, "sync.password")
    parsed = make_url(url)
    if not login or parsed.username or not parsed.drivername.startswith("postgresql"):
        return url
    return parsed.set(username=login, password=password).render_as_string(hide_password=False)


def _failed(db: Database, actor: Actor, head: str, code: str) -> None:
    with db.action(actor, "sync.direct", "branch", head) as s:
        s.add(_run(db, exchange.site(s)[0], head, "direct", actor, error=code))
        s.get(SyncPeer, head).last_error = code


def _up(db: Database, head_db: Database, actor: Actor, me: str, head: str,
        result: SyncResult) -> None:
    with db.read() as s:
        ack = s.get(SyncPeer, head).received
    out = exchange.outgoing(db, head)
    got = exchange.receive(head_db, actor, me, out, ack)
    result.sent, result.conflicts = len(out.entries), got.conflicts
    if got.newcomers:  # the branch's new files against the whole registry, at the head office
        result.duplicates = duplicates.check_newcomers(head_db, got.newcomers, actor)
    with head_db.read() as s:
        acked = s.get(SyncPeer, me).received
    with db.action(actor, "sync.acked", "branch", head) as s:
        p = s.get(SyncPeer, head)
        p.acked = max(p.acked, acked)


def _down(db: Database, head_db: Database, actor: Actor, me: str, head: str,
          result: SyncResult) -> None:
    with db.read() as s:
        seeded = s.get(SyncPeer, head).seeded
    if not seeded:
        got = exchange.seed_from(db, head_db, actor, head)
        result.newcomers += tuple(got.newcomers)
        result.received += got.applied
    got = exchange.receive(db, actor, head, exchange.outgoing(head_db, me), 0)
    result.received += got.applied
    result.newcomers += tuple(got.newcomers)
    with db.read() as s:
        ack = s.get(SyncPeer, head).received
    with head_db.action(actor, "sync.acked", "branch", me) as s:
        p = s.get(SyncPeer, me)
        p.acked, p.seeded = max(p.acked, ack), True
        p.last_sync_at, p.last_error = head_db.clock(), ""


@dataclass(frozen=True)
class PeerState:
    code: str
    role: str
    last_sync_at: object  # datetime | None
    waiting: int  # our changes it has not acknowledged (what a person would call waiting)
    last_error: str


@dataclass(frozen=True)
class RunView:
    at: object  # datetime
    site: str
    peer: str
    how: str
    sent: int
    received: int
    conflicts: int
    error: str


@dataclass(frozen=True)
class Overview:
    code: str
    role: str  # head | branch | "" (not set up)
    last_sync_at: object  # datetime | None: the latest exchange with any peer
    waiting: int  # at a branch: changes not yet at the head office
    conflicts: int
    peers: tuple[PeerState, ...]
    runs: tuple[RunView, ...]


def overview(db: Database, actor: Actor | None = None, runs: int = 50) -> Overview:
    """What the Sync screen and the status bar show. Counts only (no personal data); the
    history needs ``sync.run``."""
    if actor is not None:
        require(db, actor, "sync.run")
    with db.read() as s:
        me, role = exchange.site(s)
        peers = []
        for p in s.scalars(select(SyncPeer).order_by(SyncPeer.code)):
            # What a person would call waiting: at a branch, what goes up (not the head
            # office's settings, never sent up; not the record of a sync); at the head office,
            # what the branch has yet to receive, settings included.
            kinds = ("both",) if role == "branch" else ("both", "down")
            waiting = s.scalar(select(func.count()).where(
                SyncChange.pos > p.acked, SyncChange.origin != p.code,
                SyncChange.waits.in_(kinds))) or 0
            peers.append(PeerState(p.code, p.role, p.last_sync_at, waiting, p.last_error))
        conflicts = s.scalar(select(func.count()).where(SyncConflict.status == "open")) or 0
        q = select(SyncRun).order_by(SyncRun.started_at.desc()).limit(runs)
        if role != "head":  # the head office sees every branch's runs (they travel up)
            q = q.where(SyncRun.site == me)
        history = () if actor is None else tuple(
            RunView(r.started_at, r.site, r.peer, r.how, r.sent, r.received, r.conflicts,
                    r.error) for r in s.scalars(q))
    last = max((p.last_sync_at for p in peers if p.last_sync_at), default=None)
    waiting = peers[0].waiting if role == "branch" and peers else 0
    return Overview(me, role, last, waiting, conflicts, tuple(peers), history)
