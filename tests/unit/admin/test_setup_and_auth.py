"""First-run set-up and log-in: real database files, real argon2 hashes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from desktop.db.open import open_database
from desktop.errors import AppError, AuthenticationError, ValidationError
from desktop.models import User
from desktop.paths import AppPaths
from desktop.services.admin.setup import initialise, is_initialised, station_info
from desktop.services.auth import MAX_FAILURES, login
from desktop.services.context import ADMIN_AND_LEAD, ANONYMOUS, ServiceContext
from tests.conftest import STAFF_PASSWORD


def test_initialise_creates_station_and_admin(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "d")
    info = initialise(
        paths,
        station_code="JD-NX",
        station_name="南翔镇社工站",
        district="嘉定区",
        mode="station",
        admin_username="boss",
        admin_password="long-enough",
    )
    assert (info.code, info.name, info.mode) == ("JD-NX", "南翔镇社工站", "station")
    db = open_database(paths)
    assert is_initialised(db) and db.origin == "JD-NX"
    assert station_info(db).district == "嘉定区"
    actor = login(ServiceContext(db, paths, ANONYMOUS), "boss", "long-enough")
    assert actor.role == ADMIN_AND_LEAD  # the first administrator also acts as lead until handing over
    db.dispose()


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("station_code", "站点", "setup.station_code"),
        ("station_code", "x", "setup.station_code"),
        ("station_name", "  ", "setup.station_name"),
        ("mode", "city", "setup.mode"),
        ("admin_password", "short", "auth.password_short"),
        ("admin_username", "王 五", "auth.username_invalid"),
    ],
)
def test_bad_setup_input_is_refused_and_writes_nothing(tmp_path: Path, field: str, value: str, code: str) -> None:
    values = {
        "station_code": "XH-A",
        "station_name": "甲站",
        "district": "徐汇区",
        "mode": "station",
        "admin_username": "admin",
        "admin_password": "long-enough",
    }
    values[field] = value
    paths = AppPaths(tmp_path / "d")
    with pytest.raises(ValidationError) as raised:
        initialise(paths, **values)
    assert raised.value.code == code
    assert not paths.database.exists()


def test_initialising_twice_is_refused(installation: AppPaths) -> None:
    with pytest.raises(AppError) as raised:
        initialise(
            installation,
            station_code="XH-OTHER",
            station_name="乙站",
            district="徐汇区",
            admin_username="x2",
            admin_password="long-enough",
        )
    assert raised.value.code == "setup.already"
    db = open_database(installation)
    assert db.origin == "XH-TEST"
    db.dispose()


def test_wrong_password_then_lockout_after_five_failures(installation: AppPaths) -> None:
    db = open_database(installation)
    ctx = ServiceContext(db, installation, ANONYMOUS)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError) as raised:
            login(ctx, "cw1", "wrong-password")
        assert raised.value.code == "auth.failed"
    with pytest.raises(AuthenticationError) as raised:
        login(ctx, "cw1", STAFF_PASSWORD)  # even the right password is refused while locked
    assert raised.value.code == "auth.locked"
    with db.write() as session:  # fifteen minutes later
        user = session.query(User).filter_by(username="cw1").one()
        assert user.locked_until is not None
        user.locked_until = user.locked_until - timedelta(minutes=16)
    assert login(ctx, "cw1", STAFF_PASSWORD).username == "cw1"
    db.dispose()


def test_unknown_user_gets_the_same_message_as_a_wrong_password(installation: AppPaths) -> None:
    db = open_database(installation)
    ctx = ServiceContext(db, installation, ANONYMOUS)
    with pytest.raises(AuthenticationError) as unknown:
        login(ctx, "nobody", "whatever-123")
    with pytest.raises(AuthenticationError) as wrong:
        login(ctx, "cw1", "whatever-123")
    assert unknown.value.user_message() == wrong.value.user_message()
    db.dispose()
