"""Start-up: a damaged database is reported and the latest good backup offered and restored."""

from __future__ import annotations

from desktop.db import backup as files
from desktop.db.cipher import PAGE_SIZE
from desktop.paths import AppPaths
from tests.unit.kernel.helpers import table_hashes


def _damage(path: object) -> None:
    from pathlib import Path

    target = Path(str(path))
    data = bytearray(target.read_bytes())
    size = PAGE_SIZE  # an encrypted station's page (desktop/db/cipher.py)
    for page in range(1, len(data) // size):
        data[page * size : page * size + 8] = b"\xff" * 8
    target.write_bytes(bytes(data))


def test_damaged_database_is_restored_from_the_latest_good_backup(
    qtbot: object, installation: AppPaths, headless_dialogs: list[tuple[str, str]]
) -> None:
    from desktop.services.admin.backups import startup_backup

    from desktop.ui.startup.startup_checks import check_before_open

    startup_backup(installation)
    good = files.list_backups(installation.backups)[0]
    expected = table_hashes(good.path)
    _damage(installation.database)
    assert not files.quick_check(installation.database)
    assert check_before_open(installation)  # headless confirm = "yes, restore"
    assert "数据库已损坏" in headless_dialogs[0][0] and "完好的备份" in headless_dialogs[0][1]
    assert files.quick_check(installation.database)
    restored = table_hashes(installation.database)
    assert {k: v for k, v in restored.items() if k not in ("audit_events", "settings")} == {
        k: v for k, v in expected.items() if k not in ("audit_events", "settings")
    }
    saved = [b for b in files.list_backups(installation.backups) if b.kind == "pre-restore"]
    assert len(saved) == 1  # the damaged file was kept, not thrown away


def test_damaged_database_without_a_backup_is_left_alone(
    qtbot: object, installation: AppPaths, headless_dialogs: list[tuple[str, str]]
) -> None:
    from desktop.ui.startup.startup_checks import check_before_open

    _damage(installation.database)
    before = installation.database.read_bytes()
    assert not check_before_open(installation)
    assert "没有完好的备份" in headless_dialogs[0][1]
    assert installation.database.read_bytes() == before


def test_damage_the_cheap_check_cannot_see_is_caught_by_the_daily_full_check(
    qtbot: object, installation: AppPaths, headless_dialogs: list[tuple[str, str]], monkeypatch: object
) -> None:
    """A file that looks as we left it (same size and time: a failing disk) passes the cheap start-up
    check; the daily full check on the background thread finds the damage and says so."""
    import json
    import os

    from PySide6.QtWidgets import QWidget

    from desktop.db import health
    from desktop.db.open import open_database
    from desktop.services.admin.backups import startup_backup
    from tests import keyed

    from desktop.ui.startup import startup_checks

    startup_backup(installation)  # full check recorded with the file's fingerprint
    # A page in use deep inside (the last page of the file may be free, and a free page is never read).
    connection = keyed.connect(installation.database)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_visits_date_id'").fetchone()[0]
    connection.close()
    stat = installation.database.stat()
    data = bytearray(installation.database.read_bytes())
    start = (root - 1) * PAGE_SIZE
    data[start : start + 8] = b"\xff" * 8  # the header and the schema are fine
    installation.database.write_bytes(bytes(data))
    os.utime(installation.database, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    status = health.load_status(installation.database)
    status["full_check"]["at"] = "2000-01-01T00:00:00+00:00"  # the last full check is a day old
    health.status_path(installation.database).write_text(json.dumps(status), encoding="utf-8")
    assert startup_checks.check_before_open(installation)  # trusted: opens
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    db = open_database(installation)
    maintenance = startup_checks.BackgroundMaintenance(installation, db.dispose, window)
    monkeypatch.setattr(startup_checks.QApplication, "quit", lambda: None)  # type: ignore[attr-defined]
    maintenance.start()
    qtbot.waitUntil(lambda: any("程序现在关闭" in text for _t, text in headless_dialogs), timeout=10000)  # type: ignore[attr-defined]
    assert files.quick_check(installation.database)


def _with_clients(installation: AppPaths) -> None:
    from desktop.db.open import open_database
    from desktop.services.auth import login
    from desktop.services.context import ANONYMOUS, ServiceContext
    from desktop.services.demo.generate import generate_demo
    from tests.conftest import STAFF_PASSWORD

    db = open_database(installation)
    try:
        anonymous = ServiceContext(db, installation, ANONYMOUS)
        generate_demo(anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD)), clients=80, volunteers=0, seed=3)
    finally:
        db.dispose()


def test_a_file_not_as_we_left_it_opens_at_once_and_its_full_check_runs_after_the_pages_show(
    qtbot: object, installation: AppPaths, headless_dialogs: list[tuple[str, str]], monkeypatch: object
) -> None:
    """After a crash the start reads the header and schema only (no full check before the window);
    the owed full check runs on the background thread, finds damaged index pages, locks the window
    and names the good backup; the damaged file is not backed up."""
    from PySide6.QtWidgets import QWidget

    from desktop.db import health
    from desktop.services.admin.backups import startup_backup
    from desktop.services.admin.opening import OpenStation, open_station
    from tests.integration.security.damage import damage_index_pages

    from desktop.ui.startup import startup_checks

    _with_clients(installation)
    good = startup_backup(installation)
    assert good is not None
    assert damage_index_pages(installation.database) > 0  # readable: header and schema are intact
    health.status_path(installation.database).unlink()  # as after a crash: not as we left it
    full_checks: list[object] = []
    real_full_check = health.full_check
    monkeypatch.setattr(health, "full_check", lambda db: full_checks.append(db) or real_full_check(db))  # type: ignore[attr-defined]

    opened = open_station(installation)
    assert isinstance(opened, OpenStation) and opened.full_check_owed and full_checks == []
    before = {b.path for b in files.list_backups(installation.backups)}
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    maintenance = startup_checks.BackgroundMaintenance(installation, opened.close, window, full_check_owed=True)
    monkeypatch.setattr(startup_checks.QApplication, "quit", lambda: None)  # type: ignore[attr-defined]
    maintenance.start()
    qtbot.waitUntil(lambda: any("程序现在关闭" in text for _t, text in headless_dialogs), timeout=30000)  # type: ignore[attr-defined]
    assert len(full_checks) == 1 and not window.isEnabled()
    passed = {b.path.name for b in files.list_backups(installation.backups) if b.passed}
    assert passed and any(name in text for name in passed for _t, text in headless_dialogs)  # named
    saved = [b.kind for b in files.list_backups(installation.backups) if b.path not in before]
    assert saved == ["pre-restore"]  # only the damaged file's own copy before the restore
