"""The bundle payload before encryption: JSON lines per table, zlib-compressed.

Layout of the plaintext (UTF-8, one JSON value per line):
    ["table","clients"]        a control line (JSON array) opens each table's section
    {"id": "...", ...}         one record per line (JSON object), as many as the table has
    ["table","visits"]
    ...
    ["end"]                    closes the stream; nothing may follow
Records must be dicts of JSON values (str, int, float, bool, None, list, dict; str keys; ints
within 64 bits). Datetimes, bytes and other types are refused rather than silently turned into
strings, so what is read back equals what was written. (orjson writes NaN and ±inf as null:
callers must not put them in records.) orjson does the encoding: per docs/architecture.md §8a JSON encoding
dominates bundle time, and orjson is several times faster than the stdlib here.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import repeat
from typing import Any

import orjson

from desktop.sync.manifest import TABLE_NAME_RE

# Datetimes and dataclasses would come back as strings and dicts: refuse them (TypeError) so the
# caller converts explicitly. Subclasses of str/int/dict (e.g. StrEnum codes) are written as their
# base type, which compares equal to the original.
_DUMP_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
_END = b'["end"]'
# Compress in pieces of this size: big enough for zlib and orjson to run at full speed,
# small enough that memory stays flat for a million records.
_BATCH_BYTES = 512 * 1024
COMPRESS_LEVEL = 6
_DECOMPRESS_PIECE = 4 * 1024 * 1024
# Bounds of a readable payload (docs/bundle-format.md §6a). A record line holds at most one row:
# a visit with six narrative texts at their limit is ≈ 0.4 MB, so 1 MiB leaves room and keeps a
# single line from filling memory. The ratio is well above what JSON rows reach (≈ 5–20×) and the
# slack lets a small payload of empty rows through.
MAX_LINE_BYTES = 1024 * 1024
MAX_RATIO = 100
_RATIO_SLACK = 16 * 1024 * 1024


class PayloadCorrupt(Exception):
    """Internal: the decrypted payload is not what the format says.

    `kind` says which error the reader raises: "corrupt" (`bundle.corrupt_payload`), "line" (a line
    over `MAX_LINE_BYTES`, `bundle.line_too_long`) or "ratio" (`bundle.compression_ratio`).
    """

    def __init__(self, detail: str, kind: str = "corrupt") -> None:
        super().__init__(detail)
        self.detail = detail
        self.kind = kind


def encode_tables(tables: Mapping[str, Iterable[dict[str, Any]]], sink: Callable[[bytes], None]) -> dict[str, int]:
    """Stream the compressed payload into `sink`; return the record count per table.

    Exceptions raised by a records iterator propagate unchanged (the writer then removes its
    temporary files). A record that is not a dict of JSON values raises TypeError.
    """
    compressor = zlib.compressobj(COMPRESS_LEVEL)
    counts: dict[str, int] = {}
    batch: list[bytes] = []
    size = 0
    dumps = orjson.dumps
    for name, records in tables.items():
        if not isinstance(name, str) or not TABLE_NAME_RE.fullmatch(name):
            raise ValueError(f"invalid table name {name!r}")
        batch.append(dumps(["table", name]))
        count = 0
        for record in records:
            if not isinstance(record, dict):
                raise TypeError(f"records must be dicts, got {type(record).__name__} in table {name}")
            line = dumps(record, option=_DUMP_OPTIONS)
            batch.append(line)
            size += len(line)
            count += 1
            if size >= _BATCH_BYTES:
                sink(compressor.compress(b"\n".join(batch) + b"\n"))
                batch.clear()
                size = 0
        counts[name] = count
    batch.append(_END)
    sink(compressor.compress(b"\n".join(batch) + b"\n") + compressor.flush())
    return counts


def _decompress(chunks: Iterable[bytes]) -> Iterator[bytes]:
    decompressor = zlib.decompressobj()
    consumed = produced = 0
    try:
        for chunk in chunks:
            data = chunk
            consumed += len(chunk)
            while data:
                out = decompressor.decompress(data, _DECOMPRESS_PIECE)
                if out:
                    produced += len(out)
                    if produced > MAX_RATIO * consumed + _RATIO_SLACK:  # a bomb: stop before it costs time
                        raise PayloadCorrupt("解压比例异常", "ratio")
                    yield out
                data = decompressor.unconsumed_tail
                if decompressor.eof:
                    break
            if decompressor.eof and (decompressor.unused_data or decompressor.unconsumed_tail):
                raise PayloadCorrupt("压缩数据之后有多余内容")
        tail = decompressor.flush()
        if tail:
            yield tail
        if not decompressor.eof or decompressor.unused_data:
            raise PayloadCorrupt("压缩数据不完整")
    except zlib.error as exc:
        raise PayloadCorrupt("解压失败") from exc


def _line_blocks(pieces: Iterable[bytes]) -> Iterator[list[bytes]]:
    """The lines of the decompressed stream, a list per piece (a few thousand lines)."""
    pending = b""
    for piece in pieces:
        parts = (pending + piece).split(b"\n")
        pending = parts.pop()
        # Lengths are only looked at here, where the lines are split anyway; max(map(len)) runs in C.
        if len(pending) > MAX_LINE_BYTES or (parts and max(map(len, parts)) > MAX_LINE_BYTES):
            raise PayloadCorrupt("记录过长", "line")
        if parts:
            yield parts
    if pending:
        raise PayloadCorrupt("数据末尾缺少换行")


_NOT_JSON = "记录不是有效的JSON"


def parse_records(items: Iterable[bytes | dict[str, Any]]) -> list[dict[str, Any]]:
    """Records from `iter_records(..., raw=True)`: parse the lines passed through unparsed."""
    loads = orjson.loads
    try:
        return [loads(item) if type(item) is bytes else item for item in items]  # type: ignore[misc]
    except orjson.JSONDecodeError as exc:
        raise PayloadCorrupt(_NOT_JSON) from exc


def iter_records(
    chunks: Iterable[bytes], expected: Mapping[str, int], *, raw: bool = False
) -> Iterator[tuple[str, Any]]:
    """Decompress and parse decrypted chunks into (table, record) pairs, in file order.

    Tables and counts are checked against `expected` as the stream goes; the final check (every
    table complete, the end marker present) happens when the iterator is exhausted, so a consumer
    must treat the records as provisional until then (apply them in one transaction).

    With `raw`, a record line (one that starts with `{`: valid JSON there is always an object) is
    passed on as its bytes, unparsed, so parsing can happen elsewhere (`parse_records`, which
    reports invalid JSON as this function would); control lines are checked here as always.
    """
    for table, records in iter_record_blocks(chunks, expected, raw=raw):
        for record in records:
            yield table, record


class _Sections:
    """The state of one stream's table sections: which table is open, how many records it has."""

    def __init__(self, expected: Mapping[str, int]) -> None:
        self.expected = expected
        self.seen: dict[str, int] = {}
        self.current: str | None = None
        self.count = 0
        self.ended = False

    def records(self, number: int) -> str:
        """`number` more records of the open table; returns its name."""
        if self.ended:
            raise PayloadCorrupt("结束标记之后还有内容")
        if self.current is None:
            raise PayloadCorrupt("记录不属于任何数据表")
        self.count += number
        if self.count > self.expected[self.current]:
            raise PayloadCorrupt("记录数与清单不符")
        return self.current

    def control(self, value: Any) -> None:
        if self.current is not None:
            self.seen[self.current] = self.count
        if value == ["end"]:
            self.ended = True
        elif type(value) is list and len(value) == 2 and value[0] == "table" and isinstance(value[1], str):
            self.current, self.count = value[1], 0
            if self.current in self.seen or self.current not in self.expected:
                raise PayloadCorrupt("数据表与清单不符")
        else:
            raise PayloadCorrupt("无法识别的行")

    def finish(self) -> None:
        if not self.ended:
            raise PayloadCorrupt("缺少结束标记")
        if self.seen != dict(self.expected):
            raise PayloadCorrupt("记录数与清单不符")


