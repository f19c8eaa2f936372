"""One "today" in the program: the station's (desktop/domain/clock.py, docs/domain.md §2.4).

Reading the PC's local date or time anywhere else brings back the defect this rule ended: on a PC
not set to Shanghai time, "due today", "in the future" and certificate periods shifted by a day
between layers. Aware UTC (`datetime.now(UTC)`) stays allowed: stored timestamps are UTC.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLOCK = ROOT / "desktop" / "domain" / "clock.py"
# module path → why the machine's own clock is meant there. Empty: no place needs it today.
ALLOWED: dict[str, str] = {}

_LOCAL_CALLS = {
    ("date", "today"): "date.today()",
    ("datetime", "today"): "datetime.today()",
    ("QDate", "currentDate"): "QDate.currentDate()",
    ("QDateTime", "currentDateTime"): "QDateTime.currentDateTime()",
    ("QTime", "currentTime"): "QTime.currentTime()",
    ("time", "localtime"): "time.localtime()",
    ("time", "ctime"): "time.ctime()",
    ("time", "mktime"): "time.mktime()",
}


def _owner(node: ast.expr) -> str:
    """`date` for `date`, `dt.date` and `datetime.date`; the last name of a dotted owner."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def local_clock_reads(source: str) -> list[tuple[int, str]]:
    """(line, what) for every read of the PC's local date or time in `source`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner, name = _owner(node.func.value), node.func.attr
        no_zone = not node.args and not any(k.arg == "tz" for k in node.keywords)
        if (owner, name) in _LOCAL_CALLS:
            found.append((node.lineno, _LOCAL_CALLS[owner, name]))
        elif owner == "datetime" and name == "now" and no_zone:
            found.append((node.lineno, "naive datetime.now()"))
        elif owner == "datetime" and name == "fromtimestamp" and len(node.args) < 2 and not node.keywords:
            found.append((node.lineno, "naive datetime.fromtimestamp()"))
        elif name == "astimezone" and no_zone:
            found.append((node.lineno, ".astimezone() to the PC's zone"))
    return found


def test_the_detector_finds_each_local_read() -> None:
    source = (
        "import datetime as dt\n"
        "a = date.today()\n"
        "b = dt.date.today()\n"
        "c = datetime.now()\n"
        "d = dt.datetime.now()\n"
        "e = QDate.currentDate()\n"
        "f = QDateTime.currentDateTime()\n"
        "g = stamp.astimezone()\n"
        "h = datetime.fromtimestamp(1.0)\n"
    )
    assert [line for line, _what in local_clock_reads(source)] == [2, 3, 4, 5, 6, 7, 8, 9]
    allowed = (
        "datetime.now(UTC)\ndt.datetime.now(tz=UTC)\nstamp.astimezone(STATION_TZ)\ndatetime.fromtimestamp(1.0, UTC)\n"
    )
    assert local_clock_reads(allowed) == []


def test_nothing_outside_the_station_clock_reads_the_pcs_local_date_or_time() -> None:
    offences = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if path == CLOCK or name in ALLOWED:
            continue
        offences += [f"{name}:{line}: {what}" for line, what in local_clock_reads(path.read_text(encoding="utf-8"))]
    assert not offences, "use desktop.domain.clock instead:\n" + "\n".join(offences)


def test_the_allow_list_names_existing_modules_with_a_reason() -> None:
    assert all((ROOT / name).is_file() and reason.strip() for name, reason in ALLOWED.items())


def test_the_clock_seam_is_never_imported_by_name() -> None:
    """`from desktop.domain.clock import utc_now` binds the function once, so a test that fixes
    the clock (replacing `clock.utc_now`) would not reach that module: call `clock.utc_now()`."""
    offences = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "desktop.domain.clock"
                and any(alias.name == "utc_now" for alias in node.names)
            ):
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offences, "import the module instead:\n" + "\n".join(offences)
