"""The complaints, contacts and aid tabs of a beneficiary's file, each built when first shown.

Their rows come with the file's one read (``beneficiary_fetch``); their widgets (two tables, the
contact entry's form, the totals) cost 12–17 ms of the GUI thread to build and more to polish,
paid inside "Enter on a result" whenever the file screen was not built ahead (issue 23). Most
files are opened for their data tab: a panel is built the first time its tab is shown and filled
from what the last read brought, asked again when something was saved since.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk_app.ui.context import UiContext
from desk_app.ui.screens.beneficiary_aid import BeneficiaryAid
from desk_app.ui.screens.beneficiary_complaints import BeneficiaryComplaints
from desk_app.ui.screens.beneficiary_contacts import BeneficiaryContacts
from desk_app.ui.screens.beneficiary_fetch import Opened

NAMES = ("complaints", "contacts", "aid")


class FileTabs(QObject):
    """One empty page per tab (``slot``); the panel inside it is made on first use."""

    def __init__(self, ctx: UiContext, navigate: SignalInstance,
                 made: Callable[[], None] = lambda: None):
        super().__init__()
        self.ctx, self._navigate, self._made = ctx, navigate, made
        self.slots: dict[str, QWidget] = {}
        for name in NAMES:
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.slots[name] = slot
        self._panels: dict[str, QWidget] = {}
        self._last: tuple[Opened, int] | None = None  # the last file read, ops.writes then
        self._staff: list[tuple[str, str]] | None = None  # for the contact entry, read once

    def built(self, name: str) -> QWidget | None:
        return self._panels.get(name)

    def panel(self, name: str) -> QWidget:
        """The tab's panel, made (and filled from the last read) on first use."""
        if name not in self._panels:
            panel = self._panels[name] = self._make(name)
            self.slots[name].layout().addWidget(panel)
            panel.show()  # a child added to a page in view is shown only when told (or later)
            self._made()  # e.g. its fields named for screen readers, as the screen's were
            if self._last is not None:
                self._fill(name, self._last[0], 0)
                if name == "contacts" and self._last[1] != self.ctx.ops.writes:
                    panel.refresh()  # something was saved since the file was read
        return self._panels[name]

    def _make(self, name: str) -> QWidget:
        if name == "complaints":
            panel = BeneficiaryComplaints(self.ctx)
            panel.navigate.connect(self._navigate)
            return panel
        if name == "contacts":
            panel = BeneficiaryContacts(self.ctx)
            if self._staff is not None:
                panel.entry.fill_staff(self._staff)
            return panel
        return BeneficiaryAid(self.ctx)  # the household's totals of aid received (issue 20)

    def shown(self, page: QWidget | None) -> None:
        """A tab came into view: its panel is needed now."""
        for name, slot in self.slots.items():
            if slot is page:
                self.panel(name)

    # --- reads -----------------------------------------------------------------------------
    def needs_staff(self) -> bool:
        """The contact entry's colleagues are still to be read (once per session)."""
        return self._staff is None and self.ctx.may("beneficiary.log_contact")

    def ask(self) -> int:
        """The number of a file read about to start, for the contacts tab (0: no panel yet,
        so no refresh of its own to order it against)."""
        contacts = self._panels.get("contacts")
        return contacts.ask() if contacts is not None else 0

    def show(self, opened: Opened, asked: int, writes: int) -> None:
        """The file's read delivered (``asked``: from :meth:`ask`; ``writes``: ``ops.writes``
        when it started): panels already made show it, the others keep it for later."""
        if opened.staff is not None:
            self._staff = list(opened.staff)
            if "contacts" in self._panels:
                self._panels["contacts"].entry.fill_staff(self._staff)
        self._last = (opened, writes)
        for name in self._panels:
            self._fill(name, opened, asked)

    def _fill(self, name: str, opened: Opened, asked: int) -> None:
        panel, person = self._panels[name], opened.record.id
        if name == "complaints":
            panel.show_rows(person, list(opened.complaints))
        elif name == "contacts":
            panel.show_rows(person, list(opened.contacts), asked or panel.ask())
        else:
            panel.show_totals(opened.aid)
