"""Fixtures for the volunteer services: a coordinator on a real station database, and helpers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.volunteers.register import VolunteerInput, create_volunteer
from tests.conftest import STAFF_PASSWORD

# Valid ID numbers (GB 11643 check digits) and mobiles for the register.
ID_A = "11010519491231002X"
ID_B = "310104198001010017"


@pytest.fixture
def coord(installation: AppPaths) -> Iterator[ServiceContext]:
    """A service context acting as the volunteer coordinator `coord`."""
    from desktop.services.auth import login

    db = open_database(installation)
    anonymous = ServiceContext(db, installation, ANONYMOUS)
    yield anonymous.as_actor(login(anonymous, "coord", STAFF_PASSWORD))
    db.dispose()


def add_volunteer(ctx: ServiceContext, name: str, phone: str, **kwargs: object) -> str:
    return create_volunteer(ctx, VolunteerInput(name=name, phone=phone, **kwargs)).id  # type: ignore[arg-type]


def weekly(*days: str, start: str = "08:00", end: str = "18:00") -> dict[str, object]:
    """An availability record: these weekdays ("mon"…) from start to end."""
    return {"version": 1, "weekly": {d: [[start, end]] for d in days}, "exceptions": []}
