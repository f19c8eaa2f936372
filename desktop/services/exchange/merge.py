"""The field-level merge of two versions of one synced row: pure functions over record dicts.

Each field is a last-writer-wins register stamped `[hlc, origin(, seen)]` (see
`desktop.db.hlc.next_stamp`): the higher (hlc, origin) wins, so the result does not depend on the
order bundles arrive in, nor on duplicates (the merge is commutative, associative and
idempotent). `deleted` is a field like any other. Row bookkeeping merges the same way: the
creation stamp `*` is the lower, `version` and `updated_at` the higher, `created_at` the earlier.

Every losing value is reported (`losses`), whichever side it came from, so that the conflict log
holds the same losers in every import order. A loss is *superseded* when the winning edit's writer
had seen it (an ordinary update); only the others count as conflicts. `taken` lists the fields
where the incoming stamp won: the log's entries for those fields are re-judged against the new
winner (`conflict_log`), so their winner and superseded flag end the same in every order too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

Stamp = list[Any]


def key(stamp: Stamp) -> tuple[int, str]:
    return (stamp[0], stamp[1])


def covers(stamp: Stamp, seen: tuple[int, str]) -> bool:
    """Had the writer of `stamp` seen the edit `seen` (same station and not later, or in its history)?"""
    version, origin = seen
    if stamp[1] == origin and stamp[0] >= version:
        return True
    history = stamp[2] if len(stamp) > 2 else None
    return bool(history) and history.get(origin, -1) >= version


def stamp_of(versions: dict[str, Stamp], name: str) -> Stamp:
    return versions.get(name) or versions["*"]


def canonical_versions(versions: dict[str, Stamp], fields: list[str]) -> dict[str, Stamp]:
    """One representation per state: `*` first, then fields (in column order) whose stamp differs."""
    star = versions["*"]
    out: dict[str, Stamp] = {"*": star}
    for name in fields:
        stamp = versions.get(name)
        if stamp is not None and stamp != star:
            out[name] = stamp
    return out


@dataclass(frozen=True)
class Loss:
    field: str
    losing_value: Any
    losing: Stamp
    winning_value: Any
    winning: Stamp
    superseded: bool = False  # the winner's writer had seen the loser: an ordinary update


@dataclass
class Merged:
    row: dict[str, Any]
    changed_fields: list[str] = field(default_factory=list)
    losses: list[Loss] = field(default_factory=list)
    taken: list[tuple[str, Stamp, Any]] = field(default_factory=list)  # (field, stamp, value) the incoming won
    changed: bool = False


def _tiebreak(a: tuple[Stamp, Any], b: tuple[Stamp, Any]) -> tuple[Stamp, Any]:
    """Same (hlc, origin) but different content (only a forged or broken peer does that): pick by bytes."""
    return max(a, b, key=lambda pair: orjson.dumps(pair, option=orjson.OPT_SORT_KEYS))


def merge(local: dict[str, Any], incoming: dict[str, Any], fields: list[str]) -> Merged:
    """Merge `incoming` into `local` (both complete records of the same id)."""
    fv_local, fv_in = local["field_versions"], incoming["field_versions"]
    if not isinstance(fv_local, dict) or "*" not in fv_local:  # a row written before versions existed
        fv_local = {"*": [0, str(local["origin"])], **(fv_local if isinstance(fv_local, dict) else {})}
    star_l, star_r = fv_local["*"], fv_in["*"]
    star = star_l if key(star_l) <= key(star_r) else star_r
    if key(star_l) == key(star_r) and star_l != star_r:
        star = _tiebreak((star_l, None), (star_r, None))[0]
    result = dict(local)
    versions: dict[str, Stamp] = {"*": star}
    out = Merged(result)
    for name in fields:
        mine, theirs = stamp_of(fv_local, name), stamp_of(fv_in, name)
        k_mine, k_theirs = key(mine), key(theirs)
        old, new = local[name], incoming[name]
        if k_theirs > k_mine:
            winner, value = theirs, new
            if old != new:
                out.changed_fields.append(name)
            out.losses.append(Loss(name, old, mine, new, theirs, covers(theirs, k_mine)))
            out.taken.append((name, theirs, new))
        elif k_theirs == k_mine and (mine != theirs or old != new):
            winner, value = _tiebreak((mine, old), (theirs, new))
            if value != old:
                out.changed_fields.append(name)
                out.taken.append((name, winner, value))
        elif k_theirs < k_mine:
            winner, value = mine, old
            out.losses.append(Loss(name, new, theirs, old, mine, covers(mine, k_theirs)))
        else:
            winner, value = mine, old
        result[name] = value
        if winner != star:
            versions[name] = winner
    result["field_versions"] = versions
    result["origin"] = min(local["origin"], incoming["origin"])
    result["created_at"] = min(local["created_at"], incoming["created_at"])
    result["updated_at"] = max(local["updated_at"], incoming["updated_at"])
    result["version"] = max(local["version"], incoming["version"])
    out.changed = bool(out.changed_fields) or any(
        result[k] != local[k] for k in ("origin", "created_at", "updated_at", "version")
    )
    if not out.changed:
        out.changed = canonical_versions(fv_local, fields) != versions
    return out
