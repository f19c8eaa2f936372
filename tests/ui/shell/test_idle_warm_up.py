"""Once the main window is up and idle, it imports its pages' modules, reads the address
dictionary and freezes the start-up heap; before that (the first paint) it does none of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.paths import AppPaths
from tests.conftest import STAFF_PASSWORD

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import gc, json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.db.open import open_database
from desktop.domain import address
from desktop.paths import AppPaths
from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.admin.setup import station_info
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
paths = AppPaths(Path(sys.argv[1]))
from desktop.services.station_key import unlock
unlock(paths.data_dir, "lead", sys.argv[2])  # the sign-in unwraps the database key first
db = open_database(paths)
ctx = ServiceContext(db, paths, ANONYMOUS)
ctx = ctx.as_actor(login(ctx, "lead", sys.argv[2]))
runner = TaskRunner()
window = MainWindow(ctx, runner, station_info(db))
window.show()
pages = [page.module for page in window.pages]

def state():
    return {"pages": sorted(m for m in pages if m in sys.modules), "frozen": gc.get_freeze_count() > 0,
            "dictionary": address._dictionary.cache_info().currsize, "done": window.warm_up.done}

at_show = state()
app.processEvents()
after_first_paint = state()
deadline = time.monotonic() + 20
while not window.warm_up.done and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
runner.shutdown()
print(json.dumps({"at_show": at_show, "after_first_paint": after_first_paint, "idle": state(), "all": sorted(pages)}))
"""


def test_the_window_warms_up_only_once_it_is_idle(installation: AppPaths) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(installation.data_dir), STAFF_PASSWORD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    start_page = ["desktop.ui.casework.clients_page"]  # the station lead starts on the register
    for early in ("at_show", "after_first_paint"):
        assert report[early]["pages"] == start_page
        assert not report[early]["frozen"] and not report[early]["done"]
    idle = report["idle"]
    assert idle["done"] and idle["frozen"]
    assert idle["pages"] == report["all"] and "desktop.ui.volunteers.rota_page" in idle["pages"]
    assert idle["dictionary"] == 1
