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
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import Boolean, Connection, Date, delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain import followups
from desktop.domain.clock import station_today
from desktop.domain.followups import ClientFacts, VisitFacts
from desktop.models import Client, ClientSchedule, Visit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry


def compute(client_id: str, client: ClientFacts, visits: Iterable[VisitFacts]) -> dict[str, Any]:
    """The client_schedule row of one client from its (not deleted) visits."""
    return followups.compute(client_id, client, visits, station_today())


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


# Each client's visits packed into one JSON text by SQLite: Python builds no row tuple per visit
# (6.8 s against 8.5 s for a million visits). Read in client order through ix_visits_client_date,
# which holds every column named here (migration 0017).
_PACKED = (
    "json_group_array(json_array(v.visit_date, v.risk_level, v.next_visit_date, v.status,"
    " v.escalation_followup_due, v.created_at, v.mode, v.objects_seen, v.lost_reason, v.death_date))"
)
_PACKED_VISITS = (
    f"SELECT v.client_id, {_PACKED} FROM visits v WHERE v.deleted = 0 AND v.client_id > ?1"
    " GROUP BY v.client_id ORDER BY v.client_id LIMIT ?2"
)
# Only the touched clients: walked in order from the last part's, each one's visits looked up.
_PACKED_TOUCHED = (
    f"SELECT t.id, {_PACKED} FROM touched_clients t JOIN visits v ON v.client_id = t.id"
    " WHERE t.id > ?1 AND v.deleted = 0 GROUP BY t.id ORDER BY t.id LIMIT ?2"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _raw_facts(row: list[Any]) -> VisitFacts:
    """`_facts` from the stored values: the text as it is (ISO dates, a fixed-width UTC timestamp
    that sorts as the time does), without SQLAlchemy's per-row conversions — a district import
    recomputes the schedule of every client it touched, 100,000 of them in a full bundle, a
    million visits (the optional dates are converted inline for the same reason)."""
    visit_date, risk, next_date, status, followup_due, created_at, mode, seen, lost, death = row
    day = date.fromisoformat
    counts = followups.counts_as_followup(
        status, mode, orjson.loads(seen) if seen else (), lost, day(death) if death else None
    )
    return VisitFacts(
        day(visit_date),
        risk,
        day(next_date) if next_date else None,
        status,
        day(followup_due) if followup_due else None,
        created_at,
        counts,
    )


def _rows(cursor: Any) -> Iterator[tuple[Any, ...]]:
    while batch := cursor.fetchmany(20_000):
        yield from batch


_RAW_CLIENTS = (
    "SELECT id, registered_on, created_at, management_status, caseworker_id FROM clients WHERE deleted = 0{among}"
)
_AMONG_TOUCHED = " AND {column} IN (SELECT id FROM touched_clients)"
_SCHEDULE_COLUMNS = tuple(c.name for c in ClientSchedule.__table__.columns)
_INSERT_SCHEDULE = (
    f"INSERT INTO client_schedule ({', '.join(_SCHEDULE_COLUMNS)}) VALUES ({', '.join('?' * len(_SCHEDULE_COLUMNS))})"
)


def _client_facts(row: tuple[Any, ...]) -> ClientFacts:
    """ClientFacts from a driver row; without a 登记日期, the (UTC) day the record was made, as
    `refresh_clients` takes it from the ORM's `created_at`."""
    _id, registered_on, created_at, status, caseworker_id = row
    start = _day(registered_on) or date.fromisoformat(created_at[:10])
    return ClientFacts(start, status, caseworker_id)


# A schedule row as the ORM stores it: ISO dates, 0/1 flags (the other columns as they are).
_PICK_SCHEDULE = itemgetter(*_SCHEDULE_COLUMNS)
_DATE_AT = tuple(i for i, c in enumerate(ClientSchedule.__table__.columns) if isinstance(c.type, Date))
_FLAG_AT = tuple(i for i, c in enumerate(ClientSchedule.__table__.columns) if isinstance(c.type, Boolean))


def _stored(row: dict[str, Any]) -> tuple[Any, ...]:
    values = list(_PICK_SCHEDULE(row))
    for i in _DATE_AT:
        if values[i] is not None:
            values[i] = values[i].isoformat()
    for i in _FLAG_AT:
        if values[i] is not None:
            values[i] = int(values[i])
    return tuple(values)


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
        return rebuild_all(connection, touched=True)
    finally:
        raw.execute("DELETE FROM touched_clients")  # type: ignore[union-attr]


def rebuild_all(connection: Connection, chunk: int = 5_000, *, touched: bool = False) -> int:
    """Recompute the table from the visits (`touched`: only the clients in touched_clients); returns
    the number of clients. Local, no sync.

    Driver rows in and out, not ORM rows: a district import recomputes 100,000 clients here, and
    SQLAlchemy's per-value conversions cost more than the rules themselves. The clients' visits
    are read `chunk` clients at a time, each client's packed into one JSON text by SQLite."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(_RAW_CLIENTS.format(among=_AMONG_TOUCHED.format(column="id") if touched else ""))
    registered = {row[0]: _client_facts(row) for row in _rows(cursor)}
    count = len(registered)
    cursor.execute(
        "DELETE FROM client_schedule" + (" WHERE 1" + _AMONG_TOUCHED.format(column="client_id") if touched else "")
    )
    packed_visits = _PACKED_TOUCHED if touched else _PACKED_VISITS
    after = ""
    while True:
        part = cursor.execute(packed_visits, (after, chunk)).fetchall()
        rows = _computed(part, registered)
        if rows:
            cursor.executemany(_INSERT_SCHEDULE, rows)
        if len(part) < chunk:
            break
        after = part[-1][0]
    # What remains of the clients' facts has no visits.
    rows = [_stored(compute(client_id, facts, ())) for client_id, facts in registered.items()]
    if rows:
        cursor.executemany(_INSERT_SCHEDULE, rows)
    return count


def _computed(part: list[tuple[str, str]], registered: dict[str, ClientFacts]) -> list[tuple[Any, ...]]:
    """The stored schedule rows of the clients in `part` (pure: no database). Each client's facts
    are dropped once its row is computed."""
    rows = []
    for client_id, packed in part:
        facts = registered.pop(client_id, None)
        if facts is not None:
            visits = [_raw_facts(visit) for visit in orjson.loads(packed)]
            rows.append(_stored(compute(client_id, facts, visits)))
    return rows


@entry("visits.write")
def rebuild_schedule(ctx: ServiceContext) -> int:
    """Recompute every client's derived schedule row (after a repair or a bulk import)."""
    with ctx.db.engine.begin() as connection:
        return rebuild_all(connection)
