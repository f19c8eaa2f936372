"""Export: write a signed, encrypted data bundle for a trusted peer (full or incremental).

Incremental (the default) sends every synced row with a change-log entry after the last bundle
sent to that peer — tombstones included — except rows whose every change since then came from
that very peer's bundles (it has them). Full sends every row. Rows are read in one read
transaction (a consistent snapshot) with plain driver selects and streamed straight into
`write_bundle`, which writes atomically. Each peer has its own sequence numbers and chain of
previous-bundle hashes, kept in `sync_sent_bundles`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.db.schema import SCHEMA_HEAD
from desktop.errors import AppError
from desktop.models import SentBundle
from desktop.models.types import utcnow
from desktop.services.context import ServiceContext
from desktop.services.exchange.audit_head import station_head
from desktop.services.exchange.codec import TableCodec, codecs
from desktop.services.exchange.keys import get_peer, peer_identity
from desktop.services.exchange.trust.scope import TRANSFERRED_AWAY, bound, scope_condition
from desktop.services.permissions import entry
from desktop.services.settings import get_setting
from desktop.sync import KeyPair, write_bundle
from desktop.sync.manifest import MAX_BUNDLE_RECORDS

Progress = Callable[[int, int], None]


class ExportTooLarge(AppError):
    """More records than one bundle may carry (docs/bundle-format.md §6a): no file is written."""

    default_code = "sync.export_too_large"
    default_message = (
        "本次导出超过单个数据包的上限（{limit} 条记录），接收方无法导入，因此没有生成文件。请联系技术支持。"
    )


_FETCH = 5000
_IN_CHUNK = 500
_RANGE_SCAN_MAX = 200_000  # log entries; see _rows_changed


@dataclass(frozen=True)
class ExportResult:
    path: str
    peer: str
    bundle_id: str
    sequence: int
    full: bool
    counts: dict[str, int]
    records: int
    bundle_hash: str
    size: int
    seconds: float
    records_per_second: float


@dataclass(frozen=True)
class SentInfo:
    bundle_id: str
    peer: str
    sequence: int
    full: bool
    records: int
    size: int
    file_name: str
    created_at: datetime
    created_by: str
    confirmed_at: datetime | None


def default_file_name(me: str, peer: str, sequence: int) -> str:
    """A bundle's file name: codes and the sequence only, no personal data."""
    return f"{me}-to-{peer}-{sequence:05d}.sdbundle"


@entry("sync.read")
def next_sequence(ctx: ServiceContext, peer: str) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.max(SentBundle.sequence)).where(SentBundle.peer == peer)) or 0) + 1


@dataclass(frozen=True)
class _Scope:
    """Export to one station from the district: only that station's scope (`trust.scope`)."""

    station: str
    codecs: dict[str, TableCodec]

    def where(self, codec: TableCodec, since: int | None = None, upto: int = 0) -> tuple[str, list[Any]]:
        """A condition (with its values) for `codec`'s rows, '' when every row goes."""
        condition = scope_condition(codec, self.codecs)
        if condition is None:
            return "", []
        sql, params = bound(condition, self.station)
        if codec.name == "clients" and since is not None:
            sql = f"({sql} OR {TRANSFERRED_AWAY})"
            params = [*params, self.station, self.station, since, upto]
        return sql, params


def _rows_full(
    cursor: Any, codec: TableCodec, tick: Callable[[], None], scope: _Scope | None = None
) -> Iterator[dict[str, Any]]:
    where, params = scope.where(codec) if scope is not None else ("", [])
    cursor.execute(f"{codec.select_sql} WHERE {where}" if where else codec.select_sql, params)
    to_wire = codec.row_to_wire
    while rows := cursor.fetchmany(_FETCH):
        for row in rows:
            yield to_wire(row)
        tick(len(rows))  # type: ignore[call-arg]


def _rows_changed(
    cursor: Any,
    codec: TableCodec,
    since: int,
    upto: int,
    peer: str,
    tick: Callable[..., None],
    scope: _Scope | None = None,
) -> Iterator[dict[str, Any]]:
    # A short stretch of the log (the usual incremental bundle) is read by its seq range; without
    # the `+` SQLite would walk the (table_name, row_id) index over every entry the table ever had
    # (a million for visits). A long stretch (a first bundle) is cheaper through that index.
    table_term = "+table_name" if upto - since <= _RANGE_SCAN_MAX else "table_name"
    ids = [
        r[0]
        for r in cursor.execute(
            f"SELECT DISTINCT row_id FROM change_log WHERE {table_term} = ? AND seq > ? AND seq <= ? AND source != ?"
            " ORDER BY row_id",
            (codec.name, since, upto, peer),
        ).fetchall()
    ]
    to_wire = codec.row_to_wire
    where, params = scope.where(codec, since, upto) if scope is not None else ("", [])
    also = f" AND {where}" if where else ""
    for start in range(0, len(ids), _IN_CHUNK):
        part = ids[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(part))
        rows = cursor.execute(
            f"{codec.select_sql} WHERE id IN ({marks}){also} ORDER BY id", [*part, *params]
        ).fetchall()
        for row in rows:
            yield to_wire(row)
        tick(len(rows))


