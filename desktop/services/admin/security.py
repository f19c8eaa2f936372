"""Station security settings: idle minutes before the screen locks, and how wide caseworkers see."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import ValidationError
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.scope import CASEWORKERS_SEE_STATION
from desktop.services.settings import get_setting, put_setting

IDLE_LOCK_MINUTES = "security.idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60


@dataclass(frozen=True)
class SecuritySettings:
    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES
    caseworkers_see_station: bool = False


@entry("account.self")
def security_settings(ctx: ServiceContext) -> SecuritySettings:
    with ctx.db.read() as session:
        return SecuritySettings(
            idle_lock_minutes=int(get_setting(session, IDLE_LOCK_MINUTES, DEFAULT_IDLE_MINUTES)),
            caseworkers_see_station=bool(get_setting(session, CASEWORKERS_SEE_STATION, False)),
        )


@entry("security.configure")
def update_security_settings(ctx: ServiceContext, settings: SecuritySettings) -> SecuritySettings:
    if not MIN_IDLE_MINUTES <= settings.idle_lock_minutes <= MAX_IDLE_MINUTES:
        raise ValidationError(
            "security.idle_range",
            "自动锁定时间须在 {low}–{high} 分钟之间。",
            field="idle_lock_minutes",
            low=MIN_IDLE_MINUTES,
            high=MAX_IDLE_MINUTES,
        )
    with ctx.db.write() as session:
        changed = []
        for key, value in (
            (IDLE_LOCK_MINUTES, settings.idle_lock_minutes),
            (CASEWORKERS_SEE_STATION, settings.caseworkers_see_station),
        ):
            if get_setting(session, key) != value:
                put_setting(session, key, value)
                changed.append(key)
        if changed:
            audit.record(session, ctx.actor, "settings_update", "settings", "security", changed)
    return settings
