"""Arabic screens show no English: every tr() string has a finished Arabic translation, and the
compiled .qm matches its .ts."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desk_app.config import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _messages(ts: Path):
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        yield message.findtext("source"), tr


def test_every_string_in_the_code_is_translated(tmp_path):
    ts = tmp_path / "check_ar.ts"
    shutil.copy(TRANSLATIONS / "desk_app_ar.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "desk_app" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"],
                   check=True, capture_output=True)
    untranslated = [src for src, tr in _messages(ts)
                    if tr is None or tr.get("type") in ("unfinished", "vanished") or not tr.text]
    assert untranslated == []


def test_compiled_qm_is_current(tmp_path):
    qm = tmp_path / "desk_app_ar.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TRANSLATIONS / "desk_app_ar.ts"), "-qm",
                    str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (TRANSLATIONS / "desk_app_ar.qm").read_bytes()


def test_translations_keep_placeholders():
    for source, tr in _messages(TRANSLATIONS / "desk_app_ar.ts"):
        for ph in ("%1", "%2", "{row}", "{min}"):
            assert (ph in source) == (ph in (tr.text or "")), (source, tr.text)


def test_english_switch_changes_direction_and_words(qtbot, window, qapp):
    from desk_app import i18n

    assert window.login.view.button.text() == "دخول  (Enter)"
    i18n.install(qapp, "en")
    try:
        from desk_app.ui.login import LoginView

        view = LoginView("x")
        qtbot.addWidget(view)
        assert view.button.text() == "Sign in  (Enter)"
        assert qapp.layoutDirection().name == "LeftToRight"
        from desk_app.ui.messages import joined

        assert joined(["HQ-000001", "HQ-000002"]) == "HQ-000001, HQ-000002"  # not «، »
    finally:
        i18n.install(qapp, "ar")
    assert qapp.layoutDirection().name == "RightToLeft"
    assert joined(["أ", "ب"]) == "أ، ب"


def test_no_string_hides_from_the_translators():
    """lupdate extracts only double-quoted literals: ``self.tr('…')`` or ``translate("Ctx", '…')``
    (or an f-string) would stay English on every Arabic screen without the test above noticing."""
    import re

    hidden = re.compile(r"""\btr\(\s*[f']|translate\(\s*"[^"]+",\s*[f']""")
    found = [f"{p.relative_to(ROOT)}:{n}" for p in sorted((ROOT / "desk_app").rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if hidden.search(line)]
    assert found == []
