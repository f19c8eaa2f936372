"""Imported visits move the receiver's schedule: the district's due, overdue, high-risk and pace
lists, and a station's after a transfer, follow the follow-ups that arrived (an import writes
through the driver, so it must recompute what the services would have)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from desktop.domain.clock import station_today
from desktop.services.casework.schedule_index import rebuild_schedule
from desktop.services.exchange import apply
from desktop.services.exchange.status import transfer_client
from tests import keyed
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client, add_visit

_COLUMNS = "client_id, next_due, key_attention, last_risk, status, pace_year, year_followups, followup_due"


def _schedule(node: Node, client_id: str) -> tuple[Any, ...] | None:
    with keyed.connect(node.paths.database) as db:
        return db.execute(f"SELECT {_COLUMNS} FROM client_schedule WHERE client_id = ?", (client_id,)).fetchone()


def _final_visit(node: Node, client_id: str, days_ago: int, risk: int) -> str:
    day = station_today() - timedelta(days=days_ago)
    return add_visit(
        node,
        client_id,
        visit_date=day,
        status="final",
        mode=2,
        objects_seen=[1],
        risk_level=risk,
        next_visit_date=day + timedelta(days=14 if risk >= 3 else 90),
    )


def test_the_district_schedule_follows_the_visits_it_imports(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    client = add_client(a, "张三丰", management_status="在管")
    _final_visit(a, client, 40, 1)
    rebuild_schedule(a.ctx)
    d.import_(a.export_to(d))
    assert _schedule(d, client) == _schedule(a, client)
    first = _schedule(d, client)
    assert first is not None and first[3] == 1
    # A risk-4 follow-up arrives later: the district's row moves with it, as the station's did.
    _final_visit(a, client, 2, 4)
    rebuild_schedule(a.ctx)
    d.import_(a.export_to(d))
    assert _schedule(d, client) == _schedule(a, client)
    assert _schedule(d, client) != first and _schedule(d, client)[3] == 4


def test_a_transferred_client_arrives_with_a_schedule(network: dict[str, Node]) -> None:
    a, b, d = network["A"], network["B"], network["D"]
    client = add_client(a, "李四光", management_status="在管")
    _final_visit(a, client, 10, 3)
    rebuild_schedule(a.ctx)
    d.import_(a.export_to(d))
    transfer_client(d.ctx, client, b.code)
    b.import_(d.export_to(b))
    assert _schedule(b, client) is not None
    assert _schedule(b, client)[1:4] == _schedule(a, client)[1:4]


def test_past_the_bound_on_listed_clients_every_schedule_row_is_recomputed(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, d = network["A"], network["D"]
    clients = [add_client(a, f"王{n}", management_status="在管") for n in range(3)]
    for n, client in enumerate(clients):
        _final_visit(a, client, 30 + n, 1 + n)
    rebuild_schedule(a.ctx)
    monkeypatch.setattr(apply, "TOUCHED_LIMIT", 1)  # more clients arrive than are listed
    d.import_(a.export_to(d))
    assert [_schedule(d, c) for c in clients] == [_schedule(a, c) for c in clients]
    assert all(_schedule(d, c) is not None for c in clients)
