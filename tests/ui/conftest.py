"""UI fixtures: a real installation with a few clients, a task runner, message boxes captured."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.casework.clients import ClientInput, create_client
from desktop.services.context import ANONYMOUS, ServiceContext
from tests.conftest import STAFF_PASSWORD

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner

CLIENTS = (
    ClientInput(name="张三丰", id_number="11010519491231002X", phone="13812345678", district_code="310104"),
    ClientInput(name="张伟", phone="13900001111"),
    ClientInput(name="欧阳娜娜", phone="13700002222"),
    ClientInput(name="曾小贤", phone="13600003333"),
)


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    """As the app does (desktop/ui/shell/collector.py): no automatic collection during a UI test, which
    could run in a TaskRunner worker and destroy Qt objects there; collect here, afterwards."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def headless_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    monkeypatch.setattr(dialogs, "headless", True)
    dialogs.shown.clear()
    yield dialogs.shown


@pytest.fixture
def anonymous(installation: AppPaths) -> Iterator[ServiceContext]:
    from desktop.services.auth import login

    db = open_database(installation)
    ctx = ServiceContext(db, installation, ANONYMOUS)
    worker = ctx.as_actor(login(ctx, "cw1", STAFF_PASSWORD))
    for client in CLIENTS:
        create_client(worker, client)
    yield ctx
    db.dispose()


@pytest.fixture
def runner(qtbot: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@pytest.fixture
def caseworker(anonymous: ServiceContext) -> ServiceContext:
    from desktop.services.auth import login

    return anonymous.as_actor(login(anonymous, "cw1", STAFF_PASSWORD))


# The real application on a demo station, for the journeys and the all-controls walk.
from tests.ui.app_under_test import demo_station, demo_template, error_boxes, start_app  # noqa: E402, F401
