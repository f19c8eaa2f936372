"""Import: verify a bundle, apply it in one transaction, keep a permanent report, write a receipt.

Order (issue 6): verify signature, recipient, hash (`stream_bundle`, before anything is
decrypted) → idempotence (a bundle already imported changes nothing) → backup → decrypt and
apply every record in ONE transaction (`sync_apply.Applier`: validate, quarantine bad records,
merge field by field) → retry records that were waiting for a parent → record the bundle, its
sequence and the chain, the report, the quarantine → commit → observe the imported versions in
the clock → write a signed receipt for the sender. Any failure of the file rolls everything back
and raises its own `BundleError` (stable `error_code`); a dry run rolls back at the end.
Receipts (kind `receipt`) go through the same command and mark records as delivered.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.db.backup import backup_database, timestamped_name
from desktop.db.schema import SCHEMA_HEAD
from desktop.errors import StorageError
from desktop.models import ImportReport, QuarantinedRecord, ReceivedBundle
from desktop.models.types import from_iso, utcnow
from desktop.services.context import ServiceContext
from desktop.services.exchange.apply import Applier, Quarantined
from desktop.services.exchange.bulk_indexes import IndexDeferral
from desktop.services.exchange.decode import WORKER_MIN_RECORDS, DecoderFailed, decoded_batches
from desktop.services.exchange.hooks import DERIVED
from desktop.services.exchange.keys import trusted_identities
from desktop.services.exchange.receipt_job import ReceiptJob
from desktop.services.exchange.results import ImportResult
from desktop.services.permissions import entry
from desktop.sync import KIND_RECEIPT, KeyPair, read_manifest, stream_bundle, write_receipt

Progress = Callable[[int, int], None]
_KEEP_BACKUPS = 5
_IMPORT_CACHE_KIB = 256 * 1024


class ImportFailed(StorageError):
    default_code = "sync.import_failed"
    default_message = "数据包未能写入数据库（{detail}），已全部撤销，未导入任何数据。请检查磁盘空间后重试。"


class _DryRun(Exception):
    """Internal: unwind the transaction of a dry run after the report is complete."""


def _prune_backups(folder: Path) -> None:
    old = sorted(folder.glob("stationdesk-pre-import-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for path in old[:-_KEEP_BACKUPS]:
        path.unlink(missing_ok=True)


def missing_sequences(session: Session, sender: str) -> list[int]:
    seqs = set(
        session.scalars(
            select(ReceivedBundle.sequence).where(ReceivedBundle.sender == sender, ReceivedBundle.kind == "data")
        )
    )
    seqs.discard(0)
    return sorted(set(range(1, max(seqs) + 1)) - seqs) if seqs else []


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


def _stored_report(session: Session, received: ReceivedBundle, dry_run: bool) -> ImportResult:
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
        missing_sequences=missing_sequences(session, received.sender),
        report_id=received.report_id,
    )


@entry("sync.exchange", audit=("import", "bundle"))
def import_bundle(
    ctx: ServiceContext,
    path: str | Path,
    *,
    keys: KeyPair,
    dry_run: bool = False,
    receipt_out: str | Path | None = None,
    backup: bool = True,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a data bundle or a receipt (see module docstring); returns the report."""
    if read_manifest(path).kind == KIND_RECEIPT:
        from desktop.services.exchange.receipts import import_receipt

        return import_receipt(ctx, path, keys=keys, dry_run=dry_run)
    started = time.perf_counter()
    with ctx.db.read() as session:
        trusted = trusted_identities(session)
    me = ctx.station_code
    with stream_bundle(path, me=keys, trusted=trusted, expect_kind="data") as streamed:
        manifest = streamed.manifest  # authentic from here on: the signature has been checked
        with ctx.db.read() as session:
            received = session.get(ReceivedBundle, manifest.bundle_id)
            if received is not None:
                report = _stored_report(session, received, dry_run)
                pending = select(QuarantinedRecord.table_name, QuarantinedRecord.row_id).where(
                    QuarantinedRecord.bundle_id == manifest.bundle_id, QuarantinedRecord.applied_at.is_(None)
                )
                quarantined = {(row[0], row[1]) for row in session.execute(pending)}
        if received is not None:
            if receipt_out is None or dry_run:
                return report
            # The sender lost the receipt: issue it again from the file (nothing in the database changes).
            applied = [
                (table, r["id"], r["version"])
                for table, r in streamed.records()
                if isinstance(r.get("id"), str)
                and isinstance(r.get("version"), int)
                and (table, r["id"]) not in quarantined
            ]
            write_receipt(
                Path(receipt_out),
                sender=keys,
                recipient=trusted[manifest.sender],
                acknowledged=manifest,
                acknowledged_hash=streamed.bundle_hash,
                applied=applied,
                schema_version=SCHEMA_HEAD,
            )
            return _with(report, receipt=str(receipt_out))
        backup_path = None
        if backup and not dry_run:
            backup_path = backup_database(
                ctx.paths.database,
                ctx.paths.backups / timestamped_name(f"pre-import-{manifest.sender}-{manifest.sequence}"),
            )
            _prune_backups(ctx.paths.backups)
        total = sum(manifest.counts.values())
        # The import allocates millions of tuples and keeps many alive (receipt list, seen ids)
        # without making reference cycles: the cyclic collector would rescan them over and over.
        collecting = gc.isenabled()
        gc.disable()
        target = (
            Path(receipt_out)
            if receipt_out
            else ctx.paths.exports / (f"receipt-{me}-to-{manifest.sender}-{manifest.sequence:05d}.sdbundle")
        )
        job: ReceiptJob | None = None
        try:
            with ctx.db.write() as session:
                session.info["raw_sync"] = True
                cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
                # A big cache keeps the pages of a large import in memory instead of spilling them
                # into the WAL again and again before the one commit (back to the default below).
                cursor.execute(f"PRAGMA cache_size = {-_IMPORT_CACHE_KIB}")
                # The index rebuilds sort in memory, with a helper thread (temporary data only: the
                # durability of the committed result is unchanged).
                cursor.execute("PRAGMA temp_store = MEMORY")
                cursor.execute("PRAGMA threads = 2")
                applier = Applier(cursor, bundle_id=manifest.bundle_id, collect_applied=not dry_run, post_hooks=DERIVED)
                deferral = IndexDeferral(cursor)
                # A large import fills empty tables without their plain indexes and builds them at the end.
                # Only our synced tables: a newer sender's unknown table is quarantined, never touched.
                ours = {t: n for t, n in manifest.counts.items() if t in applier.codecs}
                deferral.plan(ours, {t: h.table for t, h in DERIVED.items()})
                done = 0
                batches = decoded_batches(streamed, manifest.counts, worker=_use_worker(total))
                try:
                    current = None
                    for batch in batches:
                        if batch.table != current:  # the previous table is complete in the file
                            if current is not None:
                                deferral.restore_table(current)
                            current = batch.table
                        applier.apply_batch(batch, manifest.sender)
                        done += batch.consumed
                        if progress is not None:
                            progress(done, total)
                finally:
                    batches.close()  # stops the decoder process if the import failed midway
                bundle_hash = streamed.bundle_hash  # every check of the file has passed now
                # Retried before the indexes come back (they are rebuilt with these rows too), so
                # the applied records are final and the receipt can be written meanwhile.
                retried = _retry_quarantine(session, applier)
                if not dry_run:
                    job = ReceiptJob(
                        target,
                        sender=keys,
                        recipient=trusted[manifest.sender],
                        acknowledged=manifest,
                        acknowledged_hash=bundle_hash,
                        applied=applier.outcome.applied,
                    )
                deferral.restore()
                result = _finish(session, ctx, manifest, bundle_hash, applier, retried, dry_run, started, total)
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            return result
        except (sqlite3.Error, SQLAlchemyError, DecoderFailed) as exc:  # rolled back: nothing of the bundle was applied
            if job is not None:
                job.discard()
            raise ImportFailed(detail=type(exc).__name__) from exc
        except BaseException:
            if job is not None:
                job.discard()
            raise
        finally:
            if collecting:
                gc.enable()
            with ctx.db.engine.connect() as connection:  # the pooled connection: back to the defaults
                connection.exec_driver_sql("PRAGMA cache_size = -2000")
                connection.exec_driver_sql("PRAGMA temp_store = DEFAULT")
                connection.exec_driver_sql("PRAGMA threads = 0")
    ctx.db.clock.observe(applier.outcome.max_version)
    # Committed: only now does the receipt appear at its name.
    receipt = str(job.publish()) if job is not None else None
    seconds = time.perf_counter() - started
    return _with(result, receipt=receipt, backup=str(backup_path) if backup_path else None, seconds=seconds)


