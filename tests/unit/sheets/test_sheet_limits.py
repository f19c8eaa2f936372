"""Spreadsheet limits (issue 16, item 5): an oversized cell, a sheet of too many cells and a missing
sheet part are refused with their own codes, quickly and in bounded memory, while reading."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop.services.sheets.limits import MAX_CELL_CHARS
from desktop.services.sheets.reader import SheetError, read_sheet

_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
_TAIL = b"</sheetData></worksheet>"


def _workbook_with_sheet(path: Path, parts: Iterator[bytes]) -> Path:
    """A real workbook whose first sheet's XML is replaced by the streamed `parts`."""
    template = path.with_suffix(".template.xlsx")
    book = openpyxl.Workbook()
    book.active.append(["姓名"])
    book.save(template)
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with target.open(info.filename, "w", force_zip64=True) as stream:
                    for part in parts:
                        stream.write(part)
            else:
                target.writestr(info, source.read(info.filename))
    return path


def _huge_cell(megabytes: int) -> Iterator[bytes]:
    yield _HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
    block = b"a" * (1024 * 1024)
    for _ in range(megabytes):
        yield block
    yield b"</t></is></c></row>" + _TAIL


def _many_cells(rows: int, columns: int) -> Iterator[bytes]:
    yield _HEAD
    cells = b"".join(b"<c/>" for _ in range(columns))
    for number in range(1, rows + 1):
        yield b'<row r="%d">' % number + cells + b"</row>"
    yield _TAIL


def _refused(path: Path) -> tuple[SheetError, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(SheetError) as raised:
        read_sheet(path)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return raised.value, seconds, peak


def test_a_huge_cell_is_refused_before_openpyxl_builds_it(tmp_path: Path) -> None:
    path = _workbook_with_sheet(tmp_path / "cell.xlsx", _huge_cell(300))
    assert path.stat().st_size < 2 * 1024 * 1024
    error, seconds, peak = _refused(path)
    assert error.code == "sheet.cell_too_long"
    assert seconds < 5 and peak < 300 * 1024 * 1024


def test_a_sheet_of_too_many_cells_is_refused_early(tmp_path: Path) -> None:
    path = _workbook_with_sheet(tmp_path / "cells.xlsx", _many_cells(16_000, 3_000))  # 48 M cells
    assert path.stat().st_size < 10 * 1024 * 1024
    error, seconds, peak = _refused(path)
    assert error.code == "sheet.too_many_cells"
    assert seconds < 5 and peak < 300 * 1024 * 1024


def test_a_cell_at_the_limit_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["备注"])
    book.active.append(["字" * MAX_CELL_CHARS])
    book.save(tmp_path / "ok.xlsx")
    assert read_sheet(tmp_path / "ok.xlsx").rows[1][1][0] == "字" * MAX_CELL_CHARS


def test_a_csv_cell_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("姓名,备注\n张三," + "x" * (MAX_CELL_CHARS + 1) + "\n", encoding="utf-8")
    error, _seconds, _peak = _refused(path)
    assert error.code == "sheet.cell_too_long"


def test_a_workbook_missing_its_sheet_part_has_its_own_code(tmp_path: Path) -> None:
    template = tmp_path / "t.xlsx"
    openpyxl.Workbook().save(template)
    path = tmp_path / "missing.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info.filename))
    error, _seconds, _peak = _refused(path)
    assert error.code == "sheet.missing_part"
