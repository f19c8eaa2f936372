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

    def close(self) -> None:
        self.ctx.db.dispose()


def open_station(paths: AppPaths) -> OpenStation | StartupCheck:
    """Check the file (the cheap check of desktop.db.health), then open (and if needed migrate) it;
    the failed check when it is damaged."""
    check = startup_check(paths)
    if not check.ok:
        return check
    return opened_station(paths)


def opened_station(paths: AppPaths) -> OpenStation:
    """Open the database without the check (the caller has made it)."""
    db = open_database(paths)
    try:
        ctx = ServiceContext(db, paths, ANONYMOUS)
        purge_once_after_upgrade(ctx)  # other stations' rows from earlier versions (issue 16)
        return OpenStation(ctx, station_info(db))
    except BaseException:
        db.dispose()
        raise
