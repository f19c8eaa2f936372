"""No personal data in logs, file names or error messages (docs/domain.md §5.2).

Runs the app's scenarios with logging at DEBUG (SQL statements included) into the data dir's log
files — CLI init/demo/info/backup/audit, failing commands, client create/search/open/reveal, visit
logging, refused inputs, a database error and an unexpected error through the UI's error path —
then greps every log file and every file name under the data dir for the people's names, ID
numbers and phones, and checks every error message shown.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.db.open import open_database
from desktop.domain.clock import station_today
from desktop.errors import AppError
from desktop.logs import close_logging, setup_logging
from desktop.models import Visit
from desktop.paths import AppPaths
from desktop.services.auth import create_user, login
from desktop.services.casework.clients import ClientInput, create_client, get_client, search_clients, update_client
from desktop.services.casework.visits import VisitInput, list_visits, log_visit
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.reveal import reveal_field
from tests import keyed

ROOT = Path(__file__).resolve().parents[3]
MINE = ClientInput(
    name="欧阳秀英",
    id_number="310104198003071235",
    phone="13987654321",
    address_detail="漕溪北路88弄7号502室",
    notes="家属反映近期睡眠差",
)
NARRATIVE = "上门访视，案主诉近来幻听加重"


def _cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STATIONDESK_LOG_LEVEL": "DEBUG", "STATIONDESK_USER": "admin"}
    env["STATIONDESK_PASSWORD_FILE"] = str(data_dir.parent / "pw.txt")  # the init password's file
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        input=stdin,
    )


def _valid_id(base17: str) -> str:
    from desktop.domain.idnumber import check_character

    return base17 + check_character(base17)


def _sensitive_values(path: Path) -> set[str]:
    connection = keyed.connect(path)
    values: set[str] = set()
    for sql in (
        "SELECT name, id_number, id_original, phone, phone_original, address_detail, notes FROM clients",
        "SELECT name, phone, address FROM guardians",
        "SELECT name, id_number, phone FROM volunteers",
        "SELECT narrative FROM visits",
    ):
        for row in connection.execute(sql):
            values.update(str(v).strip() for v in row if v and len(str(v).strip()) >= 2)
    connection.close()
    return values


def _scenario_in_process(paths: AppPaths, messages: list[str]) -> None:
    setup_logging(paths, logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # SQL statements into the log
    try:
        db = open_database(paths)
        anonymous = ServiceContext(db, paths, ANONYMOUS)
        create_user(db, username="cwx", display_name="测试社工", role="caseworker", password="staff-pass-1")
        ctx = anonymous.as_actor(login(anonymous, "cwx", "staff-pass-1"))
        client = create_client(ctx, MINE)
        for query in ("欧阳", "oyxy", "4321", "1234"):
            search_clients(ctx, query)
        get_client(ctx, client.id)
        reveal_field(ctx, "client", client.id, "id_number", "核对身份")
        log_visit(ctx, VisitInput(client_id=client.id, visit_date=station_today(), narrative=NARRATIVE))
        list_visits(ctx, client.id)
        refused = (
            lambda: create_client(ctx, ClientInput(name="钱多多", id_number="310104198003071236")),
            lambda: create_client(ctx, ClientInput(name="钱多多", phone="1398765")),
            lambda: update_client(ctx, client.id, ClientInput(name="欧阳秀英", district_code="9" * 6)),
            lambda: log_visit(
                ctx,
                VisitInput(client_id=client.id, visit_date=station_today() + timedelta(days=3), narrative=NARRATIVE),
            ),
            lambda: login(anonymous, "cwx", "13987654321"),  # a phone typed as a password
            lambda: login(anonymous, "欧阳秀英", "staff-pass-1"),  # a client's name typed as a user name
            lambda: reveal_field(ctx, "client", client.id, "id_number", ""),
        )
        for call in refused:
            with pytest.raises(AppError) as raised:
                call()
            messages.append(raised.value.user_message())
            logging.getLogger("stationdesk.test").info("refused: %s", raised.value)
        # A database error (foreign key) on a write carrying personal data: parameters stay hidden.
        try:
            with db.write() as session:
                session.add(
                    Visit(client_id="no-such-client", station_code="X", visit_date=station_today(), narrative=NARRATIVE)
                )
        except Exception:
            logging.getLogger("stationdesk.test").exception("database error while saving a visit")
        # An unexpected error reaching the UI's one error path (headless: logged, not shown).
        from desktop.ui.shell import dialogs
        from desktop.ui.shell.errors import show_error

        dialogs.headless = True
        try:
            with db.write() as session:
                session.add(
                    Visit(client_id="no-such-client", station_code="X", visit_date=station_today(), narrative=NARRATIVE)
                )
        except Exception as error:
            show_error(None, error)
        db.dispose()
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        close_logging(paths)


def test_no_personal_data_in_logs_file_names_or_messages(tmp_path: Path) -> None:
    data = tmp_path / "station"
    password_file = tmp_path / "pw.txt"
    password_file.write_text("admin-pass-1\n", encoding="utf-8")
    steps = [
        (
            "init",
            "--station-code",
            "XH-LEAK",
            "--station-name",
            "测试站",
            "--district",
            "徐汇区",
            "--admin",
            "admin",
            "--password-file",
            str(password_file),
        ),
        ("demo", "--clients", "60", "--visits-per-client", "2", "--volunteers", "8"),
        ("info",),
        ("info", "--json"),
        ("backup",),
        ("backup", "--list"),
        ("audit", "verify"),
        ("demo", "--clients", "5"),  # refused: the register is not empty
        ("restore", str(password_file), "--yes"),  # refused: not a backup
        (
            "init",
            "--station-code",
            "坏",
            "--station-name",
            "x",
            "--district",
            "x",
            "--admin",
            "a",
            "--password-file",
            str(password_file),
        ),
    ]
    outputs = []
    for step in steps:
        result = _cli(data, *step)
        outputs.append(result.stdout + result.stderr)
    assert "演示数据已生成" in outputs[1]
    messages: list[str] = []
    keyed.unlock(data, "admin", "admin-pass-1")  # the station's key, as the admin's sign-in learns it
    _scenario_in_process(AppPaths(data), messages)
    secrets_ = _sensitive_values(data / "stationdesk.sqlite3")
    assert MINE.name in secrets_ and NARRATIVE in secrets_ and len(secrets_) > 100
    logs = sorted((data / "logs").glob("*.log*"))
    assert logs, "the scenarios wrote no log at all"
    text = "\n".join(path.read_text(encoding="utf-8") for path in logs)
    assert "SELECT" in text and "unexpected error" in text and "IntegrityError" in text  # the log did capture
    leaked = sorted(value for value in secrets_ if value in text)
    assert leaked == [], f"personal data in the log: {len(leaked)} values"
    names = "\n".join(str(p.relative_to(data)) for p in data.rglob("*"))
    assert sorted(value for value in secrets_ if value in names) == []
    shown = "\n".join(messages + outputs)
    assert sorted(value for value in secrets_ if value in shown) == []
    assert "13987654321" not in text and "310104198003071235" not in text
