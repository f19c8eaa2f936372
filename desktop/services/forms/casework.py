"""Printed forms: load records, map them (form_mapping), render them (desktop.pdf).

Every entry point returns a `RenderedPdf` — the bytes and a neutral file name (form and date,
never a person's name: docs/domain.md §5.2 keeps personal data out of file names). Masking is the
default; `unmasked=True` is accepted only by the forms that may legally need full values
(`UNMASKABLE`: the visit record and the national form handed to the 精防医生, and the volunteer
certificate). Case forms need `print.case`, volunteer forms `print.volunteer`, the monthly
statistics `print.monthly`. The volunteer and statistics forms live in `forms_volunteer` and
`forms_stats`; the shared pieces (meta, result type, week/month parsing) are here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop import pdf
from desktop.domain.clock import station_today
from desktop.domain.codes import INACTIVE_STATUSES
from desktop.domain.fieldform import make_field_form_text, parse_field_form_text
from desktop.errors import AppError, StorageError, ValidationError
from desktop.i18n import mark, translate_to
from desktop.models import Client, Consent, Guardian, Visit, VisitAddendum
from desktop.services.casework.compliance import followup_clause
from desktop.services.context import ServiceContext
from desktop.services.forms import mapping
from desktop.services.permissions import entry, helper
from desktop.services.scope import visible_client, visible_visit
from desktop.services.settings import get_setting

# Forms that may be printed with full identity values (docs/domain.md §5.2: "only for forms that legally need it").
UNMASKABLE = frozenset({"visit", "national-visit", "certificate"})
PREVIEW_MARK = mark("pdf", "样张 预览")
RECENT_VISITS = 6
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RenderedPdf:
    form: str  # key of desktop.pdf.FORMS
    content: bytes
    filename: str  # suggested, neutral: no personal data
    count: int = 1  # forms in the document (a batch holds several)


@dataclass(frozen=True)
class VisitPrefill:
    """Where entering a visit starts from a blank form's QR code."""

    client_id: str
    client_name: str
    planned_date: date


@helper
def print_meta(ctx: ServiceContext, session: Session, *, masked: bool = True, preview: bool = False) -> pdf.PrintMeta:
    language = str(get_setting(session, "language", "zh_CN") or "zh_CN")
    return pdf.PrintMeta(
        station_name=str(get_setting(session, "station_name", "")),
        operator=ctx.actor.display_name,
        printed_at=mapping.local_now(),
        language=language,
        masked=masked,
        preview_mark=translate_to(language, "pdf", PREVIEW_MARK) if preview else "",
    )


def write_pdf(path: str | Path, content: bytes) -> None:
    """Save a rendered PDF atomically (temporary file in the same folder, then rename).

    Not an entry point: it touches no database, and whoever holds the bytes already passed one.
    """
    try:
        pdf.write_atomically(Path(path), content)
    except OSError as exc:
        raise StorageError("pdf.write", "无法写入文件：{detail}", detail=exc.strerror or type(exc).__name__) from exc


def check_unmasked(form: str, unmasked: bool) -> None:
    if unmasked and form not in UNMASKABLE:
        raise ValidationError("forms.unmasked_not_allowed", "该表单只能打印脱敏版本。", field="unmasked")


def parse_week(text: str) -> date:
    """Monday of an ISO week written `YYYY-Www`; ValidationError `forms.week`."""
    match = _WEEK.match(text.strip()) if isinstance(text, str) else None
    try:
        if match is None:
            raise ValueError
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        raise ValidationError("forms.week", "周次格式应为 YYYY-Www，如 2026-W48。", field="week") from None


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of `YYYY-MM`; ValidationError `forms.month`."""
    match = _MONTH.match(text.strip()) if isinstance(text, str) else None
    if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) < 1:
        raise ValidationError("forms.month", "月份格式应为 YYYY-MM，如 2026-10。", field="month")
    return int(match[1]), int(match[2])


# --- loading -----------------------------------------------------------------------------------


def _client(ctx: ServiceContext, session: Session, client_id: str) -> Client:
    return visible_client(ctx, session, client_id)


def _guardians(session: Session, client_id: str) -> list[Guardian]:
    query = select(Guardian).where(Guardian.client_id == client_id, Guardian.deleted.is_(False))
    return list(session.scalars(query.order_by(Guardian.created_at)))


def _visits(session: Session, client_id: str, limit: int) -> list[Visit]:
    query = (
        select(Visit)
        .where(Visit.client_id == client_id, Visit.deleted.is_(False))
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def latest_visits(as_of: date | None = None, *, followups: bool = False):  # type: ignore[no-untyped-def]
    """Subquery (client_id, visit_date) of each client's latest visit on or before `as_of`.

    `followups=True`: only contacts that count as a follow-up (docs/domain-followups.md), as the
    schedule counts them — a draft or a case conference never makes a client look seen."""
    query = select(Visit.client_id, func.max(Visit.visit_date).label("visit_date")).where(Visit.deleted.is_(False))
    if followups:
        query = query.where(followup_clause())
    if as_of is not None:
        query = query.where(Visit.visit_date <= as_of)
    return query.group_by(Visit.client_id).subquery()


# --- case forms --------------------------------------------------------------------------------


@entry("print.case", audit=("print", "visit"))
def print_visit(ctx: ServiceContext, visit_id: str, *, national: bool = False, unmasked: bool = False) -> RenderedPdf:
    """One visit as 家庭访视记录 (with addenda), or as the national 随访服务记录表."""
    form = "national-visit" if national else "visit"
    check_unmasked(form, unmasked)
    with ctx.db.read() as session:
        visit = visible_visit(ctx, session, visit_id)
        client = _client(ctx, session, visit.client_id)
        addenda = session.scalars(select(VisitAddendum).where(VisitAddendum.visit_id == visit.id)).all()
        data = mapping.visit_data(visit, client, _guardians(session, client.id), addenda, masked=not unmasked)
        meta = print_meta(ctx, session, masked=not unmasked)
    render = pdf.render_national_visit if national else pdf.render_visit
    return RenderedPdf(form, render(data, meta=meta), f"{form}-{data.visit_date:%Y%m%d}.pdf")


def _blank_data(ctx: ServiceContext, session: Session, client: Client, planned: date | None) -> pdf.BlankVisitData:
    visits = _visits(session, client.id, 1)
    latest = visits[0] if visits else None
    if planned is None:
        planned = latest.next_visit_date if latest and latest.next_visit_date else station_today() + timedelta(days=1)
    qr = make_field_form_text(ctx.station_code, client.id, planned)
    return mapping.blank_visit_data(client, _guardians(session, client.id), latest, planned, qr)


@entry("print.case", audit=("print", "client"))
def print_blank_visit(ctx: ServiceContext, client_id: str, planned_date: date | None = None) -> RenderedPdf:
    """A blank field form for one client; the planned date defaults to the client's next due date."""
    with ctx.db.read() as session:
        data = _blank_data(ctx, session, _client(ctx, session, client_id), planned_date)
        meta = print_meta(ctx, session)
    content = pdf.render_blank_visit(data, meta=meta)
    return RenderedPdf("blank-visit", content, f"blank-visit-{data.planned_date:%Y%m%d}.pdf")


