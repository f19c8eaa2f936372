"""Where every file and folder prompt starts: on a removable drive when one is mounted (the U盘 a
data package, an export or a printed PDF is carried on), else in the user's Documents folder —
never in the program's own folder, the working directory the dialogs fell back to (issue 19).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass

# Where desktop Linux and macOS mount removable media.
_REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Volume:
    root: str
    ready: bool
    read_only: bool
    removable: bool  # as the system says (Windows); elsewhere decided by where it is mounted


def _removable(volume: Volume) -> bool:
    if not volume.ready or volume.read_only:
        return False
    if volume.removable:
        return True
    root = volume.root.replace("\\", "/").rstrip("/") + "/"
    return root.startswith(_REMOVABLE_PREFIXES)


def choose_start(volumes: Iterable[Volume], documents: str) -> str:
    """The first writable removable drive, else `documents` ("" when there is none either)."""
    drives = sorted(v.root for v in volumes if _removable(v))
    return drives[0] if drives else documents


def _windows_removable(root: str) -> bool:
    import ctypes

    drive_removable = 2
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable)  # type: ignore[attr-defined]


def mounted_volumes() -> list[Volume]:
    from PySide6.QtCore import QStorageInfo

    found = []
    for info in QStorageInfo.mountedVolumes():
        root = info.rootPath()
        removable = sys.platform == "win32" and info.isReady() and _windows_removable(root)
        found.append(Volume(root, info.isReady(), info.isReadOnly(), removable))
    return found


def documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def start_folder() -> str:
    return choose_start(mounted_volumes(), documents_folder())
