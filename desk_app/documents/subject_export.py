"""كل ما تحفظه الجمعية عن الشخص — the copy handed to a person who asked for access to the
personal data held on them: every table that holds a row about them, each row field by field."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.documents.layout import DocumentWriter
from desk_app.documents.model import OrgHeader, Verification

TITLE = "كل ما تحفظه الجمعية من بيانات عن الشخص"
NOTE = ("تضم هذه النسخة كل سجل يخص صاحب البيانات في قاعدة بيانات الجمعية، مرتبة حسب نوعها. "
        "الملفات الممسوحة والمستندات المؤرشفة مذكورة بأسمائها وأحجامها ولم تُنسخ هنا، وتُسلَّم "
        "عند الطلب. وسجل الاطلاع يبين من اطلع على الملف ومتى. والمعرّفات الداخلية التي يربط بها "
        "النظام السجلات وبصمات سلامتها محفوظة كما هي في ملفي البيانات المرافقين (JSON وExcel) "
        "ولم تُطبع هنا.")


@dataclass(frozen=True)
class SubjectExportData:
    org: OrgHeader
    verification: Verification
    name: str
    file_number: str
    issued_on_text: str
    # (section title, rows); each row its (field label, value) pairs
    sections: list[tuple[str, list[list[tuple[str, str]]]]]


def render_subject_export(data: SubjectExportData) -> bytes:
    doc = DocumentWriter(data.org, data.verification, TITLE)
    doc.title(TITLE)
    count = sum(len(rows) for _t, rows in data.sections)
    doc.key_values([("الاسم", data.name), ("رقم الملف", data.file_number),
                    ("تاريخ الإصدار", data.issued_on_text), ("عدد السجلات", str(count))])
    doc.paragraph(NOTE, size=9.5, leading=15)
    for title, rows in data.sections:
        doc.heading(f"{title} ({len(rows)})")
        for row in rows:
            doc.key_values(row)
            doc.spacer(4)
    return doc.finish()
