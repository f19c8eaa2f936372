"""Volunteer forms: the week's rota (志愿者排班表) and the service certificate (志愿服务记录证明).

Hours are never typed: they come from confirmed or reported attendance through the ledger rules
of `desktop.domain.volunteering.hours` (auto-closed check-outs count only once reviewed), summed
per volunteer and rounded once by the station's rule. A certificate with a register entry prints
its number; without one it is a preview, marked 样张 on every page, so it cannot be mistaken for
a proof (numbers are issued only by the certificate register, never here).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import pdf
from desktop.domain.clock import station_day_start, station_today
from desktop.domain.masking import mask_id
from desktop.domain.volunteering import hours as hours_rules
from desktop.domain.volunteering.certificates import ServiceLine, line_hours, make_service_info
from desktop.errors import ConflictError, NotFound, ValidationError
from desktop.models import Attendance, Certificate, Shift, ShiftAssignment, Station, Volunteer
from desktop.pdf.text import translator
from desktop.services.context import ServiceContext
from desktop.services.forms import mapping
from desktop.services.forms.casework import RenderedPdf, check_unmasked, parse_week, print_meta
from desktop.services.permissions import entry, helper
from desktop.services.settings import get_setting
from desktop.services.volunteers.certificates import registered_data

COUNTED = ("confirmed", "reported")


def _time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return time(0, 0)


@helper
def station_contact(ctx: ServiceContext, session: Session) -> str:
    station = session.scalar(select(Station).where(Station.code == ctx.station_code))
    return str(get_setting(session, "station_contact", "") or (station.contact if station else ""))


# --- rota ---------------------------------------------------------------------------------------


@entry("print.volunteer", audit=("print", "rota"))
def print_rota(ctx: ServiceContext, week: str) -> RenderedPdf:
    """The rota of ISO week `YYYY-Www`: shifts down (by time and title), days across."""
    monday = parse_week(week)
    sunday = monday + timedelta(days=6)
    with ctx.db.read() as session:
        shifts = session.scalars(
            select(Shift)
            .where(Shift.shift_date.between(monday, sunday), Shift.deleted.is_(False), Shift.cancelled.is_(False))
            .order_by(Shift.start_time, Shift.end_time, Shift.title, Shift.shift_date)
        ).all()
        crew = session.execute(
            select(ShiftAssignment.shift_id, ShiftAssignment.role, Volunteer.name)
            .join(Volunteer, Volunteer.id == ShiftAssignment.volunteer_id)
            .join(Shift, Shift.id == ShiftAssignment.shift_id)
            .where(Shift.shift_date.between(monday, sunday), ShiftAssignment.deleted.is_(False))
            .order_by(ShiftAssignment.created_at, Volunteer.name_pinyin)
        ).all()
        meta = print_meta(ctx, session)
        tr = translator(meta.language)
        base = str(
            get_setting(session, "volunteer_base_name", "")
            or tr("pdf", "{station}志愿者服务基地").format(station=meta.station_name)
        )
        coordinator = str(get_setting(session, "volunteer_coordinator", "") or "")
        if not coordinator and ctx.actor.role == "coordinator":
            coordinator = ctx.actor.display_name
        contact = station_contact(ctx, session)
        names: dict[str, list[str]] = defaultdict(list)
        leaders: dict[str, str] = {}
        for shift_id, role, name in crew:
            names[shift_id].append(name)
            if mapping.is_leader(role or "") and shift_id not in leaders:
                leaders[shift_id] = name
        rows: dict[str, pdf.RotaShift] = {}
        cells: dict[tuple[date, str], pdf.RotaCell] = {}
        for shift in shifts:
            key = f"{shift.start_time}-{shift.end_time}-{shift.title}"
            rows.setdefault(key, pdf.RotaShift(key, shift.title, _time(shift.start_time), _time(shift.end_time)))
            previous = cells.get((shift.shift_date, key))
            volunteers = (*(previous.volunteers if previous else ()), *names.get(shift.id, ()))
            note = previous.note if previous else (shift.location if shift.location not in ("", "社工站") else "")
            leader = (previous.leader if previous else "") or leaders.get(shift.id, "")
            cells[(shift.shift_date, key)] = pdf.RotaCell(shift.shift_date, key, volunteers, leader=leader, note=note)
        data = pdf.RotaData(
            base_name=base,
            week_start=monday,
            shifts=tuple(rows.values()),
            cells=tuple(cells.values()),
            coordinator=coordinator,
            contact=contact,
            notes="" if shifts else tr("pdf", "本周暂无排班。"),
        )
    iso = monday.isocalendar()
    return RenderedPdf("rota", pdf.render_rota(data, meta=meta), f"rota-{iso.year}-W{iso.week:02d}.pdf")


# --- hours and certificate ----------------------------------------------------------------------


def _utc_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """UTC instants of the start of `first` and the end of `last`, in station wall time."""
    start = station_day_start(first)
    end = station_day_start(last + timedelta(days=1))
    return start, end


def _countable(row: Attendance) -> hours_rules.Attendance | None:
    """The ledger's view of a stored attendance, or None if it does not count (yet)."""
    try:
        entry_ = hours_rules.Attendance(
            id=row.id,
            volunteer_id=row.volunteer_id,
            check_in=row.check_in,
            check_out=row.check_out,
            break_minutes=row.break_minutes,
            shift_id=row.shift_id,
            status=row.status,
            auto_closed=row.auto_closed,
            # Confirming an auto-closed entry requires the coordinator's review first.
            reviewed=row.auto_closed and row.status in COUNTED,
            reported_on=row.reported_on,
        )
    except ValidationError:
        return None  # a damaged entry (e.g. check-out before check-in) is never credited
    return entry_ if entry_.countable else None


