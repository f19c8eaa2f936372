"""Who may write which synced row at import (issue 16, item 3; docs/bundle-format.md §6b).

A station may create and change only rows it owns; the district may change rows of all its
stations (transfers, corrections, directives), so what the district sends is not judged here.
Owned by a station means:
- a row with a `station_code` column: that column is the station's, in the incoming record and in
  the row stored here (a client cannot be moved to, or taken from, another station by its peer);
- a row of a table with parents (guardians, consents, visits, addenda, shifts, attendance …): every
  parent it names is owned too, before and after the change (no guardian moved onto another
  station's client, no visit added to it);
- a `stations` row: only the sender's own; every other station's reference row comes only from the
  district.
Tombstones are a field like any other, so the same rule covers them. A row that breaks the rule
is quarantined as `not_owner`; the rest of the bundle applies.

The checks are per batch and set-based: one list pass over the incoming rows, and SQL lookups
only for rows and parents not already known to be the sender's. Rows written in this import
passed the rule, so their ids are remembered as the sender's and a child's parents written in the
same bundle (the common case: a station's full export) cost no query at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from desktop.services.exchange.bounded.known_ids import KnownIds
from desktop.services.exchange.codec import TableCodec

NOT_OWNER = "not_owner"
NOT_OWNER_REASON = "发送方不是该记录的所属站点，无权新建或修改"
_CHUNK = 500


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class OwnershipRule:
    """The import's ownership check; `districts` are the senders whose rows are not judged."""

    def __init__(self, cursor: sqlite3.Cursor, codecs: dict[str, TableCodec], districts: Iterable[str]) -> None:
        self.cursor = cursor
        self.codecs = codecs
        self.districts = frozenset(districts)
        # (sender, table) → ids known to be the sender's now (written by this import, or looked up),
        # up to a memory bound; an id not held is looked up (`bounded.known_ids`).
        self.vouched = KnownIds()

    def judged(self, sender: str) -> bool:
        return sender not in self.districts

    def refused(self, codec: TableCodec, rows: list[tuple[Any, ...]], sender: str, *, fresh: bool) -> set[str]:
        """Ids of `rows` (stored form, column order) that `sender` may not write.

        `fresh`: the table was empty when the import started, so no stored row can be changed.
        """
        if not self.judged(sender):
            return set()
        id_index = codec.id_index
        refused: set[str] = set()
        owner_column = _owner_column(codec)
        if owner_column is not None:
            at = codec.index_of[owner_column]
            refused.update(row[id_index] for row in rows if row[at] != sender)
        for column, parent in codec.parents.items():
            if _owner_column(self.codecs[parent]) is None:
                continue
            at = codec.index_of[column]
            wanted = {row[at] for row in rows if row[at] is not None}
            foreign = self._not_owned(parent, wanted, sender)
            if foreign:
                refused.update(row[id_index] for row in rows if row[at] in foreign)
        if not fresh:
            refused |= self._stored_not_owned(codec, [row[id_index] for row in rows], sender)
        return refused

    def written(self, table: str, ids: Iterable[str], sender: str) -> None:
        """Rows just written for `sender`: they passed the rule, so they are the sender's."""
        if self.judged(sender):
            self.vouched.add((sender, table), ids)

    def _not_owned(self, table: str, ids: set[str], sender: str) -> set[str]:
        """Those of `ids` (rows of `table`) that are not the sender's, or not stored here."""
        known = self.vouched[(sender, table)]
        unknown = list(ids - known)
        if not unknown:
            return set()
        column = _owner_column(self.codecs[table])
        owned: set[str] = set()
        for part in _chunks(unknown):
            marks = ",".join("?" * len(part))
            owned.update(
                r[0]
                for r in self.cursor.execute(
                    f'SELECT id FROM "{table}" WHERE id IN ({marks}) AND "{column}" = ?', [*part, sender]
                )
            )
        self.vouched.add((sender, table), owned)
        return set(unknown) - owned

    def _stored_not_owned(self, codec: TableCodec, ids: list[str], sender: str) -> set[str]:
        """Ids whose row stored here is not the sender's (its owner column, or one of its parents)."""
        table = codec.name
        known = self.vouched[(sender, table)]
        probe = [i for i in ids if i not in known]
        if not probe:
            return set()
        owner_column = _owner_column(codec)
        owned_parents = [(c, p) for c, p in codec.parents.items() if _owner_column(self.codecs[p]) is not None]
        columns = ([owner_column] if owner_column else []) + [c for c, _ in owned_parents]
        if not columns:
            return set()
        stored: list[tuple[Any, ...]] = []
        for part in _chunks(probe):
            marks = ",".join("?" * len(part))
            select = ", ".join(f'"{c}"' for c in columns)
            stored.extend(self.cursor.execute(f'SELECT id, {select} FROM "{table}" WHERE id IN ({marks})', part))
        refused: set[str] = set()
        offset = 1
        if owner_column:
            refused.update(r[0] for r in stored if r[1] != sender)
            offset = 2
        for k, (_column, parent) in enumerate(owned_parents):
            at = offset + k
            foreign = self._not_owned(parent, {r[at] for r in stored if r[at] is not None}, sender)
            refused.update(r[0] for r in stored if r[at] in foreign)
        return refused


def _owner_column(codec: TableCodec) -> str | None:
    """The column naming a row's owning station: `station_code`, or a station's own `code`."""
    if "station_code" in codec.index_of:
        return "station_code"
    if codec.name == "stations":
        return "code"
    return None


__all__ = ["NOT_OWNER", "NOT_OWNER_REASON", "OwnershipRule"]
