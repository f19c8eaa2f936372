"""Where StationDesk keeps its files, and where it finds its shipped resources.

The data directory holds the database, backups, logs, exports and keys. It is the platformdirs
user data dir unless `--data-dir` or `STATIONDESK_DATA_DIR` says otherwise. Resources (fonts,
translations, reference lists) are found next to the source tree or inside a frozen bundle.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "StationDesk"
DB_FILENAME = "stationdesk.sqlite3"
# Named here, not in desktop/db/keyring.py, so that the start can read the station's public name
# without loading the crypto modules (desktop/db/peek.py).
KEYRING_FILE = "keyring.json"
# Wrong passwords at the key unwrap, counted toward the lockout (desktop/services/unlock_guard.py).
UNLOCK_FAILURES_FILE = "unlock-failures.json"
# In the backups folder: a spare of the recovery wrap (desktop/db/keyring.py, `spare_path`).
RECOVERY_SPARE_FILE = "recovery-wrap.json"


def _resource_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, from source or from a PyInstaller bundle."""
    return _resource_root().joinpath(*parts)


@dataclass(frozen=True)
class AppPaths:
    """The files of one installation's data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"

    @property
    def preferences(self) -> Path:
        """This computer's own choices (the interface language), kept out of the synced database."""
        return self.data_dir / "preferences.json"

    @property
    def keys(self) -> Path:
        return self.data_dir / "keys"

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.backups, self.logs, self.exports, self.keys):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Data dir from the argument, then STATIONDESK_DATA_DIR, then platformdirs."""
    chosen = data_dir or os.environ.get("STATIONDESK_DATA_DIR")
    return AppPaths(Path(chosen).expanduser().resolve() if chosen else default_data_dir())
