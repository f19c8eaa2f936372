"""工作台: who is overdue, due within 7 days, at high risk / 重点关注, behind the ≥ 4 follow-ups a year
pace, lost, and which drafts are open.

Computed when shown, against the given day: the derived `client_schedule` table only says when
each client's next visit falls due and whether 重点关注 holds; whether that is overdue or due soon
is decided here, now (docs/domain.md §2.2; docs/architecture.md §4 "overdue status at display time"). Each list is
read a page at a time (`offset`, `limit`) and carries its full count, so the page can list every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, false, func, literal_column, select

from desktop.domain import address, schedule
from desktop.domain.clock import station_today
from desktop.domain.codes import MANAGEMENT_STATUS, VISIT_MODE, label
from desktop.domain.schedule import DUE_SOON_DAYS
from desktop.i18n import current_language
from desktop.models import Client, ClientSchedule, Visit
from desktop.services.casework import compliance
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.scope import caseworkers_in_scope

LIMIT = 100
ACTIVE = ("registered", "managed")
HIGH_RISK_STATUSES = (*ACTIVE, "lost")


@dataclass(frozen=True)
class DueEntry:
    client_id: str
    name: str
    due: date | None
    days: int | None  # days overdue (positive) or until due (negative or zero)
    last_visit_date: date | None
    last_risk: int | None
    key_attention: bool
    followup_due: date | None
    village: str
    caseworker_name: str
    status_label: str


@dataclass(frozen=True)
class DraftEntry:
    visit_id: str
    client_id: str
    name: str
    visit_date: date
    mode_label: str
    visitor_name: str


@dataclass(frozen=True)
class PaceEntry:
    """A client behind the ≥ 4 follow-ups a year pace (docs/domain-followups.md, Pace)."""

    client_id: str
    name: str
    followups: int  # counted this year so far
    needed_by: date  # the quarter end by which the next follow-up is needed
    due: date | None  # the schedule's next due date
    last_visit_date: date | None
    key_attention: bool
    village: str
    caseworker_name: str
    status_label: str


@dataclass(frozen=True)
class DashboardList:
    entries: tuple[Any, ...]
    total: int


@dataclass(frozen=True)
class PaceList(DashboardList):
    below_four: int = 0  # served clients with fewer than four follow-ups this year so far


@dataclass(frozen=True)
class Dashboard:
    today: date
    overdue: DashboardList
    due_soon: DashboardList
    high_risk: DashboardList
    pace: PaceList
    lost: DashboardList
    drafts: DashboardList


def _village(code: str, free_text: str) -> str:
    unit = address.get(code) if code else None
    return unit.name if unit else free_text


_SHOWN = (
    Client.id,
    Client.name,
    Client.village_code,
    Client.village_free_text,
    Client.caseworker_name,
    Client.management_status,
    ClientSchedule.next_due,
    ClientSchedule.last_visit_date,
    ClientSchedule.last_risk,
    ClientSchedule.key_attention,
    ClientSchedule.followup_due,
)


def _entry(row: Any, today: date) -> DueEntry:
    return DueEntry(
        client_id=row.id,
        name=row.name,
        due=row.next_due,
        days=(today - row.next_due).days if row.next_due else None,
        last_visit_date=row.last_visit_date,
        last_risk=row.last_risk,
        key_attention=bool(row.key_attention),
        followup_due=row.followup_due,
        village=_village(row.village_code, row.village_free_text),
        caseworker_name=row.caseworker_name,
        status_label=label(MANAGEMENT_STATUS, row.management_status, current_language()),
    )


def _listing(
    session: Any,
    where: list[Any],
    order: list[Any],
    today: date,
    page: tuple[int, int],
    page_where: list[Any] | None = None,
) -> DashboardList:
    """Filter, count and order on the small schedule rows; join clients only for the rows shown.

    `page`: (offset, limit); `page_where`: the same filter shaped for reading the page in order."""
    offset, limit = page
    total = session.scalar(select(func.count()).select_from(ClientSchedule).where(*where)) or 0
    query = (
        select(ClientSchedule.client_id)
        .where(*(page_where or where))
        .order_by(*order, ClientSchedule.client_id)
        .offset(offset)
        .limit(limit)
    )
    ids = list(session.scalars(query))
    rows = session.execute(
        select(*_SHOWN).join(ClientSchedule, ClientSchedule.client_id == Client.id).where(Client.id.in_(ids))
    ).all()
    by_id = {row.id: row for row in rows}
    return DashboardList(tuple(_entry(by_id[i], today) for i in ids if i in by_id), int(total))


# The lists of the 工作台, in the order of its tabs.
LISTS = ("overdue", "due_soon", "high_risk", "pace", "lost", "drafts")
_PACE_ORDER = (ClientSchedule.pace_year, ClientSchedule.pace_needed_by, ClientSchedule.client_id)


def _pace_entry(row: Any, today: date) -> PaceEntry:
    this_year = row.pace_year == today.year
    return PaceEntry(
        client_id=row.id,
        name=row.name,
        followups=row.year_followups if this_year else 0,
        needed_by=row.pace_needed_by if this_year else schedule.quarter_end(today.year, 1),
        due=row.next_due,
        last_visit_date=row.last_visit_date,
        key_attention=bool(row.key_attention),
        village=_village(row.village_code, row.village_free_text),
        caseworker_name=row.caseworker_name,
        status_label=label(MANAGEMENT_STATUS, row.management_status, current_language()),
    )


def _pace(session: Any, mine: list[Any], today: date, page: tuple[int, int]) -> PaceList:
    """随访进度落后: two ordered index ranges (compliance.pace_ranges) read as one list; one pass
    over each range counts both its clients below four and those of them behind the pace."""
    offset, limit = page
    parts = compliance.pace_ranges(today)
    counts = []
    for part in parts:
        behind = func.coalesce(func.sum(case((part.behind, 1), else_=0)), 0)
        row = session.execute(select(func.count(), behind).select_from(ClientSchedule).where(*mine, *part.where)).one()
        counts.append((int(row[0]), int(row[1])))
    ids: list[str] = []
    for part, (_below, count) in zip(parts, counts, strict=True):
        if offset >= count:
            offset -= count
            continue
        query = select(ClientSchedule.client_id).where(*mine, *part.where, part.behind).order_by(*_PACE_ORDER)
        ids += session.scalars(query.offset(offset).limit(limit - len(ids)))
        offset = 0
        if len(ids) >= limit:
            break
    rows = session.execute(
        select(*_SHOWN, ClientSchedule.pace_year, ClientSchedule.year_followups, ClientSchedule.pace_needed_by)
        .join(ClientSchedule, ClientSchedule.client_id == Client.id)
        .where(Client.id.in_(ids))
    ).all()
    by_id = {row.id: row for row in rows}
    entries = tuple(_pace_entry(by_id[i], today) for i in ids if i in by_id)
    return PaceList(entries, sum(behind for _below, behind in counts), sum(below for below, _behind in counts))


def _drafts(session: Any, mine: list[Any], page: tuple[int, int]) -> DashboardList:
    # Counted from the schedule rows, listed oldest first through ix_visits_drafts, a partial index
    # SQLite uses only when the query names 'draft' as a literal (a bound value could be anything).
    # `open_drafts > 0` changes no sum; it lets ix_client_schedule_drafts read only those rows.
    draft_total = session.scalar(
        select(func.coalesce(func.sum(ClientSchedule.open_drafts), 0)).where(*mine, ClientSchedule.open_drafts > 0)
    )
    drafts_query = (
        select(Visit.id, Visit.client_id, Client.name, Visit.visit_date, Visit.mode, Visit.visitor_name)
        .join(Client, Client.id == Visit.client_id)
        .where(Visit.status == literal_column("'draft'"), Visit.deleted.is_(False), Client.deleted.is_(False))
    )
    if mine:
        owned = select(ClientSchedule.client_id).where(*mine, ClientSchedule.open_drafts > 0)
        drafts_query = drafts_query.where(Visit.client_id.in_(owned))
    drafts = tuple(
        DraftEntry(
            r.id, r.client_id, r.name, r.visit_date, label(VISIT_MODE, r.mode, current_language()), r.visitor_name
        )
        for r in session.execute(drafts_query.order_by(Visit.visit_date, Visit.id).offset(page[0]).limit(page[1]))
    )
    return DashboardList(drafts, int(draft_total))


def _mine(caseworkers: list[str] | None) -> list[Any]:
    """The schedule rows of these caseworkers' clients (None: every row); `==` for one, so SQLite
    reads the caseworker's own indexes (ix_client_schedule_cw_*)."""
    if caseworkers is None:
        return []
    if not caseworkers:  # nobody's cases: a role without case records
        return [false()]
    if len(caseworkers) == 1:
        return [ClientSchedule.caseworker_id == caseworkers[0]]
    return [ClientSchedule.caseworker_id.in_(caseworkers)]


