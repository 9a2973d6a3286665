"""The online forms review queue's layout (widgets only; behaviour in
:mod:`desk_app.ui.screens.online_arrivals`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import online_forms as forms
from desk_app.ui.widgets.fields import FieldBox, banner_label


def match_names() -> dict[str, str]:
    return {forms.NEW: QCoreApplication.translate("Online", "Not in the registry"),
            forms.MATCHED: QCoreApplication.translate("Online", "Registered: %1"),
            forms.LIKELY: QCoreApplication.translate("Online", "Likely registered: %1"),
            forms.DUPLICATE: QCoreApplication.translate("Online", "Sent twice (first in row %1)"),
            forms.INVALID: QCoreApplication.translate("Online", "Data to correct")}


def kind_names() -> dict[str, str]:
    return {forms.REQUEST: QCoreApplication.translate("Online", "Request"),
            forms.COMPLAINT: QCoreApplication.translate("Online", "Complaint")}


class OnlineView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("online")
        self.title = QLabel(self.tr("Online forms"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.counts = QLabel()
        self.import_button = QPushButton(self.tr("Bring in an export…"))
        self.scan_button = QPushButton(self.tr("Check the watched folder"))
        self.folder_button = QPushButton(self.tr("Watched folder…"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.counts, 1)
        for w in (self.import_button, self.scan_button, self.folder_button):
            top.addWidget(w)
        self.folder = QLabel()
        self.folder.setObjectName("status")
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sent on"), self.tr("Kind"), self.tr("Name"), self.tr("ID number"),
             self.tr("Mobile number"), self.tr("In the registry"), self.tr("To check")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Online forms"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.folder)
        lay.addWidget(self.banner)
        lay.addWidget(self.table, 1)
        lay.addWidget(self._review_box())

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Review the selected form"))
        self.person = QComboBox()
        self.service = QComboBox()
        self.category = QComboBox()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(48)
        self.description.setTabChangesFocus(True)
        self.consent = QCheckBox(self.tr("The applicant agreed to the terms and to the use of "
                                         "their data on the form"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it is set aside (a test entry, a repeat…)"))
        self.boxes = {"beneficiary_id": FieldBox(self.person),
                      "service_code": FieldBox(self.service),
                      "category_code": FieldBox(self.category),
                      "description": FieldBox(self.description),
                      "consent": FieldBox(self.consent), "note": FieldBox(self.reason)}
        self.convert_button = QPushButton(self.tr("Create the request"))
        self.convert_button.setObjectName("primary")
        self.dismiss_button = QPushButton(self.tr("Set aside"))
        form = QFormLayout()
        form.addRow(self.tr("Whose file"), self.boxes["beneficiary_id"])
        self.service_label, self.category_label = QLabel(self.tr("Service")), QLabel(
            self.tr("Complaint category"))
        form.addRow(self.service_label, self.boxes["service_code"])
        form.addRow(self.category_label, self.boxes["category_code"])
        form.addRow(self.tr("Description"), self.boxes["description"])
        form.addRow("", self.boxes["consent"])
        side = QFormLayout()
        side.addRow(self.tr("Reason"), self.boxes["note"])
        buttons = QVBoxLayout()
        buttons.addWidget(self.convert_button)
        buttons.addLayout(side)
        buttons.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeading)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addLayout(form, 3)
        row.addLayout(buttons, 2)
        return box
