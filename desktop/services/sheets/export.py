"""Export of lists (clients, visits, volunteers, hours, or any page's rows) to .xlsx.

Values are masked by default (ID numbers and phones as on screen, docs/domain.md §5.2); the full
values need `reveal=True`, which only a station lead may ask for (bulk export of identities
needs the lead's approval). Every workbook carries the station name and the export time in its
title rows. The monthly figures are in `desktop.services.sheets.monthly`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import address
from desktop.domain.clock import station_now, station_today
from desktop.domain.codes import (
    ADHERENCE,
    CLASSIFICATION,
    HOURS_STATUS,
    MANAGEMENT_STATUS,
    SEX,
    VISIT_MODE,
    VISIT_STATUS,
    VOLUNTEER_STATUS,
    label,
)
from desktop.domain.masking import mask_id, mask_phone
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import Attendance, Client, Visit, Volunteer
from desktop.services import audit
from desktop.services.context import ADMIN_AND_LEAD, ServiceContext
from desktop.services.permissions import entry, require
from desktop.services.scope import client_filter
from desktop.services.settings import get_setting
from desktop.services.sheets.workbook import Table, write_tables

LISTS = ("clients", "visits", "volunteers", "hours")
LIST_TITLES = {"clients": "服务对象名单", "visits": "访视记录", "volunteers": "志愿者名单", "hours": "志愿服务时长"}
READ_PERMISSION = {
    "clients": "clients.read",
    "visits": "visits.read",
    "volunteers": "volunteers.read",
    "hours": "volunteers.read",
}
SHANGHAI = timedelta(hours=8)
BATCH = 2000


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int


def station_name(session: Session) -> str:
    return str(get_setting(session, "station_name", "") or "")


def subtitle(ctx: ServiceContext, session: Session, extra: str = "") -> str:
    now = station_now().strftime("%Y-%m-%d %H:%M")
    parts = [f"导出时间：{now}", f"导出人：{ctx.actor.display_name}"]
    if extra:
        parts.append(extra)
    return "　".join(parts)


def _local(stamp: datetime | None) -> datetime | None:
    return None if stamp is None else (stamp.astimezone(UTC) + SHANGHAI).replace(tzinfo=None)


def _age(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _batches(session: Session, query: object) -> Iterator[object]:
    """Stream ORM rows in batches so a long list never sits in memory at once."""
    yield from session.scalars(query.execution_options(yield_per=BATCH))  # type: ignore[attr-defined]


def _client_rows(ctx: ServiceContext, session: Session, reveal: bool) -> tuple[tuple[str, ...], Iterator[list[object]]]:
    headers = ("姓名", "性别", "年龄", "身份证号", "联系电话", "街道/镇", "居委会", "管理状态", "诊断", "责任社工")
    today = station_today()
    # The user's scope (desktop/services/scope.py): a caseworker exports their own cases only.
    query = (
        select(Client)
        .where(Client.deleted.is_(False), client_filter(ctx, session))
        .order_by(Client.name_pinyin, Client.id)
    )

    def rows() -> Iterator[list[object]]:
        for client in _batches(session, query):
            village = address.get(client.village_code)
            town = address.get(client.township_code or (village.parent_code if village else None))
            yield [
                client.name,
                label(SEX, client.sex),
                _age(client.birth_date, today),
                client.id_number if reveal else mask_id(client.id_number),
                (client.phone_original or client.phone) if reveal else mask_phone(client.phone),
                town.name if town else "",
                village.name if village else client.village_free_text,
                label(MANAGEMENT_STATUS, client.management_status),
                client.diagnosis,
                client.caseworker_name,
            ]

    return headers, rows()


def _visit_rows(
    ctx: ServiceContext, session: Session, month: tuple[date, date] | None
) -> tuple[tuple[str, ...], Iterator[list[object]]]:
    headers = (
        "随访日期",
        "姓名",
        "随访方式",
        "危险性评估",
        "本次随访分类",
        "下次随访日期",
        "服药依从性",
        "随访人",
        "状态",
    )
    query = (
        select(Visit, Client.name)
        .join(Client, Client.id == Visit.client_id)
        .where(Visit.deleted.is_(False), client_filter(ctx, session))
        .order_by(Visit.visit_date.desc(), Visit.id)
    )
    if month is not None:
        query = query.where(Visit.visit_date >= month[0], Visit.visit_date < month[1])

    def rows() -> Iterator[list[object]]:
        for visit, name in session.execute(query.execution_options(yield_per=BATCH)):
            yield [
                visit.visit_date,
                name,
                label(VISIT_MODE, visit.mode),
                f"{visit.risk_level}级" if visit.risk_level is not None else "",
                label(CLASSIFICATION, visit.classification),
                visit.next_visit_date,
                label(ADHERENCE, visit.adherence),
                visit.visitor_name,
                label(VISIT_STATUS, visit.status),
            ]

    return headers, rows()


def _volunteer_rows(session: Session, reveal: bool) -> tuple[tuple[str, ...], Iterator[list[object]]]:
    headers = ("姓名", "性别", "志愿者编号", "身份证号", "联系电话", "居住区域", "专业技能", "状态", "加入日期")
    query = select(Volunteer).where(Volunteer.deleted.is_(False)).order_by(Volunteer.name_pinyin, Volunteer.id)

    def rows() -> Iterator[list[object]]:
        for volunteer in _batches(session, query):
            yield [
                volunteer.name,
                label(SEX, volunteer.sex),
                volunteer.volunteer_no,
                volunteer.id_number if reveal else mask_id(volunteer.id_number),
                volunteer.phone if reveal else mask_phone(volunteer.phone),
                volunteer.residence,
                tuple(volunteer.skills or ()),
                label(VOLUNTEER_STATUS, volunteer.status),
                volunteer.joined_on,
            ]

    return headers, rows()


def _hours_rows(
    session: Session, reveal: bool, month: tuple[date, date] | None
) -> tuple[tuple[str, ...], Iterator[list[object]]]:
    from desktop.domain.volunteering.hours import round_hours, service_minutes

    # One row per volunteer per activity: the layout for manual entry on 上海志愿者网 (docs/domain.md §4.3).
    headers = (
        "服务日期",
        "姓名",
        "身份证号",
        "志愿者编号",
        "项目名称",
        "签到时间",
        "签退时间",
        "服务时长（小时）",
        "状态",
    )
    rounding = str(get_setting(session, "hours_rounding", "0.5") or "0.5")
    query = (
        select(Attendance, Volunteer)
        .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
        .where(Attendance.deleted.is_(False))
        .order_by(Attendance.check_in.desc(), Attendance.id)
    )
    if month is not None:
        start = datetime.combine(month[0], datetime.min.time(), UTC) - SHANGHAI
        end = datetime.combine(month[1], datetime.min.time(), UTC) - SHANGHAI
        query = query.where(Attendance.check_in >= start, Attendance.check_in < end)

    def rows() -> Iterator[list[object]]:
        for attendance, volunteer in session.execute(query.execution_options(yield_per=BATCH)):
            check_in, check_out = _local(attendance.check_in), _local(attendance.check_out)
            hours = None
            if attendance.check_out is not None:
                hours = round_hours(
                    service_minutes(attendance.check_in, attendance.check_out, attendance.break_minutes), rounding
                )
            yield [
                check_in.date() if check_in else None,
                volunteer.name,
                volunteer.id_number if reveal else mask_id(volunteer.id_number),
                volunteer.volunteer_no,
                attendance.activity,
                check_in,
                check_out,
                hours,
                label(HOURS_STATUS, attendance.status),
            ]

    return headers, rows()


def month_bounds(month: str) -> tuple[date, date]:
    """`YYYY-MM` → (first day, first day of the next month)."""
    try:
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
    except (ValueError, TypeError):
        raise ValidationError("sheet.month", "月份格式应为 YYYY-MM，例如 2026-03。", field="month") from None
    following = date(year + number // 12, number % 12 + 1, 1)
    return first, following


def _check_reveal(ctx: ServiceContext, reveal: bool, reason: str) -> None:
    if not reveal:
        return
    if ctx.actor.role not in ("lead", ADMIN_AND_LEAD, "system"):
        raise PermissionDenied("sheet.reveal_denied", "导出完整身份证号和电话需要站长权限。")
    if not reason.strip():
        raise ValidationError("sheet.reveal_reason", "导出完整身份证号和电话须填写理由。", field="reason")


def _audit_reveal(ctx: ServiceContext, what: str, out: Path | str, result: str, reason: str) -> None:
    """A whole-list reveal is a reveal: the audit row names the file (no folder) and the row count.

    A file is written outside any transaction: an intent row ("started") goes first, the outcome
    ("rows:N" or "failed") after, so a crash while writing still leaves the reveal on record."""
    with ctx.db.write() as session:
        audit.record(
            session, ctx.actor, "reveal", "export", what, ("id_number", "phone"), result=result,
            reason=f"{reason.strip()} | file: {Path(out).name}",
        )  # fmt: skip


@entry("sheets.export")
def export_list(
    ctx: ServiceContext,
    what: str,
    out: Path | str,
    *,
    reveal: bool = False,
    month: str | None = None,
    reason: str = "",
) -> ExportResult:
    """Write one of the station's lists to `out` (.xlsx); `month` (YYYY-MM) narrows visits and hours."""
    if what not in LISTS:
        raise ValidationError(
            "sheet.export_kind", "未知的导出内容：只能是 clients、visits、volunteers、hours 或 monthly。"
        )
    require(ctx, READ_PERMISSION[what])
    _check_reveal(ctx, reveal, reason)
    bounds = month_bounds(month) if month else None
    if reveal:
        _audit_reveal(ctx, what, out, "started", reason)
    try:
        count = _write_list(ctx, what, out, reveal, bounds, month)
    except Exception:
        if reveal:
            _audit_reveal(ctx, what, out, "failed", reason)
        raise
    if reveal:
        _audit_reveal(ctx, what, out, f"rows:{count}", reason)
    return ExportResult(str(out), count)


