"""Decoding bundle records for the import: parse, validate, put in column order, derive.

Everything here is pure (no database), so it can run in a second process while the importer
writes the previous batch: a full district import is about half Python decoding and half SQLite
writing, and the PC has two cores (DESIGN §8). `prepare` turns raw records of one table into a
`Batch` of validated rows in stored form (the column order of `TableCodec.insert_sql`, JSON
columns as text), plus the records that cannot be applied with their reason. The importer uses
the same `prepare` in-process for small bundles and for quarantine retries, so both paths apply
exactly the same rows.

`decoded_batches` yields batches for a verified `StreamedBundle`: in-process, or through a
worker process fed with the decrypted (still compressed) payload by a thread. Keys never leave
this process: decryption happens here, the worker only sees the plaintext that the importer is
about to write anyway. Damage found by the worker is raised here as the same `BundleError`.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from desktop.services.sync_codec import Invalid, TableCodec, codecs
from desktop.services.sync_hooks import DERIVED
from desktop.sync.errors import CorruptPayload
from desktop.sync.payload import PayloadCorrupt, iter_records

BATCH = 2000
# Below this many records the worker's start-up (≈ 0.5 s to import the models) costs more than it saves.
WORKER_MIN_RECORDS = 50_000
_PIPE_BYTES = 1024 * 1024  # the unprivileged maximum on Linux (/proc/sys/fs/pipe-max-size)


class DecoderFailed(RuntimeError):
    """The worker process died or failed for a reason other than a damaged payload."""


@dataclass
class Batch:
    """Records of one table, decoded: `rows[i]` came from input position `positions[i]`."""

    table: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    versions: list[int] = field(default_factory=list)  # highest HLC in each row (version and stamps)
    derived: list[Any] | None = None  # per row, from `sync_hooks.DERIVED[table].derive`
    bad: list[tuple[int, str, str, str, Any]] = field(default_factory=list)  # (position, id, code, reason, raw)
    consumed: int = 0  # records read from the file for this batch (for progress)


def _row_id(record: Any) -> str:
    row_id = record.get("id") if isinstance(record, dict) else None
    return str(row_id)[:64] if row_id else ""


def prepare(codec: TableCodec | None, table: str, records: list[Any]) -> Batch:
    """Validate raw records of `table` (mutated in place, as `TableCodec.validate` does)."""
    batch = Batch(table, consumed=len(records))
    if codec is None:
        batch.bad = [(i, _row_id(r), "unknown_table", "本程序不认识该数据表", r) for i, r in enumerate(records)]
        return batch
    hook = DERIVED.get(table)
    derive = hook.derive if hook is not None else None
    derived: list[Any] = []
    validate, to_params = codec.validate, codec.record_to_params
    rows, positions, versions, bad = batch.rows, batch.positions, batch.versions, batch.bad
    for position, record in enumerate(records):
        try:
            checked = validate(record)
        except Invalid as exc:
            bad.append((position, _row_id(record), exc.code, exc.reason, record))
            continue
        rows.append(tuple(to_params(checked)))
        positions.append(position)
        top = checked["version"]
        for stamp in checked["field_versions"].values():
            if stamp[0] > top:
                top = stamp[0]
        versions.append(top)
        if derive is not None:
            derived.append(derive(checked))
    if derive is not None:
        batch.derived = derived
    return batch


def _grouped(pairs: Iterable[tuple[str, dict[str, Any]]], size: int) -> Iterator[tuple[str, list[Any]]]:
    current: str | None = None
    group: list[Any] = []
    for table, record in pairs:
        if table != current or len(group) >= size:
            if group:
                yield current, group  # type: ignore[misc]
            group, current = [], table
        group.append(record)
    if group:
        yield current, group  # type: ignore[misc]


def _in_process(streamed: Any) -> Iterator[Batch]:
    table_codecs = codecs()
    for table, records in _grouped(streamed.records(), BATCH):
        yield prepare(table_codecs.get(table), table, records)


def _worker_main(inbox: Connection, outbox: Connection, counts: dict[str, int]) -> None:
    """Entry point of the decoder process: compressed chunks in, `Batch`es out."""
    gc.disable()  # a million short-lived dicts and no cycles: the collector only costs time here

    def chunks() -> Iterator[bytes]:
        while True:
            try:
                data = inbox.recv_bytes()
            except EOFError:  # the feeder stopped early: iter_records reports the missing end
                return
            if not data:
                return
            yield data

    try:
        table_codecs = codecs()
        for table, records in _grouped(iter_records(chunks(), counts), BATCH):
            outbox.send(("batch", prepare(table_codecs.get(table), table, records)))
        outbox.send(("done", None))
    except PayloadCorrupt as exc:
        outbox.send(("corrupt", exc.detail))
    except BaseException as exc:  # reported to the importer, which rolls back
        outbox.send(("error", type(exc).__name__))


def _feed(streamed: Any, inbox: Connection, failure: list[BaseException]) -> None:
    """Thread: decrypt the payload (keys stay in this process) and pass it to the worker."""
    try:
        for chunk in streamed.compressed_chunks():
            if chunk:
                try:
                    inbox.send_bytes(chunk)
                except OSError:  # the worker is gone; the importer reports why
                    return
        inbox.send_bytes(b"")
    except OSError as exc:
        if not isinstance(exc, BrokenPipeError):
            failure.append(exc)
    except BaseException as exc:  # a file or key problem: raised by the importer after the worker stopped
        failure.append(exc)
    finally:
        inbox.close()


def _widen(connection: Connection) -> None:
    """Best effort (Linux): a 1 MiB result pipe holds about a whole batch, so the decoder goes on
    with the next one while the importer writes, instead of waiting on a full 64 KiB pipe. A reader
    thread would do the same but fights the importer's thread for the GIL on every read."""
    setter = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setter is None:
        return
    with contextlib.suppress(OSError):  # above the system's limit: the default size still works
        fcntl.fcntl(connection.fileno(), setter, _PIPE_BYTES)


