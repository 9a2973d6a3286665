"""The sign-in page's widgets, and nothing else: Qt only, so that the window can show it before
the database layer is imported (app.run_gui paints it while storage loads on a worker, issue 23).
The behaviour is :class:`desk_app.ui.login.LoginController`'s."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk_app.ui.widgets.card import card, centre, error_label, password_edit


class LoginView(QWidget):
    def __init__(self, org_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login")
        self.title = QLabel(org_name)
        self.title.setObjectName("loginTitle")
        self.title.setWordWrap(True)  # a long English name (Al-Thikr … Umluj) was cut off
        self.subtitle = QLabel(self.tr("Beneficiary Desk — sign in"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = password_edit()
        self.error = error_label()
        self.button = QPushButton(self.tr("Sign in  (Enter)"))
        self.button.setObjectName("primary")
        self.button.setDefault(True)
        # Shown after signing in with a password the administrator set: choose your own.
        self.new_password = password_edit("newPassword")
        self.repeat_password = password_edit("repeatPassword")
        self.change_button = QPushButton(self.tr("Save my password and sign in"))
        self.change_button.setObjectName("primary")
        self.change_box = QFrame()
        change_form = QFormLayout(self.change_box)
        change_form.setContentsMargins(0, 0, 0, 0)
        change_form.addRow(self.tr("New password"), self.new_password)
        change_form.addRow(self.tr("Repeat it"), self.repeat_password)
        change_form.addRow(self.change_button)
        self.change_box.hide()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.card = card(420, 460)
        centre(self, self.card, [self.title, self.subtitle, form, self.error, self.button,
                                 self.change_box]).setContentsMargins(200, 40, 200, 40)
        self.show_title(org_name)

    def show_title(self, name: str) -> None:
        """The organisation's name, on as many lines as it needs: the card's layout does not give
        a wrapped label the height of its lines by itself (the second line of a long English
        name was cut)."""
        self.title.setText(name)
        self.title.ensurePolished()  # the style sheet's larger font, before measuring
        width = self.card.minimumWidth() - 40  # the narrowest the card's text can be
        self.title.setMinimumHeight(self.title.heightForWidth(width))
