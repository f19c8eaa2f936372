"""The station's audit chain head in bundles to the district, and the district's continuity check.

Design (docs/bundle-format.md §2a): with each bundle a station reports its chain head — the last
seq and its MAC — and the MACs its chain holds *now* at the seqs it reported to that recipient
before (up to EARLIER). The district keeps the heads it has seen per station. A later report
continues the history the district has seen when every seq the district knows is either reported
again with the same MAC or lies beyond what the station can show; a smaller head seq, or a known
seq with another MAC, means the history was truncated or rewritten. The district needs no key:
it compares MACs the station computed, and a station cannot recompute an old MAC to a new history
without the key.

The exporter puts `station_head(...)` in the manifest's `audit_head` field of every bundle from a
station to the district (a manifest field older readers keep in `Manifest.extra` and ignore); the
district's importer checks it with `read_head` and keeps it with `observe_head(...)` in the
import's own transaction, so a refused or rolled-back import leaves no trace of it either.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent
from desktop.services.settings import get_setting, put_setting

EARLIER = 8
_MAC = re.compile(r"[0-9a-f]{64}")
_MAX_SEQ = 2**63 - 1
KEPT = 32
SENT = "audit_heads_sent:{peer}"
SEEN = "audit_heads_seen:{station}"


def station_head(session: Session, peer: str) -> dict[str, Any]:
    """The head to send to `peer`, with this chain's MACs at the seqs reported to it before."""
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq, mac = (int(last.seq), str(last.hash)) if last else (0, "")
    reported = [int(s) for s in get_setting(session, SENT.format(peer=peer), [])][-EARLIER:]
    rows = session.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.seq.in_(reported))).all()
    macs = {int(row.seq): str(row.hash) for row in rows}
    earlier = [[s, macs.get(s, "")] for s in reported]
    if seq and seq not in reported:
        put_setting(session, SENT.format(peer=peer), [*reported, seq][-EARLIER:])
    return {"seq": seq, "mac": mac, "earlier": earlier}


def read_head(value: object) -> dict[str, Any] | None:
    """A report as sent by a station, or None when it is not one: a hostile sender gets no say beyond it."""
    if not isinstance(value, dict) or set(value) != {"seq", "mac", "earlier"}:
        return None
    seq, mac, earlier = value["seq"], value["mac"], value["earlier"]
    if not (_seq(seq) and (mac == "" if seq == 0 else isinstance(mac, str) and _MAC.fullmatch(mac))):
        return None
    if not isinstance(earlier, list) or len(earlier) > EARLIER:
        return None
    for item in earlier:
        if not (isinstance(item, list) and len(item) == 2 and _seq(item[0]) and isinstance(item[1], str)):
            return None
        if item[1] and not _MAC.fullmatch(item[1]):
            return None
    return {"seq": seq, "mac": mac, "earlier": [[s, m] for s, m in earlier]}


def _seq(value: object) -> bool:
    return type(value) is int and 0 <= value <= _MAX_SEQ


def history_of(session: Session, station: str) -> tuple[str, int | None]:
    """District side: ("continues" | "broken" | "unchecked" | "unreported", first broken seq) for `station`."""
    stored = get_setting(session, SEEN.format(station=station), {}) or {}
    if not stored:
        return "unreported", None
    return str(stored.get("status", "unchecked")), stored.get("broken_at")


def continues(seen: list[list[Any]], head: dict[str, Any]) -> tuple[str, int | None]:
    """("continues" | "broken" | "unchecked", the first seq found broken) for a report against what was seen."""
    reported = {int(s): str(m) for s, m in head.get("earlier", [])}
    reported[int(head.get("seq", 0))] = str(head.get("mac", ""))
    top = int(head.get("seq", 0))
    checked = False
    for seq, mac in sorted((int(s), str(m)) for s, m in seen):
        if seq > top:
            return "broken", top + 1  # the station now shows less than it showed before
        if seq in reported:
            if reported[seq] != mac:
                return "broken", seq
            checked = True
    return ("continues" if checked or not seen else "unchecked"), None


def observe_head(session: Session, station: str, head: dict[str, Any] | None, at: str) -> str:
    """District side: check a station's report against what was seen, keep it; returns the status.

    `head` None is a report that could not be read: a station that sends one is not believed.
    """
    key = SEEN.format(station=station)
    stored = get_setting(session, key, {}) or {}
    seen = list(stored.get("heads", []))
    if head is None:
        put_setting(session, key, {**stored, "heads": seen, "status": "broken", "broken_at": None, "at": at})
        return "broken"
    status, broken_at = continues(seen, head)
    if stored.get("status") == "broken":
        status, broken_at = "broken", stored.get("broken_at")  # a break stays on record
    heads = [*seen, [int(head.get("seq", 0)), str(head.get("mac", ""))]][-KEPT:]
    put_setting(session, key, {"heads": heads, "status": status, "broken_at": broken_at, "at": at})
    return status
