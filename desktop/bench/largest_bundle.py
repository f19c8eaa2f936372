"""The largest bundle an import may be given, for the district import's memory line.

The budget (docs/architecture.md §8) holds for the largest *legal* bundle: `MAX_BUNDLE_RECORDS`
records (docs/bundle-format.md §6a). The bench station's full export is smaller, so this writes a
copy of it, signed by the same station for the same district, whose visits table is topped up
with copies of its first visits under fresh ids (same clients, same stamps) until the bundle holds
exactly the limit. Every extra record passes the import's checks like the ones it copies. Streamed
both ways: the bench process never holds the bundle.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.db.schema import SCHEMA_HEAD
from desktop.services.exchange.codec import codecs
from desktop.sync import KeyPair, stream_bundle, write_bundle
from desktop.sync.manifest import MAX_BUNDLE_RECORDS

TOPPED_UP = "visits"
_TEMPLATES = 1000


def write_largest(source: Path, target: Path, *, station: KeyPair, district: KeyPair) -> int:
    """Write at `target` the bundle of `source` (from `station` to `district`) topped up to the
    record limit; returns its record count."""
    with stream_bundle(source, me=district, trusted={station.identity.station_code: station.identity}) as streamed:
        counts = dict(streamed.manifest.counts)
        missing = MAX_BUNDLE_RECORDS - sum(counts.values())
        if missing < 0 or counts.get(TOPPED_UP, 0) == 0:
            raise ValueError("the source bundle cannot be topped up to the record limit")
        records = streamed.records()
        pending: list[tuple[str, dict[str, Any]]] = []

        def table(name: str) -> Iterator[dict[str, Any]]:
            """The records of `name` as they come in the file (tables are consumed in file order)."""
            templates: list[dict[str, Any]] = []
            while (found := pending.pop() if pending else next(records, None)) is not None:
                if found[0] != name:
                    pending.append(found)
                    break
                record = found[1]
                if name == TOPPED_UP and len(templates) < _TEMPLATES:
                    templates.append(record)
                yield record
            if name == TOPPED_UP:
                for record in itertools.islice(itertools.cycle(templates), missing):
                    yield dict(record, id=str(uuid.uuid4()))

        if set(counts) - set(codecs()):
            raise ValueError("the source bundle has a table this program does not export")
        info = write_bundle(
            target,
            sender=station,
            recipient=district.identity,
            sequence=streamed.manifest.sequence,
            previous_hash=None,
            # In the exporter's order, the order of the file (a manifest lists its counts by name).
            tables={name: table(name) for name in codecs() if name in counts},
            schema_version=SCHEMA_HEAD,
            full=True,
        )
        for _rest in records:  # read to the end: the file's own checks run there
            pass
    return sum(info.manifest.counts.values())


__all__ = ["write_largest"]
