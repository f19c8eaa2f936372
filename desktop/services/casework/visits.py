"""Visit records: save a draft, finalise it (read-only after), add addenda, read a client's history.

A draft may be changed freely. Finalising checks what a complete record needs
(`visit_checks.finalise_problems`: the national form's items of the path, the risk ≥ 3
escalation, the rules of a class override) and then the record never changes again: corrections are `VisitAddendum` rows that keep the
original. Finalising a death or lost-to-follow-up record moves the client's management status.
After every write the client's derived schedule (due date, 重点关注) is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from desktop.domain import partial_dates, schedule
from desktop.domain.clock import station_wall_now
from desktop.domain.codes import CLASSIFICATION, DEATH_CAUSE, LOST_REASON, VISIT_MODE, VISIT_STATUS, label
from desktop.errors import ConflictError, NotFound, ValidationError
from desktop.i18n import current_language
from desktop.models import SYNC_COLUMNS, Client, Visit, VisitAddendum
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.casework.schedule_index import refresh_clients
from desktop.services.casework.visit_checks import finalise_problems
from desktop.services.casework.visit_input import (
    Assessment,
    Medication,
    Notification,
    VisitInput,
    assess,
    check_discharge_after_birth,
    validate,
)
from desktop.services.context import Actor, ServiceContext
from desktop.services.ownership import check_owned
from desktop.services.permissions import entry
from desktop.services.scope import visible_client, visible_visit

_LIST_FIELDS = ("objects_seen", "symptoms", "rehab_measures")
_SPECIAL = {"client_id", "medications", "medication_guidance", "escalation", "sources", *_LIST_FIELDS}


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


@dataclass(frozen=True)
class AddendumRow:
    id: str
    seq: int
    author_name: str
    created_at: datetime
    text: str


@dataclass(frozen=True)
class VisitRecord:
    """A stored visit as the form shows it."""

    id: str
    status: str
    data: VisitInput
    classification_suggested: int | None
    escalation_followup_due: date | None
    visitor_name: str
    finalised_at: datetime | None
    addenda: tuple[AddendumRow, ...]
    override_approved_by_name: str = ""  # the lead who finalised a class other than the suggestion

    @property
    def final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class SavedVisit:
    summary: VisitSummary
    assessment: Assessment


def _summary(visit: Visit) -> VisitSummary:
    narrative = visit.narrative.strip().replace("\n", " ")
    return VisitSummary(
        id=visit.id,
        client_id=visit.client_id,
        visit_date=visit.visit_date,
        mode=visit.mode,
        mode_label=label(VISIT_MODE, visit.mode, current_language()),
        risk_level=visit.risk_level,
        classification=visit.classification,
        classification_label=label(CLASSIFICATION, visit.classification, current_language()),
        next_visit_date=visit.next_visit_date,
        status=visit.status,
        status_label=label(VISIT_STATUS, visit.status, current_language()),
        visitor_name=visit.visitor_name,
        narrative_excerpt=narrative[:60],
    )


def _client(ctx: ServiceContext, session: Session, client_id: str) -> Client:
    return visible_client(ctx, session, client_id)


def _visit(ctx: ServiceContext, session: Session, visit_id: str) -> Visit:
    return visible_visit(ctx, session, visit_id)


def _store(visit: Visit, data: VisitInput, result: Assessment) -> None:
    for f in fields(VisitInput):
        if f.name not in _SPECIAL:
            value = getattr(data, f.name)
            setattr(visit, f.name, value.strip() if isinstance(value, str) else value)
    if data.last_discharge_date is not None:  # a partial date is stored as its period's first day
        visit.last_discharge_date = partial_dates.period_start(data.last_discharge_date, data.last_discharge_precision)
    for name in _LIST_FIELDS:
        setattr(visit, name, sorted(set(getattr(data, name))))
    visit.medications = [m.as_dict() for m in data.medications if m.name.strip()]
    visit.medication_guidance = [m.as_dict() for m in data.medication_guidance if m.name.strip()]
    visit.escalation = [n.as_dict() for n in data.escalation]
    visit.sources = dict(data.sources)
    visit.classification_suggested = result.suggested
    if data.path == "visit":
        visit.classification = data.classification or result.suggested
        if visit.classification == result.suggested:
            visit.classification_override_reason = ""
    else:
        visit.classification = None
    if data.next_visit_date is not None:
        visit.next_visit_date = schedule.clamp_next_due(data.next_visit_date, data.visit_date)
    else:
        visit.next_visit_date = result.suggested_next
    visit.escalation_followup_due = result.followup_due


def _save(session: Session, ctx: ServiceContext, data: VisitInput, visit_id: str | None) -> tuple[Visit, Assessment]:
    validate(data)
    result = assess(data)
    client = _client(ctx, session, data.client_id)
    check_owned(session, ctx, client)  # a transferred client is read-only history here
    check_discharge_after_birth(data, client.birth_date, client.birth_precision)
    if visit_id is None:
        visit = Visit(
            client_id=client.id,
            station_code=ctx.station_code,
            visitor_id=ctx.actor.user_id or "",
            visitor_name=ctx.actor.display_name,
            status="draft",
        )
    else:
        visit = _visit(ctx, session, visit_id)
        if visit.status == "final":
            raise ConflictError("visit.finalised", "该访视记录已定稿，不能修改；如需更正请添加补充说明。")
        if visit.client_id != data.client_id:
            raise ValidationError("visit.client_changed", "不能把访视记录移到另一位服务对象名下。", field="client_id")
    _store(visit, data, result)
    session.add(visit)
    state = inspect(visit)
    if visit_id is None:
        fields = [a.key for a in state.mapper.column_attrs if getattr(visit, a.key) not in (None, "", [], {}, False, 0)]
    else:
        fields = [a.key for a in state.mapper.column_attrs if state.attrs[a.key].history.has_changes()]
    session.flush()
    audited = [name for name in fields if name not in SYNC_COLUMNS]
    audit.record(session, ctx.actor, "create" if visit_id is None else "update", "visit", visit.id, audited)
    return visit, result


def _require_complete(data: VisitInput, result: Assessment, role: str) -> None:
    """What a finalised record must hold; a draft may lack any of it."""
    problems = finalise_problems(data, result, role, station_wall_now())
    if problems:
        raise problems[0].error()


def _apply_path_to_client(session: Session, visit: Visit) -> None:
    # The client was scope-checked when the visit was opened or saved in this unit of work.
    client = session.get(Client, visit.client_id)
    if client is None:
        raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
    if visit.death_date is not None:
        client.management_status = "dead"
        client.status_date = visit.death_date
        client.status_reason = label(DEATH_CAUSE, visit.death_cause) or "死亡"
    elif visit.lost_reason is not None:
        client.management_status = "lost"
        client.status_date = visit.visit_date
        client.status_reason = visit.lost_reason_other or label(LOST_REASON, visit.lost_reason)
    elif client.management_status in ("registered", "lost"):
        client.management_status = "managed"  # a valid follow-up brings the client into management
        client.status_date = visit.visit_date
        client.status_reason = ""


def _finalise(session: Session, visit: Visit, actor: Actor) -> tuple[str, ...]:
    """Finalise `visit` as `actor`; returns the fields this set, for the audit event."""
    data = _input_of(visit)
    _require_complete(data, assess(data), actor.role)
    visit.status = "final"
    visit.finalised_at = utcnow()
    changed: tuple[str, ...] = ("status", "finalised_at")
    if visit.classification is not None and visit.classification != visit.classification_suggested:
        # Only a lead may finalise an override (visit_checks.OVERRIDE_ROLES): record which one, by
        # the id and the name they had then, so the paper can say who approved it.
        visit.override_approved_by_id = actor.user_id or ""
        visit.override_approved_by_name = actor.display_name
        changed += ("override_approved_by_id", "override_approved_by_name")
    _apply_path_to_client(session, visit)
    return changed


@entry("visits.write")
def save_visit(ctx: ServiceContext, data: VisitInput, visit_id: str | None = None) -> SavedVisit:
    """Create a draft (no `visit_id`) or change a draft; a finalised visit is refused."""
    with ctx.db.write() as session:
        visit, result = _save(session, ctx, data, visit_id)
        refresh_clients(session, [visit.client_id])
        return SavedVisit(_summary(visit), result)


@entry("visits.write")
def finalise_visit(ctx: ServiceContext, visit_id: str, data: VisitInput | None = None) -> VisitSummary:
    """Finalise a draft (saving `data` into it first, if given); afterwards it is read-only."""
    with ctx.db.write() as session:
        if data is not None:
            visit, _result = _save(session, ctx, data, visit_id)
        else:
            visit = _visit(ctx, session, visit_id)
            if visit.status == "final":
                raise ConflictError("visit.finalised", "该访视记录已定稿，不能修改；如需更正请添加补充说明。")
        changed = _finalise(session, visit, ctx.actor)
        audit.record(session, ctx.actor, "update", "visit", visit.id, changed)
        refresh_clients(session, [visit.client_id])
        return _summary(visit)


@entry("visits.write")
def record_visit(ctx: ServiceContext, data: VisitInput) -> VisitSummary:
    """Create and finalise a visit in one step (nothing is stored if it is incomplete)."""
    with ctx.db.write() as session:
        visit, _result = _save(session, ctx, data, None)
        changed = _finalise(session, visit, ctx.actor)
        audit.record(session, ctx.actor, "update", "visit", visit.id, changed)
        refresh_clients(session, [visit.client_id])
        return _summary(visit)


@entry("visits.write")
def log_visit(ctx: ServiceContext, data: VisitInput) -> VisitSummary:
    """Record one contact as a draft in the client's history (kept for scripts; see save_visit)."""
    return save_visit(ctx, data).summary


