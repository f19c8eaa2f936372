"""A station removes every synced row outside its scope (issue 16, items 1–3; docs/bundle-format.md §6c).

Earlier versions sent every station the whole district, and a client transferred away used to stay
as read-only history: both are now personal data the station may not hold. The purge deletes, in
one transaction, the rows outside `station_scope` (children before parents), what is derived from
or remembers them locally (search keys, schedule, conflict-log entries and quarantined copies with
their values), and writes the audit log in the same transaction: one `delete` entry per client
transferred away from this station — the transfer stub: who (the client's id), when, to which
station (`reason`) — and one entry with the counts. Then `VACUUM` rewrites the file so the deleted
values are gone from it, not just unlinked. Backups made before keep them: their copies are
listed in the log line so an administrator can retire them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from desktop.services import audit
from desktop.services.context import SYSTEM_ACTOR, ServiceContext
from desktop.services.exchange.codec import codecs
from desktop.services.exchange.trust.scope import bound, scope_condition
from desktop.services.settings import get_setting, put_setting

log = logging.getLogger(__name__)

# Local tables that hold a purged row's values or are derived from it: (table, id column, synced table).
_LOCAL = (
    ("client_search_keys", "client_id", "clients"),
    ("client_schedule", "client_id", "clients"),
)


@dataclass
class PurgeResult:
    removed: dict[str, int] = field(default_factory=dict)  # synced table → rows deleted
    transferred: list[tuple[str, str]] = field(default_factory=list)  # (client id, station it went to)

    @property
    def total(self) -> int:
        return sum(self.removed.values())


def purge_out_of_scope(ctx: ServiceContext, *, vacuum: bool = True) -> PurgeResult:
    """At a station: delete the rows outside its scope (see module docstring); nothing at a district."""
    result = PurgeResult()
    with ctx.db.write() as session:
        if get_setting(session, "mode", "station") == "district":
            return result
        station = ctx.station_code
        session.info["raw_sync"] = True  # deletes of rows we may not hold, not edits to sync
        cursor: Any = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        table_codecs = codecs()
        result.transferred = [
            (r[0], r[1])
            for r in cursor.execute(
                "SELECT id, station_code FROM clients WHERE station_code != ? AND origin = ?", (station, station)
            )
        ]
        for name in reversed(list(table_codecs)):  # children first: foreign keys hold throughout
            condition = scope_condition(table_codecs[name], table_codecs)
            if condition is None:
                continue
            sql, params = bound(condition, station)
            gone = f'SELECT id FROM "{name}" WHERE NOT ({sql})'
            if name == "clients":
                for table, column, _synced in _LOCAL:
                    cursor.execute(f'DELETE FROM "{table}" WHERE "{column}" IN ({gone})', params)
            cursor.execute(f"DELETE FROM sync_conflicts WHERE table_name = ? AND row_id IN ({gone})", [name, *params])
            cursor.execute(f"DELETE FROM sync_quarantine WHERE table_name = ? AND row_id IN ({gone})", [name, *params])
            cursor.execute(f'DELETE FROM "{name}" WHERE NOT ({sql})', params)
            if cursor.rowcount:
                result.removed[name] = cursor.rowcount
        if result.total:
            for client_id, to_station in result.transferred:
                audit.record(session, ctx.actor, "delete", "client", client_id, reason=f"transferred_to:{to_station}")
            counts = ",".join(f"{t}={n}" for t, n in sorted(result.removed.items()))
            audit.record(session, ctx.actor, "delete", "scope_purge", station, reason=counts)
    if result.total:
        log.info("scope purge at %s removed %s (%d transferred away)", station, result.removed, len(result.transferred))
        if vacuum:
            _vacuum(ctx)
    return result


# Set once the upgrade's purge has run: a station upgraded from a version that received the whole
# district purges at its first opening, not only at its next import from the district.
PURGED_SETTING = "sync.scope_purged"


def purge_once_after_upgrade(ctx: ServiceContext) -> PurgeResult | None:
    """Run the purge as the system if this database has never been purged; None when it had been."""
    with ctx.db.read() as session:
        if get_setting(session, PURGED_SETTING, False):
            return None
    result = purge_out_of_scope(ctx.as_actor(SYSTEM_ACTOR))
    with ctx.db.write() as session:
        put_setting(session, PURGED_SETTING, True)
    return result


def _vacuum(ctx: ServiceContext) -> None:
    """Rewrite the database file without the deleted pages (outside any transaction)."""
    with ctx.db.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("VACUUM")  # type: ignore[union-attr]
        # In WAL mode the old pages may still sit in the -wal file: copy back and truncate it.
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]


__all__ = ["PURGED_SETTING", "PurgeResult", "purge_once_after_upgrade", "purge_out_of_scope"]
