"""The page between sign-in and the desk: the association's policy, to read and acknowledge
before the first day's work and again after every new version (seeds 000 §8, 003 §7-1)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.entities import Actor
from desk_app.domain.profile.governance import PolicyVersion
from desk_app.services import policy as policy_service
from desk_app.ui.ops import Ops
from desk_app.ui.screens.policy import approval_line
from desk_app.ui.widgets.fields import banner_label


class PolicyAckView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("policyAck")
        self.title = QLabel(self.tr("Before you start: the association's policy"))
        self.title.setObjectName("screenTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.banner = banner_label()
        self.approval = QLabel()
        self.approval.setObjectName("hint")
        self.approval.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Policy text"))
        self.statement = QLabel()
        self.statement.setWordWrap(True)
        self.statement.setObjectName("sectionTitle")
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.statement)
        self.read = QCheckBox(self.tr("I have read the policy to the end and affirm the "
                                      "statement above."))
        inner.addWidget(self.read)
        self.ack_button = QPushButton(self.tr("Acknowledge and continue"))
        self.ack_button.setObjectName("primary")
        self.ack_button.setEnabled(False)
        self.sign_out_button = QPushButton(self.tr("Sign out without acknowledging"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 16, 40, 16)
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        lay.addWidget(self.banner)
        lay.addWidget(self.approval)
        lay.addWidget(self.text, 1)
        lay.addWidget(frame)
        lay.addLayout(buttons)
        self.read.toggled.connect(self.ack_button.setEnabled)


class PolicyAckController(QObject):
    """``acknowledged`` once the acknowledgement is on record; ``declined`` to sign out."""

    acknowledged = Signal()
    declined = Signal()

    def __init__(self, ops: Ops, actor: Actor, version: PolicyVersion, lang: str):
        super().__init__()
        self.actor, self.version = actor, version
        self.view = PolicyAckView()
        self.ops = ops.for_screen(self.view, self.view.banner)
        v = self.view
        name = "\u2068" + (actor.full_name or actor.username) + "\u2069"  # isolated: an Arabic
        # name must not turn an English sentence right-to-left
        v.intro.setText(self.tr("%1, this association asks every staff member to read its "
                                "policy and acknowledge it (version %2) before working in the "
                                "program.").replace("%1", name)
                        .replace("%2", str(version.number)))
        v.approval.setText(approval_line(version, lang))
        v.text.setPlainText(version.title_ar + "\n\n" + version.text_ar)
        v.statement.setText(version.acknowledgement_ar)
        v.ack_button.clicked.connect(self.acknowledge)
        v.sign_out_button.clicked.connect(self.declined)

    def acknowledge(self) -> None:
        if not self.view.read.isChecked():
            return
        actor, number = self.actor, self.version.number
        digest = policy_service.text_sha256(self.version)
        self.ops.action(lambda db: policy_service.acknowledge(db, actor, number, digest),
                        lambda _at: self.acknowledged.emit(), busy=self.view.ack_button)
