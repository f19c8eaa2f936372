"""A messy real-world client register (台账), built with openpyxl, and the same as CSV.

Layout as stations keep it: a merged title row, a "填报单位" line, blank rows, the header in row
4, data with full-width digits, dates as text and as Excel serials, a 15-digit and a lower-case-x
ID, a duplicate of an earlier row, a client already in the register, a bad checksum, a bad
phone, a row with two bad cells and a footer line. `EXPECTED_*` say exactly what a dry run must
report.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from desktop.domain.idnumber import check_character

HEADERS = (
    "序号", "姓名", "性别", "身份证号码", "出生日期", "联系电话", "街道", "居委会",
    "详细地址", "监护人", "监护人电话", "与患者关系", "诊断", "管理状态",
)  # fmt: skip


def id18(first17: str) -> str:
    return first17 + check_character(first17)


def id_with_x(prefix: str = "31010419750203") -> str:
    """An ID whose check character is X, written with a lower-case x as people type it."""
    for seq in range(1000):
        first17 = f"{prefix}{seq:03d}"
        if check_character(first17) == "X":
            return first17 + "x"
    raise AssertionError("no X check character found")


VALID_ID = id18("31010419800102123")
EXISTING_ID = id18("31010419700304234")
BAD_CHECKSUM = VALID_ID[:-1] + ("0" if VALID_ID[-1] != "0" else "1")
ID15 = "310104800506321"
ID_X = id_with_x()
FULLWIDTH_ID = id18("31010419660708456").translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
SERIAL_1975_02_03 = (date(1975, 2, 3) - date(1899, 12, 30)).days

TITLE = "2023年凌云路街道严重精神障碍患者管理台账"
ROWS: dict[int, tuple[object, ...]] = {
    6: (1, "张三", "男", VALID_ID, "1980-1-2", "１３８１２３４５６７８", "凌云路街道", "梅陇三村居委会",
        "梅陇三村12号", "张父", "13900001111", "父亲", "精神分裂症", "在管"),
    7: (2, "李四", "男", ID15, "1980/05/06", "13700002222", "凌云路", "梅陇三村",
        "", "", "", "", "双相情感障碍", "在册"),
    8: (3, "王五", "女", ID_X, SERIAL_1975_02_03, "021-64381234", "", "书香苑",
        "", "王母", "021 6438 5678", "母亲", "", ""),
    10: (4, "赵六", "女", BAD_CHECKSUM, "1981.3.4", "13600003333", "", "", "", "", "", "", "", ""),
    11: (5, "钱七", "男", "", "1990年1月1日", "1381234", "", "", "", "", "", "", "", ""),
    12: (6, "张三", "男", VALID_ID.lower(), "", "", "", "", "", "", "", "", "", ""),
    13: (7, "孙八", "男", EXISTING_ID, "", "", "", "", "", "", "", "", "", ""),
    14: (8, "周九", "男", FULLWIDTH_ID, "", "15000004444", "", "", "", "", "", "", "", ""),
    15: (9, "吴十", "女", "", "19850506", "", "", "康健路", "", "", "", "", "", "结案"),
    16: (10, "郑十一", "男", "", "1985-13-45", "", "", "", "", "", "", "", "", "住院中"),
}  # fmt: skip
FOOTER_ROW = 18
FOOTER = "填表人：李明　　审核人：王芳"

EXPECTED_ERRORS = {(10, "D"), (11, "F"), (16, "E"), (16, "N")}
EXPECTED_DUPLICATES = {12: ("sheet", 6), 13: ("existing", None)}
EXPECTED_VALID_ROWS = (6, 7, 8, 14, 15)


def grid() -> list[list[object]]:
    """Rows 1..FOOTER_ROW as lists of cells (None for empty)."""
    rows: list[list[object]] = [[None] * len(HEADERS) for _ in range(FOOTER_ROW)]
    rows[0][0] = TITLE
    rows[1][0] = "填报单位：凌云路街道社工站"
    rows[3] = list(HEADERS)
    for number, cells in ROWS.items():
        rows[number - 1] = [cell if cell != "" else None for cell in cells]
    rows[FOOTER_ROW - 1][0] = FOOTER
    return rows


def write_xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "2023台账"
    for number, cells in enumerate(grid(), start=1):
        for column, value in enumerate(cells, start=1):
            if value is not None:
                sheet.cell(number, column, value)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.cell(7, 4).value = int(ID15)  # a 15-digit ID typed as a number, as Excel keeps it
    sheet.cell(8, 5).number_format = "General"  # the serial shows as a bare number
    workbook.create_sheet("说明").append(["本表由社工站维护"])
    workbook.save(path)
    return path


def write_csv(path: Path, encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        for cells in grid():
            writer.writerow(["" if cell is None else str(cell) for cell in cells])
    return path
