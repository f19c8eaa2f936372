"""The 志愿服务记录证明 register: issue (numbered STATION-YYYY-NNNN), list, void — never reuse.

Numbering and content checks are desktop.domain.volunteering.certificates. The next number is
read as the highest sequence ever used this year (voided ones included) and inserted in the same
transaction; the unique (station_code, year, seq) constraint makes a concurrent issue fail, and
the service then retries with a fresh number, so two certificates issued at once never share one.
Block 2 comes from the hours ledger (countable minutes only), never typed. What is registered
is what prints: `registered_data` reads only the register row (name, ID, lines, 服务内容 as
issued), never the volunteer or the ledger as they are later. Lines and total are rounded the
same way (the total is the sum of the printed lines).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from desktop.domain.clock import station_today
from desktop.domain.idnumber import parse_id
from desktop.domain.masking import mask_id
from desktop.domain.volunteering import certificates as rules
from desktop.errors import ConflictError, NotFound, ValidationError
from desktop.i18n import tr
from desktop.models import Attendance, Certificate, Shift, Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.hours import _bounds, to_domain
from desktop.services.volunteers.settings import issuer_of, rounding_of

if TYPE_CHECKING:  # desktop.pdf loads ReportLab (~0.15 s): only when a certificate is printed
    from desktop.pdf.data import CertificateData

MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class CertificateRequest:
    volunteer_id: str
    period_from: dt.date
    period_to: dt.date
    summary: str = ""
    notes: str = ""
    issue_date: dt.date | None = None


@dataclass(frozen=True)
class CertificateRow:
    id: str
    number: str
    volunteer_id: str
    volunteer_name: str
    id_masked: str
    period_from: dt.date
    period_to: dt.date
    minutes: int
    hours: Decimal
    issued_on: dt.date
    handler: str
    status: str
    status_label: str
    void_reason: str


def _row(c: Certificate) -> CertificateRow:
    return CertificateRow(
        id=c.id,
        number=c.number,
        volunteer_id=c.volunteer_id,
        volunteer_name=c.volunteer_name,
        id_masked=mask_id(c.id_number),
        period_from=c.period_from,
        period_to=c.period_to,
        minutes=c.minutes,
        hours=rules.total_hours(_line_minutes(c), c.rounding),
        issued_on=c.issued_on,
        handler=c.handler,
        status="void" if c.void else "issued",
        status_label=tr("certificates", "已作废") if c.void else tr("certificates", "已出具"),
        void_reason=c.void_reason,
    )


def _line_minutes(c: Certificate) -> list[int]:
    return [int(line.get("minutes") or 0) for line in c.service_lines or [] if isinstance(line, dict)]


def _service_lines(session, volunteer_id: str, start: dt.date, end: dt.date) -> list[rules.ServiceLine]:  # type: ignore[no-untyped-def]
    """Countable minutes per (activity, day); the activity is the entry's 项目名称, else its shift's title."""
    low, high = _bounds(start, end)
    rows = session.execute(
        select(Attendance, Shift.title, Shift.location)
        .outerjoin(Shift, Shift.id == Attendance.shift_id)
        .where(
            Attendance.volunteer_id == volunteer_id,
            Attendance.check_in >= low,
            Attendance.check_in < high,
            Attendance.deleted.is_(False),
        )
    )
    minutes: dict[tuple[str, dt.date], int] = defaultdict(int)
    places: dict[tuple[str, dt.date], str] = {}
    for row, title, location in rows:
        entry_ = to_domain(row)
        if entry_.countable:
            key = ((row.activity or title or "志愿服务").strip(), entry_.check_in.date())
            minutes[key] += entry_.minutes or 0
            places.setdefault(key, location or "")
    return [
        rules.ServiceLine(title, day, m, location=places[(title, day)])
        for (title, day), m in sorted(minutes.items(), key=lambda i: (i[0][1], i[0][0]))
    ]


def _issue_once(ctx: ServiceContext, request: CertificateRequest, issue_date: dt.date) -> CertificateRow:
    with ctx.db.write() as session:
        # Take the write lock before reading the highest number: a concurrent issuer then waits
        # (busy timeout) instead of reading the same number; the unique constraint stays the guard.
        session.execute(text("UPDATE settings SET value = value WHERE key = 'station_code'"))
        volunteer = session.get(Volunteer, request.volunteer_id)
        if volunteer is None or volunteer.deleted:
            raise NotFound("volunteer.not_found", "找不到该志愿者。")
        rounding = rounding_of(session)
        issuer = issuer_of(session)
        service = rules.make_service_info(
            _service_lines(session, volunteer.id, request.period_from, request.period_to), rounding, request.summary
        )
        highest = session.scalar(
            select(func.max(Certificate.seq)).where(
                Certificate.station_code == ctx.station_code, Certificate.year == issue_date.year
            )
        )
        number = rules.next_certificate_number(ctx.station_code, issue_date.year, highest)
        issued = rules.issue_certificate(
            number,
            issue_date,
            rules.VolunteerIdentity(volunteer.name, volunteer.id_type, volunteer.id_number, volunteer.volunteer_no),
            service,
            rules.IssuerBlock(issuer.organisation, issuer.responsible_person, ctx.actor.display_name, issuer.contact),
            request.notes,
        )
        certificate = Certificate(
            number=str(issued.number),
            station_code=ctx.station_code,
            year=number.year,
            seq=number.sequence,
            volunteer_id=volunteer.id,
            volunteer_name=volunteer.name,
            id_type=volunteer.id_type,
            id_number=volunteer.id_number,
            volunteer_no=volunteer.volunteer_no,
            service_lines=[
                {
                    "title": s.title,
                    "day": s.day.isoformat(),
                    "minutes": s.minutes,
                    "content": s.content,
                    "location": s.location,
                }
                for s in service.lines
            ],
            rounding=rounding,
            period_from=request.period_from,
            period_to=request.period_to,
            minutes=service.total_minutes,
            content=request.summary.strip(),
            issued_on=issue_date,
            issuer_name=issuer.organisation,
            responsible=issuer.responsible_person,
            handler=ctx.actor.display_name,
            contact=issuer.contact,
            notes=request.notes.strip(),
            void=False,
            void_reason="",
        )
        session.add(certificate)
        session.flush()
        return _row(certificate)


@entry("volunteers.write", audit=("create", "certificate"))
def issue_certificate(ctx: ServiceContext, request: CertificateRequest) -> CertificateRow:
    """Issue and register a certificate for the volunteer's countable hours in the period."""
    if request.period_to < request.period_from:
        raise ValidationError("certificate.period", "证明期间的结束日期不能早于开始日期。", field="period_to")
    issue_date = request.issue_date or station_today()
    if issue_date < request.period_to:
        # A proof cannot certify service in a period that has not ended on the day it is issued.
        raise ValidationError(
            "certificate.issue_before_period_end",
            "出具日期（{issued}）不能早于证明期间的结束日期（{end}）。",
            field="issue_date",
            issued=issue_date.isoformat(),
            end=request.period_to.isoformat(),
        )
    for attempt in range(MAX_ATTEMPTS):
        try:
            return _issue_once(ctx, request, issue_date)
        except IntegrityError:
            pass  # another issue took this number first: read the new highest and try again
        except OperationalError as exc:
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                raise
        time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))  # let the other writer finish
    raise ConflictError("certificate.busy", "同时出具的证明较多，编号分配未成功，请稍后重试。")


