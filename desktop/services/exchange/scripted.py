"""The simple pair for scripts and the smoke test: export to a peer / import a file, by passphrase.

`export_to_peer` and `import_file` unlock the keystore, then call the full services
(`exporter.export_bundle`, `importer.import_bundle`); callers that export or import many
times unlock once with `keys.unlock_keys` and call those directly.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.context import ServiceContext
from desktop.services.exchange.exporter import ExportResult, export_bundle
from desktop.services.exchange.importer import import_bundle
from desktop.services.exchange.keys import unlock_keys
from desktop.services.exchange.results import ImportResult
from desktop.services.permissions import entry


@entry("sync.exchange")
def export_to_peer(
    ctx: ServiceContext, peer: str, out: str | Path, passphrase: str, *, full: bool = False
) -> ExportResult:
    """Write the next bundle for `peer` into `out` (a folder gets the default file name)."""
    return export_bundle(ctx, peer, out, keys=unlock_keys(ctx, passphrase), full=full)


@entry("sync.exchange")
def import_file(
    ctx: ServiceContext, path: str | Path, passphrase: str, *, receipt_out: str | Path | None = None
) -> ImportResult:
    """Import a data bundle (writing a receipt) or a receipt."""
    return import_bundle(ctx, path, keys=unlock_keys(ctx, passphrase), receipt_out=receipt_out)