def worker_available() -> bool:
    """A decoder process can be started: not in a frozen build (spawn needs its own entry point)."""
    return not getattr(sys, "frozen", False)


def _in_worker(streamed: Any, counts: Mapping[str, int]) -> Iterator[Batch]:
    context = multiprocessing.get_context("spawn")  # never fork a process with open SQLite handles
    worker_in, feeder_out = context.Pipe(duplex=False)
    result_in, worker_out = context.Pipe(duplex=False)
    process = context.Process(
        target=_worker_main, args=(worker_in, worker_out, dict(counts)), name="stationdesk-import-decoder", daemon=True
    )
    process.start()
    worker_in.close()
    worker_out.close()
    _widen(result_in)
    failure: list[BaseException] = []
    feeder = threading.Thread(target=_feed, args=(streamed, feeder_out, failure), daemon=True)
    feeder.start()
    outcome: tuple[str, Any] = ("error", "no result")
    try:
        while True:
            try:
                kind, value = result_in.recv()
            except EOFError:
                outcome = ("error", "decoder exited")
                break
            if kind != "batch":
                outcome = (kind, value)
                break
            yield value
    finally:
        if outcome[0] != "done":
            process.terminate()  # also unblocks the feeder (broken pipe) when we stop early
        process.join()
        feeder.join()
        result_in.close()
    if failure:  # a file or key problem found while decrypting explains any damage the worker saw
        raise failure[0]
    if outcome[0] == "corrupt":
        raise CorruptPayload(detail=outcome[1])
    if outcome[0] != "done":
        raise DecoderFailed(str(outcome[1]))


def decoded_batches(streamed: Any, counts: Mapping[str, int], *, worker: bool) -> Iterator[Batch]:
    """Batches of a verified bundle in file order; `bundle_hash` is known after the last one."""
    if worker and worker_available():
        return _in_worker(streamed, counts)
    return _in_process(streamed)


__all__ = ["BATCH", "WORKER_MIN_RECORDS", "Batch", "DecoderFailed", "decoded_batches", "prepare"]
