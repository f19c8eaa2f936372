"""Record scope: which clients (and so which visits and other case records) an actor may see.

Roles say *what kind* of thing a user may do (permissions.py); scope says *which records*
(docs/domain.md §5.2):
- caseworker: own cases (client.caseworker_id) plus the cases of caseworkers in the same team
  (users.team, when not empty); a station setting lets caseworkers see every case of the station;
- station lead: every case of the station; district admin (and the command line): every case;
- coordinator and administrator: no case records at all.

Every service that reads or writes case records filters its queries with `client_filter` /
`visit_filter` and checks a single record with `visible_client` / `check_client`, so an id typed
by hand or sent by a stale screen cannot open somebody else's case. The filters are SQL
expressions over indexed columns (clients.caseworker_id), so lists stay index scans.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import Session

from desktop.errors import NotFound, OutOfScope
from desktop.models import Client, User, Visit
from desktop.services.context import ADMIN_AND_LEAD, ServiceContext
from desktop.services.permissions import helper
from desktop.services.settings import get_setting

# Station setting: caseworkers see all cases of the station, not only their own and their team's.
CASEWORKERS_SEE_STATION = "scope.caseworkers_see_station"
_ALL = frozenset({"system", "district_admin"})


@helper
def client_filter(
    ctx: ServiceContext, session: Session, *, sorted_by: str | None = None, by_ids: bool = False
) -> ColumnElement[bool]:
    """A WHERE clause over `Client` that keeps only the clients `ctx.actor` may see.

    `sorted_by`: the clause filters a page of the register in that sort order (docs/architecture.md §8: first
    rows in ≤ 100 ms over 100,000 clients); the caseworker clause is then shaped so SQLite reads
    the page from an index in order instead of sorting every case of the team in a temp b-tree.
    `by_ids`: the query also restricts `Client.id` to a short list (search): the caseworker clause
    is hidden from the planner so SQLite looks those ids up instead of reading every case.
    """
    role, me = ctx.actor.role, ctx.actor.user_id
    if role in _ALL:
        return true()
    # Cases the station owns now, and those it once had (transferred away: kept as read-only
    # history, docs/architecture.md §1; writes are refused by services.ownership).
    station = or_(Client.station_code == ctx.station_code, Client.origin == ctx.station_code)
    if role in ("lead", ADMIN_AND_LEAD):
        return station
    if role != "caseworker" or not me:
        return false()
    if get_setting(session, CASEWORKERS_SEE_STATION, False):
        return station
    mates = _team_mates(session, me)
    if not mates and sorted_by in (None, "name") and not by_ids:
        # ix_clients_caseworker_pinyin (caseworker_id, name_pinyin, id) serves the register page.
        return station & (Client.caseworker_id == me)
    caseworker: ColumnElement[str] = Client.caseworker_id
    if sorted_by is not None or by_ids:
        # `|| ''` keeps the meaning (NULL stays unmatched) but hides the column from the planner,
        # which would otherwise sort every case of the team; a caseworker's cases are a large
        # share of the register, so walking the sort index finds a page after a few hundred rows
        # (a full walk of 100,000 index entries, the worst case, stays under the budget).
        caseworker = Client.caseworker_id.concat("")
    return station & caseworker.in_([me, *mates])


def _team_mates(session: Session, me: str) -> list[str]:
    # The team is read from the users table now, not from the log-in snapshot, so a change of
    # team by the administrator applies at once. Reading it here (one indexed lookup) instead of
    # as a subquery lets SQLite plan `caseworker_id = ?` over an index when there is no team.
    team = session.scalar(select(User.team).where(User.id == me)) or ""
    return list(session.scalars(select(User.id).where(User.team == team, User.id != me))) if team else []


@helper
def caseworkers_in_scope(ctx: ServiceContext, session: Session) -> list[str] | None:
    """Whose cases `ctx.actor` may see, as caseworker ids, for lists kept per caseworker (the
    dashboard's schedule rows); None: no caseworker restriction (a lead, the district, a station
    whose caseworkers see every case). The same rule as `client_filter`."""
    role, me = ctx.actor.role, ctx.actor.user_id
    if role in _ALL or role in ("lead", ADMIN_AND_LEAD):
        return None
    if role != "caseworker" or not me:
        return []
    if get_setting(session, CASEWORKERS_SEE_STATION, False):
        return None
    return [me, *_team_mates(session, me)]


@helper
def visit_filter(ctx: ServiceContext, session: Session) -> ColumnElement[bool]:
    """A WHERE clause over `Visit`: visits of clients in scope."""
    if ctx.actor.role in _ALL:
        return true()
    return Visit.client_id.in_(select(Client.id).where(client_filter(ctx, session)))


@helper
def check_client(ctx: ServiceContext, session: Session, client: Client) -> None:
    """Raise OutOfScope unless `ctx.actor` may see `client`."""
    if ctx.actor.role in _ALL:
        return
    visible = session.scalar(select(Client.id).where(Client.id == client.id, client_filter(ctx, session)))
    if visible is None:
        raise OutOfScope()


@helper
def visible_client(ctx: ServiceContext, session: Session, client_id: str) -> Client:
    """The live client `client_id` if the actor may see it; NotFound / OutOfScope otherwise."""
    client = session.get(Client, client_id) if client_id else None
    if client is None or client.deleted:
        raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
    check_client(ctx, session, client)
    return client


@helper
def visible_visit(ctx: ServiceContext, session: Session, visit_id: str) -> Visit:
    """The live visit `visit_id` if the actor may see its client; NotFound / OutOfScope otherwise."""
    visit = session.get(Visit, visit_id) if visit_id else None
    if visit is None or visit.deleted:
        raise NotFound("visit.not_found", "找不到该访视记录，可能已被删除。")
    visible_client(ctx, session, visit.client_id)
    return visit