def iter_record_blocks(
    chunks: Iterable[bytes], expected: Mapping[str, int], *, raw: bool = False
) -> Iterator[tuple[str, list[Any]]]:
    """`iter_records` by the list: (table, records) with consecutive records of one table.

    Same checks, same errors. Most lists are a whole decompressed piece of record lines: with
    `raw` such a piece is checked and passed on as it is, with no Python work per line — a
    full import reads a million and a half lines."""
    sections = _Sections(expected)
    loads = orjson.loads
    for block in _line_blocks(_decompress(chunks)):
        if raw and sum(map(bytes.startswith, block, repeat(b"{"))) == len(block):
            yield sections.records(len(block)), block
            continue
        out: list[Any] = []
        for line in block:
            if sections.ended:
                raise PayloadCorrupt("结束标记之后还有内容")
            if raw and line[:1] == b"{":
                sections.records(1)
                out.append(line)
                continue
            try:
                value = loads(line)
            except orjson.JSONDecodeError as exc:
                raise PayloadCorrupt(_NOT_JSON) from exc
            if type(value) is dict:
                sections.records(1)
                out.append(value)
                continue
            if out:
                yield sections.current, out  # type: ignore[misc]
                out = []
            sections.control(value)
        if out:
            yield sections.current, out  # type: ignore[misc]
    sections.finish()
