"""Import beneficiaries from a spreadsheet: choose the file, check the column mapping, import.

Every row is validated with the registration rules; without "import the valid rows only" the
import is all or nothing. The work runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.beneficiary import FORM_FIELDS
from desk_app.domain.validation import FieldError
from desk_app.services import importer
from desk_app.services.errors import StorageError
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.messages import field_message, storage_message
from desk_app.ui.screens.beneficiary_labels import field_labels
from desk_app.ui.widgets.fields import banner_label, show_banner
from desk_app.ui.widgets.tables import FIT, list_table


def import_codes() -> dict[str, str]:
    return {
        "not_found": QCoreApplication.translate("Import", "The file was not found."),
        "unsupported_format": QCoreApplication.translate("Import", "Only .xlsx and .csv files can be imported."),
        "unreadable": QCoreApplication.translate("Import", "The file cannot be read as a spreadsheet."),
        "empty_file": QCoreApplication.translate("Import", "The file is empty."),
        "missing_column": QCoreApplication.translate("Import", "A required column is not mapped: first name, family name and ID number are needed."),
        "not_initialised": QCoreApplication.translate("Import", "The database is not set up yet."),
        "duplicate_in_file": QCoreApplication.translate("Import", "The same person appears earlier in the file."),
        "possible_duplicate": QCoreApplication.translate("Import", "Likely already registered; register at the desk after checking."),
        "database_error": QCoreApplication.translate("Import", "The database could not be written; nothing was imported."),
        "too_large": QCoreApplication.translate("Import", "The file is too large to import (over the size limit, or it unpacks to far more than it holds). Nothing was imported; split it into smaller files."),
        "too_many_rows": QCoreApplication.translate("Import", "The file has more rows than one import takes. Nothing was imported; split it into smaller files."),
        "too_many_columns": QCoreApplication.translate("Import", "The file has more columns than a beneficiary sheet can have. Nothing was imported; check that this is the right sheet."),
        "field_too_long": QCoreApplication.translate("Import", "A cell of the file is far longer than any field. Nothing was imported; check the file."),
        "bad_encoding": QCoreApplication.translate("Import", "This row has characters that could not be read (the file's encoding is mixed); fix the row and import it again."),
    }


class ImportView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import")
        self.title = QLabel(self.tr("Import beneficiaries from a spreadsheet"))
        self.title.setObjectName("screenTitle")
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Excel (.xlsx) or CSV file"))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.read_button = QPushButton(self.tr("Read the columns"))
        self.hint = QLabel(self.tr("Check which field each column of the file fills. "
                                   "Columns set to “Ignore” are not imported."))
        self.hint.setWordWrap(True)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows only (otherwise nothing "
                                              "is imported while any row is rejected)"))
        self.import_button = QPushButton(self.tr("Check and import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.banner = banner_label()
        self.problems = list_table([self.tr("Row"), self.tr("Field"), self.tr("Problem")],
                                   columns=FIT, stretch=(2,), selectable=False,
                                   name=self.tr("Problems found"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        file_row.addWidget(self.read_button)
        go_row = QHBoxLayout()
        go_row.addWidget(self.skip_invalid, 1)
        go_row.addWidget(self.import_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(file_row)
        lay.addWidget(self.hint)
        lay.addWidget(self.mapping, 2)
        lay.addLayout(go_row)
        lay.addWidget(self.banner)
        lay.addWidget(self.problems, 2)


class ImportController(QObject):
    finished = Signal(object)  # ImportReport

    def __init__(self, ctx: UiContext, view: ImportView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or ImportView()
        self.preview: importer.ColumnPreview | None = None
        self.ops = ctx.screen_ops(self.view, self.view.banner)
        v = self.view
        v.browse.clicked.connect(self.choose_file)
        v.read_button.clicked.connect(self.read_columns)
        v.path.returnPressed.connect(self.read_columns)
        v.import_button.clicked.connect(self.start_import)

    def load(self) -> None:
        """Nothing to fetch until a file is chosen."""

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.view, self.tr("Spreadsheet"), "",
                                              "Excel / CSV (*.xlsx *.csv)")
        if path:
            self.view.path.setText(path)
            self.read_columns()

    def read_columns(self) -> bool:
        """Read the sheet's header in the background (a big workbook takes a while)."""
        v = self.view
        v.import_button.setEnabled(False)
        v.mapping.setRowCount(0)
        path = v.path.text().strip()
        self.ops.query(lambda _db: importer.preview_columns(path), self._show_columns,
                       latest="columns", busy=v.read_button,
                       expect={importer.FileProblem: lambda problem: self._banner(
                           import_codes().get(problem.problem.code, problem.problem.code),
                           "error")})
        return True

    def _show_columns(self, preview: importer.ColumnPreview) -> None:
        v, self.preview = self.view, preview
        labels = field_labels()
        choices = [("", self.tr("Ignore"))] + [(f, labels.get(f, f)) for f in FORM_FIELDS]
        for i, name in enumerate(self.preview.header):
            r = v.mapping.rowCount()
            v.mapping.insertRow(r)
            v.mapping.setItem(r, 0, QTableWidgetItem(name))
            example = self.preview.sample[0][i] if self.preview.sample and i < len(
                self.preview.sample[0]) else ""
            v.mapping.setItem(r, 1, QTableWidgetItem(example))
            combo = QComboBox()
            for code, label in choices:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(self.preview.guessed[i])))
            v.mapping.setCellWidget(r, 2, combo)
        v.banner.hide()
        v.import_button.setEnabled(True)

    def column_map(self) -> dict[str, str]:
        assert self.preview is not None
        return {name: self.view.mapping.cellWidget(r, 2).currentData()
                for r, name in enumerate(self.preview.header) if name}

    def start_import(self) -> None:
        v, ctx = self.view, self.ctx
        path, skip, mapping = v.path.text().strip(), v.skip_invalid.isChecked(), self.column_map()
        self._banner(self.tr("Checking every row…"), "ok")
        actor = ctx.actor
        self.ops.action(lambda db: importer.import_beneficiaries(
            db, path, skip_invalid=skip, column_map=mapping, actor=actor), self._done,
            changes={ops.BENEFICIARY}, busy=v.import_button,
            expect={Exception: self._failed})

    def _done(self, report: importer.ImportReport) -> None:
        v = self.view
        labels, codes = field_labels(), import_codes()
        v.problems.setRowCount(0)
        for p in report.rejected:
            r = v.problems.rowCount()
            v.problems.insertRow(r)
            text = codes.get(p.code) or field_message(FieldError(p.field, p.code))
            if p.detail and p.code in ("possible_duplicate",):
                text += f" ({p.detail})"
            for c, value in enumerate((str(p.row) if p.row else "—",
                                       labels.get(p.field, p.field), text)):
                v.problems.setItem(r, c, QTableWidgetItem(value))
        summary = (self.tr("Imported %1 of %2 rows; %3 rows rejected.")
                   .replace("%1", str(report.imported)).replace("%2", str(report.rows))
                   .replace("%3", str(report.rejected_rows)))
        if report.rejected and not report.written:
            summary += " " + self.tr("Nothing was imported: correct the rejected rows, or "
                                     "import the valid rows only.")
        self._banner(summary, "ok" if report.ok else "error")
        self.finished.emit(report)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            self._banner(storage_message(exc), "error")
        else:
            self._banner(import_codes()["database_error"], "error")

    def _banner(self, text: str, kind: str) -> None:
        show_banner(self.view.banner, text, kind)
