"""Bundles a trusted but hostile peer could send: valid signature and encryption, chosen records.

They are written with the project's own `write_bundle` and the sending node's real keys, so they
pass every check of the file layer; what they carry is what the import must judge.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from desktop.db.schema import SCHEMA_HEAD
from desktop.sync import open_bundle, write_bundle
from tests.unit.exchange.conftest import Node

_numbers = itertools.count(1000)


def forge(sender: Node, recipient: Node, tables: dict[str, list[dict[str, Any]]], *, name: str = "forged") -> Path:
    """A signed bundle from `sender` to `recipient` holding exactly `tables`."""
    out = sender.paths.data_dir.parent / f"{name}-{next(_numbers)}.sdbundle"
    write_bundle(
        out,
        sender=sender.keys,
        recipient=recipient.keys.identity,
        sequence=next(_numbers),
        previous_hash=None,
        tables=tables,
        schema_version=SCHEMA_HEAD,
        full=False,
    )
    return out


def genuine(sender: Node, recipient: Node, table: str, *, full: bool = False) -> list[dict[str, Any]]:
    """The records of `table` in a real export from `sender` to `recipient` (templates to tamper with)."""
    bundle = sender.export_to(recipient, full=full)
    opened = open_bundle(bundle, me=recipient.keys, trusted={sender.code: sender.keys.identity})
    bundle.unlink()
    return opened.tables[table]