@entry("volunteers.write", audit=("void", "certificate"))
def void_certificate(ctx: ServiceContext, certificate_id: str, reason: str) -> CertificateRow:
    """Void a certificate with a reason; its number stays in the register and is never reused."""
    with ctx.db.write() as session:
        certificate = session.get(Certificate, certificate_id)
        if certificate is None or certificate.deleted:
            raise NotFound("certificate.not_found", "找不到该证明。")
        if certificate.void:
            raise ConflictError("certificate.already_void", "该证明已作废。")
        if not reason.strip():
            raise ValidationError("certificate.void_reason", "作废证明必须填写原因。", field="void_reason")
        certificate.void = True
        certificate.void_reason = reason.strip()
        certificate.void_at = dt.datetime.now(dt.UTC)
        session.flush()
        return _row(certificate)


@entry("volunteers.read")
def list_certificates(
    ctx: ServiceContext, year: int | None = None, volunteer_id: str | None = None
) -> list[CertificateRow]:
    """The register, newest number first."""
    query = select(Certificate).where(Certificate.deleted.is_(False))
    if year is not None:
        query = query.where(Certificate.year == year)
    if volunteer_id:
        query = query.where(Certificate.volunteer_id == volunteer_id)
    with ctx.db.read() as session:
        return [_row(c) for c in session.scalars(query.order_by(Certificate.year.desc(), Certificate.seq.desc()))]


def _registered_sex(c: Certificate) -> int | None:
    """Sex as the registered ID card number encodes it (the register keeps no separate sex)."""
    try:
        return parse_id(c.id_number, c.id_type).sex if c.id_number else None
    except ValidationError:
        return None


def registered_data(c: Certificate, *, unmasked: bool = True) -> CertificateData:
    """The four blocks of a registered certificate exactly as issued, whatever changed since.

    Reads nothing but the register row: a renamed volunteer or a later confirmed attendance
    never reaches a certificate already issued.
    """
    from desktop.pdf.data import CertificateData, ServiceActivity

    lines = [line for line in c.service_lines or [] if isinstance(line, dict)]
    activities = tuple(
        ServiceActivity(
            day=dt.date.fromisoformat(line["day"]),
            name=str(line.get("title") or ""),
            content=str(line.get("content") or line.get("location") or line.get("title") or ""),
            hours=float(rules.line_hours(int(line.get("minutes") or 0), c.rounding)),
            location=str(line.get("location") or ""),
        )
        for line in lines
    )
    return CertificateData(
        certificate_no=c.number,
        issued_on=c.issued_on,
        volunteer_name=c.volunteer_name,
        id_type=c.id_type,
        id_number=c.id_number if unmasked else mask_id(c.id_number),
        volunteer_no=c.volunteer_no if unmasked else mask_id(c.volunteer_no),
        period_from=c.period_from,
        period_to=c.period_to,
        total_hours=float(rules.total_hours(_line_minutes(c), c.rounding)),
        activities=activities,
        issuer_name=c.issuer_name,
        responsible_person=c.responsible,
        handler=c.handler,
        contact=c.contact,
        sex=_registered_sex(c),
        notes=c.notes,
        summary=c.content,
    )


@entry("volunteers.read")
def certificate_print_data(ctx: ServiceContext, certificate_id: str) -> CertificateData:
    """The four blocks of a registered certificate as the PDF layer takes them (full ID: a proof needs it)."""
    with ctx.db.read() as session:
        c = session.get(Certificate, certificate_id)
        if c is None or c.deleted:
            raise NotFound("certificate.not_found", "找不到该证明。")
        if c.void:
            raise ConflictError("certificate.void", "该证明已作废，不能打印。")
        return registered_data(c)