@entry("visits.write")
def add_addendum(ctx: ServiceContext, visit_id: str, text: str) -> AddendumRow:
    """Add a correction or addition to a finalised visit; the original stays as it was."""
    text = text.strip()
    if not text:
        raise ValidationError("addendum.text_required", "请填写补充说明的内容。", field="text")
    with ctx.db.write() as session:
        visit = _visit(ctx, session, visit_id)
        if visit.status != "final":
            raise ConflictError("visit.not_final", "草稿可以直接修改，定稿后才需要补充说明。")
        seq = session.scalar(select(func.count(VisitAddendum.id)).where(VisitAddendum.visit_id == visit_id)) or 0
        addendum = VisitAddendum(
            visit_id=visit_id,
            author_id=ctx.actor.user_id or "",
            author_name=ctx.actor.display_name,
            text=text,
            corrections={},
            seq=int(seq) + 1,
        )
        session.add(addendum)
        session.flush()
        audit.record(session, ctx.actor, "create", "visit_addendum", addendum.id, ("text",))
        return AddendumRow(addendum.id, addendum.seq, addendum.author_name, addendum.created_at, addendum.text)


def _medication(stored: dict[str, object]) -> Medication:
    # Rows from other stations or older versions may carry fewer or more keys: take what is known.
    known = {k: v for k, v in stored.items() if k in Medication.__dataclass_fields__}
    return Medication(**{"name": "", **known})  # type: ignore[arg-type]


