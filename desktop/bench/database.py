"""The bench's own demo database: built once per size with the demo generator, then reused.

It lives in the user cache dir (`bench-full`, `bench-small`, …) or in `--db-dir`, never in the
data directory: a folder is only ever rebuilt when it carries our marker file, so pointing
`--db-dir` at real data stops with an error instead of touching it.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.db import cipher
from desktop.db.backup import backup_database
from desktop.db.keyring import keyring_path
from desktop.errors import AppError
from desktop.paths import AppPaths

MARKER = ".stationdesk-bench"
BENCH_USER = "wangfang"  # the demo station lead: sees every client and the volunteer pages
PASSWORD_FILE = "bench-password.txt"


@dataclass(frozen=True)
class Size:
    name: str
    clients: int
    visits_per_client: int
    volunteers: int
    shifts: int
    forms: int  # forms in the PDF batch line
    start_runs: int  # cold starts measured (median), after one warm-up
    keystrokes: int  # search keystrokes timed in the GUI
    searches: int  # service search calls timed


SIZES = {
    "full": Size("full", 100_000, 10, 2_000, 50_000, 1000, 5, 60, 2000),
    "small": Size("small", 10_000, 10, 200, 5_000, 1000, 5, 60, 2000),
    # For the test suite only (hidden from --help): structure, not timings.
    "tiny": Size("tiny", 200, 3, 20, 200, 20, 1, 8, 50),
}


def default_dir(size: Size) -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("StationDesk", appauthor=False)) / f"bench-{size.name}"


def _counts(paths: AppPaths) -> dict[str, int] | None:
    from desktop.db.open import open_database
    from desktop.services.admin.info import installation_info
    from desktop.services.context import ServiceContext

    if not paths.database.exists():
        return None
    db = open_database(paths)
    try:
        return installation_info(ServiceContext(db, paths)).counts
    except AppError:
        return None
    finally:
        db.dispose()


def _fits(counts: dict[str, int] | None, size: Size) -> bool:
    return bool(counts) and counts.get("clients") == size.clients and counts.get("volunteers") == size.volunteers


def unlock(paths: AppPaths) -> None:
    """The bench station is the demo station: its administrator's demo password unwraps the key."""
    from desktop.services.demo.setup import DEMO_PASSWORD
    from desktop.services.station_key import is_encrypted
    from desktop.services.station_key import unlock as unwrap

    if is_encrypted(paths.data_dir) and cipher.key_for(paths.database) is None:
        unwrap(paths.data_dir, "admin", DEMO_PASSWORD)


def plain_twin(paths: AppPaths) -> Path:
    """An unencrypted copy of the bench database, for the bare baselines (raw sqlite3, no key).

    Their ratios then compare StationDesk with encryption against plain SQLite without it."""
    twin = paths.data_dir / "plain-twin.sqlite3"
    if twin.exists() and twin.stat().st_mtime >= paths.database.stat().st_mtime:
        return twin
    twin.unlink(missing_ok=True)
    if cipher.key_for(paths.database) is None:
        backup_database(paths.database, twin)
        return twin
    cipher.export_plain(paths.database, twin)
    return twin


def ensure_database(folder: Path, size: Size, log: object = sys.stderr) -> AppPaths:
    """The demo installation of `size` in `folder`, reused when its counts fit, else (re)built."""
    from desktop.services.demo.setup import DEMO_PASSWORD

    paths = AppPaths(folder)
    if folder.exists() and any(folder.iterdir()):
        if not (folder / MARKER).exists():
            raise AppError("bench.not_bench_dir", "该目录不是基准测试数据库目录，基准测试不会改动它。")
        # A bench database an older version built is plain: converted here, as the window would
        # convert it at its first start, so that this process knows the key of what it measures.
        from desktop.services.admin.conversion import convert_if_plain

        convert_if_plain(paths)
        unlock(paths)
        if _fits(_counts(paths), size):
            _write_password(folder, DEMO_PASSWORD)
            return paths
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("built by stationdesk bench\n", encoding="utf-8")
    print(f"building the {size.name} bench database in {folder} …", file=log, flush=True)  # type: ignore[arg-type]
    _build(paths.ensure(), size)
    _write_password(folder, DEMO_PASSWORD)
    return paths


def _build(paths: AppPaths, size: Size) -> None:
    from desktop.db.open import open_database
    from desktop.services.context import ServiceContext
    from desktop.services.demo.generate import generate_demo
    from desktop.services.demo.setup import ensure_demo_installation

    ensure_demo_installation(paths)
    db = open_database(paths)
    try:
        generate_demo(
            ServiceContext(db, paths),
            clients=size.clients,
            visits_per_client=size.visits_per_client,
            volunteers=size.volunteers,
            shifts=size.shifts,
        )
    finally:
        db.dispose()


def _write_password(folder: Path, password: str) -> None:
    target = folder / PASSWORD_FILE
    if not target.exists():
        target.write_text(password + "\n", encoding="utf-8")
        target.chmod(0o600)


def copy_installation(source: AppPaths, target: Path) -> AppPaths:
    """A private copy of the installation (database and keys) for the lines that write."""
    shutil.rmtree(target, ignore_errors=True)
    copy = AppPaths(target).ensure()
    key = cipher.key_for(source.database)
    if key is not None:  # the same encrypted database: the copy has the same keyring and key
        shutil.copyfile(keyring_path(source.data_dir), keyring_path(copy.data_dir))
        cipher.remember(copy.data_dir, key)
    # Through the connection (backup API or sqlcipher_export), so pages still in the WAL come along.
    backup_database(source.database, copy.database)
    if source.keys.exists():
        shutil.copytree(source.keys, copy.keys, dirs_exist_ok=True)
    return copy
