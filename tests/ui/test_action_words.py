"""Every action has people's words: in the permission matrix (both languages) and, for documents
printed by the services, in ``domain.action_words`` — equal to the matrix's Arabic, so the two
cannot drift. Two governance actions once showed as codes in the matrix."""

from desk_app import i18n
from desk_app.domain import permissions as perm
from desk_app.domain.action_words import ACTIONS_AR
from desk_app.ui.permission_labels import action_names


def test_every_action_is_named_and_the_services_words_are_the_matrixs_arabic(qapp):
    try:
        i18n.install(qapp, "en")
        english = action_names()
        i18n.install(qapp, "ar")
        arabic = action_names()
    finally:
        i18n.install(qapp, "ar")  # as every UI test expects it (tests/ui/conftest.py)
    assert set(perm.BY_CODE) <= set(english), set(perm.BY_CODE) - set(english)
    assert arabic == ACTIONS_AR
    assert all(arabic[c] != english[c] for c in english)  # each one translated
