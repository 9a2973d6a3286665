"""What a desk whose account was closed meanwhile is told, in Arabic."""

from desk_app.services.permissions import AccountClosed, PermissionDenied
from desk_app.ui.messages import permission_message


def test_the_closed_account_is_told_in_arabic(arabic):
    text = permission_message(AccountClosed("beneficiary.open", "reception", "clerk"))
    assert text.startswith("أُغلق حسابك") and "لم يُحفظ شيء" in text
    other = permission_message(PermissionDenied("request.decide", "reception", "clerk"))
    assert other != text
