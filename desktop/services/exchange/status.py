"""What the data-exchange page shows: per-peer status, import history, conflicts, record sync states,
and the district's client transfer between stations.

Restoring a conflict's losing value is an ordinary local edit through the unit of work (new
version, change-log entry), so it syncs on to every peer like any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from desktop.errors import AppError, ConflictError, NotFound, ValidationError
from desktop.i18n import mark
from desktop.models import (
    SYNCED_TABLES,
    ChangeLog,
    Client,
    ImportReport,
    ReceivedBundle,
    SentBundle,
    Station,
    SyncConflict,
    SyncDelivery,
    SyncPeer,
)
from desktop.models.types import from_iso, utcnow
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.exchange.audit_head import history_of
from desktop.services.exchange.importer import missing_sequences
from desktop.services.ownership import check_owned
from desktop.services.permissions import entry
from desktop.services.settings import get_setting

UNSENT, SENT, CONFIRMED = "unsent", "sent", "confirmed"
STATE_LABELS = {
    UNSENT: mark("sync_status", "未发送"),
    SENT: mark("sync_status", "已发送"),
    CONFIRMED: mark("sync_status", "区级已确认"),
}
_MODELS = {m.__tablename__: m for m in SYNCED_TABLES}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PeerStatus:
    code: str
    mode: str
    fingerprint: str
    last_received_sequence: int
    last_received_at: datetime | None
    missing_sequences: list[int]
    last_sent_sequence: int
    last_sent_at: datetime | None
    last_confirmed_sequence: int
    # At the district, for a station: does its audit history continue (docs/bundle-format.md §2a)?
    audit_history: str = ""  # "continues" | "broken" | "unchecked" | "unreported"; "" where not asked
    audit_broken_at: int | None = None


@dataclass(frozen=True)
class ExchangeOverview:
    station_code: str
    mode: str
    peers: list[PeerStatus]
    open_conflicts: int


@dataclass(frozen=True)
class ImportInfo:
    report_id: int
    bundle_id: str
    sender: str
    sequence: int
    at: datetime
    created: int
    updated: int
    unchanged: int
    conflicts: int
    quarantined: int


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    table: str
    row_id: str
    field: str
    losing_value: Any
    losing_origin: str
    losing_version: int
    winning_value: Any
    winning_origin: str
    winning_version: int
    current_value: Any
    at: datetime
    resolved: bool
    resolution: str


@dataclass(frozen=True)
class TransferResult:
    client_id: str
    from_station: str
    to_station: str
    related_rows: int


def _mode(ctx: ServiceContext) -> str:
    with ctx.db.read() as session:
        return str(get_setting(session, "mode", "station"))


def _audit_history(session: Any, peer: SyncPeer) -> dict[str, Any]:
    if peer.mode != "station" or get_setting(session, "mode", "station") != "district":
        return {}
    status, broken_at = history_of(session, peer.code)
    return {"audit_history": status, "audit_broken_at": broken_at}


@entry("sync.read")
def exchange_overview(ctx: ServiceContext) -> ExchangeOverview:
    """Per peer: the last bundle received and sent, the missing sequence numbers; open conflicts."""
    with ctx.db.read() as session:
        peers = []
        for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.code)):
            last_in = session.scalars(
                select(ReceivedBundle)
                .where(ReceivedBundle.sender == peer.code, ReceivedBundle.kind == "data")
                .order_by(ReceivedBundle.sequence.desc())
                .limit(1)
            ).first()
            last_out = session.scalars(
                select(SentBundle).where(SentBundle.peer == peer.code).order_by(SentBundle.sequence.desc()).limit(1)
            ).first()
            confirmed = session.scalar(
                select(func.max(SentBundle.sequence)).where(
                    SentBundle.peer == peer.code, SentBundle.confirmed_at.is_not(None)
                )
            )
            peers.append(
                PeerStatus(
                    code=peer.code,
                    mode=peer.mode,
                    fingerprint=peer.fingerprint,
                    last_received_sequence=last_in.sequence if last_in else 0,
                    last_received_at=last_in.received_at if last_in else None,
                    missing_sequences=missing_sequences(session, peer.code),
                    last_sent_sequence=last_out.sequence if last_out else 0,
                    last_sent_at=last_out.created_at if last_out else None,
                    last_confirmed_sequence=int(confirmed or 0),
                    **_audit_history(session, peer),
                )
            )
        open_conflicts = int(
            session.scalar(select(func.count(SyncConflict.id)).where(SyncConflict.resolved.is_(False))) or 0
        )
        return ExchangeOverview(ctx.station_code, str(get_setting(session, "mode", "station")), peers, open_conflicts)


@entry("sync.read")
def import_history(ctx: ServiceContext, limit: int = 200) -> list[ImportInfo]:
    with ctx.db.read() as session:
        return [
            ImportInfo(
                r.id,
                r.bundle_id,
                r.sender,
                r.sequence,
                r.at,
                r.created,
                r.updated,
                r.unchanged,
                r.conflicts,
                r.quarantined,
            )
            for r in session.scalars(select(ImportReport).order_by(ImportReport.id.desc()).limit(limit))
        ]


@entry("sync.read")
def sync_states(ctx: ServiceContext, table: str, ids: list[str]) -> dict[str, str]:
    """Per record: not yet sent / sent / confirmed by the district (`unsent`, `sent`, `confirmed`)."""
    if table not in _MODELS:
        raise ValidationError("sync.unknown_table", "未知的数据表。", field="table")
    if not ids:
        return {}
    with ctx.db.read() as session:
        peers = list(session.scalars(select(SyncPeer.code).where(SyncPeer.mode == "district")))
        if not peers:
            peers = list(session.scalars(select(SyncPeer.code)))
        sent_upto = int(session.scalar(select(func.max(SentBundle.change_seq)).where(SentBundle.peer.in_(peers))) or 0)
        latest: dict[str, tuple[int, str]] = {}
        model = _MODELS[table]
        versions: dict[str, int] = {}
        delivered: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            last_seq = (
                select(ChangeLog.row_id, func.max(ChangeLog.seq).label("seq"))
                .where(ChangeLog.table_name == table, ChangeLog.row_id.in_(part))
                .group_by(ChangeLog.row_id)
                .subquery()
            )
            for row_id, seq, source in session.execute(
                select(last_seq.c.row_id, last_seq.c.seq, ChangeLog.source).join(
                    ChangeLog, ChangeLog.seq == last_seq.c.seq
                )
            ):
                latest[row_id] = (seq, source)
            versions.update(
                {r[0]: r[1] for r in session.execute(select(model.id, model.version).where(model.id.in_(part)))}
            )
            confirmed = (
                select(SyncDelivery.row_id, func.max(SyncDelivery.version))
                .where(SyncDelivery.peer.in_(peers), SyncDelivery.table_name == table, SyncDelivery.row_id.in_(part))
                .group_by(SyncDelivery.row_id)
            )
            delivered.update({r[0]: r[1] for r in session.execute(confirmed)})
    states = {}
    for row_id in ids:
        seq, source = latest.get(row_id, (0, "local"))
        if source in peers or (row_id in delivered and delivered[row_id] >= versions.get(row_id, 0)):
            states[row_id] = CONFIRMED
        elif peers and seq and seq <= sent_upto:
            states[row_id] = SENT
        else:
            states[row_id] = UNSENT
    return states


def _conflict_info(session: Any, c: SyncConflict) -> ConflictInfo:
    model = _MODELS.get(c.table_name)
    row = session.get(model, c.row_id) if model is not None else None
    current = getattr(row, c.field, None) if row is not None else None
    if hasattr(current, "isoformat"):
        current = current.isoformat()
    return ConflictInfo(
        c.id,
        c.table_name,
        c.row_id,
        c.field,
        c.losing_value,
        c.losing_origin,
        c.losing_version,
        c.winning_value,
        c.winning_origin,
        c.winning_version,
        current,
        c.at,
        c.resolved,
        c.resolution,
    )


@entry("sync.conflicts")
def list_conflicts(ctx: ServiceContext, include_resolved: bool = False, limit: int | None = 500) -> list[ConflictInfo]:
    """Newest first; `limit=None` for all of them (the page lists every open conflict)."""
    query = select(SyncConflict).order_by(SyncConflict.id.desc()).limit(limit)
    if not include_resolved:
        query = query.where(SyncConflict.resolved.is_(False))
    with ctx.db.read() as session:
        return [_conflict_info(session, c) for c in session.scalars(query)]


def _python_value(model: Any, field: str, value: Any) -> Any:
    """A losing value from the log (JSON form) as the ORM attribute expects it."""
    column = model.__table__.columns[field]
    if value is None:
        return None
    kind = type(column.type).__name__
    if kind == "Date":
        from datetime import date

        return date.fromisoformat(value)
    if kind == "UtcDateTime":
        return from_iso(value)
    return value


@entry("sync.conflicts", audit=("update", "conflict"))
def resolve_conflict(ctx: ServiceContext, conflict_id: int, *, restore: bool) -> ConflictInfo:
    """Mark a conflict reviewed; with `restore`, write the losing value back as a new local edit."""
    if restore and ctx.actor.role not in ("caseworker", "lead", "district_admin", "system"):
        from desktop.errors import PermissionDenied

        raise PermissionDenied(permission="sync.conflicts")
    with ctx.db.write() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("sync.conflict_not_found", "找不到该冲突记录。")
        if conflict.resolved:
            raise ConflictError("sync.conflict_resolved", "该冲突已处理过。")
        if restore:
            model = _MODELS.get(conflict.table_name)
            row = session.get(model, conflict.row_id) if model is not None else None
            if row is None:
                raise NotFound("sync.conflict_row", "冲突所属的记录已不存在。")
            check_owned(session, ctx, row)
            setattr(row, conflict.field, _python_value(model, conflict.field, conflict.losing_value))
        conflict.resolved = True
        conflict.resolution = "restored" if restore else "kept"
        conflict.resolved_at = utcnow()
        conflict.resolved_by = ctx.actor.username
        session.flush()
        return _conflict_info(session, conflict)


def _related(session: Any, table: str, ids: set[str]) -> list[tuple[str, str, int]]:
    """Rows of synced tables that reference `ids` in `table`, recursively (a client's visits, addenda…)."""
    found: list[tuple[str, str, int]] = []
    for name, model in _MODELS.items():
        for fk in model.__table__.foreign_keys:
            if fk.column.table.name == table and ids:
                column = model.__table__.columns[fk.parent.name]
                rows = session.execute(select(model.id, model.version).where(column.in_(list(ids)))).all()
                found.extend((name, r[0], r[1]) for r in rows)
                found.extend(_related(session, name, {r[0] for r in rows}))
    return found


@dataclass(frozen=True)
class StationChoice:
    code: str
    name: str


@dataclass(frozen=True)
class TransferOptions:
    """Where a client is now, and the trusted stations it could go to (the district's transfer dialog)."""

    current: StationChoice
    choices: list[StationChoice]


def _station_name(session: Any, code: str) -> str:
    return str(session.scalar(select(Station.name).where(Station.code == code)) or "")


@entry("sync.transfer")
def transfer_options(ctx: ServiceContext, client_id: str) -> TransferOptions:
    """The client's station and every other trusted station: a bundle reaches only a trusted peer."""
    with ctx.db.read() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
        peers = session.scalars(select(SyncPeer.code).where(SyncPeer.mode == "station").order_by(SyncPeer.code))
        choices = [StationChoice(code, _station_name(session, code)) for code in peers if code != client.station_code]
        current = StationChoice(client.station_code, _station_name(session, client.station_code))
    return TransferOptions(current, choices)


@entry("sync.transfer")
def transfer_client(ctx: ServiceContext, client_id: str, to_station: str, reason: str = "") -> TransferResult:
    """District only: move a client to another station; its history goes along in the next bundles.

    Audited in the same unit of work as an update of the client's `station_code`, with both station
    codes and the reason (the window asks for one; the command line may give none).
    """
    if _mode(ctx) != "district":
        raise AppError("sync.transfer_district_only", "只有区级安装才能在站点之间移交服务对象。")
    reason = reason.strip()
    with ctx.db.write() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
        known = set(session.scalars(select(Station.code))) | set(session.scalars(select(SyncPeer.code)))
        if to_station not in known:
            raise ValidationError("sync.unknown_station", "未知的站点代码。", field="to")
        if client.station_code == to_station:
            raise ConflictError("sync.same_station", "该服务对象已属于该站点。")
        previous = client.station_code
        client.station_code = to_station
        session.flush()
        related = _related(session, "clients", {client_id})
        now = utcnow()
        # The new owner has never had the client's history: mark it to go out with the next bundles.
        session.add_all(
            ChangeLog(table_name=t, row_id=i, version=v, source="local", fields=[], at=now) for t, i, v in related
        )
        why = f"{previous} → {to_station}" + (f": {reason}" if reason else "")
        audit.record(session, ctx.actor, "update", "client", client_id, fields=["station_code"], reason=why)
    return TransferResult(client_id, previous, to_station, len(related))
