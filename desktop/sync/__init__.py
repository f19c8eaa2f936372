"""desktop.sync — the file layer of synchronisation: keys, enrollment, bundles and receipts.

Nothing in this package touches the database, Qt or PDFs: callers (the export/import services)
hand in and get back plain dicts, bytes and frozen dataclasses. The format is documented in
`docs/bundle-format.md`; errors are in `desktop.sync.errors`.
"""

from desktop.sync.bundle import (
    BundleInfo,
    OpenedBundle,
    StreamedBundle,
    bundle_hash,
    open_bundle,
    read_manifest,
    stream_bundle,
    write_bundle,
)
from desktop.sync.enrollment import read_enrollment, write_enrollment
from desktop.sync.files import write_file_atomic
from desktop.sync.keys import (
    KdfParams,
    KeyPair,
    PublicIdentity,
    create_keystore,
    fingerprint,
    generate_keypair,
    keystore_identity,
    open_keystore,
    rewrap_keystore,
    verify_fingerprint,
)
from desktop.sync.manifest import FORMAT_VERSION, KIND_DATA, KIND_RECEIPT, Manifest, PayloadInfo
from desktop.sync.receipts import AppliedRecord, Receipt, open_receipt, write_receipt

__all__ = [
    "FORMAT_VERSION",
    "KIND_DATA",
    "KIND_RECEIPT",
    "AppliedRecord",
    "BundleInfo",
    "KdfParams",
    "KeyPair",
    "Manifest",
    "OpenedBundle",
    "PayloadInfo",
    "PublicIdentity",
    "Receipt",
    "StreamedBundle",
    "bundle_hash",
    "create_keystore",
    "fingerprint",
    "generate_keypair",
    "keystore_identity",
    "open_bundle",
    "open_keystore",
    "open_receipt",
    "read_enrollment",
    "read_manifest",
    "rewrap_keystore",
    "stream_bundle",
    "verify_fingerprint",
    "write_bundle",
    "write_enrollment",
    "write_file_atomic",
    "write_receipt",
]
