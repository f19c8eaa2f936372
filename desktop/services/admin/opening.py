"""Opening a set-up station's database for the GUI's start, after the integrity check."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.admin.backups import StartupCheck, startup_check
from desktop.services.admin.setup import StationInfo, station_info
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.exchange.trust.purge import purge_once_after_upgrade


@dataclass(frozen=True)
class OpenStation:
    """The open database as the anonymous actor (for the sign-in), and the station's details."""

    ctx: ServiceContext
    station: StationInfo
    # Opened after a header and schema read only: the window's background task runs the full check.
    full_check_owed: bool = False

    def close(self) -> None:
        self.ctx.db.dispose()


def locked(paths: AppPaths) -> bool:
    """The station is encrypted and its key not known yet: only a sign-in can open it.

    A plain database from before the upgrade is converted here first (docs/security.md)."""
    from desktop.db import cipher
    from desktop.services.admin.conversion import convert_if_plain
    from desktop.services.station_key import is_encrypted, require_keyring

    require_keyring(paths)
    convert_if_plain(paths)
    return is_encrypted(paths.data_dir) and cipher.key_for(paths.database) is None


def open_station(paths: AppPaths) -> OpenStation | StartupCheck:
    """Check the file (the cheap check of desktop.db.health, its full check owed to the background
    when the file is not as we left it), then open (and if needed migrate) it; the failed check
    when it is damaged."""
    check = startup_check(paths, defer_full=True)
    if not check.ok:
        return check
    return opened_station(paths, full_check_owed=check.full_check_owed)


def opened_station(paths: AppPaths, *, full_check_owed: bool = False) -> OpenStation:
    """Open the database without the check (the caller has made it)."""
    db = open_database(paths)
    try:
        ctx = ServiceContext(db, paths, ANONYMOUS)
        purge_once_after_upgrade(ctx)  # other stations' rows from earlier versions (docs/bundle-format.md §6c)
        return OpenStation(ctx, station_info(db), full_check_owed)
    except BaseException:
        db.dispose()
        raise
