"""What an import keeps: its report, its quarantine, the received bundle, and what a repeat reads back.

`store_import` writes them in the import's transaction, after the last record: the report with
the counts per table and the chain warnings, one `QuarantinedRecord` per record set aside, and
the `ReceivedBundle` that makes a second import of the same file change nothing. `stored_report`
reads them back for that second import.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.models import ImportReport, QuarantinedRecord, ReceivedBundle
from desktop.models.types import utcnow
from desktop.services.exchange.apply import Outcome
from desktop.services.exchange.results import ImportResult
from desktop.sync import Manifest


@dataclass(frozen=True)
class StoredImport:
    """What `store_import` wrote, for the importer's result."""

    report_id: int
    per_table: dict[str, dict[str, int]]
    sums: dict[str, int]
    quarantine: list[dict[str, str]]
    chain_warnings: list[str]


def missing_sequences(session: Session, sender: str) -> list[int]:
    seqs = set(
        session.scalars(
            select(ReceivedBundle.sequence).where(ReceivedBundle.sender == sender, ReceivedBundle.kind == "data")
        )
    )
    seqs.discard(0)
    return sorted(set(range(1, max(seqs) + 1)) - seqs) if seqs else []


def stored_report(session: Session, received: ReceivedBundle, dry_run: bool) -> ImportResult:
    """The result of importing `received` again: its stored counts, nothing new."""
    report = session.get(ImportReport, received.report_id) if received.report_id else None
    details = report.details if report else {}
    return ImportResult(
        kind=received.kind,
        bundle_id=received.bundle_id,
        sender=received.sender,
        sequence=received.sequence,
        duplicate=True,
        dry_run=dry_run,
        created=0,
        updated=0,
        unchanged=report.created + report.updated + report.unchanged if report else 0,
        per_table=details.get("per_table", {}),
        not_owner=details.get("quarantined_by_reason", {}).get("not_owner", 0),
        missing_sequences=missing_sequences(session, received.sender),
        report_id=received.report_id,
    )


def still_quarantined(session: Session, bundle_id: str) -> set[tuple[str, str]]:
    """(table, row id) of the bundle's records that are set aside and not applied since."""
    pending = select(QuarantinedRecord.table_name, QuarantinedRecord.row_id).where(
        QuarantinedRecord.bundle_id == bundle_id, QuarantinedRecord.applied_at.is_(None)
    )
    return {(row[0], row[1]) for row in session.execute(pending)}


def store_import(
    session: Session,
    manifest: Manifest,
    bundle_hash: str,
    outcome: Outcome,
    *,
    actor: str,
    started: float,
    load: Callable[[Any], Any] = lambda record: record,
) -> StoredImport:
    """Write the report, the quarantine and the received bundle (see module docstring); flushed."""
    now = utcnow()
    per_table, sums, quarantine = _tally(outcome)
    if outcome.retried:
        session.execute(
            update(QuarantinedRecord).where(QuarantinedRecord.id.in_(outcome.retried)).values(applied_at=now)
        )
    warnings = _chain_warnings(session, manifest.sender, manifest.sequence, manifest.previous_hash, bundle_hash)
    report = ImportReport(
        bundle_id=manifest.bundle_id,
        sender=manifest.sender,
        sequence=manifest.sequence,
        at=now,
        actor=actor,
        quarantined=len(quarantine),
        seconds=round(time.perf_counter() - started, 3),
        details={
            "per_table": per_table,
            "quarantined": quarantine[:10000],
            "quarantined_by_reason": by_reason(outcome),
            "chain_warnings": warnings,
        },
        **sums,
    )
    session.add(report)
    session.flush()
    _add_quarantine(session, outcome, now, load)
    session.add(
        ReceivedBundle(
            bundle_id=manifest.bundle_id,
            bundle_hash=bundle_hash,
            kind="data",
            sender=manifest.sender,
            sequence=manifest.sequence,
            previous_hash=manifest.previous_hash,
            full=manifest.full,
            created_at=manifest.created_at,
            received_at=now,
            report_id=report.id,
        )
    )
    session.flush()
    return StoredImport(report.id, per_table, sums, quarantine, warnings)


def by_reason(outcome: Outcome) -> dict[str, int]:
    """How many records were set aside for each reason code (`not_owner` among them)."""
    counts: dict[str, int] = {}
    for q in outcome.quarantined:
        counts[q.reason_code] = counts.get(q.reason_code, 0) + 1
    return dict(sorted(counts.items()))


def _tally(outcome: Outcome) -> tuple[dict[str, dict[str, int]], dict[str, int], list[dict[str, str]]]:
    """Counts per table (quarantined counted from the final quarantine), their sums, the quarantine list."""
    for table_counts in outcome.per_table.values():
        table_counts.quarantined = 0
    for q in outcome.quarantined:
        outcome.per_table[q.table].quarantined += 1
    per_table = {t: dict(vars(c)) for t, c in outcome.per_table.items()}
    sums = {k: sum(c[k] for c in per_table.values()) for k in ("created", "updated", "unchanged", "conflicts")}
    quarantine = [
        {"table": q.table, "id": q.id, "reason_code": q.reason_code, "reason": q.reason} for q in outcome.quarantined
    ]
    return per_table, sums, quarantine


def _add_quarantine(session: Session, outcome: Outcome, now: datetime, load: Callable[[Any], Any]) -> None:
    """Insert in chunks, reading spilled records back one chunk at a time, so memory stays bounded."""
    quarantined = outcome.quarantined
    for start in range(0, len(quarantined), 500):
        rows = [
            {
                "bundle_id": q.bundle_id,
                "sender": q.sender,
                "table_name": q.table,
                "row_id": q.id,
                "reason_code": q.reason_code,
                "reason": q.reason,
                "record": load(q.record),
                "at": now,
            }
            for q in quarantined[start : start + 500]
        ]
        session.execute(insert(QuarantinedRecord), rows)


def _chain_warnings(session: Session, sender: str, sequence: int, previous: str | None, own_hash: str) -> list[str]:
    rows = session.scalars(
        select(ReceivedBundle).where(
            ReceivedBundle.sender == sender,
            ReceivedBundle.kind == "data",
            ReceivedBundle.sequence.in_((sequence - 1, sequence, sequence + 1)),
        )
    ).all()
    warnings = []
    for row in rows:
        if row.sequence == sequence - 1 and previous is not None and row.bundle_hash != previous:
            warnings.append(f"第 {sequence} 号数据包与第 {sequence - 1} 号数据包的链不符")
        if row.sequence == sequence + 1 and row.previous_hash is not None and row.previous_hash != own_hash:
            warnings.append(f"第 {sequence + 1} 号数据包与第 {sequence} 号数据包的链不符")
        if row.sequence == sequence:
            warnings.append(f"第 {sequence} 号已收到另一个数据包（对方可能从备份恢复过）")
    if sequence > 1 and previous is None:
        warnings.append(f"第 {sequence} 号数据包缺少上一个数据包的哈希")
    return warnings
