"""Atomic, durable file writes for the small files of the sync layer (keystore, enrollment).

A keystore or enrollment file is written to a temporary file in the target folder, flushed to
disk, then renamed over the target, so a crash or a pulled USB stick never leaves half a file.
Keystores are created readable by the owner only (POSIX mode 0600; on Windows the file inherits
the folder's ACL, which for the user data folder is the user's own). Bundles use the same steps
in `bundle.py`, streamed.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from desktop.sync.errors import BundleWriteFailed


def fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows cannot open a folder, NTFS journals renames."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` atomically; `private` makes the file owner-only (for keystores).

    Raises `BundleWriteFailed` (a StorageError, code `bundle.write_failed`) on any OS error;
    the target is then unchanged and no temporary file remains.
    """
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temporary, flags, 0o600 if private else 0o644)
        with open(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
        fsync_directory(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise BundleWriteFailed(detail=exc.strerror or type(exc).__name__) from exc
