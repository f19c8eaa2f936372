"""Station settings of the volunteer module, and shift times on the station's wall clock.

Settings (local `settings` table): `hours_rounding` (codes.HOURS_ROUNDING, default "0.5"),
`kiosk_card_secret` (hex, created on first use: keys the HMAC on volunteer cards),
`calendar_supplements` (official days typed in for years the calendar package lacks),
`committee_rotation` (社区轮值 order and anchor date), `certificate_issuer` (block 3 of the
certificate) and `volunteer_project` (项目名称 on 上海志愿者网).

Shifts are planned in Shanghai wall-clock time (UTC+8, no daylight saving: `desktop.domain.clock`);
attendance is stored as aware UTC and turned back into station time for days and display.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import codes
from desktop.domain.clock import STATION_TZ
from desktop.domain.volunteering import calendar
from desktop.domain.volunteering.hours import DEFAULT_ROUNDING
from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting, put_setting


def at_station(day: dt.date, hhmm: str) -> dt.datetime:
    """`day` at wall-clock time "HH:MM" in the station's time zone, aware."""
    return dt.datetime.combine(day, parse_hhmm(hhmm), STATION_TZ)


def local(value: dt.datetime) -> dt.datetime:
    return value.astimezone(STATION_TZ)


def parse_hhmm(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except (ValueError, TypeError):
        raise ValidationError("rota.time", "时间格式不正确，应为“时:分”，如 09:30。", field="time") from None


# --- rounding ---------------------------------------------------------------------------------


def rounding_of(session: Session) -> str:
    value = get_setting(session, "hours_rounding", DEFAULT_ROUNDING)
    return value if value in codes.values(codes.HOURS_ROUNDING) else DEFAULT_ROUNDING


@entry("volunteers.read")
def hours_rounding(ctx: ServiceContext) -> str:
    with ctx.db.read() as session:
        return rounding_of(session)


@entry("volunteers.write", audit=("settings_update", "hours_rounding"))
def set_hours_rounding(ctx: ServiceContext, rounding: str) -> None:
    if rounding not in codes.values(codes.HOURS_ROUNDING):
        raise ValidationError("hours.rounding", "工时取整方式不正确。", field="rounding")
    with ctx.db.write() as session:
        put_setting(session, "hours_rounding", rounding)


# --- card secret --------------------------------------------------------------------------------


def card_secret(session: Session) -> bytes:
    """The station's volunteer-card key; created (and committed with the session) if missing."""
    value = get_setting(session, "kiosk_card_secret")
    if not value:
        value = secrets.token_hex(32)
        put_setting(session, "kiosk_card_secret", value)
        session.flush()
    return bytes.fromhex(str(value))


# --- calendar supplement ------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarStatus:
    """What the rota screen says about a year's official calendar."""

    year: int
    package_years: tuple[int, int]
    covered_by_package: bool
    has_supplement: bool
    holidays: dict[dt.date, str]
    adjusted_workdays: dict[dt.date, str]


def supplement_of(session: Session) -> calendar.CalendarSupplement | None:
    stored: dict[str, Any] = get_setting(session, "calendar_supplements", {}) or {}
    if not stored:
        return None
    holidays: dict[dt.date, str] = {}
    workdays: dict[dt.date, str] = {}
    for entry_ in stored.values():
        holidays.update({dt.date.fromisoformat(k): v for k, v in entry_.get("holidays", {}).items()})
        workdays.update({dt.date.fromisoformat(k): v for k, v in entry_.get("adjusted_workdays", {}).items()})
    return calendar.CalendarSupplement(frozenset(int(y) for y in stored), holidays, workdays)


@entry("volunteers.read")
def calendar_status(ctx: ServiceContext, year: int) -> CalendarStatus:
    first, last = calendar.supported_years()
    with ctx.db.read() as session:
        stored = (get_setting(session, "calendar_supplements", {}) or {}).get(str(year), {})
    return CalendarStatus(
        year=year,
        package_years=(first, last),
        covered_by_package=first <= year <= last,
        has_supplement=bool(stored),
        holidays={dt.date.fromisoformat(k): v for k, v in stored.get("holidays", {}).items()},
        adjusted_workdays={dt.date.fromisoformat(k): v for k, v in stored.get("adjusted_workdays", {}).items()},
    )


def parse_day_lines(text: str) -> dict[dt.date, str]:
    """Typed lines "2027-01-01 元旦" (name optional) → {date: name}; ValidationError on anything else."""
    result: dict[dt.date, str] = {}
    for line in text.splitlines():
        parts = line.split(maxsplit=1)
        if not parts:
            continue
        try:
            day = dt.date.fromisoformat(parts[0])
        except ValueError:
            raise ValidationError("calendar.supplement_date", "日期格式应为 YYYY-MM-DD。", field="supplement") from None
        name = parts[1].strip() if len(parts) > 1 else ""
        if len(name) > 32:
            raise ValidationError("calendar.supplement_name", "节日名称过长。", field="supplement")
        result[day] = name
    return result


@entry("volunteers.write", audit=("settings_update", "calendar_supplement"))
def set_calendar_supplement(
    ctx: ServiceContext, year: int, holidays: dict[dt.date, str], adjusted_workdays: dict[dt.date, str]
) -> None:
    """Store the published holiday notice of `year` (days off, adjusted working weekends)."""
    first, last = calendar.supported_years()
    if first <= year <= last:
        raise ValidationError(
            "calendar.supplement_covered", "本程序已收录该年的法定节假日安排，无需补充。", field="year"
        )
    # The domain type validates the dates (year, weekday of adjusted days, no clash).
    calendar.CalendarSupplement(frozenset({year}), dict(holidays), dict(adjusted_workdays))
    with ctx.db.write() as session:
        stored = dict(get_setting(session, "calendar_supplements", {}) or {})
        stored[str(year)] = {
            "holidays": {d.isoformat(): name.strip() or "节假日" for d, name in sorted(holidays.items())},
            "adjusted_workdays": {
                d.isoformat(): name.strip() or "调休" for d, name in sorted(adjusted_workdays.items())
            },
        }
        put_setting(session, "calendar_supplements", stored)


# --- issuer, project ----------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuerSettings:
    organisation: str
    responsible_person: str
    contact: str
    project_name: str


def issuer_of(session: Session) -> IssuerSettings:
    stored = get_setting(session, "certificate_issuer", {}) or {}
    return IssuerSettings(
        organisation=stored.get("organisation") or str(get_setting(session, "station_name", "")),
        responsible_person=stored.get("responsible_person", ""),
        contact=stored.get("contact", ""),
        project_name=str(get_setting(session, "volunteer_project", "") or ""),
    )


@entry("volunteers.read")
def issuer_settings(ctx: ServiceContext) -> IssuerSettings:
    with ctx.db.read() as session:
        return issuer_of(session)


@entry("volunteers.write", audit=("settings_update", "issuer"))
def set_issuer_settings(ctx: ServiceContext, value: IssuerSettings) -> None:
    with ctx.db.write() as session:
        put_setting(
            session,
            "certificate_issuer",
            {
                "organisation": value.organisation.strip(),
                "responsible_person": value.responsible_person.strip(),
                "contact": value.contact.strip(),
            },
        )
        put_setting(session, "volunteer_project", value.project_name.strip())
