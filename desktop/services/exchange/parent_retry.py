"""Records that waited for a parent row, offered again at the end of an import.

A child can come before its parent in the file, or its parent can arrive in a later bundle: such
records are quarantined as `missing_parent` and retried once the file has been applied, while
that makes progress. Stored ones that still wait stay stored, unchanged.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import QuarantinedRecord
from desktop.services.exchange.apply import Applier, Quarantined


def retry_missing_parents(session: Session, applier: Applier) -> int:
    """Offer again records that waited for a parent row, while that makes progress.

    Candidates are this bundle's `missing_parent` records (a child before its parent in the file)
    and those stored by earlier imports. Returns how many stored records were applied now.
    """
    outcome = applier.outcome
    stored = {
        q.id: q
        for q in session.scalars(
            select(QuarantinedRecord).where(
                QuarantinedRecord.reason_code == "missing_parent", QuarantinedRecord.applied_at.is_(None)
            )
        )
    }
    pending = [q for q in outcome.quarantined if q.reason_code == "missing_parent"]
    if not pending and not stored:
        return 0
    candidates = pending + [
        Quarantined(s.table_name, s.row_id, s.reason_code, s.reason, s.record, s.sender, s.bundle_id, s.id)
        for s in stored.values()
    ]
    order = list(applier.codecs)
    while candidates:
        outcome.quarantined = [q for q in outcome.quarantined if q.reason_code != "missing_parent"]
        groups: dict[tuple[str, str], list[Quarantined]] = defaultdict(list)
        for q in candidates:
            groups[(q.table, q.sender)].append(q)
        known = sorted(groups, key=lambda g: order.index(g[0]) if g[0] in order else len(order))
        for table, sender in known:
            items = groups[(table, sender)]
            applier.apply(table, [applier.spill.load(q.record) for q in items], sender, [q.retry_of for q in items])
        failed = [q for q in outcome.quarantined if q.reason_code == "missing_parent"]
        if len(failed) == len(candidates):
            break
        candidates = failed
    # Stored records that still wait stay in the table as they are; only this bundle's are new.
    outcome.quarantined = [q for q in outcome.quarantined if q.retry_of is None]
    return len(outcome.retried)
