"""First-run set-up of an installation: station identity, mode and the first administrator."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from desktop.db.open import open_database
from desktop.db.schema import SCHEMA_HEAD
from desktop.db.session import Database
from desktop.domain.codes import STATION_MODE, values
from desktop.errors import AppError, ValidationError
from desktop.models import Station, User
from desktop.paths import AppPaths
from desktop.services import audit, station_key
from desktop.services.auth import FOUNDING_ADMIN, check_password_strength, check_username, create_user
from desktop.services.context import SYSTEM_ACTOR
from desktop.services.settings import get_setting, put_setting

STATION_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{1,31}$")


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    district: str
    mode: str
    schema_version: str
    # Set only by `initialise`: the recovery key of the new station's encryption, to print once.
    recovery_key: str = ""


def is_initialised(db: Database) -> bool:
    with db.read() as session:
        return bool(get_setting(session, "station_code")) and bool(session.scalar(select(func.count(User.id))))


def station_info(db: Database) -> StationInfo:
    with db.read() as session:
        return StationInfo(
            code=str(get_setting(session, "station_code", "")),
            name=str(get_setting(session, "station_name", "")),
            district=str(get_setting(session, "district", "")),
            mode=str(get_setting(session, "mode", "station")),
            schema_version=SCHEMA_HEAD,
        )


def validate_station(code: str, name: str, district: str, mode: str) -> None:
    if not STATION_CODE.match(code):
        raise ValidationError(
            "setup.station_code", "站点代码须为 2–32 个字母、数字、下划线或连字符。", field="station_code"
        )
    if not name.strip():
        raise ValidationError("setup.station_name", "请填写站点名称。", field="station_name")
    if not district.strip():
        raise ValidationError("setup.district", "请填写所属区。", field="district")
    if mode not in values(STATION_MODE):
        raise ValidationError("setup.mode", "模式只能是 station（社工站）或 district（区级）。", field="mode")


def initialise(
    paths: AppPaths,
    *,
    station_code: str,
    station_name: str,
    district: str,
    mode: str = "station",
    admin_username: str,
    admin_password: str,
    admin_display_name: str = "",
    key_passphrase: str | None = None,
) -> StationInfo:
    """Create the database of a new installation with its station and first administrator.

    Also generates the installation's data-exchange keys, protected by `key_passphrase` — by
    default the first administrator's password (it can be changed later, issue 6) — and the
    database key (docs/security.md): the database is encrypted from its first page, the key
    wrapped for the administrator and by the recovery key returned in `recovery_key`.
    """
    station_code, station_name, district = station_code.strip(), station_name.strip(), district.strip()
    validate_station(station_code, station_name, district, mode)
    check_username(admin_username)
    check_password_strength(admin_password)
    _refuse_a_set_up_station(paths)
    recovery = station_key.create(paths.ensure(), {"station_name": station_name, "station_code": station_code})
    db = open_database(paths)
    try:
        db.origin = station_code
        with db.write() as session:
            put_setting(session, "station_code", station_code)
            put_setting(session, "station_name", station_name)
            put_setting(session, "district", district)
            put_setting(session, "mode", mode)
            # Keys the ID-number hash used for duplicate detection (docs/domain.md §5.2).
            put_setting(session, "id_hash_secret", secrets.token_hex(32))
            session.add(Station(code=station_code, name=station_name, district=district, mode=mode))
            session.flush()
            audit.record(session, SYSTEM_ACTOR, "setup", "station", station_code, ("code", "name", "district", "mode"))
        founder = create_user(
            db,
            username=admin_username,
            display_name=admin_display_name or "系统管理员",
            role="admin",
            password=admin_password,
        )
        with db.write() as session:
            put_setting(session, FOUNDING_ADMIN, founder.user_id)
        from desktop.services.exchange.keys import create_installation_keys, has_keys

        if not has_keys(paths):
            create_installation_keys(
                paths, station_code=station_code, mode=mode, passphrase=key_passphrase or admin_password
            )
        station_key.tighten(paths)
        return replace(station_info(db), recovery_key=recovery)
    finally:
        db.dispose()


def _refuse_a_set_up_station(paths: AppPaths) -> None:
    """Refuse a data folder that holds a station; remove the empty plain file a first start made."""
    if station_key.is_encrypted(paths.data_dir):
        raise AppError("setup.already", "该数据目录已完成初始设置，不能重复初始化。")
    if not paths.database.exists():
        return
    db = open_database(paths)
    try:
        if is_initialised(db):
            raise AppError("setup.already", "该数据目录已完成初始设置，不能重复初始化。")
    finally:
        db.dispose()
    # Only the schema is in it (the GUI's first start migrates before the wizard): made anew, encrypted.
    for suffix in ("", "-wal", "-shm", "-journal"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