@dataclass(frozen=True)
class PlannedVisit:
    client_id: str
    name: str
    due: date


def _due_on(session: Session, day: date) -> list[Client]:
    """Clients still served whose latest visit set `day` as the next due date.

    Starts from the few visits naming `day` and keeps those with no later visit of the same
    client (an index probe each on visits(client_id, visit_date)), instead of grouping every
    visit of the station by client.
    """
    later = aliased(Visit)
    newer = (
        select(later.id)
        .where(later.client_id == Visit.client_id, later.deleted.is_(False), later.visit_date > Visit.visit_date)
        .exists()
    )
    query = (
        select(Client)
        .join(Visit, Visit.client_id == Client.id)
        .where(
            Visit.next_visit_date == day,
            Visit.deleted.is_(False),
            ~newer,
            Client.deleted.is_(False),
            Client.management_status.not_in(INACTIVE_STATUSES),
        )
        .order_by(Client.name_pinyin, Client.id)
    )
    return list(session.scalars(query).unique())


@entry("print.case")
def planned_visits(ctx: ServiceContext, day: date) -> list[PlannedVisit]:
    """Clients whose next due date (from their latest visit) is `day`, in pinyin order."""
    with ctx.db.read() as session:
        return [PlannedVisit(c.id, c.name, day) for c in _due_on(session, day)]


@entry("print.case", audit=("print", "blank_visit_batch"))
def print_blank_visits_due(
    ctx: ServiceContext,
    day: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    out: str | None = None,
) -> RenderedPdf:
    """One PDF with a blank form for every client due on `day` (batch print, cancellable).

    With `out`, the file is written atomically: a cancelled or failed batch leaves no file.
    """
    with ctx.db.read() as session:
        items = [_blank_data(ctx, session, client, day) for client in _due_on(session, day)]
        meta = print_meta(ctx, session)
    if not items:
        raise AppError("forms.nothing_due", "{day} 没有计划随访的服务对象。", day=day.isoformat())
    content = pdf.render_many("blank-visit", items, meta=meta, progress=progress, cancelled=cancelled, out=out)
    return RenderedPdf("blank-visit", content, f"blank-visits-{day:%Y%m%d}.pdf", count=len(items))


@entry("print.case", audit=("print", "client"))
def print_client(ctx: ServiceContext, client_id: str, *, unmasked: bool = False) -> RenderedPdf:
    """The client profile sheet: identity, address, guardians, consents, diagnosis, team, visits."""
    check_unmasked("client", unmasked)
    with ctx.db.read() as session:
        client = _client(ctx, session, client_id)
        consents = session.scalars(
            select(Consent).where(Consent.client_id == client.id).order_by(Consent.signed_on, Consent.created_at)
        ).all()
        data = mapping.profile_data(
            client,
            _guardians(session, client.id),
            consents,
            _visits(session, client.id, RECENT_VISITS),
            masked=not unmasked,
        )
        meta = print_meta(ctx, session, masked=not unmasked)
    return RenderedPdf("client", pdf.render_client(data, meta=meta), f"client-{station_today():%Y%m%d}.pdf")


@entry("visits.write")
def visit_prefill_from_qr(ctx: ServiceContext, text: str) -> VisitPrefill:
    """Start entering a visit from a blank form's QR text: which client, which planned day."""
    ref = parse_field_form_text(text)
    if ref.station_code != ctx.station_code.upper():
        raise ValidationError("fieldform.other_station", "该现场访视表由其他站点打印，不能在本站录入。", field="qr")
    with ctx.db.read() as session:
        client = _client(ctx, session, ref.client_id)
        return VisitPrefill(client.id, client.name, ref.planned_date)