def _use_worker(total: int) -> bool:
    """Decode in a second process for large bundles, unless switched off (STATIONDESK_IMPORT_WORKER=0)."""
    return total >= WORKER_MIN_RECORDS and os.environ.get("STATIONDESK_IMPORT_WORKER", "1") != "0"


def _with(result: ImportResult, **changes: Any) -> ImportResult:
    from dataclasses import replace

    if "seconds" in changes:
        seconds = changes["seconds"]
        changes["seconds"] = round(seconds, 3)
        changes["records_per_second"] = round(result.records / seconds, 1) if seconds > 0 else 0.0
    return replace(result, **changes)


def _retry_quarantine(session: Session, applier: Applier) -> int:
    """Offer again records that waited for a parent row, while that makes progress.

    Candidates are this bundle's `missing_parent` records (a child before its parent in the file)
    and those stored by earlier imports. Stored ones that still wait stay stored, unchanged.
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
            applier.apply(table, [q.record for q in items], sender, [q.retry_of for q in items])
        failed = [q for q in outcome.quarantined if q.reason_code == "missing_parent"]
        if len(failed) == len(candidates):
            break
        candidates = failed
    # Stored records that still wait stay in the table as they are; only this bundle's are new.
    outcome.quarantined = [q for q in outcome.quarantined if q.retry_of is None]
    return len(outcome.retried)


def _finish(
    session: Session,
    ctx: ServiceContext,
    manifest: Any,
    bundle_hash: str,
    applier: Applier,
    retried: int,
    dry_run: bool,
    started: float,
    total: int,
) -> ImportResult:
    now = utcnow()
    outcome = applier.outcome
    for table_counts in outcome.per_table.values():
        table_counts.quarantined = 0
    for q in outcome.quarantined:
        outcome.per_table[q.table].quarantined += 1
    per_table = {t: dict(vars(c)) for t, c in outcome.per_table.items()}
    sums = {k: sum(c[k] for c in per_table.values()) for k in ("created", "updated", "unchanged", "conflicts")}
    quarantine = [
        {"table": q.table, "id": q.id, "reason_code": q.reason_code, "reason": q.reason} for q in outcome.quarantined
    ]
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
        actor=ctx.actor.username,
        quarantined=len(quarantine),
        seconds=round(time.perf_counter() - started, 3),
        details={"per_table": per_table, "quarantined": quarantine[:10000], "chain_warnings": warnings},
        **sums,
    )
    session.add(report)
    session.flush()
    for q in outcome.quarantined:
        session.add(
            QuarantinedRecord(
                bundle_id=q.bundle_id,
                sender=q.sender,
                table_name=q.table,
                row_id=q.id,
                reason_code=q.reason_code,
                reason=q.reason,
                record=q.record,
                at=now,
            )
        )
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
    return ImportResult(
        kind="data",
        bundle_id=manifest.bundle_id,
        sender=manifest.sender,
        sequence=manifest.sequence,
        duplicate=False,
        dry_run=dry_run,
        quarantined=len(quarantine),
        per_table=per_table,
        quarantine=quarantine,
        missing_sequences=missing_sequences(session, manifest.sender),
        chain_warnings=warnings,
        retried=retried,
        report_id=None if dry_run else report.id,
        records=total,
        **sums,
    )


__all__ = ["ImportResult", "from_iso", "import_bundle", "missing_sequences"]
