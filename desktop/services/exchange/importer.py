"""Import: verify a bundle, apply it in one transaction, keep a permanent report, write a receipt.

Order (issue 6), one step each in `import_bundle`:
- verify: signature, recipient, hash (`stream_bundle`, before anything is decrypted);
- dedupe: a bundle already imported changes nothing (its receipt can be issued again);
- back up the database;
- apply: decrypt and apply every record in ONE transaction (`Applier`: validate, quarantine bad
  records, merge field by field), on a connection tuned for a bulk write;
- finish, still in that transaction: retry records that were waiting for a parent, start the
  receipt, rebuild the deferred indexes, record the bundle, its sequence and the chain, the report
  and the quarantine (`import_report`) — then commit;
- publish: observe the imported versions in the clock, move the signed receipt into place.
Any failure of the file rolls everything back and raises its own `BundleError` (stable
`error_code`); a failure to write raises `ImportFailed`; a dry run rolls back at the end.
Receipts (kind `receipt`) go through the same command and mark records as delivered.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.db.backup import check_record, checked_backup, timestamped_name
from desktop.db.bulk import bulk_write_tuning
from desktop.db.hlc import ceiling
from desktop.db.schema import SCHEMA_HEAD
from desktop.errors import StorageError
from desktop.models import ReceivedBundle
from desktop.models.types import from_iso, to_iso, utcnow
from desktop.services.casework.schedule_index import rebuild_all, refresh_imported
from desktop.services.context import ServiceContext
from desktop.services.exchange.apply import TOUCHED, TOUCHED_LIMIT, Applier
from desktop.services.exchange.audit_head import observe_head, read_head
from desktop.services.exchange.bounded.known_ids import KnownIds
from desktop.services.exchange.bulk_indexes import IndexDeferral
from desktop.services.exchange.decode import WORKER_MIN_RECORDS, DecoderFailed, decoded_batches
from desktop.services.exchange.hooks import DERIVED
from desktop.services.exchange.import_report import (
    by_reason,
    missing_sequences,
    still_quarantined,
    store_import,
    stored_report,
)
from desktop.services.exchange.keys import trusted_identities
from desktop.services.exchange.parent_retry import retry_missing_parents
from desktop.services.exchange.receipt_job import ReceiptJob
from desktop.services.exchange.receipts import import_receipt
from desktop.services.exchange.results import ImportResult
from desktop.services.exchange.trust.ownership import NOT_OWNER
from desktop.services.exchange.trust.purge import purge_out_of_scope
from desktop.services.permissions import entry
from desktop.services.settings import get_setting
from desktop.sync import (
    KIND_RECEIPT,
    KeyPair,
    Manifest,
    PublicIdentity,
    StreamedBundle,
    read_manifest,
    stream_bundle,
    write_receipt,
)
from desktop.sync.errors import BundleTampered, BundleTooLarge, ClockAhead
from desktop.sync.manifest import MAX_BUNDLE_RECORDS

Progress = Callable[[int, int], None]
_KEEP_BACKUPS = 5
# What one bundle may declare (docs/bundle-format.md §6a; the record limit lives with the format):
# a hostile manifest cannot promise work without end.
MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024
# The clients whose schedule rows an import recomputes: those whose own row or visits arrived.
SCHEDULE_SOURCES = {"clients": "id", "visits": "client_id"}
SCHEDULE_TABLE = "client_schedule"


class ImportFailed(StorageError):
    default_code = "sync.import_failed"
    default_message = "数据包未能写入数据库（{detail}），已全部撤销，未导入任何数据。请检查磁盘空间后重试。"


class _DryRun(Exception):
    """Internal: unwind the transaction of a dry run after the report is complete."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__()
        self.result = result


@dataclass(frozen=True)
class _Options:
    dry_run: bool
    receipt_out: str | Path | None
    backup: bool
    progress: Progress | None


