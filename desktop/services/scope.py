"""Record scope: which clients (and so which visits and other case records) an actor may see.

Roles say *what kind* of thing a user may do (permissions.py); scope says *which records*
(DOMAIN §5.2):
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
from desktop.services.context import ServiceContext
from desktop.services.permissions import helper
from desktop.services.settings import get_setting

# Station setting: caseworkers see all cases of the station, not only their own and their team's.
CASEWORKERS_SEE_STATION = "scope.caseworkers_see_station"
_ALL = frozenset({"system", "district_admin"})


@helper
def client_filter(ctx: ServiceContext, session: Session) -> ColumnElement[bool]:
    """A WHERE clause over `Client` that keeps only the clients `ctx.actor` may see."""
    role, me = ctx.actor.role, ctx.actor.user_id
    if role in _ALL:
        return true()
    # Cases the station owns now, and those it once had (transferred away: kept as read-only
    # history, DESIGN §1; writes are refused by services.ownership).
    station = or_(Client.station_code == ctx.station_code, Client.origin == ctx.station_code)
    if role == "lead":
        return station
    if role != "caseworker" or not me:
        return false()
    if get_setting(session, CASEWORKERS_SEE_STATION, False):
        return station
    # The team is read from the users table, not from the log-in snapshot, so a change of team
    # by the administrator applies at once.
    my_team = select(User.team).where(User.id == me).scalar_subquery()
    teammates = select(User.id).where(User.team != "", User.team == my_team)
    return station & or_(Client.caseworker_id == me, Client.caseworker_id.in_(teammates))


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
