"""Ownership at import (issue 16, item 3): a trusted station's validly signed bundle may create and
change only what that station owns; the district may change its stations' rows. Bundles are forged
with the project's own signing code and station A's real keys (`hostile.forge`)."""

from __future__ import annotations

import copy
import resource
import time
import uuid
from typing import Any

import pytest

from desktop.models import Client, Guardian, Station
from desktop.services.exchange.status import transfer_client
from desktop.sync import open_receipt
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client, add_visit, edit, get, rows
from tests.unit.exchange.hostile import forge, genuine


def _newer(record: dict[str, Any], origin: str, **changes: Any) -> dict[str, Any]:
    """`record` as a later edit at `origin` of the fields in `changes` would send it."""
    out = copy.deepcopy(record)
    out.update(changes)
    out["version"] += 1000
    for name in changes:
        out["field_versions"][name] = [out["version"], origin]
    return out


def _b_rows(d: Node) -> dict[str, Any]:
    """Every row of station B's clients and guardians and of the stations table at the district."""
    clients = {k: v for k, v in rows(d, Client).items() if v["station_code"] == "XH-B"}
    guardians = {k: v for k, v in rows(d, Guardian).items() if v["client_id"] in clients}
    return {"clients": clients, "guardians": guardians, "stations": rows(d, Station)}


@pytest.fixture
def synced(network: dict[str, Node]) -> dict[str, Any]:
    """B's client (with a guardian and a visit) and A's client, both known at the district."""
    a, b, d = network["A"], network["B"], network["D"]
    b_client = add_client(b, "乙站对象")
    with b.ctx.db.write() as session:
        session.add(Guardian(client_id=b_client, name="乙监护人"))
    add_visit(b, b_client)
    a_client = add_client(a, "甲站对象")
    for station in (a, b):
        assert d.import_(station.export_to(d)).quarantined == 0
    return {"b_client": b_client, "a_client": a_client, "b_record": genuine(b, d, "clients", full=True)[0]}


def _forged_cases(a: Node, d: Node, synced: dict[str, Any]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    b_record = synced["b_record"]
    template = genuine(a, d, "clients", full=True)[0]
    b_station = next(s for s in genuine(d, a, "stations", full=True) if s["code"] == "XH-B")
    return {
        "forged origin": {"clients": [dict(template, id=str(uuid.uuid4()), station_code="XH-B", name="冒名")]},
        "changing another station's client": {"clients": [_newer(b_record, "XH-A", name="改名", id_number="X")]},
        "moving another station's client": {"clients": [_newer(b_record, "XH-A", station_code="XH-A")]},
        "tombstoning another station's client": {"clients": [_newer(b_record, "XH-A", deleted=True)]},
        "renaming a station": {"stations": [_newer(b_station, "XH-A", name="改名站")]},
    }


@pytest.mark.parametrize(
    "case",
    [
        "forged origin",
        "changing another station's client",
        "moving another station's client",
        "tombstoning another station's client",
        "renaming a station",
    ],
)
def test_a_station_cannot_write_what_another_station_owns(
    network: dict[str, Node], synced: dict[str, Any], case: str
) -> None:
    a, d = network["A"], network["D"]
    tables = _forged_cases(a, d, synced)[case]
    # The rest of the bundle applies: a new client of A's own rides along.
    own = (
        dict(genuine(a, d, "clients", full=True)[0], id=str(uuid.uuid4()), name="甲站新对象")
        if "clients" in tables
        else None
    )
    if own is not None:
        own["field_versions"] = {"*": own["field_versions"]["*"]}
        tables = {"clients": [*tables["clients"], own]}
    before = _b_rows(d)
    path = forge(a, d, tables)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    started = time.perf_counter()
    result = d.import_(path)
    seconds = time.perf_counter() - started
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert seconds < 5 and grown_mib < 100  # bounded time and memory (peak RSS of this process)
    assert result.not_owner == 1 and result.quarantined == 1
    assert result.quarantine[0]["reason_code"] == "not_owner"
    assert result.created == (1 if own is not None else 0)
    assert _b_rows(d) == before  # 0 rows of station B changed
    receipt = open_receipt(result.receipt, me=a.keys, trusted={d.code: d.keys.identity})
    assert receipt.quarantined == {"not_owner": 1}
    assert a.import_(result.receipt).not_owner == 1  # the sender learns it from the receipt


def test_a_guardian_cannot_be_attached_to_another_stations_client(
    network: dict[str, Node], synced: dict[str, Any]
) -> None:
    a, d = network["A"], network["D"]
    with a.ctx.db.write() as session:
        session.add(Guardian(client_id=synced["a_client"], name="甲监护人"))
    template = genuine(a, d, "guardians", full=True)[0]
    before = _b_rows(d)
    moved = _newer(template, "XH-A", client_id=synced["b_client"])
    added = dict(template, id=str(uuid.uuid4()), client_id=synced["b_client"])
    result = d.import_(forge(a, d, {"guardians": [moved, added]}))
    assert result.not_owner == 2
    assert _b_rows(d) == before


def test_a_station_changes_its_own_rows_and_the_district_changes_any(
    network: dict[str, Node], synced: dict[str, Any]
) -> None:
    a, d = network["A"], network["D"]
    edit(a, Client, synced["a_client"], name="甲站改名")
    assert d.import_(a.export_to(d)).not_owner == 0
    assert get(d, Client, synced["a_client"]).name == "甲站改名"
    edit(d, Client, synced["a_client"], name="区里更正")  # a correction by the district
    assert a.import_(d.export_to(a)).not_owner == 0
    assert get(a, Client, synced["a_client"]).name == "区里更正"


def test_a_transfer_moves_ownership(network: dict[str, Node], synced: dict[str, Any]) -> None:
    a, b, d = network["A"], network["B"], network["D"]
    client = synced["a_client"]
    transfer_client(d.ctx, client, "XH-B")
    edit(a, Client, client, name="甲站迟到的修改")  # A had not yet heard of the transfer
    late = d.import_(a.export_to(d))
    assert late.not_owner == 1
    assert get(d, Client, client).name == "甲站对象"
    b.import_(d.export_to(b))
    assert get(b, Client, client).station_code == "XH-B"
    edit(b, Client, client, name="乙站接手")
    assert d.import_(b.export_to(d)).not_owner == 0
    assert get(d, Client, client).name == "乙站接手"
