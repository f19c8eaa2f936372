"""Importing a receipt at the sender: the acknowledged bundle and record versions become delivered.

Called by `importer.import_bundle` when the file is a receipt (kind `receipt`). Idempotent by
the receipt's bundle id; `sync_deliveries` keeps the highest confirmed version per peer and record,
which `status.sync_states` compares with the record's current version.
"""

from __future__ import annotations

from pathlib import Path

from desktop.models import ReceivedBundle, SentBundle
from desktop.models.types import utcnow
from desktop.services.context import ServiceContext
from desktop.services.exchange.keys import trusted_identities
from desktop.services.exchange.results import ImportResult
from desktop.services.permissions import helper
from desktop.sync import KeyPair, open_receipt


@helper
def import_receipt(ctx: ServiceContext, path: str | Path, *, keys: KeyPair, dry_run: bool) -> ImportResult:
    """A receipt from a peer: mark the acknowledged bundle and the record versions as delivered."""
    with ctx.db.read() as session:
        trusted = trusted_identities(session)
    receipt = open_receipt(path, me=keys, trusted=trusted)
    sender = receipt.manifest.sender
    with ctx.db.write() as session:
        received = session.get(ReceivedBundle, receipt.manifest.bundle_id)
        if received is not None:
            return ImportResult("receipt", receipt.bundle_id, sender, receipt.sequence, True, dry_run)
        now = utcnow()
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        rows = []
        for item in receipt.applied:
            version = (
                item.version
                if isinstance(item.version, int)
                else int(item.version)
                if str(item.version).isdigit()
                else None
            )
            if version is not None:
                rows.append((sender, item.table, item.id, version, now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")))
        cursor.executemany(
            "INSERT INTO sync_deliveries (peer, table_name, row_id, version, confirmed_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (peer, table_name, row_id) DO UPDATE SET version = max(version, excluded.version),"
            " confirmed_at = excluded.confirmed_at",
            rows,
        )
        sent = session.get(SentBundle, receipt.bundle_id)
        if sent is not None and sent.peer == sender and sent.bundle_hash == receipt.bundle_hash:
            sent.confirmed_at = now
        session.add(
            ReceivedBundle(
                bundle_id=receipt.manifest.bundle_id,
                bundle_hash=receipt.receipt_hash,
                kind="receipt",
                sender=sender,
                sequence=receipt.manifest.sequence,
                previous_hash=receipt.manifest.previous_hash,
                full=False,
                created_at=receipt.manifest.created_at,
                received_at=now,
            )
        )
        if dry_run:
            session.rollback()
        return ImportResult(
            "receipt",
            receipt.bundle_id,
            sender,
            receipt.sequence,
            False,
            dry_run,
            confirmed=len(rows),
            quarantined=sum(receipt.quarantined.values()),
            not_owner=receipt.quarantined.get("not_owner", 0),
        )
