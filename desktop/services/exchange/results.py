"""What an import reports: counts per table, the quarantine, missing sequence numbers, the receipt.

Its own module because both importers build it — bundles (`importer`) and receipts (`receipts`) —
and the importer hands receipts to `receipts`: kept in either, the two would import each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ImportResult:
    kind: str
    bundle_id: str
    sender: str
    sequence: int
    duplicate: bool
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    quarantined: int = 0
    not_owner: int = 0  # of those quarantined: records the sender may not write (issue 16, item 3)
    confirmed: int = 0
    per_table: dict[str, dict[str, int]] = field(default_factory=dict)
    quarantine: list[dict[str, str]] = field(default_factory=list)
    missing_sequences: list[int] = field(default_factory=list)
    chain_warnings: list[str] = field(default_factory=list)
    retried: int = 0
    purged: int = 0  # rows outside this station's scope removed after the import (issue 16, item 1)
    report_id: int | None = None
    receipt: str | None = None
    backup: str | None = None
    records: int = 0
    seconds: float = 0.0
    records_per_second: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
