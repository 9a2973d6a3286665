"""Error codes (from domain rules and storage) → sentences in the user's language.

The only place that words errors: screens call :func:`field_message` / :func:`storage_message`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desk_app.domain.permissions import PermissionDenied
from desk_app.domain.validation import FieldError
from desk_app.services.errors import StorageError
from desk_app.ui.permission_labels import refusal


def joined(items: Iterable[str]) -> str:
    """A list inside a sentence: «أ، ب» in Arabic, «a, b» in English."""
    return QCoreApplication.translate("Messages", ", ").join(items)


def _codes() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "invalid_choice": QCoreApplication.translate("Messages", "Choose one of the listed values."),
        "name_has_digits": QCoreApplication.translate("Messages", "A name cannot contain digits."),
        "name_too_long": QCoreApplication.translate("Messages", "A name part has at most {max} characters."),
        "name_invalid_characters": QCoreApplication.translate("Messages", "A name holds letters, spaces, a hyphen or an apostrophe only."),
        "invisible_removed": QCoreApplication.translate("Messages", "Invisible characters (direction marks, private or zero-width characters) were removed from this text."),
        "invalid_gender_form": QCoreApplication.translate("Messages", "Write words that change with gender as {masculine|feminine}, for example {الموقّع|الموقّعة}."),
        "id_length": QCoreApplication.translate("Messages", "The ID number must be exactly 10 digits."),
        "id_checksum": QCoreApplication.translate("Messages", "This ID number is not valid (check digit). Check it digit by digit."),
        "id_not_citizen": QCoreApplication.translate("Messages", "A national ID starts with 1; numbers starting with 2 are iqamas."),
        "id_not_resident": QCoreApplication.translate("Messages", "An iqama number starts with 2; numbers starting with 1 are national IDs."),
        "id_taken": QCoreApplication.translate("Messages", "A beneficiary with this identity document is already registered."),
        "document_number": QCoreApplication.translate("Messages", "Document number: 4 to 20 Latin letters or digits."),
        "not_gcc": QCoreApplication.translate("Messages", "A GCC ID must be issued by a GCC country."),
        "invalid_date": QCoreApplication.translate("Messages", "Not a valid date. Write day/month/year, e.g. 18/05/1990."),
        "in_future": QCoreApplication.translate("Messages", "The date cannot be in the future."),
        "too_old": QCoreApplication.translate("Messages", "The date is too far in the past."),
        "invalid_mobile": QCoreApplication.translate("Messages", "Not a mobile number. Saudi: 05XXXXXXXX; other countries: start with + or 00."),
        "mobile_landline": QCoreApplication.translate("Messages", "This is a landline number; a mobile number is needed."),
        "invalid_email": QCoreApplication.translate("Messages", "Not a valid e-mail address."),
        "invalid_format": QCoreApplication.translate("Messages", "The format is not valid."),
        "looks_hijri": QCoreApplication.translate("Messages", "This looks like a Hijri year: choose Hijri beside the date."),
        "invalid_building_no": QCoreApplication.translate("Messages", "Building number: 4 digits."),
        "invalid_additional_no": QCoreApplication.translate("Messages", "Additional number: 4 digits."),
        "invalid_postal_code": QCoreApplication.translate("Messages", "Postal code: 5 digits."),
        "invalid_short_address": QCoreApplication.translate("Messages", "Short address: 4 letters and 4 digits, e.g. RRRD2929."),
        "household_name_required": QCoreApplication.translate("Messages", "Household member {row}: the name is required."),
        "household_name_invalid": QCoreApplication.translate("Messages", "Household member {row}: a name holds letters, spaces, a hyphen or an apostrophe only."),
        "household_relation_required": QCoreApplication.translate("Messages", "Household member {row}: the relation is required."),
        "household_birth_date": QCoreApplication.translate("Messages", "Household member {row}: the birth date is not valid."),
        "household_id": QCoreApplication.translate("Messages", "Household member {row}: the ID number is not valid."),
        "changed_by_someone_else": QCoreApplication.translate("Messages", "Someone else saved this record meanwhile. Reopen it and apply your change again."),
        "invalid_username": QCoreApplication.translate("Messages", "User name: Latin letters and digits only."),
        "username_taken": QCoreApplication.translate("Messages", "This user name is taken."),
        "password_too_short": QCoreApplication.translate("Messages", "The password must have at least {min} characters."),
        "password_is_username": QCoreApplication.translate("Messages", "The password cannot be the user name."),
        "password_too_common": QCoreApplication.translate("Messages", "This password is among the first ones anybody guessing would try. Choose another."),
        "password_unchanged": QCoreApplication.translate("Messages", "The new password must differ from the one the administrator set."),
        "wrong_password": QCoreApplication.translate("Messages", "The current password is not correct."),
        "invalid_branch": QCoreApplication.translate("Messages", "Branch code: 2 to 5 Latin capital letters, e.g. RYD."),
        "admin_only": QCoreApplication.translate("Messages", "Only an administrator can do this."),
        "cannot_close_own_account": QCoreApplication.translate("Messages", "You cannot close your own account."),
        "already_initialised": QCoreApplication.translate("Messages", "This database is already set up."),
        "wrong_passphrase": QCoreApplication.translate("Messages", "This passphrase does not open the database: check it and the keyboard language."),
        "passphrase_too_short": QCoreApplication.translate("Messages", "The passphrase must have at least {min} characters; a short sentence is easy to remember."),
        "passphrases_differ": QCoreApplication.translate("Messages", "The two passphrases differ."),
        "encrypt_in_use": QCoreApplication.translate("Messages", "The database is open on another desk. Close the program there, then encrypt again; nothing was changed."),
        "encrypt_failed": QCoreApplication.translate("Messages", "The database could not be encrypted; it was left as it was."),
        "encrypt_already": QCoreApplication.translate("Messages", "The database is already encrypted."),
        "encrypt_server": QCoreApplication.translate("Messages", "The office server is protected by the server itself and TLS; encryption here is for a desk's own database file."),
        "invalid_rating": QCoreApplication.translate("Messages", "Choose a rating from 1 to 5."),
        "unknown_question": QCoreApplication.translate("Messages", "This questionnaire version has no such question."),
        "too_long": QCoreApplication.translate("Messages", "The text is too long (at most {max} characters)."),
        "invalid_code": QCoreApplication.translate("Messages", "Code: small Latin letters, digits and _ only."),
        "duplicate_code": QCoreApplication.translate("Messages", "This code is used twice."),
        "too_few_choices": QCoreApplication.translate("Messages", "Give at least {min} choices."),
        "not_allowed": QCoreApplication.translate("Messages", "Your role does not allow this."),
        "not_found": QCoreApplication.translate("Messages", "Not found: it may have been removed meanwhile."),
        "already_answered": QCoreApplication.translate("Messages", "This enquiry was answered meanwhile (the list is refreshed)."),
        "no_mobile": QCoreApplication.translate("Messages", "The beneficiary's file has no mobile number: add it on the file, or choose e-mail."),
        "no_email": QCoreApplication.translate("Messages", "The beneficiary's file has no e-mail address: add it on the file, or choose a text message."),
        "anonymous_complaint": QCoreApplication.translate("Messages", "The complaint is anonymous: there is nobody to write to."),
        "arrival_taken": QCoreApplication.translate("Messages", "This form was already dealt with at another desk (the list is refreshed)."),
        "no_website_channel": QCoreApplication.translate("Messages", "The organisation profile has no website channel: add it (code website) before taking in online forms."),
        "message_state": QCoreApplication.translate("Messages", "Not possible for a message in this state: only one that could not be sent, or is not confirmed, can be sent again."),
        "out_of_range": QCoreApplication.translate("Messages", "Write a number from {min} to {max}."),
        "policy_changed": QCoreApplication.translate("Messages", "The policy was changed meanwhile: read the version now in force and acknowledge it."),
        "before_received": QCoreApplication.translate("Messages", "This date is before the day the request was received."),
        "invalid_time": QCoreApplication.translate("Messages", "Write the time as hours:minutes, e.g. 14:30."),
        "before_discovery": QCoreApplication.translate("Messages", "The regulator cannot have been notified before the breach was discovered."),
        "identity_not_checked": QCoreApplication.translate("Messages", "Check the person's identity before answering the request."),
        "already_closed": QCoreApplication.translate("Messages", "This request is already answered."),
        "invalid_port": QCoreApplication.translate("Messages", "A port is a number from 1 to 65535."),
        "https_required": QCoreApplication.translate("Messages", "The gateway address must start with https:// (the token must not travel in clear)."),
        "keystore_unavailable": QCoreApplication.translate("Messages", "This PC has no key store for the password and token. Nothing was saved; ask the IT volunteer to enable the system's credential store."),
        "ends_before_start": QCoreApplication.translate("Messages", "The end date is before the start date."),
        "campaign_closed": QCoreApplication.translate("Messages", "This survey campaign is closed."),
        "agreed_channel_required": QCoreApplication.translate("Messages", "Ask the beneficiary how they want to be told the outcome: the association's policy requires the agreed channel."),
        "organisation_category": QCoreApplication.translate("Messages", "An association or organisation: use «Register an association or organisation»."),
        "survey_not_yet": QCoreApplication.translate("Messages", "The survey invitation is sent once the request was served or closed, or the complaint resolved."),
        "survey_already_invited": QCoreApplication.translate("Messages", "An invitation to the survey was already queued for it: see Messages to beneficiaries."),
        "consent_required": QCoreApplication.translate("Messages", "The beneficiary's consent to the programme's terms and to the processing of their data is required."),
        "service_inactive": QCoreApplication.translate("Messages", "This service is no longer offered."),
        "end_before_start": QCoreApplication.translate("Messages", "The end date is before the start date."),
        "scan_missing": QCoreApplication.translate("Messages", "The file does not exist (moved or deleted?); nothing was saved."),
        "scan_unreadable": QCoreApplication.translate("Messages", "The file cannot be read (permissions, or still being copied); nothing was saved."),
        "scan_empty": QCoreApplication.translate("Messages", "The file is empty; nothing was saved."),
        "scan_too_large": QCoreApplication.translate("Messages", "The file is larger than the allowed {max_mb} MB; nothing was saved. Scan at a lower resolution."),
        "scan_not_image_or_pdf": QCoreApplication.translate("Messages", "The file is neither an image nor a PDF; nothing was saved."),
        "checklist_locked": QCoreApplication.translate("Messages", "The checklist of a complete request can no longer be changed."),
        "request_closed": QCoreApplication.translate("Messages", "This request is closed; nothing can be attached to it."),
        "transition_not_allowed": QCoreApplication.translate("Messages", "This step is not possible in the request's current state."),
        "study_closed": QCoreApplication.translate("Messages", "The study can no longer be changed: the request is no longer under study."),
        "transition_not_allowed:complaint": QCoreApplication.translate("Messages", "This step is not possible in the complaint's current state."),
        "not_allowed_for_role": QCoreApplication.translate("Messages", "Your role cannot do this step; the follow-up committee or a manager can."),
        "not_under_investigation": QCoreApplication.translate("Messages", "This is recorded only while the complaint is under investigation."),
        "minutes_locked": QCoreApplication.translate("Messages", "Members have started approving these minutes; they can no longer be changed."),
        "no_minutes": QCoreApplication.translate("Messages", "Record the investigation minutes first."),
        "not_a_member": QCoreApplication.translate("Messages", "Only a member named in the minutes can approve them, signed in under their own account."),
        "already_approved": QCoreApplication.translate("Messages", "You have already approved these minutes."),
        "minutes_not_approved": QCoreApplication.translate("Messages", "Compensation needs the minutes approved by every member: {missing} approval(s) still missing."),
        "association_not_at_fault": QCoreApplication.translate("Messages", "The minutes do not establish that the association caused the harm, so no compensation can be recorded."),
        "no_compensation_grounds": QCoreApplication.translate("Messages", "Compensation needs investigation minutes approved by the committee's members, or a final ruling."),
        "invalid_amount": QCoreApplication.translate("Messages", "Write the amount in riyals, e.g. 1500 or 1500.50."),
        "negative_amount": QCoreApplication.translate("Messages", "The amount cannot be negative."),
        "zero_amount": QCoreApplication.translate("Messages", "A cash compensation needs an amount above zero."),
        "amount_too_large": QCoreApplication.translate("Messages", "The amount is too large."),
        "before_grounds": QCoreApplication.translate("Messages", "The settlement date cannot be before the minutes or the ruling."),
        "acceptance_required": QCoreApplication.translate("Messages", "Record the beneficiary's acceptance of the agreed compensation."),
        "file_too_large": QCoreApplication.translate("Messages", "The file {name} is larger than {max} MB."),
        "licence_taken": QCoreApplication.translate("Messages", "An organisation with this licence number is already registered."),
        "invalid_licence": QCoreApplication.translate("Messages", "Licence number: digits and Latin letters, at most 30."),
        "invalid_iban": QCoreApplication.translate("Messages", "Not a valid Saudi IBAN: SA followed by 22 digits, e.g. SA03 8000 0000 6080 1016 7519."),
        "invalid_count": QCoreApplication.translate("Messages", "Write a whole number, 1 or more."),
        "report_already_received": QCoreApplication.translate("Messages", "This report was already received."),
        "invalid_number": QCoreApplication.translate("Messages", "Write a whole number, 0 or more."),
        "reach_recorded": QCoreApplication.translate("Messages", "Already recorded for this channel and period: {items}"),
        "reach_columns_missing": QCoreApplication.translate("Messages", "The file needs a column for the content (content, post, title, المحتوى…) and one for the reach (reach, impressions, views, الوصول…)."),
        "reach_rows_invalid": QCoreApplication.translate("Messages", "Rows without a content item or with a reach that is not a whole number: {rows}. Nothing was imported."),
        "reach_file_empty": QCoreApplication.translate("Messages", "The file holds no figures."),
        "aid_repeat": QCoreApplication.translate("Messages", "This household already received this kind of aid within the last {days} days ({count} time(s), listed above). Write why it is given again to record it."),
        "no_approval": QCoreApplication.translate("Messages", "Aid is recorded only against a request the committee has accepted."),
        "before_decision": QCoreApplication.translate("Messages", "The aid cannot have been given before the committee's decision."),
    }


# A national-address part with the wrong shape says which shape it needs.
_ADDRESS_FORMATS = {"building_no": "invalid_building_no", "additional_no": "invalid_additional_no",
                    "postal_code": "invalid_postal_code", "short_address": "invalid_short_address"}


def field_message(error: FieldError) -> str:
    code = error.code
    if code == "invalid_format" and error.field in _ADDRESS_FORMATS:
        code = _ADDRESS_FORMATS[error.field]
    codes = _codes()
    # A workflow error may have its own wording per machine ("transition_not_allowed:complaint").
    specific = codes.get(f"{code}:{error.params.get('machine', '')}")
    text = specific or codes.get(code) or QCoreApplication.translate("Messages", "Not valid.")
    try:
        return text.format(**error.params)
    except (KeyError, IndexError):
        return text


def permission_message(error: PermissionDenied) -> str:
    """A refusal by the permission table: what, for which role, whom to ask."""
    if error.code == "account_closed":
        return QCoreApplication.translate(
            "Messages", "Your account was closed by the administrator after you signed in: "
            "nothing was saved. Sign out; the administrator can tell you more.")
    return refusal(error.action, error.role)


def storage_message(error: StorageError) -> str:
    texts = {
        "locked": QCoreApplication.translate("Messages", "The database is busy (another desk is saving). Nothing was lost: try again in a moment."),
        "readonly": QCoreApplication.translate("Messages", "The database cannot be written (read-only file or folder). Nothing was saved; ask the administrator."),
        "disk_full": QCoreApplication.translate("Messages", "The disk is full. Nothing was saved; free some space and try again."),
        "corrupt": QCoreApplication.translate("Messages", "The database file is damaged. Restore the latest backup."),
        "conflict": QCoreApplication.translate("Messages", "Someone else saved this record meanwhile. Reopen it and apply your change again."),
        "duplicate": QCoreApplication.translate("Messages", "This record already exists."),
        "unavailable": QCoreApplication.translate("Messages", "The database cannot be opened. Check the file location or the network drive."),
        "replaced": QCoreApplication.translate("Messages", "The database was restored from a backup while this desk was open. Nothing more was saved here: close the program and open it again."),
        "restoring": QCoreApplication.translate("Messages", "A backup is being restored into the database right now. Wait until it is finished, then open the program again."),
        "upgrade_failed": QCoreApplication.translate("Messages", "The database could not be upgraded to this version; it was left as it was (a backup was kept). Ask the administrator."),
        "bad_url": QCoreApplication.translate("Messages", "The database address is not valid. Check the --db option or the DESK_APP_DB setting."),
        "key_needed": QCoreApplication.translate("Messages", "The database is encrypted and its passphrase was not given."),
    }
    return texts.get(error.code, texts["unavailable"])
