"""Outbox: the messages to beneficiaries, where each one is, and how they are sent (R-COM-2).

Staff see what waits, what went and what went wrong (with the reason), send now, resend a failed
or uncertain message, or record that an uncertain one did arrive. The administrator sets the
SMTP server and the SMS gateway on the second tab; their password and token go to the operating
system's key store, never shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain import messaging as rules
from desk_app.services import messaging_settings, outbox
from desk_app.services.transports import SmsSettings, SmtpSettings
from desk_app.ui import ops
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.fields import FieldBox, banner_label, show_banner

MESSAGE = "message"  # the kind of record the change notice carries for the outbox


def status_names() -> dict[str, str]:
    return {rules.QUEUED: QCoreApplication.translate("Outbox", "Waiting"), rules.SENDING: QCoreApplication.translate("Outbox", "Sending"),
            rules.SENT: QCoreApplication.translate("Outbox", "Sent"), rules.FAILED: QCoreApplication.translate("Outbox", "Could not be sent"),
            rules.UNCERTAIN: QCoreApplication.translate("Outbox", "Not confirmed")}


def event_names() -> dict[str, str]:
    return {"request_received": QCoreApplication.translate("Outbox", "Request received"),
            "documents_missing": QCoreApplication.translate("Outbox", "Documents missing"),
            "request_complete": QCoreApplication.translate("Outbox", "Request complete"),
            "decision": QCoreApplication.translate("Outbox", "Decision"), "aid_ready": QCoreApplication.translate("Outbox", "Aid ready"),
            "complaint_received": QCoreApplication.translate("Outbox", "Complaint received"),
            "complaint_resolved": QCoreApplication.translate("Outbox", "Complaint handled"),
            "survey_invitation": QCoreApplication.translate("Outbox", "Survey invitation")}


def channel_names() -> dict[str, str]:
    return {"sms": QCoreApplication.translate("Outbox", "Text message"), "email": QCoreApplication.translate("Outbox", "E-mail")}


def reason_text(last_error: str) -> str:
    """The stored reason (``code: detail``) in the screen's language; the server's own number or
    words stay in brackets for the IT volunteer."""
    code, _, detail = last_error.partition(": ")
    texts = {
        "unreachable": QCoreApplication.translate("Outbox", "The server could not be reached (no network?); it will be tried again."),
        "server_busy": QCoreApplication.translate("Outbox", "The server is busy; it will be tried again."),
        "sign_in_refused": QCoreApplication.translate("Outbox", "The server refused the user name, password or token; check the sending settings."),
        "recipient_refused": QCoreApplication.translate("Outbox", "The address was refused; check the beneficiary's contact details."),
        "rejected": QCoreApplication.translate("Outbox", "The server refused this message."),
        "interrupted": QCoreApplication.translate("Outbox", "Sending was interrupted: it may have arrived. Check with the beneficiary, then send again or record that it arrived."),
    }
    if not code:
        return ""
    text = texts.get(code, QCoreApplication.translate("Outbox", "Not sent."))
    return f"{text} ({_ltr(detail)})" if detail and code in ("rejected", "server_busy",
                                                            "sign_in_refused") else text


def _ltr(text: str) -> str:
    """Numbers and addresses keep their own order inside an Arabic line (an embedding: Qt
    ignores the isolates, and showed +966… as 966…+)."""
    return "\u202a" + text + "\u202c"


class OutboxView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outbox")
        self.title = QLabel(self.tr("Messages to beneficiaries"))
        self.title.setObjectName("screenTitle")
        self.banner = banner_label()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._messages_tab(), self.tr("Messages"))
        self.tabs.addTab(self._settings_tab(), self.tr("Sending settings"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.banner)
        lay.addWidget(self.tabs, 1)

    def _messages_tab(self) -> QWidget:
        page = QWidget()
        self.counts = QLabel()
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All messages"), "")
        for code, name in status_names().items():
            self.filter.addItem(name, code)
        self.filter.setAccessibleName(self.tr("Show"))
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("primary")
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        top.addWidget(self.send_button)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Queued on"), self.tr("About"), self.tr("Channel"), self.tr("To"),
             self.tr("State"), self.tr("Tries"), self.tr("Reason")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Messages"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(90)
        self.text.setAccessibleName(self.tr("Message text"))
        self.resend_button = QPushButton(self.tr("Send the selected message again"))
        self.arrived_button = QPushButton(self.tr("The selected message did arrive"))
        actions = QHBoxLayout()
        actions.addWidget(self.resend_button)
        actions.addWidget(self.arrived_button)
        actions.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.text)
        lay.addLayout(actions)
        return page

    def _settings_tab(self) -> QWidget:
        page = QWidget()
        self.smtp_host, self.smtp_user = QLineEdit(), QLineEdit()
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(0, 65535)
        self.smtp_port.setValue(587)
        self.smtp_security = QComboBox()
        for code, name in (("starttls", self.tr("STARTTLS (port 587)")),
                           ("tls", self.tr("TLS (port 465)")),
                           ("none", self.tr("None (a server on this PC only)"))):
            self.smtp_security.addItem(name, code)
        self.smtp_password, self.sms_token = QLineEdit(), QLineEdit()
        for secret in (self.smtp_password, self.sms_token):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText(self.tr("Leave empty to keep the stored one"))
        self.smtp_sender, self.smtp_sender_name = QLineEdit(), QLineEdit()
        self.sms_url, self.sms_sender = QLineEdit(), QLineEdit()
        self.sms_url.setPlaceholderText("https://api.taqnyat.sa")
        for w in (self.smtp_host, self.smtp_user, self.smtp_sender, self.sms_url):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.boxes = {
            "smtp_host": FieldBox(self.smtp_host), "smtp_port": FieldBox(self.smtp_port),
            "smtp_security": FieldBox(self.smtp_security), "smtp_user": FieldBox(self.smtp_user),
            "smtp_password": FieldBox(self.smtp_password),
            "smtp_sender": FieldBox(self.smtp_sender),
            "smtp_sender_name": FieldBox(self.smtp_sender_name),
            "sms_url": FieldBox(self.sms_url), "sms_sender": FieldBox(self.sms_sender),
            "sms_token": FieldBox(self.sms_token)}
        mail = QGroupBox(self.tr("E-mail (SMTP server)"))
        form = QFormLayout(mail)
        for key, label in (("smtp_host", self.tr("Server")), ("smtp_port", self.tr("Port")),
                           ("smtp_security", self.tr("Security")),
                           ("smtp_user", self.tr("User name")),
                           ("smtp_password", self.tr("Password")),
                           ("smtp_sender", self.tr("Sender address")),
                           ("smtp_sender_name", self.tr("Sender name"))):
            form.addRow(label, self.boxes[key])
        sms = QGroupBox(self.tr("Text messages (SMS gateway)"))
        form = QFormLayout(sms)
        for key, label in (("sms_url", self.tr("Gateway address")),
                           ("sms_sender", self.tr("Sender name")),
                           ("sms_token", self.tr("Access token"))):
            form.addRow(label, self.boxes[key])
        self.save_button = QPushButton(self.tr("Save the sending settings"))
        self.save_button.setObjectName("primary")
        note = QLabel(self.tr("The password and the token are kept in this PC's key store, "
                              "not in the database or its backups."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(mail, 1)
        row.addWidget(sms, 1)
        lay = QVBoxLayout(page)
        lay.addLayout(row)
        lay.addWidget(note)
        lay.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeading)
        lay.addStretch(1)
        return page


class OutboxController(QObject):
    def __init__(self, ctx: UiContext, view: OutboxView | None = None):
        super().__init__()
        self.ctx = ctx
        self.view = view or OutboxView()
        self.rows: list[outbox.OutboxRow] = []
        v = self.view
        self.ops = ctx.screen_ops(v, v.banner, v.boxes)
        self.ops.on_change({MESSAGE, ops.REQUEST}, self.load)
        v.filter.currentIndexChanged.connect(self.load)
        v.table.itemSelectionChanged.connect(self._show_text)
        v.table.currentCellChanged.connect(lambda *_: self._show_text())
        v.send_button.clicked.connect(self.send_now)
        v.resend_button.clicked.connect(self.resend)
        v.arrived_button.clicked.connect(self.arrived)
        v.save_button.clicked.connect(self.save_settings)
        v.tabs.setTabEnabled(1, ctx.may("outbox.settings"))
        sending = ctx.may("outbox.send")
        for button in (v.send_button, v.resend_button, v.arrived_button):
            button.setVisible(sending)

    # --- reading ------------------------------------------------------------------------------
    def load(self) -> None:
        status = self.view.filter.currentData() or None
        actor = self.ctx.actor
        self.ops.query(lambda db: (outbox.counts(db, actor), outbox.listing(db, actor, status)),
                       self._show, latest="list")
        if self.ctx.may("outbox.settings"):
            self.ops.query(lambda db: messaging_settings.for_editing(db, actor),
                           self._show_settings, latest="settings")

    def _show(self, got: tuple[dict[str, int], list[outbox.OutboxRow]]) -> None:
        counts, self.rows = got
        names, events, channels = status_names(), event_names(), channel_names()
        self.view.counts.setText("  ·  ".join(f"{names[k]}: {counts[k]}" for k in (
            rules.QUEUED, rules.SENT, rules.FAILED, rules.UNCERTAIN)))
        t, lang = self.view.table, self.ctx.settings.language
        t.setRowCount(0)
        for row in self.rows:
            r = t.rowCount()
            t.insertRow(r)
            when = f"{cal.format_dual(row.created_at.date(), lang)} {row.created_at:%H:%M}"
            cells = (when, events.get(row.event, row.event), channels.get(row.channel, ""),
                     _ltr(row.recipient), names.get(row.status, row.status),
                     str(row.attempts), reason_text(row.last_error))
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        self._show_text()

    def _selected(self) -> outbox.OutboxRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        r = rows[0].row() if rows else self.view.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _show_text(self) -> None:
        row = self._selected()
        self.view.text.setPlainText(row.body if row else "")
        self.view.resend_button.setEnabled(
            row is not None and row.status in (rules.FAILED, rules.UNCERTAIN))
        self.view.arrived_button.setEnabled(row is not None and row.status == rules.UNCERTAIN)

    def _show_settings(self, got: tuple[SmtpSettings | None, SmsSettings | None]) -> None:
        smtp, sms = got
        v = self.view
        if smtp is not None:
            v.smtp_host.setText(smtp.host)
            v.smtp_port.setValue(smtp.port)
            v.smtp_security.setCurrentIndex(max(0, v.smtp_security.findData(smtp.security)))
            v.smtp_user.setText(smtp.username)
            v.smtp_sender.setText(smtp.sender)
            v.smtp_sender_name.setText(smtp.sender_name)
        if sms is not None:
            v.sms_url.setText(sms.base_url)
            v.sms_sender.setText(sms.sender)

    # --- acting -------------------------------------------------------------------------------
    def send_now(self) -> bool:
        def done(report: outbox.SendReport) -> None:
            if report.sent or report.retry_later or report.failed:
                text = self.tr("Sent: %1. Waiting for the server: %2. Could not be sent: %3.")
                text = text.replace("%1", str(report.sent)).replace(
                    "%2", str(report.retry_later)).replace("%3", str(report.failed))
            else:
                text = self.tr("Nothing to send now.")
            show_banner(self.view.banner, text, "error" if report.failed else "ok")

        profile, actor = self.ctx.profile, self.ctx.actor

        def run(db: object) -> outbox.SendReport:
            return outbox.send_now(db, actor, messaging_settings.transports(db), profile=profile)

        return self.ops.action(run, done, changes={MESSAGE, ops.REQUEST},
                               busy=self.view.send_button)

    def _decide(self, fn, ok_text: str, button: QPushButton) -> bool:  # noqa: ANN001
        row = self._selected()
        if row is None:
            return False
        actor = self.ctx.actor
        return self.ops.action(lambda db: fn(db, actor, row.id),
                               lambda _r: show_banner(self.view.banner, ok_text, "ok"),
                               changes={MESSAGE}, busy=button)

    def resend(self) -> bool:
        return self._decide(outbox.resend, self.tr("The message is queued again."),
                            self.view.resend_button)

    def arrived(self) -> bool:
        return self._decide(outbox.mark_sent, self.tr("Recorded as arrived."),
                            self.view.arrived_button)

    def save_settings(self) -> bool:
        v = self.view
        for box in v.boxes.values():
            box.set_error("")
        smtp = SmtpSettings(v.smtp_host.text().strip(), v.smtp_port.value(),
                            v.smtp_security.currentData(), v.smtp_user.text().strip(),
                            v.smtp_sender.text().strip(), v.smtp_sender_name.text().strip()
                            ) if v.smtp_host.text().strip() else None
        sms = SmsSettings(v.sms_url.text().strip(), v.sms_sender.text().strip()
                          ) if v.sms_url.text().strip() else None
        password, token, actor = v.smtp_password.text(), v.sms_token.text(), self.ctx.actor

        def done(_result: object) -> None:
            v.smtp_password.clear()
            v.sms_token.clear()
            show_banner(v.banner, self.tr("The sending settings are saved."), "ok")

        return self.ops.action(
            lambda db: messaging_settings.save(db, actor, smtp=smtp, smtp_password=password or None,
                                               sms=sms, sms_token=token or None),
            done, changes={MESSAGE}, busy=v.save_button)  # field messages: the runner's default
