"""Translated words of the aid given: kinds, ways of paying, and one delivery in a line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain import calendar as cal
from desk_app.domain.aid import format_sar
from desk_app.ui.messages import joined


def kinds() -> list[tuple[str, str]]:
    return [("cash", QCoreApplication.translate("Aid", "Cash")),
            ("in_kind", QCoreApplication.translate("Aid", "In kind")),
            ("service", QCoreApplication.translate("Aid", "Service"))]


def payment_methods() -> list[tuple[str, str]]:
    return [("iban", QCoreApplication.translate("Aid", "Bank transfer to an IBAN")),
            ("cheque", QCoreApplication.translate("Aid", "Cheque")),
            ("cash", QCoreApplication.translate("Aid", "Cash in hand"))]


def riyals(halalas: int) -> str:
    return QCoreApplication.translate("Aid", "%1 SAR").replace("%1", format_sar(halalas))


def what(a) -> str:  # noqa: ANN001 - services.aid.AidInfo
    """One delivery in words: the amount and how it was paid, the items, or the service."""
    if a.kind == "cash" and a.amount_halalas is not None:
        how = {"iban": a.iban, "cheque": QCoreApplication.translate("Aid", "cheque %1").replace(
            "%1", a.cheque_number), "cash": QCoreApplication.translate("Aid", "in hand")}
        return " — ".join(p for p in (riyals(a.amount_halalas), how.get(a.payment_method, ""))
                          if p)
    if a.items:
        return joined(f"{name} × {q}" + (f" {unit}" if unit else "")
                      for name, q, unit in a.items)
    return a.details


def receipt_state(a) -> str:  # noqa: ANN001
    if a.legacy:
        return QCoreApplication.translate("Aid", "Recorded before aid records (text kept)")
    if a.signed_copy:
        return QCoreApplication.translate("Aid", "Signed copy on file")
    if a.receipt_document_id:
        return QCoreApplication.translate("Aid", "Printed, not yet signed")
    return QCoreApplication.translate("Aid", "Not printed")


def repeat_line(x, lang: str) -> str:  # noqa: ANN001 - services.aid.RepeatInfo
    amount = f" — {riyals(x.amount_halalas)}" if x.amount_halalas is not None else ""
    return "• " + QCoreApplication.translate("Aid", "%1 on %2 to %3 (file %4)").replace(
        "%1", x.number).replace("%2", cal.format_dual(x.delivered_on, lang)).replace(
        "%3", x.beneficiary_name).replace("%4", x.file_number) + amount
