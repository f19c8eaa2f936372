"""The import's receipt, written in a thread while the import rebuilds its indexes and commits.

Encoding, compressing, encrypting and signing a receipt for a million records takes seconds of
Python; rebuilding the deferred indexes and committing takes seconds of SQLite, which runs with
the GIL released. So once the applied records are known (after the quarantine retry), the
importer starts a `ReceiptJob`: it writes the signed receipt to a hidden file next to the target,
and only after the commit has succeeded does `publish()` move it into place (an atomic rename).
If the import fails, `discard()` removes it: a receipt never exists for records that were not
committed.
"""

from __future__ import annotations

import os
import threading
import uuid
from pathlib import Path
from typing import Any

from desktop.db.schema import SCHEMA_HEAD
from desktop.sync import KeyPair, write_receipt


class ReceiptJob:
    """Write the receipt for `applied` in a thread; `publish()` after the commit, else `discard()`."""

    def __init__(
        self,
        target: Path,
        *,
        sender: KeyPair,
        recipient: Any,
        acknowledged: Any,
        acknowledged_hash: str,
        applied: list[tuple[str, str, int]],
        quarantined: dict[str, int] | None = None,
    ) -> None:
        self.target = target
        self.staged = target.with_name(f".{target.name}.{uuid.uuid4().hex}.staged")
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run,
            args=(sender, recipient, acknowledged, acknowledged_hash, applied, quarantined or {}),
            name="stationdesk-receipt",
            daemon=True,
        )
        self._thread.start()

    def _run(
        self,
        sender: KeyPair,
        recipient: Any,
        acknowledged: Any,
        bundle_hash: str,
        applied: list[Any],
        quarantined: dict[str, int],
    ) -> None:
        try:
            write_receipt(
                self.staged,
                sender=sender,
                recipient=recipient,
                acknowledged=acknowledged,
                acknowledged_hash=bundle_hash,
                applied=applied,
                schema_version=SCHEMA_HEAD,
                quarantined=quarantined,
            )
        except BaseException as exc:  # raised by publish(), in the importer's thread
            self._error = exc

    def publish(self) -> Path:
        """Wait for the receipt and move it into place (call only after the commit succeeded)."""
        self._thread.join()
        if self._error is not None:
            self.staged.unlink(missing_ok=True)
            raise self._error
        os.replace(self.staged, self.target)
        return self.target

    def discard(self) -> None:
        """The import failed: wait for the thread and remove what it wrote."""
        self._thread.join()
        self.staged.unlink(missing_ok=True)
