"""A desk registers someone while an import of the same person is between its check and its
write (issue 16, finding 4 for imports): the import's row is rejected, not saved a second time."""

from __future__ import annotations

import pytest

from desk_app.services import import_write, importer, registry
from tests.services import hostile_files as hf


@pytest.mark.parametrize("skip_invalid", [False, True])
def test_a_person_registered_during_an_import_is_not_imported_again(db, admin, tmp_path,
                                                                    monkeypatch, skip_invalid):
    rows = [hf.good_row(i) for i in range(4)]
    path = tmp_path / "people.csv"
    path.write_text(hf.csv_text(rows), encoding="utf-8")
    real = import_write.write_batch
    at_desk = []

    def desk_saves_first(*args, **kw):  # noqa: ANN002, ANN003, ANN202
        if not at_desk:  # the desk is quicker, once
            form = importer.to_form(dict(zip(hf.HEADER, rows[2], strict=True)),
                                    importer._Vocabulary(None))
            at_desk.append(registry.register(db, admin, form, branch_code="HQ"))
        return real(*args, **kw)

    monkeypatch.setattr(import_write, "write_batch", desk_saves_first)
    report = importer.import_beneficiaries(db, path, skip_invalid=skip_invalid)
    assert [(r.row, r.code) for r in report.rejected] == [(4, "possible_duplicate")]
    assert report.imported == (3 if skip_invalid else 0)
    found = registry.search(db, rows[2][4]).rows
    assert [r.id for r in found] == [at_desk[0].id]  # once, the desk's
