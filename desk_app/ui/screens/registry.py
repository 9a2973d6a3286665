"""Registry: search first (as you type, off the GUI thread), then open or register."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import registry
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import storage_message
from desk_app.ui.models.registry_model import RegistryModel
from desk_app.ui.widgets.tables import FittedColumns


class RegistryView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registry")
        self.title = QLabel(self.tr("Beneficiary registry"))
        self.title.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Search by name, ID / iqama number, mobile or file number  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New beneficiary  (Ctrl+N)"))
        self.new_button.setObjectName("primary")
        self.new_org_button = QPushButton(self.tr("New association…"))
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.prev_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.page_label = QLabel()
        self.open_button = QPushButton(self.tr("Open  (Enter)"))
        self.contact_button = QPushButton(self.tr("Record a contact"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.new_org_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.contact_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.page_label)
        bottom.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)


class RegistryController(QObject):
    """Wires the registry view to :mod:`desk_app.services.registry`."""

    navigate = Signal(str, object)    # screen name, what to show there
    loaded = Signal()

    def __init__(self, ctx: UiContext, view: RegistryView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or RegistryView()
        names = {c.code: ctx.name_of(c) for c in ctx.profile.categories}
        self.model = RegistryModel(self.view, ctx.lang, names)
        self.view.table.setModel(self.model)
        # columns fit their widest text, measured once per page (not every cell by Qt)
        self.columns = FittedColumns(self.view.table, self.model.texts, stretch=1)
        self.page = 0
        self.last_page: registry.SearchPage | None = None
        self.ops = ctx.screen_ops(self.view)
        self.ops.on_change({ops.BENEFICIARY}, self.run_search)
        # Search as you type, at once: one search at a time, and the text typed meanwhile is
        # searched as soon as it returns (no fixed delay after each key, no pile of searches).
        self._searching = False
        self._again = False
        v = self.view
        v.search.textChanged.connect(self._typed)
        v.search.returnPressed.connect(self._enter)
        v.new_button.clicked.connect(self.new_beneficiary)
        v.new_org_button.clicked.connect(
            lambda: self.navigate.emit("organisation", {"new": v.search.text()}))
        # Organisations are served as beneficiaries only where the profile has partner services.
        v.new_org_button.setVisible(ctx.profile.partnership is not None
                                    and ctx.may("organisation.register"))
        v.open_button.clicked.connect(self.open_selected)
        v.contact_button.setVisible(ctx.may("beneficiary.log_contact"))
        v.contact_button.clicked.connect(self.record_contact)
        v.table.doubleClicked.connect(lambda _i: self.open_selected())
        v.prev_button.clicked.connect(lambda: self.goto_page(self.page - 1))
        v.next_button.clicked.connect(lambda: self.goto_page(self.page + 1))
        QShortcut(QKeySequence("Ctrl+F"), v, activated=self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), v, activated=self.new_beneficiary)
        v.search.installEventFilter(self)
        v.table.installEventFilter(self)
        self._update_paging()

    # --- behaviour -------------------------------------------------------------------------
    def load(self) -> None:
        page, self.ctx.first_page = self.ctx.first_page, None  # read with the sign-in
        if isinstance(page, registry.SearchPage) and page.query == self.view.search.text() \
                and page.page == self.page:
            self.ops.delivered("search")
            self._show(page)
            return
        self.run_search()

    def enter(self, arg: object = None) -> None:
        """Coming back to the registry: refresh what is shown (unless it was found moments ago
        and nothing was saved since, ``ScreenOps.fresh``), keep the search text."""
        if not self.ops.fresh("search"):
            self.run_search()
        self.focus_search()

    def new_beneficiary(self) -> None:
        self.navigate.emit("beneficiary", {"new": self.view.search.text()})

    def focus_search(self) -> None:
        self.view.search.setFocus()
        self.view.search.selectAll()

    def _typed(self, _text: str) -> None:
        self.page = 0
        if self._searching:
            self._again = True
        else:
            self.run_search()

    def searching(self) -> bool:
        """A search is running or owed (tests and the benchmark wait on this)."""
        return self._searching or self._again

    def _enter(self) -> None:
        if self.model.rowCount() and self.last_page and self.last_page.query == self.view.search.text():
            self._select_first()
        else:
            self.run_search()

    def goto_page(self, page: int) -> None:
        self.page = max(0, page)
        self.run_search()

    def run_search(self) -> None:
        query, page, size = self.view.search.text(), self.page, self.ctx.settings.page_size
        branch = self.ctx.installation.branch_code
        self.view.status.setText(self.tr("Searching…"))
        self._searching, self._again = True, False
        self.ops.query(lambda db: registry.search(db, query, page, size, branch), self._show,
                       latest="search", expect={Exception: self._failed})

    def _caught_up(self) -> bool:
        """The search returned; False (and the newest text searched) if it is out of date."""
        self._searching = False
        if self._again:
            self.run_search()
            return False
        return True


    def _show(self, result: registry.SearchPage) -> None:
        if not self._caught_up():
            return
        self.last_page = result
        self.model.set_rows(result.rows)
        if result.rows:
            self.view.table.setCurrentIndex(self.model.index(0, 0))
        query = result.query.strip()
        if not query:
            self.view.status.setText(self.tr("Most recently registered beneficiaries."))
        elif result.rows:
            count = len(result.rows)
            more = self.tr(" (more on the next page)") if result.has_more else ""
            self.view.status.setText(self.tr("Results: %1").replace("%1", str(count)) + more)
        else:
            self.view.status.setText(
                self.tr("No beneficiary found. Check the spelling, or register a new one (Ctrl+N)."))
        self._update_paging()
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        if not self._caught_up():
            return
        if isinstance(exc, StorageError):
            self.view.status.setText(storage_message(exc))
        else:
            self.view.status.setText(self.tr("The search failed: %1").replace("%1", str(exc)))
        self.loaded.emit()

    def _update_paging(self) -> None:
        has_more = bool(self.last_page and self.last_page.has_more)
        self.view.prev_button.setEnabled(self.page > 0)
        self.view.next_button.setEnabled(has_more)
        self.view.page_label.setText(self.tr("Page %1").replace("%1", str(self.page + 1)))
        self.view.open_button.setEnabled(self.model.rowCount() > 0)

    def _select_first(self) -> None:
        self.view.table.setFocus()
        self.view.table.setCurrentIndex(self.model.index(0, 0))

    def selected_id(self) -> str | None:
        idx = self.view.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.rows[idx.row()].id

    def open_selected(self) -> None:
        idx = self.view.table.currentIndex()
        if not idx.isValid():
            return
        row = self.model.rows[idx.row()]
        if row.kind == registry.ORGANISATION:
            self.navigate.emit("organisation", {"open": row.id})
        else:
            self.navigate.emit("beneficiary", {"open": row.id})

    def record_contact(self) -> None:
        """A call or visit from the person selected goes on their file's Contacts tab; with
        nobody selected (not in the registry), the standalone enquiry entry opens."""
        idx = self.view.table.currentIndex()
        row = self.model.rows[idx.row()] if idx.isValid() else None
        if row is not None and row.kind != registry.ORGANISATION:
            self.navigate.emit("beneficiary", {"open": row.id, "tab": "contacts"})
        else:
            self.navigate.emit("contact_new", None)

    def eventFilter(self, obj: QObject, event) -> bool:  # noqa: ANN001, N802
        # Down arrow from the search box moves into the results, as in a browser's address bar.
        if event.type() != event.Type.KeyPress:
            return False
        if obj is self.view.search and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self._select_first()
            return True
        if obj is self.view.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return True
        return False
