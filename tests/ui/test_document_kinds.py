"""The document kinds table (services/document_kinds.py) is the one description of each kind:
its builder issues documents under its own code and title, the command line and the request
screen offer exactly the request kinds, and every kind has a name in both languages."""

import argparse

import pytest

from desk_app import cli
from desk_app.domain.complaints import ComplaintForm
from desk_app.domain.requests import IntakeForm
from desk_app.services import complaints, document_builders, document_kinds, documents
from desk_app.services import profile as profile_service
from desk_app.services import requests as svc
from tests.ui.test_request_flow import register_one


@pytest.fixture
def request_id(desk_db, desk_admin):
    bid = register_one(desk_db, desk_admin)
    form = IntakeForm(bid, "service_request", "phone", "سلة غذائية", True, True, agreed_channel_code="phone")
    return svc.create(desk_db, desk_admin, form, branch_code="RYD",
                      profile=profile_service.current(desk_db)).id


def test_codes_are_unique_and_titles_come_from_the_renderers():
    codes = [k.code for k in document_kinds.KINDS]
    assert len(codes) == len(set(codes))
    for k in document_kinds.KINDS:
        module = __import__(k.render.__module__, fromlist=["TITLE"])
        # a renderer with one fixed title prints the table's (reports print their own name)
        assert k.title("ar") == getattr(module, "TITLE", k.title_ar)
        assert k.title("en") and k.title("en") != k.title_ar


def test_each_request_kind_is_issued_under_its_own_code(desk_db, desk_admin, request_id):
    for k in document_kinds.for_subject("request"):
        try:
            doc = k.issue(desk_db, desk_admin, request_id)
        except document_builders.DocumentNotAvailable as exc:  # not referred / not decided yet
            assert (k.code, exc.code) in {("referral", "no_referral"),
                                          ("decision", "no_decision"),
                                          ("social_study", "no_study")}
            continue
        assert (doc.kind, doc.title) == (k.code, k.title_ar) and k.archived
    assert documents.count(desk_db) == 2


def test_the_complaint_acknowledgment_is_archived_under_its_code(desk_db, desk_admin):
    profile = profile_service.current(desk_db)
    filed = complaints.submit(desk_db, desk_admin, ComplaintForm(
        channel_code="fax", category_code="delay", anonymous=True, description="لا رد",
        complainant_contact="0126543210", submission_key="k"), profile, branch_code="RYD")
    k = document_kinds.kind("complaint_ack")
    assert k.issue(desk_db, profile, desk_admin, filed.id).startswith(b"%PDF")
    assert [d.kind for d in documents.search(desk_db, filed.number)] == ["complaint_ack"]


def test_the_command_line_prints_exactly_the_request_kinds():
    parser = cli._parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    choices = next(a.choices for a in sub.choices["print"]._actions if a.dest == "document")
    assert tuple(choices) == tuple(k.code for k in document_kinds.for_subject("request"))


def test_the_request_screen_offers_one_button_per_request_kind(qtbot, desk_db, desk_admin,
                                                               arabic):
    from desk_app.ui.widgets.document_actions import DocumentActions
    from tests.ui.waiting import make_ctx

    actions = DocumentActions(make_ctx(desk_db, desk_admin))
    qtbot.addWidget(actions)
    kinds = document_kinds.for_subject("request")
    assert list(actions.kind_buttons) == [k.code for k in kinds]
    assert [b.text() for b in actions.kind_buttons.values()] == [
        f"طباعة {k.title_ar}…" if k.print_at_once else k.title_ar for k in kinds]
    assert actions.sign_button.isVisibleTo(actions)  # the declaration takes a signature


def test_every_builder_the_table_names_exists():
    for k in document_kinds.KINDS:
        assert callable(k.issue), k.builder
