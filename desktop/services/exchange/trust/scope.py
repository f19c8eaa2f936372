"""A station's scope: the synced rows it may hold (issue 16, item 1; docs/bundle-format.md §6c).

Defined once, as one SQL condition per table, and used by the export from the district to a
station (nothing else leaves the district for it) and by the purge at the station (nothing else
stays there):
- a client whose `station_code` is the station's (its own, and those transferred to it);
- the client's guardians and consents, its visits whoever made them, and their addenda — the
  history goes with the client;
- volunteers, shift templates, shifts and certificates whose `station_code` is the station's, and
  what hangs on them (assignments, attendance);
- every `stations` row (reference data).
"""

from __future__ import annotations

from desktop.services.exchange.codec import TableCodec

# Tables in scope through their client: the client's station decides, not the row's own.
_BY_CLIENT = "client_id"


def scope_condition(codec: TableCodec, codecs: dict[str, TableCodec]) -> str | None:
    """SQL over `codec`'s table (unqualified columns) true for rows in the scope of the station bound
    to the named parameter `:station`; None when every row is in scope (reference data)."""
    if codec.name == "stations":
        return None
    if codec.name == "clients":
        return "station_code = :station"
    if _BY_CLIENT in codec.parents:
        return f'"{_BY_CLIENT}" IN (SELECT id FROM clients WHERE station_code = :station)'
    if "station_code" in codec.index_of:
        return "station_code = :station"
    for column, parent in codec.parents.items():
        inner = scope_condition(codecs[parent], codecs)
        if inner is not None:
            return f'"{column}" IN (SELECT id FROM "{parent}" WHERE {inner})'
    return None


def bound(condition: str, station: str) -> tuple[str, list[str]]:
    """`condition` with `?` parameters instead of `:station` (it joins queries that use `?`), and
    the values for them."""
    return condition.replace(":station", "?"), [station] * condition.count(":station")


# A client transferred away leaves the old station's scope, so its row would never reach that
# station again: the export that carries the transfer sends the client row once more (only the row,
# no history), and the station's purge then removes the client and keeps a transfer stub.
TRANSFERRED_AWAY = (
    "(origin = ? AND station_code != ? AND id IN (SELECT row_id FROM change_log WHERE table_name = 'clients'"
    " AND seq > ? AND seq <= ? AND fields LIKE '%\"station_code\"%'))"
)


__all__ = ["TRANSFERRED_AWAY", "bound", "scope_condition"]
