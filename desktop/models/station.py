"""Stations known to this installation: itself, and (in district mode) the stations it serves."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced


class Station(Synced, Base):
    """A social-work station or a district office (mode `district`)."""

    __tablename__ = "stations"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    district: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16), default="station")
    # The district office a station reports to (its station code), empty for a district.
    parent_code: Mapped[str] = mapped_column(String(32), default="")
    contact: Mapped[str] = mapped_column(String(128), default="")
