"""The records an import applied, kept in a temporary file for the receipt.

The receipt names every applied record (table, id, version; docs/bundle-format.md §5). Held as
Python tuples that costs ≈ 180 bytes a record, so the largest legal bundle would need about a
gigabyte for this list alone; written out batch by batch it costs nothing in memory. The file is
anonymous (deleted by the system when closed, even after a crash) and holds ids and versions
only, never personal data — the same the receipt itself carries.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

import orjson

_FLUSH_BYTES = 1 << 20


class AppliedLog:
    """Append (table, ids, versions) while applying; `freeze()` once, then iterate the records."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._frozen = False

    def add(self, table: str, ids: Iterable[str], versions: Iterable[int]) -> None:
        if self._frozen:
            raise RuntimeError("the applied log is frozen")
        ids, versions = list(ids), list(versions)
        if not ids:
            return
        line = orjson.dumps([table, ids, versions]) + b"\n"
        self._pending.append(line)
        self._pending_bytes += len(line)
        if self._pending_bytes >= _FLUSH_BYTES:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="stationdesk-applied-")  # noqa: SIM115 - lives until close()
        self._file.seek(0, 2)
        self._file.writelines(self._pending)
        self._pending.clear()
        self._pending_bytes = 0

    def freeze(self) -> Iterator[tuple[str, str, int]]:
        """Every record added, in order; nothing can be added afterwards. Read by one consumer (the
        receipt's thread) while the importer goes on with other work."""
        self._frozen = True
        self._flush()
        return self._records(self._file)

    @staticmethod
    def _records(file: IO[bytes] | None) -> Iterator[tuple[str, str, int]]:
        if file is None:
            return
        try:
            file.seek(0)
            for line in file:
                table, ids, versions = orjson.loads(line)
                for row_id, version in zip(ids, versions, strict=True):
                    yield table, row_id, version
        finally:  # read to the end, or abandoned by a failed receipt: the reader closes it
            file.close()

    def close(self) -> None:
        """Remove the file (not once frozen: then its reader closes it)."""
        if self._file is not None and not self._frozen:
            self._file.close()
            self._file = None


__all__ = ["AppliedLog"]