def _write_list(
    ctx: ServiceContext, what: str, out: Path | str, reveal: bool, bounds: tuple[date, date] | None, month: str | None
) -> int:
    with ctx.db.read() as session:
        if what == "clients":
            headers, rows = _client_rows(ctx, session, reveal)
        elif what == "visits":
            headers, rows = _visit_rows(ctx, session, bounds)
        elif what == "volunteers":
            headers, rows = _volunteer_rows(session, reveal)
        else:
            headers, rows = _hours_rows(session, reveal, bounds)
        title = f"{station_name(session)} {LIST_TITLES[what]}" + (f"（{month}）" if month else "")
        note = "" if reveal else "身份证号、电话已按规定隐去部分数字"
        table = Table(LIST_TITLES[what], title, subtitle(ctx, session, note), headers, rows)
        return write_tables(out, [table])


@entry("sheets.export")
def export_rows(
    ctx: ServiceContext, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], out: Path | str
) -> ExportResult:
    """Write rows a page already shows (already masked as on screen) to `out` (.xlsx)."""
    if not headers:
        raise ValidationError("sheet.export_empty", "没有可导出的列。")
    with ctx.db.read() as session:
        table = Table(title or "列表", f"{station_name(session)} {title}", subtitle(ctx, session), tuple(headers), rows)
    return ExportResult(str(out), write_tables(out, [table]))
