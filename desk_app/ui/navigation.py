"""The screens the shell can show, by name (also ``desk-app gui --screen NAME``).

Each later feature adds its screen here, naming its controller as ``"module:Class"``: the module
is imported when the screen is first opened, so start-up loads only the first screen. A controller has ``view`` (the widget), ``load()`` (first
data), optionally ``enter(arg)`` (shown again with an argument), a ``navigate(str, object)``
signal to ask for another screen, and a ``loaded`` signal if its first data arrive later.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the context pulls in the database layer; screens load after first paint
    from desk_app.ui.context import UiContext


@dataclass(frozen=True)
class ScreenSpec:
    name: str
    title: Callable[[], str]
    factory: Callable[[UiContext], object]
    in_nav: bool = True
    shortcut: str = ""
    roles: tuple[str, ...] = ()  # empty: everyone
    takes_over: bool = False  # shown by the main window instead of the shell (kiosk)
    action: str = ""  # listed only for whom the permission table allows it (domain/permissions)
    group: str = "desk"  # the side-bar section: one of GROUPS


# Side-bar sections, in order: the desk's daily work first, administration last.
GROUPS = ("desk", "casework", "followup", "admin")


def group_title(group: str) -> str:
    return {
        "desk": QCoreApplication.translate("Navigation", "At the desk"),
        "casework": QCoreApplication.translate("Navigation", "Casework"),
        "followup": QCoreApplication.translate("Navigation", "Follow-up"),
        "admin": QCoreApplication.translate("Navigation", "Administration"),
    }[group]


def lazy(target: str) -> Callable[[UiContext], object]:
    """A factory that imports ``"package.module:Controller"`` on first use."""
    module, _, cls = target.partition(":")

    def make(ctx: UiContext, **given: object) -> object:  # given: a view built ahead
        return getattr(importlib.import_module(module), cls)(ctx, **given)

    make.target = target  # type: ignore[attr-defined]
    return make


def screens() -> list[ScreenSpec]:
    return [
        ScreenSpec("dashboard", lambda: QCoreApplication.translate("Navigation", "Dashboard"),
                   lazy("desk_app.ui.screens.dashboard:DashboardController"), True, "",
                   action="report.view", group="followup"),
        ScreenSpec("reports", lambda: QCoreApplication.translate("Navigation", "Reports"),
                   lazy("desk_app.ui.screens.reports:ReportsController"), True, "",
                   action="report.view", group="followup"),
        ScreenSpec("registry", lambda: QCoreApplication.translate("Navigation", "Beneficiary registry"),
                   lazy("desk_app.ui.screens.registry:RegistryController"), True, "Alt+1"),
        ScreenSpec("beneficiary", lambda: QCoreApplication.translate("Navigation", "Beneficiary file"),
                   lazy("desk_app.ui.screens.beneficiary:BeneficiaryController"), False),
        ScreenSpec("request", lambda: QCoreApplication.translate("Navigation", "Service request"),
                   lazy("desk_app.ui.screens.request:RequestController"), False),
        ScreenSpec("waiting", lambda: QCoreApplication.translate("Navigation", "Waiting requests"),
                   lazy("desk_app.ui.screens.waiting:WaitingController"), True, "Alt+2"),
        ScreenSpec("my_work", lambda: QCoreApplication.translate("Navigation", "My work"),
                   lazy("desk_app.ui.screens.waiting:MyWorkController"), True,
                   roles=("researcher", "committee"), group="casework"),
        ScreenSpec("meetings", lambda: QCoreApplication.translate("Navigation", "Committee meetings"),
                   lazy("desk_app.ui.screens.meetings:MeetingsController"), True,
                   action="meeting.hold", group="casework"),
        ScreenSpec("study", lambda: QCoreApplication.translate("Navigation", "Social study"),
                   lazy("desk_app.ui.screens.study:StudyController"), False,
                   action="study.view", group="casework"),
        ScreenSpec("review", lambda: QCoreApplication.translate("Navigation", "Periodic review"),
                   lazy("desk_app.ui.screens.review:ReviewController"), True, "Alt+3"),
        ScreenSpec("duplicates", lambda: QCoreApplication.translate("Navigation", "Possible duplicates"),
                   lazy("desk_app.ui.screens.duplicates:DuplicatesController"), True,
                   action="duplicates.review", group="casework"),
        ScreenSpec("complaints", lambda: QCoreApplication.translate("Navigation", "Complaints follow-up"),
                   lazy("desk_app.ui.screens.complaints_board:ComplaintsBoardController"), True, "Alt+4", group="followup"),
        ScreenSpec("complaint_new", lambda: QCoreApplication.translate("Navigation", "New complaint"),
                   lazy("desk_app.ui.screens.complaint_intake:ComplaintIntakeController"), True),
        ScreenSpec("complaint", lambda: QCoreApplication.translate("Navigation", "Complaint"),
                   lazy("desk_app.ui.screens.complaint:ComplaintController"), False),
        ScreenSpec("documents", lambda: QCoreApplication.translate("Navigation", "Issued documents"),
                   lazy("desk_app.ui.screens.documents:DocumentsController"), True, "Alt+5"),
        ScreenSpec("verify", lambda: QCoreApplication.translate("Navigation", "Verify a document"),
                   lazy("desk_app.ui.screens.verify:VerifyController"), True, "Alt+6"),
        ScreenSpec("profile", lambda: QCoreApplication.translate("Navigation", "Organisation profile"),
                   lazy("desk_app.ui.screens.profile_editor:ProfileController"), True, "Alt+8",
                   action="profile.edit", group="admin"),
        ScreenSpec("import", lambda: QCoreApplication.translate("Navigation", "Import beneficiaries"),
                   lazy("desk_app.ui.screens.import_screen:ImportController"), True, "Alt+7",
                   action="import.beneficiaries", group="admin"),
        ScreenSpec("staff", lambda: QCoreApplication.translate("Navigation", "Staff accounts"),
                   lazy("desk_app.ui.screens.staff:StaffController"), True, "Alt+9",
                   action="staff.manage", group="admin"),
        ScreenSpec("permissions", lambda: QCoreApplication.translate("Navigation", "Permissions"),
                   lazy("desk_app.ui.screens.permissions:PermissionsController"), True,
                   action="permissions.edit", group="admin"),
        ScreenSpec("access_log", lambda: QCoreApplication.translate("Navigation", "Access log"),
                   lazy("desk_app.ui.screens.access_log:AccessLogController"), True,
                   action="audit.view", group="admin"),
        ScreenSpec("sync", lambda: QCoreApplication.translate("Navigation", "Synchronisation"),
                   lazy("desk_app.ui.screens.sync_screen:SyncController"), True,
                   action="sync.run", group="admin"),
        ScreenSpec("sync_conflicts", lambda: QCoreApplication.translate("Navigation", "Sync conflicts"),
                   lazy("desk_app.ui.screens.sync_conflicts:ConflictsController"), True,
                   action="sync.resolve", group="followup"),
        ScreenSpec("backups", lambda: QCoreApplication.translate("Navigation", "Backups"),
                   lazy("desk_app.ui.screens.backups:BackupsController"), True, "",
                   action="backup.create", group="admin"),
        ScreenSpec("policy", lambda: QCoreApplication.translate("Navigation", "Policy and board approval"),
                   lazy("desk_app.ui.screens.policy:PolicyController"), True,
                   action="profile.edit", group="admin"),
        ScreenSpec("policy_acks", lambda: QCoreApplication.translate("Navigation", "Staff acknowledgements of the policy"),
                   lazy("desk_app.ui.screens.policy_acks:PolicyAcksController"), True,
                   action="policy.follow_up", group="followup"),
        ScreenSpec("subject_requests", lambda: QCoreApplication.translate("Navigation", "Personal-data requests"),
                   lazy("desk_app.ui.screens.subject_requests:SubjectRequestsController"), True,
                   action="subject_request.record", group="followup"),
        ScreenSpec("breaches", lambda: QCoreApplication.translate("Navigation", "Data breach register"),
                   lazy("desk_app.ui.screens.breaches:BreachesController"), True,
                   action="breach.view", group="followup"),
        ScreenSpec("retention", lambda: QCoreApplication.translate("Navigation", "Retention run"),
                   lazy("desk_app.ui.screens.retention:RetentionController"), True,
                   action="retention.run", group="admin"),
        ScreenSpec("surveys", lambda: QCoreApplication.translate("Navigation", "Satisfaction surveys"),
                   lazy("desk_app.ui.screens.surveys:SurveysController"), True, "Alt+0"),
        ScreenSpec("survey_entry", lambda: QCoreApplication.translate("Navigation", "Type in survey answers"),
                   lazy("desk_app.ui.screens.survey_entry:SurveyEntryController"), False),
        ScreenSpec("survey_results", lambda: QCoreApplication.translate("Navigation", "Satisfaction results"),
                   lazy("desk_app.ui.screens.survey_results:SurveyResultsController"), True, "",
                   action="survey.results", group="followup"),
        ScreenSpec("outbox", lambda: QCoreApplication.translate("Navigation", "Messages to beneficiaries"),
                   lazy("desk_app.ui.screens.outbox:OutboxController"), True, "",
                   action="outbox.view", group="followup"),
        ScreenSpec("contact_new", lambda: QCoreApplication.translate("Navigation", "Record an enquiry"),
                   lazy("desk_app.ui.screens.enquiries:ContactNewController"), True, "",
                   action="beneficiary.log_contact", group="desk"),
        ScreenSpec("online", lambda: QCoreApplication.translate("Navigation", "Online forms"),
                   lazy("desk_app.ui.screens.online_arrivals:OnlineController"), True, "",
                   action="arrivals.review", group="desk"),
        ScreenSpec("officers", lambda: QCoreApplication.translate("Navigation", "Contact officer's queue"),
                   lazy("desk_app.ui.screens.officers:OfficerQueueController"), True, "",
                   action="officers.queue", group="desk"),
        ScreenSpec("officer_assign", lambda: QCoreApplication.translate("Navigation", "Contact officers"),
                   lazy("desk_app.ui.screens.officers:OfficerAssignController"), True, "",
                   action="officers.assign", group="admin"),
        ScreenSpec("enquiries", lambda: QCoreApplication.translate("Navigation", "Enquiries of the day"),
                   lazy("desk_app.ui.screens.enquiries:EnquiriesController"), True, "",
                   action="enquiry.follow_up", group="followup"),
        ScreenSpec("partners", lambda: QCoreApplication.translate("Navigation", "Partner associations"),
                   lazy("desk_app.ui.screens.partners:PartnersController"), True,
                   action="partner.view", group="casework"),
        ScreenSpec("partner_request", lambda: QCoreApplication.translate("Navigation", "Partner request"),
                   lazy("desk_app.ui.screens.partner_request:PartnerRequestController"), False,
                   action="partner.view", group="casework"),
        ScreenSpec("organisation", lambda: QCoreApplication.translate("Navigation", "Association or organisation"),
                   lazy("desk_app.ui.screens.organisation:OrganisationController"), False,
                   action="partner.view"),
        ScreenSpec("reach", lambda: QCoreApplication.translate("Navigation", "Indirect beneficiaries"),
                   lazy("desk_app.ui.screens.reach:ReachController"), True,
                   action="report.view", group="followup"),
        ScreenSpec("kiosk", lambda: QCoreApplication.translate("Navigation", "Survey kiosk"),
                   lazy("desk_app.ui.screens.kiosk:KioskController"), False, "", (), True),
    ]


def first_screen(role: str) -> str:
    """Where a staff member starts: the manager on the dashboard, everyone else at the desk."""
    return "dashboard" if role == "manager" else "registry"


def names() -> list[str]:
    return [s.name for s in screens()]
