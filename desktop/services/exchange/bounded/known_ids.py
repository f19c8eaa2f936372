"""Ids an import knows about without asking the database, up to a bound on memory.

The importer remembers the ids it has written or found (`Applier.seen`) and the ids known to be
the sender's (`OwnershipRule.vouched`), so that a child's parents and a repeated id cost no
query. Each id held costs about 110 bytes; a full district bundle of 1.5 million records would
hold 170 MB in each. So at most `limit` ids are held (in all tables together): a table that would
pass the bound stops being remembered, and from then on is *incomplete* — an id found in it is
known, an id not found has to be looked up. Small bundles and parent tables (which come first in
a bundle) stay wholly in memory; the bulk of a large one (visits, attendance) is asked for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable

# 22 MB in each set. The clients of a full-size station (100,000, the parents of every visit)
# stay within it; 300,000 cost the largest legal bundle's import 20 MB more at its peak.
DEFAULT_LIMIT = 200_000


class KnownIds:
    def __init__(self, limit: int | None = None) -> None:
        self.limit = DEFAULT_LIMIT if limit is None else limit
        self.held = 0
        self._sets: defaultdict[Hashable, set[str]] = defaultdict(set)
        self._incomplete: set[Hashable] = set()

    def __getitem__(self, table: Hashable) -> set[str]:
        """What is known of `table` (read only: add through `add`)."""
        return self._sets[table]

    def complete(self, table: Hashable) -> bool:
        """Every id added for `table` is held: one not found here was never added."""
        return table not in self._incomplete

    def add(self, table: Hashable, ids: Iterable[str]) -> None:
        if table in self._incomplete:
            return
        held = self._sets[table]
        fresh = [i for i in ids if i not in held] if held else list(ids)
        if self.held + len(fresh) > self.limit:
            self._incomplete.add(table)  # what it holds stays true; what it lacks is unknown
            return
        before = len(held)
        held.update(fresh)
        self.held += len(held) - before

    def has_any(self, table: Hashable) -> bool:
        """Anything was ever added for `table` (held, or passed over at the bound)."""
        return bool(self._sets[table]) or table in self._incomplete


__all__ = ["DEFAULT_LIMIT", "KnownIds"]
