"""`stationdesk import-sheet` / `export-sheet` as scripts run them: exit codes, JSON, messages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl

from desktop.paths import AppPaths
from tests.conftest import STAFF_PASSWORD
from tests.integration import test_cli
from tests.unit.sheets import messy
from tests.unit.sheets.helpers import table_hashes


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return test_cli.run(*args, data_dir=data_dir, user="lead", password=STAFF_PASSWORD)


def _records(database: Path) -> dict[str, str]:
    """Table hashes without what each command's sign-in writes (its audit row, last log-in, chain anchor)."""
    return {k: v for k, v in table_hashes(database).items() if k not in ("audit_events", "users", "settings")}


def test_import_dry_run_then_import(installation: AppPaths, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    data = installation.data_dir
    dry = run("import-sheet", str(path), "--kind", "clients", "--dry-run", "--json", data_dir=data)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["valid"] == 6 and report["imported"] == 0  # no existing client here: row 13 is valid too
    assert {(e["row"], e["column"]) for e in report["errors"]} == messy.EXPECTED_ERRORS
    assert all({"row", "column", "header", "message", "code"} <= set(e) for e in report["errors"])
    assert [(d["row"], d["matches"], d["first_row"]) for d in report["duplicates"]] == [(12, "sheet", 6)]
    assert report["mapping"]["身份证号码"] == "id_number"
    text = run("import-sheet", str(path), "--kind", "clients", "--map", "联系电话=", data_dir=data)
    assert text.returncode == 0, text.stderr
    assert "第 10 行 D列（身份证号码）" in text.stdout and "第 11 行" not in text.stdout
    assert "已导入 7 行" in text.stdout


def test_bad_files_and_usage(installation: AppPaths, tmp_path: Path) -> None:
    data = installation.data_dir
    before = _records(installation.database)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet at all")
    bad = run("import-sheet", str(junk), "--kind", "clients", "--json", data_dir=data)
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["error_code"] == "sheet.unreadable"
    assert "无法读取该文件" in bad.stderr and "Traceback" not in bad.stderr
    kind = run("import-sheet", str(junk), "--kind", "patients", data_dir=data)
    assert kind.returncode == 2 and "--kind 只能是" in kind.stderr
    mapping = run("import-sheet", str(junk), "--kind", "clients", "--map", "nonsense", data_dir=data)
    assert mapping.returncode == 2
    month = run("export-sheet", "--what", "monthly", "--out", str(tmp_path / "m.xlsx"), data_dir=data)
    assert month.returncode == 2 and "--month" in month.stderr
    assert _records(installation.database) == before


def test_export_sheet(installation: AppPaths, tmp_path: Path) -> None:
    data = installation.data_dir
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    assert run("import-sheet", str(path), "--kind", "clients", data_dir=data).returncode == 0
    out = tmp_path / "名单.xlsx"
    result = run("export-sheet", "--what", "clients", "--out", str(out), "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"] == 6  # rows 6, 7, 8, 13, 14, 15
    assert messy.VALID_ID not in repr(list(openpyxl.load_workbook(out).active.values))
    monthly = run(
        "export-sheet", "--what", "monthly", "--month", "2026-01", "--out", str(tmp_path / "m.xlsx"), data_dir=data
    )
    assert monthly.returncode == 0, monthly.stderr
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames == ["概况", "按随访形式", "按随访分类"]
