"""Start-up: a damaged database is reported and the latest good backup offered and restored."""

from __future__ import annotations

from desktop.db import backup as files
from desktop.paths import AppPaths
from tests.unit.security.helpers import table_hashes


def _damage(path: object) -> None:
    from pathlib import Path

    target = Path(str(path))
    data = bytearray(target.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 8] = b"\xff" * 8
    target.write_bytes(bytes(data))


def test_damaged_database_is_restored_from_the_latest_good_backup(
    qtbot: object, installation: AppPaths, headless_dialogs: list[tuple[str, str]]
) -> None:
    from desktop.app import _daily_backup, _startup_check

    _daily_backup(installation)
    good = files.list_backups(installation.backups)[0]
    expected = table_hashes(good.path)
    _damage(installation.database)
    assert not files.quick_check(installation.database)
    assert _startup_check(installation)  # headless confirm = "yes, restore"
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
    from desktop.app import _startup_check

    _damage(installation.database)
    before = installation.database.read_bytes()
    assert not _startup_check(installation)
    assert "没有完好的备份" in headless_dialogs[0][1]
    assert installation.database.read_bytes() == before
