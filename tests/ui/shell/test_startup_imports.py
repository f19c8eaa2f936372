"""Start-up imports only what the first paint needs (docs/architecture.md §8a: alembic 0.35 s, pypinyin 0.25 s)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.paths import AppPaths
from tests.conftest import STAFF_PASSWORD

ROOT = Path(__file__).resolve().parents[3]

# What the app does from process start to the main window, as `python -m desktop` does it, with
# the log-in done by the service instead of the dialog.
SCRIPT = """
import json, sys
from desktop.cli import _gui_arguments
args = _gui_arguments(["--data-dir", sys.argv[1]])
assert args is not None and args.command is None and args.data_dir == sys.argv[1]
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.admin.setup import station_info
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from pathlib import Path
paths = AppPaths(Path(sys.argv[1]))
from desktop.services.station_key import unlock
unlock(paths.data_dir, sys.argv[3], sys.argv[2])  # the sign-in unwraps the database key first
db = open_database(paths)
ctx = ServiceContext(db, paths, ANONYMOUS)
ctx = ctx.as_actor(login(ctx, sys.argv[3], sys.argv[2]))
runner = TaskRunner()
window = MainWindow(ctx, runner, station_info(db))
window.show()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"alembic", "pypinyin", "reportlab", "openpyxl"}
                or m.startswith(("desktop.commands", "desktop.pdf", "desktop.ui.casework.visits_page",
                                 "desktop.ui.admin.audit_page")))
runner.shutdown()
print(json.dumps(loaded))
"""


def _modules_at_start(installation: AppPaths, username: str = "cw1") -> list[str]:
    return _printed(SCRIPT, str(installation.data_dir), STAFF_PASSWORD, username)


def _printed(script: str, *args: str) -> list[str]:
    """The JSON list `script` prints last, run in a fresh interpreter (Chinese, offscreen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("STATIONDESK_LANG", None)
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_current_database_opens_to_the_main_window_without_heavy_modules(installation: AppPaths) -> None:
    assert _modules_at_start(installation) == []


def test_the_coordinators_start_page_loads_without_reportlab(installation: AppPaths) -> None:
    # The volunteers page (certificates tab) is where a coordinator starts.
    assert _modules_at_start(installation, "coord") == []


def test_an_old_database_still_imports_alembic_to_migrate(installation: AppPaths) -> None:
    from tests import keyed

    with keyed.connect(installation.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006_sync'")
        for index in (  # what 0007_startspeed and 0008_lists2 add, so the database is as 0006 left it
            "ix_client_schedule_cw_drafts",
            "ix_attendance_open",
            "ix_clients_caseworker_pinyin",
            "ix_clients_tombstones",
            "ix_visits_tombstones",
            "ix_client_schedule_due_order",
            "ix_client_schedule_cw_due_order",
            "ix_client_schedule_drafts",
        ):
            connection.execute(f"DROP INDEX {index}")
    loaded = _modules_at_start(installation)
    assert "alembic" in loaded
    assert not any(m.startswith(("reportlab", "desktop.pdf", "desktop.commands")) for m in loaded)
    assert list(installation.backups.glob("*pre-migrate-0006_sync*"))  # backed up before migrating


# The GUI start up to the shown sign-in, as `python -m desktop` does it, before the event loop runs
# (the database opens on the worker only once the loop has shown the window).
SHOWN_SCRIPT = """
import json, sys
from desktop.cli import _gui_arguments
args = _gui_arguments(["--data-dir", sys.argv[1]])
from desktop.app import prepare_application, start_window
from desktop.paths import resolve_paths
from desktop.ui.shell.tasks import TaskRunner
paths = resolve_paths(args.data_dir).ensure()
app, _family = prepare_application(args, paths)
runner = TaskRunner()
started = start_window(args, paths, runner)
assert started is not None and started.window.isVisible() and started.window.centralWidget() is started.panel
import PySide6.QtCore
loaded = [m for m in sys.argv[2:] if m in sys.modules]
# PySide builds QtCore.Qt (about a hundred enums, ~30 ms) on its first use and only then puts it
# in the module's namespace.
if "Qt" in vars(PySide6.QtCore):
    loaded.append("PySide6.QtCore.Qt")
runner.shutdown()
print(json.dumps(loaded))
"""
# What the sign-in does not need (docs/architecture.md §8a): each cost the cold start 5–30 ms.
NOT_BEFORE_THE_SIGN_IN = (
    "logging.handlers",  # desktop/logs.py rolls its file over itself
    "xml.etree.ElementTree",  # the English catalogue's reader
    "secrets",  # the keyring's crypto
    "sqlalchemy",
    "desktop.domain.codes",
    "desktop.domain.address",
    "desktop.ui.shell.widgets",  # imports QtCore.Qt
)


def test_the_sign_in_shows_before_the_modules_and_enums_it_does_not_need(installation: AppPaths) -> None:
    assert _printed(SHOWN_SCRIPT, str(installation.data_dir), *NOT_BEFORE_THE_SIGN_IN) == []
