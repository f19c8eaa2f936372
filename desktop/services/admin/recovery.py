"""The recovery key: its sheet for the station's safe, a new one, and a user's password recovered with it.

A forgotten password or a lead who left never locks the register away (issue 17): with the
recovery key from the sheet, `recover_user` unwraps the database key, sets a new password for
the user (lockout lifted), re-creates their wrap and audits it. See docs/security.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.db.open import open_database
from desktop.domain.clock import station_now, station_today
from desktop.errors import NotFound
from desktop.i18n import tr
from desktop.models import User
from desktop.models.types import utcnow
from desktop.paths import AppPaths
from desktop.services import audit, station_key
from desktop.services.auth import hash_password
from desktop.services.context import Actor, ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting

RECOVERY_ACTOR = Actor(user_id=None, username="recovery", display_name="恢复密钥", role="system")


def sheet_text(station_name: str, station_code: str, recovery_key: str, made: date | None = None) -> str:
    """The recovery sheet as plain text (the PDF sheet carries the same words)."""
    made = made or station_today()
    lines = [
        tr("recovery", "社工站工作台 数据库恢复密钥"),
        "",
        tr("recovery", "站点：{name}（{code}）", name=station_name, code=station_code),
        tr("recovery", "生成日期：{day}", day=made.isoformat()),
        "",
        recovery_key,
        "",
        tr("recovery", "本页可以解开本站加密的数据库。请锁入站点的保险柜，不要拍照、复印或保存在电脑上。"),
        tr("recovery", "用户忘记密码或站长离任时，系统管理员在本机运行："),
        "  stationdesk recover --recovery-key-file FILE --user NAME --new-password-file FILE",
        tr("recovery", "（FILE 中写入本页的密钥；用后删除该文件）。生成新的恢复密钥后，本页即作废。"),
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Sheet:
    station_name: str
    station_code: str
    recovery_key: str
    operator: str = ""


def write_sheet(path: Path, sheet: Sheet) -> Path:
    """The sheet written owner-only where the caller chose (a USB stick for the printer, say):
    a PDF to print when `path` ends in .pdf (desktop/pdf/recovery.py), else the same words as text."""
    import os

    if path.suffix.lower() == ".pdf":
        from desktop.pdf.data import PrintMeta
        from desktop.pdf.recovery import RecoverySheetData, render_recovery_sheet

        data = RecoverySheetData(sheet.station_name, sheet.station_code, sheet.recovery_key, station_today())
        meta = PrintMeta(station_name=sheet.station_name, operator=sheet.operator, printed_at=station_now())
        content = render_recovery_sheet(data, meta=meta)
    else:
        content = sheet_text(sheet.station_name, sheet.station_code, sheet.recovery_key).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    return path


@entry("security.configure")
def renew_recovery_key(ctx: ServiceContext) -> Sheet:
    """A new recovery key (the old sheet stops working), for `write_sheet`."""
    key = station_key.new_recovery_key(ctx.paths.data_dir)
    with ctx.db.write() as session:
        name, code = str(get_setting(session, "station_name", "")), str(get_setting(session, "station_code", ""))
        audit.record(session, ctx.actor, "key_change", "station", code, ("recovery_key",))
    return Sheet(name, code, key, ctx.actor.display_name)


def recover_user(paths: AppPaths, recovery_key: str, username: str, new_password: str) -> None:
    """Open the station with the recovery key and give `username` a new password and wrap."""
    hashed = hash_password(new_password)
    station_key.unlock_with_recovery(paths.data_dir, recovery_key)
    db = open_database(paths)
    try:
        with db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                raise NotFound("user.not_found", "找不到该用户。")
            user.password_hash = hashed
            user.active = True
            user.failed_logins = 0
            user.locked_until = None
            user.must_change_password = False
            user.updated_at = utcnow()
            fields = ("password_hash", "locked_until", "active")
            audit.record(session, RECOVERY_ACTOR, "user_password_reset", "user", user.id, fields, reason="recovery key")
            station_key.set_wrap(paths.data_dir, user.username, new_password)
    finally:
        db.dispose()
