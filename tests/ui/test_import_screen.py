"""Import from the GUI: read the columns, correct the mapping, import; rejected rows listed."""

import csv

from desk_app.domain.identifiers import make_saudi_id
from desk_app.services import registry
from desk_app.ui.screens.import_screen import ImportController
from tests.ui.waiting import make_ctx, settle


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(rows)


def controller(qtbot, db, actor):
    ctx = make_ctx(db, actor)
    ctl = ImportController(ctx)
    qtbot.addWidget(ctl.view)
    return ctl


def run_import(qtbot, ctl):
    with qtbot.waitSignal(ctl.finished, timeout=20000) as blocker:
        ctl.start_import()
    return blocker.args[0]


def test_mapping_step_then_all_or_nothing_then_valid_only(qtbot, tmp_path, desk_db, desk_admin,
                                                          arabic):
    path = tmp_path / "people.csv"
    good1, good2 = make_saudi_id(1, "55500011"), make_saudi_id(1, "55500022")
    write_csv(path, [
        ["الاسم الأول", "اسم الأب", "اسم الجد", "العائلة", "الهوية", "الجنس", "الميلاد", "جوال"],
        ["سلمان", "خالد", "فهد", "العنزي", good1, "ذكر", "01/01/1990", "0501110001"],
        ["نوف", "خالد", "فهد", "العنزي", good2, "أنثى", "02/02/1992", "0501110002"],
        ["بدر", "خالد", "فهد", "العنزي", "1234567890", "ذكر", "03/03/1993", "0501110003"],
    ])
    ctl = controller(qtbot, desk_db, desk_admin)
    ctl.view.path.setText(str(path))
    assert ctl.read_columns()
    settle(qtbot, ctl.ctx)
    fields = [ctl.view.mapping.cellWidget(r, 2).currentData() for r in range(8)]
    # "الميلاد" and "جوال" are not known headers: the person maps them by hand
    assert fields[:6] == ["first_name", "father_name", "grandfather_name", "family_name",
                          "id_number", "gender"]
    assert fields[6:] == ["", ""]
    for row, field in ((6, "birth_date"), (7, "mobile")):
        combo = ctl.view.mapping.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(field))

    report = run_import(qtbot, ctl)
    assert report.imported == 0 and report.rejected_rows == 1
    assert ctl.view.problems.item(0, 0).text() == "4"
    assert ctl.view.problems.item(0, 2).text().startswith("رقم الهوية غير صحيح")
    assert "لم يُستورد شيء" in ctl.view.banner.text()
    assert registry.search(desk_db, "العنزي").rows == ()

    ctl.view.skip_invalid.setChecked(True)
    report = run_import(qtbot, ctl)
    assert report.imported == 2
    assert [r.full_name for r in registry.search(desk_db, "العنزي").rows] == [
        "نوف خالد فهد العنزي", "سلمان خالد فهد العنزي"]  # equal matches: the newest first


def test_unreadable_file_is_a_message(qtbot, tmp_path, desk_db, desk_admin, arabic):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.4")
    ctl = controller(qtbot, desk_db, desk_admin)
    ctl.view.path.setText(str(bad))
    ctl.read_columns()
    settle(qtbot, ctl.ctx)
    assert ctl.view.banner.text() == "يمكن استيراد ملفات ‎.xlsx و‎.csv فقط."
    assert not ctl.view.import_button.isEnabled()
