"""People's words for the permission table's actions and areas (the matrix screen, refusals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_names() -> dict[str, str]:
    return {
        "beneficiary.open": QCoreApplication.translate("Permissions", "Open a beneficiary's file"),
        "beneficiary.register": QCoreApplication.translate("Permissions", "Register a beneficiary"),
        "beneficiary.update": QCoreApplication.translate("Permissions", "Edit a beneficiary's data"),
        "beneficiary.confirm_review": QCoreApplication.translate("Permissions", "Confirm the periodic data review"),
        "beneficiary.log_contact": QCoreApplication.translate("Permissions", "Record a contact"),
        "duplicates.review": QCoreApplication.translate("Permissions", "See possible duplicate files"),
        "beneficiary.merge": QCoreApplication.translate("Permissions", "Merge duplicate files or mark them as different people"),
        "request.create": QCoreApplication.translate("Permissions", "Take a service request"),
        "request.attach_scan": QCoreApplication.translate("Permissions", "Attach a scanned document"),
        "scan.view": QCoreApplication.translate("Permissions", "View or export scanned documents"),
        "request.verify_document": QCoreApplication.translate("Permissions", "Review documents (social researcher)"),
        "request.send_to_committee": QCoreApplication.translate("Permissions", "Send a request to the committee"),
        "request.decide": QCoreApplication.translate("Permissions", "Record the committee's decision"),
        "request.refer": QCoreApplication.translate("Permissions", "Refer a request"),
        "request.study": QCoreApplication.translate("Permissions", "Study a referred request and send it on (social researcher)"),
        "study.view": QCoreApplication.translate("Permissions", "Read a request's social study and print its report"),
        "request.withdraw": QCoreApplication.translate("Permissions", "Withdraw a request"),
        "request.record_notification": QCoreApplication.translate("Permissions", "Record notifying the beneficiary"),
        "request.mark_served": QCoreApplication.translate("Permissions", "Record the service given"),
        "request.close": QCoreApplication.translate("Permissions", "Close a request"),
        "document.print": QCoreApplication.translate("Permissions", "Print documents"),
        "document.reprint": QCoreApplication.translate("Permissions", "Reprint or view issued documents"),
        "document.verify": QCoreApplication.translate("Permissions", "Verify a document"),
        "complaint.file": QCoreApplication.translate("Permissions", "File a complaint"),
        "complaint.handle": QCoreApplication.translate("Permissions", "Handle complaints"),
        "complaint.investigate": QCoreApplication.translate("Permissions", "Investigation minutes and rulings"),
        "complaint.compensate": QCoreApplication.translate("Permissions", "Record compensation"),
        "survey.respond": QCoreApplication.translate("Permissions", "Take survey answers"),
        "survey.edit": QCoreApplication.translate("Permissions", "Edit questionnaires and campaigns"),
        "survey.results": QCoreApplication.translate("Permissions", "See survey results"),
        "report.view": QCoreApplication.translate("Permissions", "See management reports and the dashboard"),
        "report.export": QCoreApplication.translate("Permissions", "Export reports"),
        "import.beneficiaries": QCoreApplication.translate("Permissions", "Import beneficiaries"),
        "backup.create": QCoreApplication.translate("Permissions", "Make a backup"),
        "backup.restore": QCoreApplication.translate("Permissions", "Restore a backup"),
        "profile.edit": QCoreApplication.translate("Permissions", "Edit the organisation profile"),
        "staff.manage": QCoreApplication.translate("Permissions", "Manage staff accounts"),
        "permissions.edit": QCoreApplication.translate("Permissions", "Change permissions"),
        "audit.view": QCoreApplication.translate("Permissions", "See the audit and access logs"),
        "policy.acknowledge": QCoreApplication.translate("Permissions", "Acknowledge the policy"),
        "policy.follow_up": QCoreApplication.translate("Permissions", "Follow up staff acknowledgements"),
        "subject_request.record": QCoreApplication.translate("Permissions", "Record a personal-data request"),
        "subject_request.close": QCoreApplication.translate("Permissions", "Answer a personal-data request"),
        "subject_request.export": QCoreApplication.translate("Permissions", "Export everything held about a person"),
        "breach.record": QCoreApplication.translate("Permissions", "Record a data breach"),
        "breach.view": QCoreApplication.translate("Permissions", "See the breach register"),
        "enquiry.follow_up": QCoreApplication.translate("Permissions", "Follow the day's enquiries"),
        "enquiry.answer": QCoreApplication.translate("Permissions", "Answer an enquiry passed on"),
        "outbox.view": QCoreApplication.translate("Permissions", "See the messages to beneficiaries"),
        "outbox.queue": QCoreApplication.translate("Permissions", "Queue a message to a beneficiary"),
        "outbox.send": QCoreApplication.translate("Permissions", "Send, resend or confirm messages"),
        "outbox.settings": QCoreApplication.translate("Permissions", "Set up e-mail and SMS sending"),
        "sync.run": QCoreApplication.translate("Permissions", "Synchronise with the head office"),
        "sync.setup": QCoreApplication.translate("Permissions", "Set up branch synchronisation"),
        "sync.resolve": QCoreApplication.translate("Permissions", "Resolve sync conflicts"),
        "arrivals.import": QCoreApplication.translate("Permissions", "Bring in online forms"),
        "arrivals.review": QCoreApplication.translate("Permissions", "Review online forms into requests and complaints"),
        "organisation.register": QCoreApplication.translate("Permissions", "Register an association or organisation"),
        "partner.view": QCoreApplication.translate("Permissions", "See partner requests"),
        "partner.request": QCoreApplication.translate("Permissions", "Take a partner association's formal request"),
        "partner.study": QCoreApplication.translate("Permissions", "Study a partner request's needs"),
        "partner.decide": QCoreApplication.translate("Permissions", "Decide on a partner request"),
        "partner.agreement": QCoreApplication.translate("Permissions", "Record and print the partnership agreement"),
        "partner.reports": QCoreApplication.translate("Permissions", "Receive the partner's impact reports"),
        "partner.evaluate": QCoreApplication.translate("Permissions", "Evaluate a partnership"),
        "reach.record": QCoreApplication.translate("Permissions", "Record the reach of content (indirect beneficiaries)"),
        "officers.assign": QCoreApplication.translate("Permissions", "Name the contact officers"),
        "officers.queue": QCoreApplication.translate("Permissions", "See a contact officer's queue"),
        "meeting.hold": QCoreApplication.translate("Permissions", "Hold committee meetings and record their decisions"),
        "meeting.approve": QCoreApplication.translate("Permissions", "Approve a meeting's minutes"),
        "processing.record": QCoreApplication.translate("Permissions", "Print the record of processing"),
        "retention.run": QCoreApplication.translate("Permissions", "Apply the retention periods"),
        # not permissions, but what the access log also records
        "auth.sign_in_failed": QCoreApplication.translate("Permissions", "Sign-in refused"),
        "auth.locked_try": QCoreApplication.translate("Permissions", "Sign-in to a locked account"),
        "auth.throttled": QCoreApplication.translate("Permissions", "Sign-in before the wait ended"),
    }


def area_names() -> dict[str, str]:
    return {
        "registry": QCoreApplication.translate("Permissions", "Registry"), "requests": QCoreApplication.translate("Permissions", "Service requests"),
        "documents": QCoreApplication.translate("Permissions", "Documents"), "complaints": QCoreApplication.translate("Permissions", "Complaints"),
        "surveys": QCoreApplication.translate("Permissions", "Surveys"), "reports": QCoreApplication.translate("Permissions", "Reports"),
        "administration": QCoreApplication.translate("Permissions", "Administration"),
        "governance": QCoreApplication.translate("Permissions", "Data protection and policy"),
        "contacts": QCoreApplication.translate("Permissions", "Contacts and messages"),
        "partners": QCoreApplication.translate("Permissions", "Partner associations"),
    }


def role_names() -> dict[str, str]:
    return {
        "admin": QCoreApplication.translate("Permissions", "Administrator"),
        "reception": QCoreApplication.translate("Permissions", "Reception"),
        "researcher": QCoreApplication.translate("Permissions", "Social researcher"),
        "committee": QCoreApplication.translate("Permissions", "Committee member"),
        "manager": QCoreApplication.translate("Permissions", "Manager"),
    }


def refusal(action: str, role: str) -> str:
    """The sentence a refused person reads: what was refused, for which role, whom to ask."""
    name = action_names().get(action, action)
    who = role_names().get(role, role)
    return QCoreApplication.translate("Permissions", "Your role (%1) does not allow this: %2. Ask the administrator if it is part of your work.").replace("%1", who).replace("%2", name)
