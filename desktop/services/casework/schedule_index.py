"""Keeps the derived `client_schedule` table in step with the visits (see its docstring for why).

`refresh_clients` recomputes the rows of some clients inside the caller's unit of work; every
service that writes visits or a client's status calls it. `rebuild_all` recomputes every row from
scratch in one pass over the visits (demo data, imports, repair). Both use the same pure rules of
`desktop.domain.schedule`, so a rebuilt table equals one kept up to date visit by visit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain import schedule
from desktop.models import Client, ClientSchedule, Visit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry

# A client with no visit yet is due for a first contact two weeks after registration.
FIRST_VISIT_WITHIN = timedelta(days=14)


@dataclass(frozen=True)
class VisitFacts:
    """What the schedule needs from one visit."""

    visit_date: date
    risk_level: int | None
    next_visit_date: date | None
    status: str
    escalation_followup_due: date | None
    order: str  # created_at, to order several visits on one day


@dataclass(frozen=True)
class ClientFacts:
    """What the schedule needs from the client row."""

    registered_on: date | None
    status: str
    caseworker_id: str


def compute(client_id: str, client: ClientFacts, visits: Iterable[VisitFacts]) -> dict[str, Any]:
    """The client_schedule row of one client from its (not deleted) visits."""
    row = _compute(client_id, client.registered_on, visits)
    row["status"] = client.status
    row["caseworker_id"] = client.caseworker_id
    return row


def _compute(client_id: str, registered_on: date | None, visits: Iterable[VisitFacts]) -> dict[str, Any]:
    ordered = sorted(visits, key=lambda v: (v.visit_date, v.order))
    attention = schedule.key_attention((v.visit_date, v.risk_level) for v in ordered)
    drafts = sum(1 for v in ordered if v.status == "draft")
    if not ordered:
        start = registered_on or date.today()
        return {
            "client_id": client_id,
            "last_visit_date": None,
            "next_due": start + FIRST_VISIT_WITHIN,
            "last_risk": None,
            "key_attention": False,
            "key_attention_since": None,
            "followup_due": None,
            "open_drafts": 0,
        }
    last = ordered[-1]
    next_due = last.next_visit_date or schedule.latest_next_due(last.visit_date)
    followup = None
    if attention.active:
        followups = [v.escalation_followup_due for v in ordered if v.escalation_followup_due]
        followup = max(followups) if followups else None
        if followup is not None and followup > last.visit_date:
            next_due = min(next_due, followup)
    return {
        "client_id": client_id,
        "last_visit_date": last.visit_date,
        "next_due": next_due,
        "last_risk": last.risk_level,
        "key_attention": attention.active,
        "key_attention_since": attention.since,
        "followup_due": followup,
        "open_drafts": drafts,
    }


def _facts(row: Any) -> VisitFacts:
    return VisitFacts(
        row.visit_date,
        row.risk_level,
        row.next_visit_date,
        row.status,
        row.escalation_followup_due,
        str(row.created_at),
    )


_VISIT_COLUMNS = (
    Visit.client_id,
    Visit.visit_date,
    Visit.risk_level,
    Visit.next_visit_date,
    Visit.status,
    Visit.escalation_followup_due,
    Visit.created_at,
)


def refresh_clients(session: Session, client_ids: Iterable[str]) -> None:
    """Recompute the schedule rows of `client_ids`, and their synced 重点关注 flag, in this session."""
    ids = sorted(set(client_ids))
    if not ids:
        return
    session.flush()
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids)))}
    rows = session.execute(
        select(*_VISIT_COLUMNS).where(Visit.client_id.in_(ids), Visit.deleted.is_(False)).order_by(Visit.client_id)
    ).all()
    by_client: dict[str, list[VisitFacts]] = {client_id: [] for client_id in ids}
    for row in rows:
        by_client[row.client_id].append(_facts(row))
    session.execute(delete(ClientSchedule).where(ClientSchedule.client_id.in_(ids)))
    new_rows = []
    for client_id, visits in by_client.items():
        client = clients.get(client_id)
        if client is None or client.deleted:
            continue
        facts = ClientFacts(
            client.registered_on or client.created_at.date(), client.management_status, client.caseworker_id
        )
        row = compute(client_id, facts, visits)
        if client.key_attention != row["key_attention"]:
            client.key_attention = row["key_attention"]
        new_rows.append(row)
    if new_rows:
        session.execute(insert(ClientSchedule), new_rows)


def _stream(connection: Connection) -> Iterator[tuple[str, list[VisitFacts]]]:
    result = connection.execute(
        select(*_VISIT_COLUMNS).where(Visit.deleted.is_(False)).order_by(Visit.client_id),
        execution_options={"yield_per": 20_000},
    )
    for client_id, group in groupby(result, key=lambda row: row.client_id):
        yield client_id, [_facts(row) for row in group]


def rebuild_all(connection: Connection, chunk: int = 20_000) -> int:
    """Recompute the whole table from the visits; returns the number of clients. Local, no sync."""
    registered = {
        row.id: ClientFacts(row.registered_on or row.created_at.date(), row.management_status, row.caseworker_id)
        for row in connection.execute(
            select(
                Client.id, Client.registered_on, Client.created_at, Client.management_status, Client.caseworker_id
            ).where(Client.deleted.is_(False))
        )
    }
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    connection.execute(delete(ClientSchedule))

    def flush() -> None:
        if rows:
            connection.execute(insert(ClientSchedule), rows)
            rows.clear()

    for client_id, visits in _stream(connection):
        if client_id in registered:
            rows.append(compute(client_id, registered[client_id], visits))
            seen.add(client_id)
            if len(rows) >= chunk:
                flush()
    for client_id, start in registered.items():
        if client_id not in seen:
            rows.append(compute(client_id, start, ()))
            if len(rows) >= chunk:
                flush()
    flush()
    return len(registered)


@entry("visits.write")
def rebuild_schedule(ctx: ServiceContext) -> int:
    """Recompute every client's derived schedule row (after a repair or a bulk import)."""
    with ctx.db.engine.begin() as connection:
        return rebuild_all(connection)
