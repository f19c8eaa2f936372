"""Decoding bundle records for the import: parse, validate, put in column order, derive.

Everything here is pure (no database), so it can run in a second process while the importer
writes the previous batch: a full district import is about half Python decoding and half SQLite
writing, and the PC has two cores (docs/architecture.md §8). `prepare` turns raw records of one table into a
`Batch` of validated rows in stored form (the column order of `TableCodec.insert_sql`, JSON
columns as text), plus the records that cannot be applied with their reason. The importer uses
the same `prepare` in-process for small bundles and for quarantine retries, so both paths apply
exactly the same rows. `prepare_lines` gives the same batch from unparsed lines, most of them
through msgspec (`fast_rows`) at half the cost.

`decoded_batches` yields batches for a verified `StreamedBundle`: in-process, or through a
worker process fed with the decrypted (still compressed) payload by a thread. Keys never leave
this process: decryption happens here, the worker only sees the plaintext that the importer is
about to write anyway. Damage found by the worker is raised here as the same `BundleError`.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import marshal
import multiprocessing
import pickle
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from desktop.services.exchange.codec import Invalid, TableCodec, codecs
from desktop.services.exchange.fast_rows import DECLINED, fast_row
from desktop.services.exchange.heap import give_back
from desktop.services.exchange.hooks import DERIVED
from desktop.sync.errors import payload_error
from desktop.sync.payload import PayloadCorrupt, iter_record_blocks, parse_records

BATCH = 1000
# Below this many records the worker's start-up (≈ 0.5 s to import the models) costs more than it saves.
WORKER_MIN_RECORDS = 50_000
_PIPE_BYTES = 1024 * 1024  # the unprivileged maximum on Linux (/proc/sys/fs/pipe-max-size)
_AHEAD_BYTES = 8 * 1024 * 1024  # decoded batches the decoder may hold while the importer is busy
# Tags of the result pipe's messages; a pickle (control messages) starts with 0x80, never with these.
_MARSHALLED = b"M"
_RAW = b"R"


class DecoderFailed(RuntimeError):
    """The worker process died or failed for a reason other than a damaged payload."""


@dataclass
class Batch:
    """Records of one table, decoded: `rows[i]` came from input position `positions[i]`."""

    table: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    versions: list[int] = field(default_factory=list)  # highest HLC in each row (version and stamps)
    derived: list[Any] | None = None  # per row, from `hooks.DERIVED[table].derive`
    bad: list[tuple[int, str, str, str, Any]] = field(default_factory=list)  # (position, id, code, reason, raw)
    consumed: int = 0  # records read from the file for this batch (for progress)
    nulls: list[int] = field(default_factory=list)  # per row, its NULL columns as bits (`validate_row`)


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
    validate_row = codec.validate_row
    rows, positions, versions, nulls, bad = batch.rows, batch.positions, batch.versions, batch.nulls, batch.bad
    for position, record in enumerate(records):
        try:
            checked, row, top, mask = validate_row(record)
        except Invalid as exc:
            bad.append((position, _row_id(record), exc.code, exc.reason, record))
            continue
        rows.append(row)
        positions.append(position)
        versions.append(top)
        nulls.append(mask)
        if derive is not None:
            derived.append(derive(checked))
    if derive is not None:
        batch.derived = derived
    return batch


def prepare_lines(codec: TableCodec | None, table: str, lines: list[Any]) -> Batch:
    """`prepare` for record lines as `iter_record_blocks(raw=True)` passes them (bytes, or records
    parsed already): each line through `fast_rows` first, and through orjson and `prepare` when
    the fast path declines it. Invalid JSON raises `PayloadCorrupt`, as `parse_records` does."""
    fast = fast_row(codec) if codec is not None and table not in DERIVED else None
    if fast is None:
        return prepare(codec, table, parse_records(lines))
    batch = Batch(table, consumed=len(lines))
    rows, positions, versions, nulls = batch.rows, batch.positions, batch.versions, batch.nulls
    for position, line in enumerate(lines):
        if type(line) is bytes:
            try:
                row, top, mask = fast(line)
            except DECLINED:
                pass
            else:
                rows.append(row)
                positions.append(position)
                versions.append(top)
                nulls.append(mask)
                continue
        slow = prepare(codec, table, parse_records([line]))
        if slow.rows:
            rows.extend(slow.rows)
            positions.append(position)
            versions.extend(slow.versions)
            nulls.extend(slow.nulls)
        batch.bad.extend((position, *bad[1:]) for bad in slow.bad)
    return batch


def _grouped(blocks: Iterable[tuple[str, list[Any]]], size: int) -> Iterator[tuple[str, list[Any]]]:
    """Runs of records of one table, `size` at most, from the lists of `iter_record_blocks`."""
    current: str | None = None
    group: list[Any] = []
    for table, records in blocks:
        if table != current:
            if group:
                yield current, group  # type: ignore[misc]
            group, current = [], table
        group.extend(records)
        while len(group) >= size:
            yield table, group[:size]
            group = group[size:]
    if group:
        yield current, group  # type: ignore[misc]


def pack(batch: Batch) -> bytes:
    """A batch as bytes for the result pipe: marshal of its plain fields (about 3× cheaper to write
    and a bit cheaper to read than pickling the dataclass; rows are only str, int, float and None).
    A batch marshal cannot write (a quarantined raw value of another type) goes as a pickle."""
    fields = (
        batch.table,
        batch.rows,
        batch.positions,
        batch.versions,
        batch.derived,
        batch.bad,
        batch.consumed,
        batch.nulls,
    )
    try:
        return _MARSHALLED + marshal.dumps(fields)
    except ValueError:
        return pickle.dumps(("batch", batch), protocol=pickle.HIGHEST_PROTOCOL)


def pack_raw(table: str, lines: list[Any]) -> bytes:
    """Records of `table` left for the importer to decode: their lines from `iter_record_blocks(raw=True)`."""
    try:
        return _RAW + marshal.dumps((table, lines))
    except ValueError:
        return pickle.dumps(("raw", (table, lines)), protocol=pickle.HIGHEST_PROTOCOL)


def unpack(data: bytes) -> tuple[str, Any]:
    """(kind, value) from bytes written by `pack`, `pack_raw` or `Connection.send` (a pickled message).

    Only our own decoder process writes these bytes (the bundle's content is data inside them),
    so reading them with marshal or pickle trusts nothing that came from the file.
    """
    tag = data[:1]
    if tag == _MARSHALLED:
        return "batch", Batch(*marshal.loads(memoryview(data)[1:]))
    if tag == _RAW:
        return "raw", marshal.loads(memoryview(data)[1:])
    kind, value = pickle.loads(data)
    return kind, value


def _in_process(streamed: Any) -> Iterator[Batch]:
    table_codecs = codecs()
    for table, records in _grouped(streamed.record_blocks(), BATCH):
        yield prepare(table_codecs.get(table), table, records)


def _worker_main(inbox: Connection, outbox: Connection, hungry: Connection, counts: dict[str, int]) -> None:
    """Entry point of the decoder process: compressed chunks in, `Batch`es out.

    Work sharing: the importer says on `hungry` when it found nothing to read and had to wait;
    then the next batch goes to it undecoded (unless its table has derived rows), and it decodes
    that one itself while we decode the one after. On two cores this keeps both busy whichever
    side is slower at the moment (a client's search keys cost more to derive than its row to
    insert; a visit, since `fast_rows`, less to decode than to insert). Both sides run the same
    `prepare_lines`, so the result does not depend on who decoded what.
    """
    gc.disable()  # a million short-lived dicts and no cycles: the collector only costs time here

    def chunks() -> Iterator[bytes]:
        while True:
            try:
                data = inbox.recv_bytes()
            except EOFError:  # the feeder stopped early: iter_record_blocks reports the missing end
                return
            if not data:
                return
            yield data

    sender = _Sender(outbox)
    # Records of tables with derived rows still to come; at 0 their hooks free what they loaded.
    to_derive = {table: counts.get(table, 0) for table in DERIVED if counts.get(table, 0)}
    try:
        table_codecs = codecs()
        for table, lines in _grouped(iter_record_blocks(chunks(), counts, raw=True), BATCH):
            waiting = False
            while hungry.poll():
                hungry.recv_bytes()
                waiting = True
            # Derived rows (search keys) need pypinyin's tables, ≈ 50 MB: only this process loads them.
            if waiting and table not in DERIVED:
                sender.put(pack_raw(table, lines))
                continue
            sender.put(pack(prepare_lines(table_codecs.get(table), table, lines)))
            if table in to_derive:
                to_derive[table] -= len(lines)
                if to_derive[table] <= 0:
                    del to_derive[table]
                    if not to_derive:
                        _release_derived()
        sender.put(_message("done", None))
    except PayloadCorrupt as exc:
        sender.put(_message("corrupt", (exc.kind, exc.detail)))
    except _PipeClosed:  # the importer stopped reading (it failed or was interrupted)
        pass
    except BaseException as exc:  # reported to the importer, which rolls back
        sender.put(_message("error", type(exc).__name__))
    finally:
        sender.close()


def _release_derived() -> None:
    """The last record with derived rows is decoded: free what deriving loaded (pypinyin's tables,
    ≈ 55 MB and more with the readings cached) for the rest of the import."""
    for hook in DERIVED.values():
        if hook.release is not None:
            hook.release()
    gc.collect()  # the modules let go hold cycles (functions ↔ their globals)
    give_back()


def _message(kind: str, value: Any) -> bytes:
    return pickle.dumps((kind, value), protocol=pickle.HIGHEST_PROTOCOL)


class _PipeClosed(Exception):
    """The importer closed the result pipe; the decoder stops."""


class _Sender:
    """Thread of the decoder process that writes finished messages to the result pipe in order.

    While the importer is busy for seconds (rebuilding a big table's indexes, a long insert), the
    decoder goes on decoding the tables after it into memory instead of waiting on a full pipe;
    the importer then finds them decoded. At most `_AHEAD_BYTES` (plus one message) wait here.
    """

    def __init__(self, outbox: Connection) -> None:
        self.outbox = outbox
        self.queue: collections.deque[bytes | None] = collections.deque()
        self.queued = 0
        self.broken = False
        self.ready = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="stationdesk-decoder-sender", daemon=True)
        self.thread.start()

    def put(self, data: bytes) -> None:
        with self.ready:
            while self.queued > _AHEAD_BYTES and not self.broken:
                self.ready.wait()
            if self.broken:
                raise _PipeClosed()
            self.queue.append(data)
            self.queued += len(data)
            self.ready.notify_all()

    def close(self) -> None:
        """Send what is queued, then stop the thread."""
        with self.ready:
            self.queue.append(None)
            self.ready.notify_all()
        self.thread.join()

    def _run(self) -> None:
        while True:
            with self.ready:
                while not self.queue:
                    self.ready.wait()
                data = self.queue.popleft()
            if data is None:
                return
            try:
                self.outbox.send_bytes(data)
            except OSError:
                with self.ready:
                    self.broken = True
                    self.ready.notify_all()
                return
            with self.ready:
                self.queued -= len(data)
                self.ready.notify_all()


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
    """A decoder process can be started, from source and frozen (installer/launcher.py runs it)."""
    return True


def _in_worker(streamed: Any, counts: Mapping[str, int], *, always_ask: bool = False) -> Iterator[Batch]:
    """Batches decoded by the decoder process, or here when it gave us a batch to decode.

    `always_ask` (tests) asks for work before every read, not only when the pipe is empty.
    """
    context = multiprocessing.get_context("spawn")  # never fork a process with open SQLite handles
    worker_in, feeder_out = context.Pipe(duplex=False)
    result_in, worker_out = context.Pipe(duplex=False)
    hungry_in, hungry_out = context.Pipe(duplex=False)
    process = context.Process(
        target=_worker_main,
        args=(worker_in, worker_out, hungry_in, dict(counts)),
        name="stationdesk-import-decoder",
        daemon=True,
    )
    process.start()
    worker_in.close()
    worker_out.close()
    hungry_in.close()
    _widen(result_in)
    failure: list[BaseException] = []
    table_codecs = codecs()
    feeder = threading.Thread(target=_feed, args=(streamed, feeder_out, failure), daemon=True)
    feeder.start()
    outcome: tuple[str, Any] = ("error", "no result")
    try:
        while True:
            # Nothing to read: ask for work. At most one request per message read, and the
            # decoder reads them before each batch, so the request pipe never fills.
            if always_ask or not result_in.poll():
                with contextlib.suppress(OSError):  # the decoder is gone: recv reports it
                    hungry_out.send_bytes(b"")
            try:
                kind, value = unpack(result_in.recv_bytes())
            except EOFError:
                outcome = ("error", "decoder exited")
                break
            if kind == "raw":  # ours to decode (see `_worker_main`)
                table, lines = value
                try:
                    value = prepare_lines(table_codecs.get(table), table, lines)
                except PayloadCorrupt as exc:
                    outcome = ("corrupt", (exc.kind, exc.detail))
                    break
            elif kind != "batch":
                outcome = (kind, value)
                break
            yield value
    finally:
        if outcome[0] != "done":
            process.terminate()  # also unblocks the feeder (broken pipe) when we stop early
        process.join()
        feeder.join()
        result_in.close()
        hungry_out.close()
    if failure:  # a file or key problem found while decrypting explains any damage the worker saw
        raise failure[0]
    if outcome[0] == "corrupt":
        raise payload_error(*outcome[1])
    if outcome[0] != "done":
        raise DecoderFailed(str(outcome[1]))


def decoded_batches(streamed: Any, counts: Mapping[str, int], *, worker: bool) -> Iterator[Batch]:
    """Batches of a verified bundle in file order; `bundle_hash` is known after the last one."""
    if worker and worker_available():
        return _in_worker(streamed, counts)
    return _in_process(streamed)


__all__ = [
    "BATCH",
    "WORKER_MIN_RECORDS",
    "Batch",
    "DecoderFailed",
    "decoded_batches",
    "pack",
    "prepare",
    "prepare_lines",
    "unpack",
]