def _one_list(session: Any, key: str, today: date, mine: list[Any], page: tuple[int, int]) -> DashboardList:
    soon = today + timedelta(days=DUE_SOON_DAYS)
    active = [*mine, ClientSchedule.status.in_(ACTIVE)]
    # For the due/overdue pages the status test is hidden from the planner (`|| ''`, same meaning):
    # SQLite then reads ix_client_schedule_(cw_)due_order in next_due order and stops after a page,
    # where `status IN (…)` made it sort every active client (80–120 ms on 100,000).
    in_order = [*mine, ClientSchedule.status.concat("").in_(ACTIVE)]
    order = [ClientSchedule.next_due]
    if key == "overdue":
        overdue_where = [ClientSchedule.next_due < today]
        return _listing(session, [*active, *overdue_where], order, today, page, [*in_order, *overdue_where])
    if key == "due_soon":
        soon_where = [ClientSchedule.next_due >= today, ClientSchedule.next_due <= soon]
        return _listing(session, [*active, *soon_where], order, today, page, [*in_order, *soon_where])
    if key == "high_risk":
        # A 重点关注 client who is lost to follow-up stays here: a 失访 record assessed nothing.
        return _listing(
            session,
            [*mine, ClientSchedule.status.in_(HIGH_RISK_STATUSES), ClientSchedule.key_attention.is_(True)],
            [ClientSchedule.last_risk.desc(), ClientSchedule.next_due],
            today,
            page,
        )
    if key == "lost":
        return _listing(
            session, [*mine, ClientSchedule.status == "lost"], [ClientSchedule.last_visit_date.desc()], today, page
        )
    if key == "pace":
        return _pace(session, mine, today, page)
    if key == "drafts":
        return _drafts(session, mine, page)
    raise KeyError(key)


