"""The command line signs in (issue 17, item 2): credentials, roles, scope, users, an audited reveal."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from desktop.db.open import open_database
from desktop.models import AuditEvent
from desktop.paths import AppPaths
from tests import keyed
from tests.integration.test_cli import PASSWORD, run


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("sign-in") / "station"
    made = run("demo", "--clients", "40", "--visits-per-client", "2", "--volunteers", "3", data_dir=data, user=None)
    assert made.returncode == 0, made.stderr
    return data


@pytest.fixture
def station(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "station"
    shutil.copytree(demo_template, target)
    return target


def _audit(data: Path, user: str = "wangfang") -> list[SimpleNamespace]:
    fields = ("action", "username", "role", "object_type", "result", "reason")
    keyed.unlock(data, user, PASSWORD)  # this process learns the key as the user's sign-in would
    db = open_database(AppPaths(data))
    try:
        with db.read() as session:
            events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
            return [SimpleNamespace(**{name: getattr(e, name) for name in fields}) for e in events]
    finally:
        db.dispose()


def _caseworkers(data: Path, user: str) -> tuple[int, set[str]]:
    """How many clients `user` finds by a few digits of ID numbers and phones, and whose cases they are."""
    found: dict[str, str] = {}
    for digits in ("1", "3", "5", "7"):
        result = run("clients", "search", digits, "--json", data_dir=data, user=user)
        assert result.returncode == 0, result.stderr
        found |= {entry["id"]: entry["caseworker"] for entry in json.loads(result.stdout)}
    return len(found), set(found.values())


def test_a_data_command_without_credentials_is_refused_with_a_code(station: Path) -> None:
    result = run("info", "--json", data_dir=station, user=None)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["error_code"] == "auth.required"
    assert "--user" in result.stderr
    assert run("--version", user=None).returncode == 0
    assert run("info", "--help", data_dir=station, user=None).returncode == 0


def test_a_wrong_password_or_user_is_refused(station: Path) -> None:
    result = run("clients", "search", "张", "--json", data_dir=station, user="wangfang", password="wrong-password")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["error_code"] == "auth.failed"
    assert result.stdout.count("{") == 1  # the error object only: no client listed
    # The password does not open the station's key, so the database is never opened: no row for
    # the failure can be written (docs/security.md, Sign-in).
    assert _audit(station)[-1].action != "login_failed"
    nobody = run("info", "--json", data_dir=station, user="nobody", password=PASSWORD)
    assert json.loads(nobody.stdout)["error_code"] == "auth.failed"


def test_a_caseworker_sees_their_scope_and_the_lead_the_station(station: Path) -> None:
    mine, caseworkers = _caseworkers(station, "liming")
    whole, everyone = _caseworkers(station, "wangfang")
    assert 0 < mine < whole
    assert caseworkers <= {"李明", "赵丽"}  # 李明's own cases and his team-mate's
    assert "陈静" in everyone
    refused = run("volunteers", "hours", "--from", "2026-01-01", "--to", "2026-12-31", data_dir=station, user="liming")
    assert refused.returncode == 1 and "无权" in refused.stderr


def _due_caseworkers(data: Path, user: str) -> tuple[int, set[str]]:
    result = run("visits", "due", "--json", data_dir=data, user=user)
    assert result.returncode == 0, result.stderr
    due = json.loads(result.stdout)
    names = {e["caseworker"] for key in ("overdue", "due_soon", "high_risk") for e in due[key]}
    return sum(due["counts"].values()), names


def _exported_caseworkers(data: Path, user: str, out: Path) -> tuple[int, set[str]]:
    from openpyxl import load_workbook

    result = run("export-sheet", "--what", "clients", "--out", str(out), "--json", data_dir=data, user=user)
    assert result.returncode == 0, result.stderr
    book = load_workbook(out, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    header = next(n for n, row in enumerate(rows) if "责任社工" in row)
    column = rows[header].index("责任社工")
    return json.loads(result.stdout)["rows"], {row[column] for row in rows[header + 1 :]}


def test_the_due_lists_and_the_client_export_keep_the_caseworkers_scope(station: Path, tmp_path: Path) -> None:
    mine, caseworkers = _due_caseworkers(station, "liming")
    whole, everyone = _due_caseworkers(station, "wangfang")
    assert 0 < mine < whole
    assert caseworkers <= {"李明", "赵丽"} and "陈静" in everyone
    mine, caseworkers = _exported_caseworkers(station, "liming", tmp_path / "mine.xlsx")
    whole, everyone = _exported_caseworkers(station, "wangfang", tmp_path / "all.xlsx")
    assert 0 < mine < whole
    assert caseworkers <= {"李明", "赵丽"} and "陈静" in everyone
    visits = run(
        "export-sheet", "--what", "visits", "--out", str(tmp_path / "v.xlsx"), "--json", data_dir=station, user="liming"
    )
    all_visits = run(
        "export-sheet",
        "--what",
        "visits",
        "--out",
        str(tmp_path / "va.xlsx"),
        "--json",
        data_dir=station,
        user="wangfang",
    )
    assert 0 < json.loads(visits.stdout)["rows"] < json.loads(all_visits.stdout)["rows"]


def test_every_signed_in_command_leaves_a_log_in_row_naming_it(station: Path) -> None:
    assert run("clients", "search", "王", data_dir=station, user="liming").returncode == 0
    last = _audit(station)[-1]
    assert (last.action, last.username, last.role) == ("login", "liming", "caseworker")
    assert last.result == "cli" and last.reason == "cli: clients search"


def test_users_add_list_disable(station: Path, tmp_path: Path) -> None:
    secret = tmp_path / "new.txt"
    secret.write_text("new-user-pass\n", encoding="utf-8")
    added = run("users", "add", "sunli", "--role", "caseworker", "--password-file", str(secret), data_dir=station)
    assert added.returncode == 0, added.stderr
    listed = json.loads(run("users", "list", "--json", data_dir=station).stdout)
    assert {"username": "sunli", "role": "caseworker", "active": True} in [
        {k: u[k] for k in ("username", "role", "active")} for u in listed
    ]
    assert run("info", data_dir=station, user="sunli", password="new-user-pass").returncode == 0
    by_caseworker = run("users", "list", "--json", data_dir=station, user="liming")
    assert json.loads(by_caseworker.stdout)["error_code"] == "permission.denied"
    assert run("users", "disable", "sunli", data_dir=station).returncode == 0
    refused = run("info", "--json", data_dir=station, user="sunli", password="new-user-pass")
    assert json.loads(refused.stdout)["error_code"] == "auth.failed"


def test_the_first_administrator_also_acts_as_lead_until_handing_over(tmp_path: Path) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    data = tmp_path / "station"
    init = run(
        "init", "--station-code", "JD-NX", "--station-name", "南翔镇社工站", "--district", "嘉定区",
        "--admin", "chief", "--password-file", str(secret), data_dir=data, user=None,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert run("visits", "due", "--json", data_dir=data, user="chief").returncode == 0  # a lead's list
    listed = run("users", "list", "--json", data_dir=data, user="chief")  # an admin's
    assert listed.returncode == 0
    chief = next(u for u in json.loads(listed.stdout) if u["username"] == "chief")
    assert (chief["role"], chief["acts_as"]) == ("admin", "admin+lead")  # the list says what they may do
    assert _audit(data, "chief")[-1].role == "admin+lead"


def test_export_sheet_reveal_needs_the_lead_and_a_reason_and_is_audited(station: Path, tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    by_caseworker = run(
        "export-sheet", "--what", "clients", "--reveal", "--reason", "核对", "--out", str(out), "--json",
        data_dir=station, user="liming",
    )  # fmt: skip
    assert json.loads(by_caseworker.stdout)["error_code"] == "sheet.reveal_denied" and not out.exists()
    no_reason = run(
        "export-sheet", "--what", "clients", "--reveal", "--out", str(out), "--json", data_dir=station, user="wangfang"
    )
    assert json.loads(no_reason.stdout)["error_code"] == "sheet.reveal_reason" and not out.exists()
    done = run(
        "export-sheet", "--what", "clients", "--reveal", "--reason", "区里核对名册", "--out", str(out), "--json",
        data_dir=station, user="wangfang",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["rows"]
    reveal = [e for e in _audit(station) if e.action == "reveal" and e.object_type == "export"]
    # The intent before the file is written, the outcome with the count after it.
    assert [e.result for e in reveal] == ["started", f"rows:{rows}"]
    assert all(e.username == "wangfang" and "full.xlsx" in e.reason and "区里核对名册" in e.reason for e in reveal)
