"""Receipts mark records delivered (per-record sync state); the district transfers clients."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.errors import AppError, PermissionDenied
from desktop.models import Client, Visit
from desktop.services.context import Actor
from desktop.services.exchange.status import (
    CONFIRMED,
    SENT,
    UNSENT,
    exchange_overview,
    sync_states,
    transfer_client,
    transfer_options,
)
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client, add_visit, edit, get


def test_sync_state_goes_unsent_sent_confirmed_and_back_to_unsent_on_edit(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    first, second = add_client(a, "甲"), add_client(a, "乙")
    assert sync_states(a.ctx, "clients", [first, second]) == {first: UNSENT, second: UNSENT}
    bundle = a.export_to(d)
    assert sync_states(a.ctx, "clients", [first, second]) == {first: SENT, second: SENT}
    result = d.import_(bundle)
    receipt = a.import_(result.receipt)
    assert receipt.kind == "receipt" and receipt.confirmed == 3
    assert sync_states(a.ctx, "clients", [first, second]) == {first: CONFIRMED, second: CONFIRMED}
    assert exchange_overview(a.ctx).peers[0].last_confirmed_sequence == 1
    edit(a, Client, first, notes="新备注")
    assert sync_states(a.ctx, "clients", [first, second]) == {first: UNSENT, second: CONFIRMED}
    again = a.import_(result.receipt)
    assert again.duplicate


def test_transfer_moves_ownership_and_the_old_station_keeps_only_a_stub(network: dict[str, Node]) -> None:
    from desktop.services.casework.clients import ClientInput, update_client
    from desktop.services.casework.visits import VisitInput, log_visit

    a, b, d = network["A"], network["B"], network["D"]
    cid = add_client(a, "移交对象")
    add_visit(a, cid, narrative="首次家访")
    visit = _visit_id(a, cid)
    visit_date = get(a, Visit, visit).visit_date
    d.import_(a.export_to(d))
    with pytest.raises(AppError) as raised:
        transfer_client(a.ctx, cid, "XH-B")
    assert raised.value.code == "sync.transfer_district_only"
    district_admin = Actor(user_id=None, username="district", display_name="区管理", role="district_admin")
    moved = transfer_client(d.ctx.as_actor(district_admin), cid, "XH-B")
    assert (moved.from_station, moved.to_station, moved.related_rows) == ("XH-A", "XH-B", 1)
    caseworker = Actor(user_id=None, username="cw", display_name="社工", role="caseworker")
    with pytest.raises(PermissionDenied):
        transfer_client(d.ctx.as_actor(caseworker), cid, "XH-A")
    b.import_(d.export_to(b))
    assert a.import_(d.export_to(a)).purged == 2  # the client and its visit (issue 16: no history kept)
    assert get(b, Client, cid).station_code == "XH-B"
    assert get(b, Visit, visit) is not None
    assert get(a, Client, cid) is None and get(a, Visit, visit) is None
    # A can no longer edit (it holds nothing); B may (station leads: they see all station cases).
    lead = Actor(user_id=None, username="lead", display_name="站长", role="lead")
    a_cw, b_cw = a.ctx.as_actor(lead), b.ctx.as_actor(lead)
    with pytest.raises(AppError):
        update_client(a_cw, cid, ClientInput(name="改名"))
    with pytest.raises(AppError):
        log_visit(a_cw, VisitInput(client_id=cid, visit_date=visit_date))
    update_client(b_cw, cid, ClientInput(name="移交对象"))


def test_transfer_offers_the_other_trusted_stations_and_audits_both_codes_with_the_reason(
    network: dict[str, Node],
) -> None:
    from sqlalchemy import select

    from desktop.models import AuditEvent

    a, d = network["A"], network["D"]
    cid = add_client(a, "移交对象")
    d.import_(a.export_to(d))
    district = d.ctx.as_actor(Actor(user_id=None, username="district", display_name="区管理", role="district_admin"))
    options = transfer_options(district, cid)
    assert options.current.code == "XH-A" and [c.code for c in options.choices] == ["XH-B"]
    transfer_client(district, cid, "XH-B", "  迁居到B站辖区  ")
    with d.ctx.db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.object_id == cid)).all()[-1]
        assert (event.action, event.fields, event.reason) == ("update", ["station_code"], "XH-A → XH-B: 迁居到B站辖区")
    assert [c.code for c in transfer_options(district, cid).choices] == ["XH-A"]


def _visit_id(node: Node, client_id: str) -> str:
    with node.ctx.db.read() as session:
        return session.query(Visit.id).filter(Visit.client_id == client_id).scalar()


def test_overview_lists_each_peer(network: dict[str, Node]) -> None:
    d = network["D"]
    overview = exchange_overview(d.ctx)
    assert overview.mode == "district" and [p.code for p in overview.peers] == ["XH-A", "XH-B"]
    assert all(replace(p, fingerprint="").missing_sequences == [] for p in overview.peers)
