"""Visit records: log a contact with a client and list a client's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain.codes import CLASSIFICATION, RISK_LEVEL, VISIT_MODE, VISIT_STATUS, label, values
from desktop.errors import NotFound, ValidationError
from desktop.models import Client, Visit
from desktop.services.context import ServiceContext
from desktop.services.ownership import check_owned
from desktop.services.permissions import entry


@dataclass(frozen=True)
class VisitInput:
    """A contact as the caseworker records it (the full checklist comes with the visit form)."""

    client_id: str
    visit_date: date
    mode: int = 2
    risk_level: int | None = None
    classification: int | None = None
    next_visit_date: date | None = None
    narrative: str = ""
    objects_seen: tuple[int, ...] = (1,)
    start_time: str = ""
    end_time: str = ""


@dataclass(frozen=True)
class VisitSummary:
    id: str
    client_id: str
    visit_date: date
    mode: int
    mode_label: str
    risk_level: int | None
    classification: int | None
    classification_label: str
    next_visit_date: date | None
    status: str
    status_label: str
    visitor_name: str
    narrative_excerpt: str


def _summary(visit: Visit) -> VisitSummary:
    narrative = visit.narrative.strip().replace("\n", " ")
    return VisitSummary(
        id=visit.id,
        client_id=visit.client_id,
        visit_date=visit.visit_date,
        mode=visit.mode,
        mode_label=label(VISIT_MODE, visit.mode),
        risk_level=visit.risk_level,
        classification=visit.classification,
        classification_label=label(CLASSIFICATION, visit.classification),
        next_visit_date=visit.next_visit_date,
        status=visit.status,
        status_label=label(VISIT_STATUS, visit.status),
        visitor_name=visit.visitor_name,
        narrative_excerpt=narrative[:60],
    )


def _validate(data: VisitInput) -> None:
    if data.visit_date > date.today():
        raise ValidationError("visit.date_future", "随访日期不能晚于今天。", field="visit_date")
    if data.mode not in values(VISIT_MODE):
        raise ValidationError("visit.mode_invalid", "未知的随访形式。", field="mode")
    if data.risk_level is not None and data.risk_level not in values(RISK_LEVEL):
        raise ValidationError("visit.risk_invalid", "危险性评估须为 0–5 级。", field="risk_level")
    if data.classification is not None and data.classification not in values(CLASSIFICATION):
        raise ValidationError("visit.class_invalid", "未知的随访分类。", field="classification")
    if data.next_visit_date is not None and data.next_visit_date <= data.visit_date:
        raise ValidationError("visit.next_before", "下次随访日期须晚于本次随访日期。", field="next_visit_date")


@entry("visits.write")
def log_visit(ctx: ServiceContext, data: VisitInput) -> VisitSummary:
    """Record one contact with a client as a draft in the client's history."""
    _validate(data)
    with ctx.db.write() as session:
        client = session.get(Client, data.client_id)
        if client is None or client.deleted:
            raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
        check_owned(session, ctx, client)  # a transferred client is read-only history here
        visit = Visit(
            client_id=client.id,
            station_code=ctx.station_code,
            visit_date=data.visit_date,
            mode=data.mode,
            objects_seen=list(data.objects_seen),
            risk_level=data.risk_level,
            classification=data.classification,
            next_visit_date=data.next_visit_date,
            narrative=data.narrative.strip(),
            start_time=data.start_time,
            end_time=data.end_time,
            visitor_id=ctx.actor.user_id or "",
            visitor_name=ctx.actor.display_name,
            status="draft",
        )
        session.add(visit)
        session.flush()
        return _summary(visit)


@entry("visits.read")
def list_visits(ctx: ServiceContext, client_id: str) -> list[VisitSummary]:
    """A client's visits, newest first."""
    query = (
        select(Visit)
        .where(Visit.client_id == client_id, Visit.deleted.is_(False))
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
    )
    with ctx.db.read() as session:
        return [_summary(visit) for visit in session.scalars(query)]
