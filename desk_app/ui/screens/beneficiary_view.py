"""The beneficiary form's layout: every R-INT-2 field with its error line, the duplicates
panel, the change history and the person's requests (widgets only; behaviour is in
:mod:`desk_app.ui.screens.beneficiary`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.screens import beneficiary_labels as L
from desk_app.ui.widgets.beneficiary_requests import BeneficiaryRequests
from desk_app.ui.widgets.dual_date import DualDateEdit
from desk_app.ui.widgets.fields import FieldBox, banner_label

TEXT_FIELDS = ("first_name", "father_name", "grandfather_name", "family_name", "id_number",
               "mobile", "email", "building_no", "street", "district", "city", "postal_code",
               "additional_no", "short_address")
COMBO_FIELDS = ("id_type", "id_country", "nationality", "gender", "category_code",
                "beneficiary_type", "contact_channel_code", "qualification", "employment_status")


class BeneficiaryView(QWidget):
    """Layout only: the fields, their error lines, the duplicates panel and the history tab."""

    def __init__(self, lang: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("beneficiary")
        labels = L.field_labels()
        self.inputs: dict[str, QWidget] = {}
        self.boxes: dict[str, FieldBox] = {}
        for name in TEXT_FIELDS:
            self.inputs[name] = QLineEdit()
            self.inputs[name].setObjectName(name)
        for name in COMBO_FIELDS:
            combo = QComboBox()
            combo.setObjectName(name)
            self.inputs[name] = combo
        for name in ("id_country", "nationality"):
            self.inputs[name].setEditable(True)
        self.inputs["birth_date"] = DualDateEdit(lang=lang)
        self.inputs["birth_date"].setObjectName("birth_date")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        for name, w in self.inputs.items():
            self.boxes[name] = FieldBox(w)
        for name in ("building_no", "additional_no"):
            self.inputs[name].setMaxLength(4)
        self.inputs["postal_code"].setMaxLength(5)
        self.inputs["mobile"].setPlaceholderText("05XXXXXXXX")
        self.inputs["short_address"].setPlaceholderText("RRRD2929")

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.dup_panel = QFrame()
        self.dup_panel.setObjectName("duplicates")
        self.dup_label = QLabel(self.tr("Likely already registered — check before creating a new file:"))
        self.dup_label.setWordWrap(True)
        self.dup_table = QTableWidget(0, 6)  # the facts to compare with what was typed
        self.dup_table.setHorizontalHeaderLabels(
            [self.tr("File no."), self.tr("Full name"), self.tr("ID number"),
             self.tr("Date of birth"), self.tr("Mobile number"), self.tr("Why")])
        self.dup_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.dup_table.setMaximumHeight(110)
        self.dup_open = QPushButton(self.tr("Open the existing record"))
        self.dup_register = QPushButton(self.tr("Not the same person — register anyway"))
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.dup_open)
        dup_buttons.addWidget(self.dup_register)
        dup_buttons.addStretch(1)
        dup_lay = QVBoxLayout(self.dup_panel)
        dup_lay.addWidget(self.dup_label)
        dup_lay.addWidget(self.dup_table)
        dup_lay.addLayout(dup_buttons)
        self.dup_panel.hide()

        def group(title: str, names: list[str]) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for n in names:
                form.addRow(labels[n], self.boxes[n])
            return box

        name_box = group(self.tr("Name (four parts)"),
                         ["first_name", "father_name", "grandfather_name", "family_name"])
        id_box = group(self.tr("Identity"), ["id_type", "id_number", "id_country", "nationality"])
        personal = group(self.tr("Personal data"), ["gender", "birth_date", "mobile", "email",
                                                    "contact_channel_code"])
        address = group(self.tr("National address"), ["building_no", "street", "district", "city",
                                                       "postal_code", "additional_no",
                                                       "short_address"])
        classification = group(self.tr("Classification"), ["category_code", "beneficiary_type",
                                                           "qualification", "employment_status"])
        classification.layout().addRow(labels["notes"], self.notes)

        self.household = QTableWidget(0, 4)
        self.household.setObjectName("household")
        self.household.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Date of birth (dd/mm/yyyy)"),
             self.tr("ID number")])
        self.household.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.household.setMinimumHeight(90)
        self.add_member = QPushButton(self.tr("Add member"))
        self.remove_member = QPushButton(self.tr("Remove selected member"))
        self.household_error = QLabel()
        self.household_error.setObjectName("fieldError")
        self.household_error.setWordWrap(True)
        self.household_error.hide()
        hh_box = QGroupBox(labels["household"])
        hh_lay = QVBoxLayout(hh_box)
        hh_lay.addWidget(self.household)
        hh_buttons = QHBoxLayout()
        hh_buttons.addWidget(self.add_member)
        hh_buttons.addWidget(self.remove_member)
        hh_buttons.addStretch(1)
        hh_lay.addLayout(hh_buttons)
        hh_lay.addWidget(self.household_error)

        grid = QGridLayout()
        grid.addWidget(name_box, 0, 0)
        grid.addWidget(id_box, 0, 1)
        grid.addWidget(personal, 1, 0)
        grid.addWidget(address, 1, 1, 2, 1)
        grid.addWidget(classification, 2, 0)
        grid.addWidget(hh_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Data"))
        self.tabs.addTab(self.history, self.tr("Change history"))
        self.requests = BeneficiaryRequests()
        self.tabs.addTab(self.requests, self.tr("Requests"))

        self.save_button = QPushButton(self.tr("Save  (Ctrl+S)"))
        self.save_button.setObjectName("primary")
        self.back_button = QPushButton(self.tr("Back to search  (Esc)"))
        self.request_button = QPushButton(self.tr("New request for this beneficiary  (Ctrl+R)"))
        self.request_button.hide()
        self.review_note = QLabel()
        self.review_note.setObjectName("reviewNote")
        self.review_note.setWordWrap(True)
        self.review_note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_button)

        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.banner)
        lay.addWidget(self.review_note)
        lay.addWidget(self.dup_panel)
        lay.addWidget(self.tabs, 1)
        self._tab_order()  # once every widget is in the window

    def _tab_order(self) -> None:
        """Tab follows the groups as they are read: name, identity, personal, address, …"""
        i = self.inputs
        chain = [i["first_name"], i["father_name"], i["grandfather_name"], i["family_name"],
                 i["id_type"], i["id_number"], i["id_country"], i["nationality"], i["gender"],
                 i["birth_date"].edit, i["birth_date"].calendar, i["mobile"], i["email"],
                 i["contact_channel_code"], i["building_no"], i["street"], i["district"],
                 i["city"], i["postal_code"], i["additional_no"], i["short_address"],
                 i["category_code"], i["beneficiary_type"], i["qualification"],
                 i["employment_status"], self.notes, self.household, self.add_member,
                 self.remove_member, self.save_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
