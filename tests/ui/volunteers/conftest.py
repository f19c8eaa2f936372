"""UI fixtures for the volunteer module: a coordinator on a real installation."""

from __future__ import annotations

import pytest

from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD


@pytest.fixture
def coordinator(anonymous: ServiceContext) -> ServiceContext:
    from desktop.services.auth import login

    return anonymous.as_actor(login(anonymous, "coord", STAFF_PASSWORD))
