"""A demo installation: a station in 徐汇区 with a team of demo users (one shared demo password)."""

from __future__ import annotations

from desktop.db import cipher
from desktop.db.open import open_database
from desktop.errors import AppError
from desktop.paths import AppPaths
from desktop.services import station_key
from desktop.services.admin.setup import initialise, is_initialised
from desktop.services.auth import create_user

DEMO_PASSWORD = "demo1234"
DEMO_STATION = {"station_code": "XH-LYL", "station_name": "凌云路街道精神健康社工站", "district": "徐汇区"}
DEMO_USERS = (
    ("admin", "系统管理员", "admin"),
    ("wangfang", "王芳", "lead"),
    ("liming", "李明", "caseworker"),
    ("zhaoli", "赵丽", "caseworker"),
    ("chenjing", "陈静", "caseworker"),
    ("zhouyun", "周云", "coordinator"),
)
# Teams decide which colleagues' cases a caseworker sees (李明 and 赵丽 work as one team).
DEMO_TEAMS = {"liming": "一组", "zhaoli": "一组", "chenjing": "二组"}


def ensure_demo_installation(paths: AppPaths) -> bool:
    """Initialise `paths` as the demo station unless it is set up already; True when created.

    Demo data only ever goes into an empty register: a real station's data is never mixed with it.
    """
    if station_key.is_encrypted(paths.data_dir) and cipher.key_for(paths.database) is None:
        return False  # a station: the caller signs in first, then asks again (the register must be empty)
    if paths.database.exists():
        db = open_database(paths)
        try:
            if is_initialised(db):
                from sqlalchemy import func, select

                from desktop.models import Client

                with db.read() as session:
                    if session.scalar(select(func.count(Client.id))):
                        raise AppError("demo.not_empty", "该数据目录已有服务对象记录，演示数据只能写入空的数据目录。")
                return False
        finally:
            db.dispose()
    initialise(paths, **DEMO_STATION, mode="station", admin_username="admin", admin_password=DEMO_PASSWORD)
    db = open_database(paths)
    try:
        for username, display_name, role in DEMO_USERS[1:]:
            create_user(
                db,
                username=username,
                display_name=display_name,
                role=role,
                password=DEMO_PASSWORD,
                team=DEMO_TEAMS.get(username, ""),
            )
    finally:
        db.dispose()
    return True
