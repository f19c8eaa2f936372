"""Quarantined records beyond a memory bound, kept in a temporary file until the import stores them.

A hostile or broken bundle can consist of nothing but records to set aside; each is at most one
line (`payload.MAX_LINE_BYTES`), but a million of them would not fit in memory. The first
`MEMORY_BYTES` stay as they are; later ones go to an anonymous temporary file (deleted by the
system when closed, even after a crash) and are read back one at a time.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from typing import IO, Any

import orjson

MEMORY_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Spilled:
    """Where a spilled record lies in the spill file."""

    offset: int
    length: int


class Spill:
    def __init__(self, memory_bytes: int | None = None) -> None:
        self.memory_bytes = MEMORY_BYTES if memory_bytes is None else memory_bytes
        self.held = 0
        self.spilled = 0
        self._file: IO[bytes] | None = None

    def keep(self, record: Any) -> Any:
        """`record` itself while memory allows, else a `Spilled` reference to it."""
        try:
            data = orjson.dumps(record)
        except TypeError:  # not JSON (cannot come from a file): keep as it is
            return record
        if self.held + len(data) <= self.memory_bytes:
            self.held += len(data)
            return record
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="stationdesk-quarantine-")  # noqa: SIM115 - lives until close()
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._file.write(data)
        self.spilled += 1
        return Spilled(offset, len(data))

    def load(self, value: Any) -> Any:
        """The record behind what `keep` returned."""
        if type(value) is not Spilled or self._file is None:
            return value
        self._file.seek(value.offset)
        return orjson.loads(self._file.read(value.length))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