@entry("visits.read")
def dashboard_lists(
    ctx: ServiceContext,
    keys: Sequence[str],
    today: date | None = None,
    *,
    caseworker_id: str | None = None,
    limit: int = LIMIT,
    offset: int = 0,
) -> dict[str, DashboardList]:
    """Some of the 工作台's lists (names from LISTS), read together: `limit` rows from `offset`.

    The page asks for the tab in view first and the others after it, so the first rows wait for
    one list's queries, not five (docs/architecture.md §8, first rows ≤ 100 ms); the rows after
    the first page are read with `offset` when the list is scrolled or 显示更多 is clicked."""
    today = today or station_today()
    with ctx.db.read() as session:
        # Only the cases the user may see (desktop/services/scope.py): a caseworker's own and their
        # team's, whatever `caseworker_id` asks for.
        allowed = caseworkers_in_scope(ctx, session)
        wanted = [caseworker_id] if caseworker_id else allowed
        if allowed is not None and wanted is not None:
            wanted = [c for c in wanted if c in allowed]
        mine = _mine(wanted)
        return {key: _one_list(session, key, today, mine, (offset, limit)) for key in keys}


@entry("visits.read")
def dashboard(
    ctx: ServiceContext, today: date | None = None, *, caseworker_id: str | None = None, limit: int = LIMIT
) -> Dashboard:
    """The lists of the 工作台 for `today` (default: the real today)."""
    today = today or station_today()
    lists = dashboard_lists(ctx, LISTS, today, caseworker_id=caseworker_id, limit=limit)
    pace = lists["pace"]
    assert isinstance(pace, PaceList)  # _pace builds it
    return Dashboard(
        today=today,
        overdue=lists["overdue"],
        due_soon=lists["due_soon"],
        high_risk=lists["high_risk"],
        pace=pace,
        lost=lists["lost"],
        drafts=lists["drafts"],
    )
