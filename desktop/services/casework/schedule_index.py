"""Keeps the derived `client_schedule` table in step with the visits (see its docstring for why).

Only follow-ups count (`desktop.domain.followups`: finalised contacts in a 随访形式 that reached
someone); drafts, case conferences and unreached contacts are counted as open drafts or ignored.
`refresh_clients` recomputes the rows of some clients inside the caller's unit of work; every
service that writes visits or a client's status calls it. `rebuild_all` recomputes every row from
scratch in one pass over the visits (demo data, repair); `refresh_imported` recomputes the rows of
the clients a bundle touched, in the import's transaction. All use the same pure rules of
`desktop.domain.followups`, so a rebuilt table equals one kept up to date visit by visit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, column, delete, insert, select, table
from sqlalchemy.orm import Session

from desktop.domain import followups
from desktop.domain.followups import ClientFacts, VisitFacts
from desktop.models import Client, ClientSchedule, Visit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry


def compute(client_id: str, client: ClientFacts, visits: Iterable[VisitFacts]) -> dict[str, Any]:
    """The client_schedule row of one client from its (not deleted) visits."""
    return followups.compute(client_id, client, visits, date.today())


def _facts(row: Any) -> VisitFacts:
    return VisitFacts(
        row.visit_date,
        row.risk_level,
        row.next_visit_date,
        row.status,
        row.escalation_followup_due,
        str(row.created_at),
        followups.counts_as_followup(row.status, row.mode, row.objects_seen, row.lost_reason, row.death_date),
    )


_VISIT_COLUMNS = (
    Visit.client_id,
    Visit.visit_date,
    Visit.risk_level,
    Visit.next_visit_date,
    Visit.status,
    Visit.escalation_followup_due,
    Visit.created_at,
    Visit.mode,
    Visit.objects_seen,
    Visit.lost_reason,
    Visit.death_date,
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


def _stream(connection: Connection, among: Any = None) -> Iterator[tuple[str, list[VisitFacts]]]:
    query = select(*_VISIT_COLUMNS).where(Visit.deleted.is_(False)).order_by(Visit.client_id)
    if among is not None:
        query = query.where(Visit.client_id.in_(among))
    result = connection.execute(query, execution_options={"yield_per": 20_000})
    for client_id, group in groupby(result, key=lambda row: row.client_id):
        yield client_id, [_facts(row) for row in group]


_TOUCHED = table("touched_clients", column("id"))


def refresh_imported(connection: Connection, client_ids: Iterable[str]) -> int:
    """Recompute the schedule rows of the clients an import touched, on the import's connection.

    The synced 重点关注 flag is left as the owning station sent it: changing it here would be a
    local edit of a row this node does not own, sent back at the next export. The local rows — the
    due, overdue, high-risk and pace lists — follow the visits that arrived.
    """
    ids = [(client_id,) for client_id in set(client_ids)]
    if not ids:
        return 0
    raw = connection.connection.driver_connection
    raw.execute("CREATE TEMP TABLE IF NOT EXISTS touched_clients (id TEXT PRIMARY KEY)")  # type: ignore[union-attr]
    raw.execute("DELETE FROM touched_clients")  # type: ignore[union-attr]
    raw.executemany("INSERT OR IGNORE INTO touched_clients VALUES (?)", ids)  # type: ignore[union-attr]
    try:
        return rebuild_all(connection, among=select(_TOUCHED.c.id))
    finally:
        raw.execute("DELETE FROM touched_clients")  # type: ignore[union-attr]


def rebuild_all(connection: Connection, chunk: int = 20_000, *, among: Any = None) -> int:
    """Recompute the table from the visits (only the clients `among` selects, if given); returns the
    number of clients. Local, no sync."""
    clients = select(
        Client.id, Client.registered_on, Client.created_at, Client.management_status, Client.caseworker_id
    ).where(Client.deleted.is_(False))
    if among is not None:
        clients = clients.where(Client.id.in_(among))
    registered = {
        row.id: ClientFacts(row.registered_on or row.created_at.date(), row.management_status, row.caseworker_id)
        for row in connection.execute(clients)
    }
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    connection.execute(
        delete(ClientSchedule) if among is None else delete(ClientSchedule).where(ClientSchedule.client_id.in_(among))
    )

    def flush() -> None:
        if rows:
            connection.execute(insert(ClientSchedule), rows)
            rows.clear()

    for client_id, visits in _stream(connection, among):
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
