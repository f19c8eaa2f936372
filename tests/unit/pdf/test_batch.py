"""render_many: one file, many forms, progress reported, cancellation honoured between forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import pdf
from desktop.errors import ValidationError
from tests.unit.pdf import samples
from tests.unit.pdf.helpers import page_texts, squash


def test_batch_numbers_pages_per_form_and_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    names = ["张建国", "王堃", "李翀"]
    document = pdf.render_many(
        "blank-visit",
        [samples.blank_visit(name) for name in names],
        meta=samples.meta(),
        progress=lambda done, total: seen.append((done, total)),
    )
    pages = [squash(page) for page in page_texts(document)]
    assert len(pages) == 6  # two pages per blank form
    for form, name in enumerate(names):
        first, second = pages[2 * form], pages[2 * form + 1]
        assert name in first
        assert "第1页/共2页" in first and "第2页/共2页" in second
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_cancel_between_forms_raises_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    seen: list[int] = []
    with pytest.raises(pdf.RenderCancelled) as caught:
        pdf.render_many(
            "visit",
            [samples.visit() for _ in range(10)],
            meta=samples.meta(),
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 3,
            out=out,
        )
    assert caught.value.code == "pdf.cancelled"
    assert seen == [0, 1, 2]
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_cancel_before_start() -> None:
    with pytest.raises(pdf.RenderCancelled):
        pdf.render_many("rota", [samples.rota()], meta=samples.meta(), cancelled=lambda: True)


def test_batch_written_to_file(tmp_path: Path) -> None:
    out = tmp_path / "rota.pdf"
    document = pdf.render_many("rota", [samples.rota(), samples.rota()], meta=samples.meta(), out=out)
    assert out.read_bytes() == document
    assert len(page_texts(document)) == 2


def test_every_form_is_batchable() -> None:
    assert set(pdf.FORMS) == {"visit", "national-visit", "blank-visit", "client", "rota", "certificate", "monthly"}


def test_unknown_form_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        pdf.render_many("nonsense", [], meta=samples.meta())
    assert caught.value.code == "pdf.unknown_form"
