"""Casework decides "today" on the station's clock, not the PC's (docs/domain.md §2.4).

At 17:30 UTC on 1 March, in a process set to Los Angeles time, the station is at 01:30 on 2 March:
a visit dated 2 March is today's (accepted, 3 March is refused as in the future), and a client
due on 2 March is due today while one due on 1 March is overdue by a day.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from desktop.errors import ValidationError
from desktop.models import Client
from desktop.services.casework.clients import ClientInput, create_client
from desktop.services.casework.dashboard import dashboard
from desktop.services.casework.visit_input import VisitInput
from desktop.services.casework.visits import list_visits, log_visit
from desktop.services.context import ServiceContext
from tests.clock import EVENING_UTC, FAR_TIME_ZONE, fix_clock, process_time_zone

STATION_DAY = date(2026, 3, 2)


@pytest.fixture
def station_evening(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    fix_clock(monkeypatch, EVENING_UTC)
    with process_time_zone(FAR_TIME_ZONE):
        yield


def test_a_visit_dated_the_stations_today_is_accepted_and_tomorrow_is_not(
    ctx: ServiceContext, station_evening: None
) -> None:
    client = create_client(ctx, ClientInput(name="王建国"), allow_duplicate=True)
    with ctx.db.read() as session:
        stored = session.get(Client, client.id)
        assert stored is not None and stored.registered_on == STATION_DAY
    log_visit(ctx, VisitInput(client_id=client.id, visit_date=STATION_DAY, narrative="电话随访"))
    with pytest.raises(ValidationError) as refused:
        log_visit(ctx, VisitInput(client_id=client.id, visit_date=STATION_DAY + timedelta(days=1)))
    assert refused.value.code == "visit.date_future"
    assert [v.visit_date for v in list_visits(ctx, client.id)] == [STATION_DAY]


def test_due_today_and_overdue_are_counted_from_the_stations_date(ctx: ServiceContext, station_evening: None) -> None:
    # A client with no visit yet is due two weeks after registration (docs/domain.md, 2.2).
    due_today = create_client(ctx, ClientInput(name="今日甲", registered_on=STATION_DAY - timedelta(days=14)))
    overdue = create_client(ctx, ClientInput(name="逾期乙", registered_on=STATION_DAY - timedelta(days=15)))
    board = dashboard(ctx)
    assert board.today == STATION_DAY
    assert [(e.client_id, e.days) for e in board.due_soon.entries] == [(due_today.id, 0)]
    assert [(e.client_id, e.days) for e in board.overdue.entries] == [(overdue.id, 1)]