@dataclass
class _Import:
    """One import on its way through the steps: what each step leaves for the next."""

    ctx: ServiceContext
    path: str | Path
    keys: KeyPair
    options: _Options
    started: float  # perf_counter at the start: the report's and the result's seconds count from here
    trusted: dict[str, PublicIdentity] = field(default_factory=dict)
    manifest: Manifest = field(init=False)  # set by `_verify`: authentic, its signature checked
    bundle_hash: str = ""  # known once the whole file has been read
    job: ReceiptJob | None = None
    max_version: int = 0

    @property
    def total(self) -> int:
        return sum(self.manifest.counts.values())

    def receipt_target(self) -> Path:
        if self.options.receipt_out:
            return Path(self.options.receipt_out)
        manifest = self.manifest
        return (
            self.ctx.paths.exports
            / f"receipt-{self.ctx.station_code}-to-{manifest.sender}-{manifest.sequence:05d}.sdbundle"
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
        return import_receipt(ctx, path, keys=keys, dry_run=dry_run)
    run = _Import(ctx, path, keys, _Options(dry_run, receipt_out, backup, progress), started=time.perf_counter())
    with _verify(run) as streamed:
        repeated = _dedupe(run, streamed)
        if repeated is not None:
            return repeated
        backup_path = _back_up(run)
        result = _apply(run, streamed)
    if dry_run:
        return result
    published = _publish(run, result, backup_path)
    if run.trusted[run.manifest.sender].mode == "district":
        # A transfer away, or rows an earlier version received: not ours to hold (docs/bundle-format.md §6c).
        purged = purge_out_of_scope(run.ctx)
        published = _with(published, purged=purged.total)
    return published


@contextmanager
def _verify(run: _Import) -> Iterator[StreamedBundle]:
    """Check the file before anything is decrypted; the records stream while the block runs."""
    with run.ctx.db.read() as session:
        run.trusted = trusted_identities(session)
    with stream_bundle(run.path, me=run.keys, trusted=run.trusted, expect_kind="data") as streamed:
        run.manifest = streamed.manifest  # authentic from here on: the signature has been checked
        _check_declared_size(run.manifest)
        yield streamed


def _check_declared_size(manifest: Manifest) -> None:
    """Refuse a bundle whose manifest declares more than one import may take, before decrypting."""
    if sum(manifest.counts.values()) > MAX_BUNDLE_RECORDS:
        raise BundleTooLarge(detail=f"超过 {MAX_BUNDLE_RECORDS} 条记录")
    if manifest.payload.size > MAX_PAYLOAD_BYTES:
        raise BundleTooLarge(detail=f"超过 {MAX_PAYLOAD_BYTES // (1024 * 1024)} MB")


def _dedupe(run: _Import, streamed: StreamedBundle) -> ImportResult | None:
    """The stored report of a bundle imported before (None for a new one); nothing in the database changes."""
    with run.ctx.db.read() as session:
        received = session.get(ReceivedBundle, run.manifest.bundle_id)
        if received is None:
            return None
        report = stored_report(session, received, run.options.dry_run)
        quarantined = still_quarantined(session, run.manifest.bundle_id)
        imported_hash = received.bundle_hash
    target = run.options.receipt_out
    if target is None or run.options.dry_run:
        return report
    # The sender lost the receipt: issue it again from the file.
    _reissue_receipt(run, streamed, quarantined, Path(target), imported_hash)
    return _with(report, receipt=str(target))


def _reissue_receipt(
    run: _Import, streamed: StreamedBundle, quarantined: set[tuple[str, str]], target: Path, imported_hash: str
) -> None:
    """The receipt of a bundle imported before, written while its records are read from the file (never
    a list of every record), acknowledging the file hash stored at that import."""
    applied = (
        (table, r["id"], r["version"])
        for table, r in streamed.records()
        if isinstance(r.get("id"), str) and isinstance(r.get("version"), int) and (table, r["id"]) not in quarantined
    )
    write_receipt(
        target,
        sender=run.keys,
        recipient=run.trusted[run.manifest.sender],
        acknowledged=run.manifest,
        acknowledged_hash=imported_hash,
        applied=applied,
        schema_version=SCHEMA_HEAD,
    )
    if streamed.bundle_hash != imported_hash:  # the same signed bundle id, yet not the same file
        target.unlink(missing_ok=True)
        raise BundleTampered()


def _back_up(run: _Import) -> Path | None:
    """A copy of the database before a real import (none for a dry run or when switched off)."""
    if not run.options.backup or run.options.dry_run:
        return None
    manifest, paths = run.manifest, run.ctx.paths
    # Checked first, like every backup: a damaged database is refused, never copied over a good backup.
    backup_path = checked_backup(
        paths.database, paths.backups / timestamped_name(f"pre-import-{manifest.sender}-{manifest.sequence}")
    )
    old = sorted(paths.backups.glob("stationdesk-pre-import-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for path in old[:-_KEEP_BACKUPS]:
        path.unlink(missing_ok=True)
        check_record(path).unlink(missing_ok=True)
    return backup_path


def _apply(run: _Import, streamed: StreamedBundle) -> ImportResult:
    """Apply and finish in ONE transaction on a connection tuned for a bulk write; returns the report.

    The tuning is left after the commit (or rollback), on the same connection, still held.
    """
    try:
        with ExitStack() as held, _rolled_back_on_failure(run):
            connection = held.enter_context(run.ctx.db.engine.connect())
            held.enter_context(bulk_write_tuning(connection.connection.driver_connection))  # type: ignore[arg-type]
            with run.ctx.db.write(connection) as session:
                result = _apply_records(run, session, streamed)
                if run.options.dry_run:
                    raise _DryRun(result)
    except _DryRun as dry:
        return dry.result
    return result


@contextmanager
def _rolled_back_on_failure(run: _Import) -> Iterator[None]:
    """The transaction has rolled back: no receipt, and a failure to write becomes `ImportFailed`."""
    try:
        yield
    except (sqlite3.Error, SQLAlchemyError, DecoderFailed) as exc:  # nothing of the bundle was applied
        if run.job is not None:
            run.job.discard()
        raise ImportFailed(detail=type(exc).__name__) from exc
    except BaseException:
        if run.job is not None:
            run.job.discard()
        raise


def _apply_records(run: _Import, session: Session, streamed: StreamedBundle) -> ImportResult:
    """Every record of the file into the database, then `_finish`; nothing is committed yet."""
    session.info["raw_sync"] = True
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    manifest = run.manifest
    # Rows from a district are not judged by ownership (it may change any of its stations' rows).
    districts = frozenset(code for code, identity in run.trusted.items() if identity.mode == "district")
    applier = Applier(
        cursor,
        bundle_id=manifest.bundle_id,
        collect_applied=not run.options.dry_run,
        post_hooks=DERIVED,
        districts=districts,
        touch=SCHEDULE_SOURCES,
    )
    deferral = IndexDeferral(cursor)
    # A large import fills empty tables without their plain indexes and builds them at the end.
    # Only our synced tables: a newer sender's unknown table is quarantined, never touched.
    ours = {t: n for t, n in manifest.counts.items() if t in applier.codecs}
    deferral.plan(ours, {t: h.table for t, h in DERIVED.items()})
    total, progress, sender = run.total, run.options.progress, manifest.sender
    done = 0
    latest = ceiling()  # no stamp beyond our clock plus the allowed skew is ever adopted
    batches = decoded_batches(streamed, manifest.counts, worker=_use_worker(total))
    try:
        current = None
        for batch in batches:
            if batch.versions and max(batch.versions) > latest:
                raise ClockAhead()
            if batch.table != current:  # the previous table is complete in the file
                if current is not None:
                    deferral.restore_table(current, total - done)
                current = batch.table
            applier.apply_batch(batch, sender)
            done += batch.consumed
            if progress is not None:
                progress(done, total)
    finally:
        batches.close()  # stops the decoder process if the import failed midway
    run.bundle_hash = streamed.bundle_hash  # every check of the file has passed now
    return _finish(run, session, applier, deferral)


def _finish(run: _Import, session: Session, applier: Applier, deferral: IndexDeferral) -> ImportResult:
    """After the last record, in the same transaction: retry, receipt, indexes, report; returns the report."""
    # Retried before the indexes come back (they are rebuilt with these rows too), so
    # the applied records are final and the receipt can be written meanwhile.
    retried = retry_missing_parents(session, applier)
    manifest, outcome, dry_run = run.manifest, applier.outcome, run.options.dry_run
    reasons = by_reason(outcome)
    if not dry_run:
        run.job = ReceiptJob(
            run.receipt_target(),
            sender=run.keys,
            recipient=run.trusted[manifest.sender],
            acknowledged=manifest,
            acknowledged_hash=run.bundle_hash,
            applied=outcome.applied.freeze(),
            quarantined=reasons,
        )
    deferral.restore()
    if not dry_run:
        _recompute_schedule(session, outcome.touched, IndexDeferral(deferral.cursor))
    stored = store_import(
        session,
        manifest,
        run.bundle_hash,
        outcome,
        actor=run.ctx.actor.username,
        started=run.started,
        load=applier.spill.load,
    )
    applier.spill.close()
    outcome.applied.close()  # a dry run's; a receipt's thread closes the one it reads
    run.max_version = outcome.max_version
    if not dry_run:
        _observe_audit_head(run, session)
    return ImportResult(
        kind="data",
        bundle_id=manifest.bundle_id,
        sender=manifest.sender,
        sequence=manifest.sequence,
        duplicate=False,
        dry_run=dry_run,
        quarantined=len(stored.quarantine),
        not_owner=reasons.get(NOT_OWNER, 0),
        per_table=stored.per_table,
        quarantine=stored.quarantine,
        missing_sequences=missing_sequences(session, manifest.sender),
        chain_warnings=stored.chain_warnings,
        retried=retried,
        report_id=None if dry_run else stored.report_id,
        records=run.total,
        **stored.sums,
    )


def _recompute_schedule(session: Session, touched: KnownIds, deferral: IndexDeferral) -> None:
    """The schedule rows of the clients the bundle touched; into an empty schedule table (a
    district's first import of a station) without its indexes, which are built after the rows."""
    if touched.complete(TOUCHED):
        ids = touched[TOUCHED]
        deferral.defer_local(SCHEDULE_TABLE, len(ids))
        refresh_imported(session.connection(), ids)
    else:  # more clients than it is worth listing: every row, by the same rules
        deferral.defer_local(SCHEDULE_TABLE, TOUCHED_LIMIT)
        rebuild_all(session.connection())
    deferral.restore()


def _observe_audit_head(run: _Import, session: Session) -> None:
    """At the district: does the station's audit history still continue? (docs/bundle-format.md §2a)"""
    manifest = run.manifest
    if "audit_head" not in manifest.extra or run.trusted[manifest.sender].mode != "station":
        return  # an older station sends none: nothing to compare, nothing changes
    if get_setting(session, "mode", "station") != "district":
        return
    observe_head(session, manifest.sender, read_head(manifest.extra["audit_head"]), to_iso(utcnow()))


def _publish(run: _Import, result: ImportResult, backup_path: Path | None) -> ImportResult:
    """After the commit: the clock learns the imported versions, and only now does the receipt appear."""
    run.ctx.db.clock.observe(run.max_version)
    receipt = str(run.job.publish()) if run.job is not None else None
    seconds = time.perf_counter() - run.started
    return _with(result, receipt=receipt, backup=str(backup_path) if backup_path else None, seconds=seconds)


def _use_worker(total: int) -> bool:
    """Decode in a second process for large bundles, unless switched off (STATIONDESK_IMPORT_WORKER=0)."""
    return total >= WORKER_MIN_RECORDS and os.environ.get("STATIONDESK_IMPORT_WORKER", "1") != "0"


def _with(result: ImportResult, **changes: Any) -> ImportResult:
    if "seconds" in changes:
        seconds = changes["seconds"]
        changes["seconds"] = round(seconds, 3)
        changes["records_per_second"] = round(result.records / seconds, 1) if seconds > 0 else 0.0
    return replace(result, **changes)


__all__ = ["ImportFailed", "ImportResult", "from_iso", "import_bundle", "missing_sequences"]
