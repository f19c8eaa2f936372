"""A demo station for the table tests: clients with visits over two list pages, volunteers with hours."""

from __future__ import annotations

import pytest

from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

DEMO_CLIENTS = 70  # about 6 visits each: the visit list needs more than one page of 200


@pytest.fixture
def lead(anonymous: ServiceContext) -> ServiceContext:
    """The station lead of a demo station (reads clients, visits, volunteers, audit and backups)."""
    from desktop.services.auth import login

    generate_demo(
        ServiceContext(anonymous.db, anonymous.paths),
        clients=DEMO_CLIENTS,
        visits_per_client=6,
        volunteers=12,
        shifts=120,
    )
    return anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))


@pytest.fixture
def admin(lead: ServiceContext) -> ServiceContext:
    from desktop.services.auth import login

    return lead.as_actor(login(lead, "admin", ADMIN_PASSWORD))
