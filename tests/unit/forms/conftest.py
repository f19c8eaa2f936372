"""Fixtures for the printing tests: a seeded real database and contexts acting in each role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.unit.forms.seed import Seeded, seed

USERS = {"caseworker": "cw1", "lead": "lead", "coordinator": "coord", "district_admin": "district"}


@pytest.fixture
def seeded(ctx: ServiceContext) -> Seeded:
    return seed(ctx)


@pytest.fixture
def as_role(ctx: ServiceContext) -> Callable[[str], ServiceContext]:
    def make(role: str) -> ServiceContext:
        anonymous = ctx.as_actor(ANONYMOUS)
        return anonymous.as_actor(login(anonymous, USERS[role], STAFF_PASSWORD))

    return make
