"""Receipts: the signed acknowledgement a receiver sends back after applying a bundle.

A receipt is an ordinary `*.sdbundle` of kind `receipt`, from the receiver to the original
sender, so it is signed and encrypted exactly like data (record ids are not personal data, but
the list of ids still tells who is registered at a station). Its payload has two tables:
    receipt   one line: {"bundle_id", "bundle_hash", "sequence", "sender"} of the acknowledged bundle
    applied   one line per record applied: {"table", "id", "version"}
Receipts stand outside the data chain: their manifest carries `sequence` 0 and no previous hash
unless the caller numbers them itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.sync.bundle import BundleInfo, Source, open_bundle, write_container
from desktop.sync.errors import ReceiptInvalid
from desktop.sync.keys import KeyPair, PublicIdentity
from desktop.sync.manifest import KIND_RECEIPT, TABLE_NAME_RE, Manifest

_HEX64_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class AppliedRecord:
    """One record version the receiver applied (or already had): table, record id, version."""

    table: str
    id: str
    version: int | str


@dataclass(frozen=True)
class Receipt:
    """A verified receipt: which bundle it acknowledges, and which record versions were applied."""

    manifest: Manifest
    bundle_id: str
    bundle_hash: str
    sequence: int
    applied: tuple[AppliedRecord, ...]
    receipt_hash: str
    # Records set aside, per reason code (e.g. `not_owner`); empty from receivers that do not say.
    quarantined: Mapping[str, int] = field(default_factory=dict)


def write_receipt(
    path: str | os.PathLike[str],
    *,
    sender: KeyPair,
    recipient: PublicIdentity,
    acknowledged: Manifest,
    acknowledged_hash: str,
    applied: Iterable[AppliedRecord | tuple[str, str, int | str]],
    schema_version: int | str,
    sequence: int = 0,
    previous_hash: str | None = None,
    created_at: datetime | None = None,
    quarantined: Mapping[str, int] | None = None,
) -> BundleInfo:
    """Write a receipt for the bundle `acknowledged` (whose file hash is `acknowledged_hash`).

    `sender` is the receiver of the data (it signs the receipt); `recipient` is the station
    that sent the data. Written atomically, like every bundle.
    """
    head = {
        "bundle_id": acknowledged.bundle_id,
        "bundle_hash": acknowledged_hash,
        "sequence": acknowledged.sequence,
        "sender": acknowledged.sender,
    }
    if quarantined:  # optional (docs/bundle-format.md §5): absent when nothing was set aside
        head["quarantined"] = dict(quarantined)

    def rows() -> Iterable[dict[str, Any]]:
        for item in applied:
            table, record_id, version = (item.table, item.id, item.version) if isinstance(item, AppliedRecord) else item
            yield {"table": table, "id": record_id, "version": version}

    return write_container(
        path,
        kind=KIND_RECEIPT,
        sender=sender,
        recipient=recipient,
        sequence=sequence,
        previous_hash=previous_hash,
        tables={"receipt": [head], "applied": rows()},
        schema_version=schema_version,
        full=False,
        created_at=created_at,
    )


def open_receipt(source: Source, *, me: KeyPair, trusted: Mapping[str, PublicIdentity]) -> Receipt:
    """Verify and read a receipt (all `open_bundle` checks, then the receipt's own structure)."""
    opened = open_bundle(source, me=me, trusted=trusted, expect_kind=KIND_RECEIPT)
    heads = opened.tables.get("receipt", [])
    if len(heads) != 1 or set(opened.tables) != {"receipt", "applied"}:
        raise ReceiptInvalid(detail="缺少回执头")
    head = heads[0]
    bundle_id, bundle_hash, sequence = head.get("bundle_id"), head.get("bundle_hash"), head.get("sequence")
    if (
        not isinstance(bundle_id, str)
        or not isinstance(bundle_hash, str)
        or not _HEX64_RE.fullmatch(bundle_hash)
        or not isinstance(sequence, int)
        or isinstance(sequence, bool)
        or head.get("sender") != me.identity.station_code
    ):
        raise ReceiptInvalid(detail="回执头无效")
    applied = []
    for row in opened.tables["applied"]:
        table, record_id, version = row.get("table"), row.get("id"), row.get("version")
        if (
            not isinstance(table, str)
            or not TABLE_NAME_RE.fullmatch(table)
            or not isinstance(record_id, str)
            or isinstance(version, bool)
            or not isinstance(version, int | str)
        ):
            raise ReceiptInvalid(detail="记录条目无效")
        applied.append(AppliedRecord(table, record_id, version))
    return Receipt(
        manifest=opened.manifest,
        bundle_id=bundle_id,
        bundle_hash=bundle_hash,
        sequence=sequence,
        applied=tuple(applied),
        receipt_hash=opened.bundle_hash,
        quarantined=_quarantined(head.get("quarantined")),
    )


def _quarantined(value: Any) -> dict[str, int]:
    """The optional per-reason counts of a receipt head; malformed counts are refused like the rest."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and type(v) is int and v >= 0 for k, v in value.items()
    ):
        raise ReceiptInvalid(detail="回执头无效")
    return value
