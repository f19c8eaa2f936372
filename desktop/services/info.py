"""What an installation holds: station, mode, schema version and record counts per table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.models import SYNCED_TABLES, User
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.setup import StationInfo, station_info


@dataclass(frozen=True)
class InstallationInfo:
    station: StationInfo
    counts: dict[str, int]


@entry("station.read")
def installation_info(ctx: ServiceContext) -> InstallationInfo:
    """Counts of live (not tombstoned) rows per synced table, plus users."""
    counts: dict[str, int] = {}
    with ctx.db.read() as session:
        for table in SYNCED_TABLES:
            name = table.__tablename__  # type: ignore[attr-defined]
            counts[name] = int(
                session.scalar(select(func.count()).select_from(table).where(table.deleted.is_(False))) or 0
            )
        counts["users"] = int(session.scalar(select(func.count(User.id))) or 0)
    return InstallationInfo(station_info(ctx.db), counts)