def _audit_report(ctx: ServiceContext, peer_code: str) -> dict[str, object]:
    """A station's audit chain head for the district (docs/bundle-format.md §2a); nothing for others."""
    with ctx.db.read() as session:
        if get_setting(session, "mode", "station") != "station" or get_peer(session, peer_code).mode != "district":
            return {}
    with ctx.db.write() as session:  # it remembers which heads it reported to the district
        return {"audit_head": station_head(session, peer_code)}


@entry("sync.exchange", audit=("export", "bundle"))
def export_bundle(
    ctx: ServiceContext,
    peer_code: str,
    out: str | Path,
    *,
    keys: KeyPair,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the next bundle for `peer_code` to `out` (a file path, or a folder for the default name)."""
    started = time.perf_counter()
    target = Path(out)
    extra = _audit_report(ctx, peer_code)
    with ctx.db.read() as session:
        peer = peer_identity(get_peer(session, peer_code))
        last = session.scalars(
            select(SentBundle).where(SentBundle.peer == peer_code).order_by(SentBundle.sequence.desc()).limit(1)
        ).first()
        sequence = (last.sequence + 1) if last else 1
        previous_hash = last.bundle_hash if last else None
        since = 0 if full or last is None else last.change_seq
        if target.is_dir():
            target = target / default_file_name(ctx.station_code, peer_code, sequence)
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        upto = int(cursor.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])
        table_codecs = codecs()
        # The district sends a station only that station's scope (docs/bundle-format.md §6c).
        scope = (
            _Scope(peer_code, table_codecs)
            if peer.mode == "station" and get_setting(session, "mode", "station") == "district"
            else None
        )
        total = (
            sum(int(cursor.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in table_codecs)
            if full
            else int(
                cursor.execute(
                    "SELECT count(*) FROM (SELECT DISTINCT table_name, row_id FROM change_log"
                    " WHERE seq > ? AND seq <= ? AND source != ?)",
                    (since, upto, peer_code),
                ).fetchone()[0]
            )
        )
        done = [0]

        def tick(count: int) -> None:
            done[0] += count
            if done[0] > MAX_BUNDLE_RECORDS:  # write_bundle leaves no file when a table raises
                raise ExportTooLarge(limit=f"{MAX_BUNDLE_RECORDS:,}")
            if progress is not None:
                progress(done[0], total)

        # Each table gets its own cursor: write_bundle consumes the generators one after another.
        connection = session.connection().connection.driver_connection  # type: ignore[union-attr]
        tables = {
            name: (
                _rows_full(connection.cursor(), codec, tick, scope)
                if full
                else _rows_changed(connection.cursor(), codec, since, upto, peer_code, tick, scope)
            )
            for name, codec in table_codecs.items()
        }
        info = write_bundle(
            target,
            sender=keys,
            recipient=peer,
            sequence=sequence,
            previous_hash=previous_hash,
            tables=tables,
            schema_version=SCHEMA_HEAD,
            full=full,
            extra=extra,
        )
    records = sum(info.manifest.counts.values())
    with ctx.db.write() as session:
        session.add(
            SentBundle(
                bundle_id=info.manifest.bundle_id,
                peer=peer_code,
                sequence=sequence,
                bundle_hash=info.bundle_hash,
                previous_hash=previous_hash,
                full=info.manifest.full,
                change_seq=upto,
                counts=dict(info.manifest.counts),
                records=records,
                file_name=target.name,
                size=info.size,
                created_at=utcnow(),
                created_by=ctx.actor.username,
            )
        )
    seconds = time.perf_counter() - started
    return ExportResult(
        path=str(target),
        peer=peer_code,
        bundle_id=info.manifest.bundle_id,
        sequence=sequence,
        full=info.manifest.full,
        counts=dict(info.manifest.counts),
        records=records,
        bundle_hash=info.bundle_hash,
        size=info.size,
        seconds=round(seconds, 3),
        records_per_second=round(records / seconds, 1) if seconds > 0 else 0.0,
    )


@entry("sync.read")
def sent_history(ctx: ServiceContext, peer: str | None = None, limit: int = 200) -> list[SentInfo]:
    query = select(SentBundle).order_by(SentBundle.created_at.desc()).limit(limit)
    if peer:
        query = query.where(SentBundle.peer == peer)
    with ctx.db.read() as session:
        return [
            SentInfo(
                b.bundle_id,
                b.peer,
                b.sequence,
                b.full,
                b.records,
                b.size,
                b.file_name,
                b.created_at,
                b.created_by,
                b.confirmed_at,
            )
            for b in session.scalars(query)
        ]