def _notification(stored: dict[str, object]) -> Notification:
    at = str(stored.get("at", "")).replace("T", " ")[:16]
    return Notification(str(stored.get("party", "")), str(stored.get("name", "")), at, str(stored.get("channel", "")))


def _input_of(visit: Visit) -> VisitInput:
    values: dict[str, object] = {}
    for f in fields(VisitInput):
        if f.name in _SPECIAL:
            continue
        values[f.name] = getattr(visit, f.name)
    return VisitInput(
        client_id=visit.client_id,
        objects_seen=tuple(visit.objects_seen or ()),
        symptoms=tuple(visit.symptoms or ()),
        rehab_measures=tuple(visit.rehab_measures or ()),
        medications=tuple(_medication(m) for m in visit.medications or ()),
        medication_guidance=tuple(_medication(m) for m in visit.medication_guidance or ()),
        escalation=tuple(_notification(n) for n in visit.escalation or ()),
        sources=dict(visit.sources or {}),
        **values,  # type: ignore[arg-type]
    )


@entry("visits.read")
def get_visit(ctx: ServiceContext, visit_id: str) -> VisitRecord:
    with ctx.db.read() as session:
        visit = _visit(ctx, session, visit_id)
        addenda = session.scalars(
            select(VisitAddendum)
            .where(VisitAddendum.visit_id == visit_id, VisitAddendum.deleted.is_(False))
            .order_by(VisitAddendum.seq)
        )
        return VisitRecord(
            id=visit.id,
            status=visit.status,
            data=_input_of(visit),
            classification_suggested=visit.classification_suggested,
            escalation_followup_due=visit.escalation_followup_due,
            visitor_name=visit.visitor_name,
            finalised_at=visit.finalised_at,
            addenda=tuple(AddendumRow(a.id, a.seq, a.author_name, a.created_at, a.text) for a in addenda),
            override_approved_by_name=visit.override_approved_by_name,
        )


@entry("visits.read")
def list_visits(ctx: ServiceContext, client_id: str) -> list[VisitSummary]:
    """A client's visits, newest first."""
    query = (
        select(Visit)
        .where(Visit.client_id == client_id, Visit.deleted.is_(False))
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
    )
    with ctx.db.read() as session:
        visible_client(ctx, session, client_id)  # an out-of-scope client is refused, not shown empty
        # No visit_filter here: the one client was just checked in scope, and that filter would
        # make SQLite list every client of the scope (~0.1–0.5 s on 100,000 clients) per history.
        return [_summary(visit) for visit in session.scalars(query)]