def service_lines(
    session: Session, volunteer_ids: list[str] | None, first: date, last: date
) -> list[tuple[str, ServiceLine]]:
    """Countable minutes per (volunteer, day, activity) in [first, last]: (volunteer id, line) pairs."""
    start, end = _utc_bounds(first, last)
    query = (
        select(Attendance, Shift.title, Shift.location)
        .outerjoin(Shift, Shift.id == Attendance.shift_id)
        .where(
            Attendance.deleted.is_(False),
            Attendance.status.in_(COUNTED),
            Attendance.check_in >= start,
            Attendance.check_in < end,
        )
    )
    if volunteer_ids is not None:
        query = query.where(Attendance.volunteer_id.in_(volunteer_ids))
    grouped: dict[tuple[str, date, str], list[int]] = defaultdict(list)
    places: dict[tuple[str, date, str], str] = {}
    for row, title, location in session.execute(query.order_by(Attendance.check_in)):
        counted = _countable(row)
        if counted is None:
            continue
        name = (row.activity or title or "志愿服务").strip()
        key = (row.volunteer_id, mapping.local(row.check_in).date(), name)
        grouped[key].append(counted.minutes or 0)
        places.setdefault(key, location or "")
    return [
        (key[0], ServiceLine(title=key[2], day=key[1], minutes=sum(minutes), location=places[key]))
        for key, minutes in grouped.items()
    ]


def rounding(session: Session) -> str:
    value = str(get_setting(session, "hours_rounding", hours_rules.DEFAULT_ROUNDING))
    return value if value in ("none", "0.1", "0.25", "0.5") else hours_rules.DEFAULT_ROUNDING


@entry("print.volunteer", audit=("print", "volunteer"))
def print_certificate(
    ctx: ServiceContext,
    volunteer_id: str,
    period_from: date | None = None,
    period_to: date | None = None,
    *,
    certificate_id: str | None = None,
    unmasked: bool = False,
) -> RenderedPdf:
    """志愿服务记录证明 for a volunteer and period; a preview (样张) unless `certificate_id` is given.

    With a register entry the number, period, issue date, issuer and total come from the register.
    """
    check_unmasked("certificate", unmasked)
    with ctx.db.read() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None or volunteer.deleted:
            raise NotFound("volunteer.not_found", "找不到该志愿者。")
        register = None
        if certificate_id is not None:
            register = session.get(Certificate, certificate_id)
            if register is None or register.deleted or register.volunteer_id != volunteer.id:
                raise NotFound("certificate.not_found", "找不到该志愿者的这份证明登记。")
            if register.void:
                raise ConflictError("certificate.void", "该证明已作废，不能打印。")
            period_from, period_to = register.period_from, register.period_to
        if period_from is None or period_to is None:
            raise ValidationError("forms.period", "请填写证明的起止日期。", field="period")
        if period_to < period_from:
            raise ValidationError("forms.period", "结束日期不能早于开始日期。", field="period")
        meta = print_meta(ctx, session, masked=not unmasked, preview=register is None)
        if register is not None:
            # What was registered prints, never today's volunteer or ledger (issue 18: a renamed
            # volunteer and a later attendance once reached a certificate already issued).
            data = registered_data(register, unmasked=unmasked)
        else:
            data = _preview_data(ctx, session, volunteer, period_from, period_to, meta, unmasked=unmasked)
    name = (
        f"certificate-{data.certificate_no}.pdf"
        if register is not None
        else f"certificate-preview-{station_today():%Y%m%d}.pdf"
    )
    return RenderedPdf("certificate", pdf.render_certificate(data, meta=meta), name)


def _preview_data(
    ctx: ServiceContext,
    session: Session,
    volunteer: Volunteer,
    period_from: date,
    period_to: date,
    meta: pdf.PrintMeta,
    *,
    unmasked: bool,
) -> pdf.CertificateData:
    """A 样张 from the ledger as it is now; lines and total rounded the way issuing rounds them."""
    tr = translator(meta.language)
    step = rounding(session)
    lines = [line for _, line in service_lines(session, [volunteer.id], period_from, period_to)]
    service = make_service_info(lines, step)  # ValidationError certificate.no_service when empty
    return pdf.CertificateData(
        certificate_no=tr("pdf", "（预览，未登记编号）"),
        issued_on=station_today(),
        volunteer_name=volunteer.name,
        sex=volunteer.sex,
        id_type=volunteer.id_type,
        id_number=volunteer.id_number if unmasked else mask_id(volunteer.id_number),
        volunteer_no=volunteer.volunteer_no if unmasked else mask_id(volunteer.volunteer_no),
        period_from=period_from,
        period_to=period_to,
        total_hours=float(service.total_hours),
        activities=tuple(
            pdf.ServiceActivity(
                day=line.day,
                name=line.title,
                content=line.location or line.title,
                hours=float(line_hours(line.minutes, step)),
                location=line.location,
            )
            for line in service.lines
        ),
        issuer_name=meta.station_name,
        responsible_person=str(get_setting(session, "station_responsible", "") or ""),
        handler=ctx.actor.display_name,
        contact=station_contact(ctx, session),
        notes=tr("pdf", "本件为预览样张，尚未登记证明编号，不作证明使用。"),
    )
