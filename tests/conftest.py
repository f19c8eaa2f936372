"""Test-wide settings and fixtures: headless Qt, hermetic data dirs, reproducible PDFs.

A set-up installation is built once per session and copied for each test that needs one
(argon2 and migrations cost ~1 s; a file copy costs milliseconds) — real SQLite, never mocked.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RL_invariant", "1")
os.environ["STATIONDESK_LANG"] = "zh_CN"
# Test stations wrap their database key with cheap argon2 parameters (docs/security.md, "Tests");
# subprocesses inherit it. The wraps record their parameters, so nothing else differs.
os.environ["STATIONDESK_TEST_FAST_KDF"] = "1"

from desktop.paths import AppPaths

ADMIN_PASSWORD = "admin-pass-1"
STAFF_PASSWORD = "staff-pass-1"
STAFF = (
    ("lead", "王站长", "lead"),
    ("cw1", "李社工", "caseworker"),
    ("cw2", "赵社工", "caseworker"),
    ("coord", "周协调", "coordinator"),
    ("district", "区管理", "district_admin"),
)


@pytest.fixture(scope="session")
def template_installation(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.db.open import open_database
    from desktop.services.admin.setup import initialise
    from desktop.services.auth import FOUNDING_ADMIN, create_user
    from desktop.services.settings import put_setting

    folder = tmp_path_factory.mktemp("template")
    paths = AppPaths(folder)
    initialise(
        paths,
        station_code="XH-TEST",
        station_name="测试街道精神健康社工站",
        district="徐汇区",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
    )
    db = open_database(paths)
    for username, name, role in STAFF:
        create_user(db, username=username, display_name=name, role=role, password=STAFF_PASSWORD)
    with db.write() as session:
        # This station has a lead: its first administrator has handed administration over and is a
        # plain administrator (no case records), as the role tests expect.
        put_setting(session, FOUNDING_ADMIN, "")
    db.dispose()
    return folder


@pytest.fixture
def installation(template_installation: Path, tmp_path: Path) -> AppPaths:
    """A fresh copy of a set-up installation (station XH-TEST, admin + staff users)."""
    target = tmp_path / "data"
    shutil.copytree(template_installation, target)
    share_key(template_installation, target)
    return AppPaths(target)


def share_key(template: Path, copy: Path) -> None:
    """A copied data folder holds the same encrypted database: this process knows its key too."""
    from desktop.db import cipher

    key = cipher.key_for(template / "stationdesk.sqlite3")
    if key is not None:
        cipher.remember(copy, key)


@pytest.fixture
def ctx(installation: AppPaths) -> Iterator[object]:
    """A service context acting as caseworker `cw1`."""
    from desktop.db.open import open_database
    from desktop.services.auth import login
    from desktop.services.context import ANONYMOUS, ServiceContext

    db = open_database(installation)
    anonymous = ServiceContext(db, installation, ANONYMOUS)
    yield anonymous.as_actor(login(anonymous, "cw1", STAFF_PASSWORD))
    db.dispose()


def sign_in_cli(monkeypatch: pytest.MonkeyPatch, folder: Path, user: str, password: str) -> None:
    """The command line in this process signs in as `user` (STATIONDESK_USER / STATIONDESK_PASSWORD_FILE)."""
    secret = folder / f".password-{user}"
    secret.write_text(password + "\n", encoding="utf-8")
    monkeypatch.setenv("STATIONDESK_USER", user)
    monkeypatch.setenv("STATIONDESK_PASSWORD_FILE", str(secret))


@pytest.fixture
def cli_admin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Command-line runs (in this process or its subprocesses) sign in as the installation's lead."""
    sign_in_cli(monkeypatch, tmp_path, "lead", STAFF_PASSWORD)
