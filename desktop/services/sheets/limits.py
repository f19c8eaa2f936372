"""Bounds checked on an .xlsx file before openpyxl builds anything from it (issue 16, item 5).

A 1 MB workbook can hold a 1 GB cell or tens of millions of empty cells: openpyxl would build
the whole string, or iterate for minutes, before our own checks see a row. So the XML parts are
scanned first, streamed from the zip in pieces: a text run longer than a cell may hold, or more
cell elements than a sheet may hold, refuses the file with its own code after reading at most
that much. The scan costs a fraction of a second for a full-size register.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from desktop.errors import AppError

MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_CELLS = 4_000_000  # per sheet: 200,000 rows of 20 columns
# In the XML a character takes up to 4 bytes, and escaping (`&amp;`) up to 5: a bound on bytes
# that no legal cell reaches; the exact check in characters happens while reading the rows.
_MAX_RUN_BYTES = MAX_CELL_CHARS * 5 + 64
_PIECE = 1024 * 1024
_CELL_TAGS = (b"<c ", b"<c/", b"<c>")  # bytes.count: no match objects for millions of cells
_RUN = re.compile(rb"[^<]{%d}" % _MAX_RUN_BYTES)


class SheetError(AppError):
    """The file cannot be read as a spreadsheet (exit code 1, nothing changed); here, not in the
    reader, because the reader uses these limits (and re-exports it)."""

    default_code = "sheet.unreadable"
    default_message = "无法读取该文件：它不是有效的 Excel（.xlsx）或 CSV 文件，或文件已损坏。"


def cell_too_long() -> AppError:
    return SheetError("sheet.cell_too_long", "有单元格超过 {limit} 个字，无法导入。", limit=MAX_CELL_CHARS)


def too_many_cells() -> AppError:
    return SheetError(
        "sheet.too_many_cells", "工作表超过 {limit} 个单元格，请删除多余的行列或拆分后再导入。", limit=MAX_CELLS
    )


def scan_workbook(path: Path) -> None:
    """Refuse a workbook whose XML holds an oversized text run or a sheet with too many cells."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.filename.startswith("xl/") and info.filename.endswith(".xml"):
                    _scan_part(archive, info, sheet=info.filename.startswith("xl/worksheets/"))
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile):
        return  # openpyxl reports a damaged file with the usual message


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, sheet: bool) -> None:
    cells = 0
    carry = b""
    with archive.open(info) as stream:
        while True:
            piece = stream.read(_PIECE)
            if not piece:
                break
            data = carry + piece
            if _RUN.search(data):
                raise cell_too_long()
            cut = data.rfind(b"<")
            if cut < 0:
                cut = len(data)
            if sheet:  # up to the last "<": a cell element cut in two is counted with the next piece
                cells += sum(data.count(tag, 0, cut) for tag in _CELL_TAGS)
                if cells > MAX_CELLS:
                    raise too_many_cells()
            carry = data[cut:]
