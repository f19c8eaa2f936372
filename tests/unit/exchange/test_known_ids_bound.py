"""Past the memory bound on remembered ids (`bounded.known_ids`) an import asks the database
instead, and gives exactly the result it gives below the bound: the same rows, change log, search
keys, report and receipt; a repeated id merges instead of failing; ownership still holds."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest
from sqlalchemy import text

from desktop.models import Client
from desktop.services.exchange import decode
from desktop.services.exchange.bounded import known_ids
from desktop.services.exchange.bounded.known_ids import KnownIds
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client, get, rows
from tests.unit.exchange.hostile import forge, genuine
from tests.unit.exchange.test_import_fast_path import _fast, _populate, _summary, assert_same_import


def test_ids_are_held_up_to_the_bound_and_what_is_held_stays_true() -> None:
    known = KnownIds(limit=3)
    known.add("clients", ["a", "b"])
    known.add("clients", ["b"])  # held once
    assert known.held == 2 and known.complete("clients") and known["clients"] == {"a", "b"}
    known.add("visits", ["v1", "v2"])  # would pass the bound: not held, and visits is incomplete
    assert not known.complete("visits") and known["visits"] == set() and known.has_any("visits")
    known.add("visits", ["v3"])  # an incomplete table is never added to again
    assert known["visits"] == set()
    known.add("clients", ["c"])
    assert known["clients"] == {"a", "b", "c"} and known.complete("clients")
    assert not known.has_any("addenda")


def test_past_the_bound_a_full_import_gives_the_same_result(
    twins: tuple[dict[str, Node], dict[str, Node]], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = twins
    _populate(one["A"], 30)
    bundle = one["A"].export_to(one["D"], full=True)
    _fast(monkeypatch)
    roomy = one["D"].import_(bundle)
    monkeypatch.setattr(known_ids, "DEFAULT_LIMIT", 5)  # the clients pass it; the visits are looked up
    tight = two["D"].import_(bundle)
    assert tight.created == 61 and tight.quarantined == 0
    assert_same_import(one, two, roomy, tight)


def _repeat(node: Node, district: Node) -> tuple[dict[str, Any], dict[str, Any]]:
    """A genuine client record and a later edit of it (a higher version), to send twice in one bundle."""
    add_client(node, "钱一")
    first = genuine(node, district, "clients", full=True)[0]
    later = copy.deepcopy(first)
    later.update(name="钱一改", version=first["version"] + 10)
    later["field_versions"]["name"] = [later["version"], node.code]
    return first, later


def _import_remembering_and_not(
    twins: tuple[dict[str, Node], dict[str, Node]], bundle: Any, monkeypatch: pytest.MonkeyPatch
) -> list[Any]:
    """The bundle imported by the first twin's district with ids remembered, by the second's with
    none (0: nothing remembered, the key finds a repeat); both without quarantine, same report."""
    results = []
    for network, limit in ((twins[0], known_ids.DEFAULT_LIMIT), (twins[1], 0)):
        monkeypatch.setattr(known_ids, "DEFAULT_LIMIT", limit)
        results.append(network["D"].import_(bundle))
    assert [r.quarantined for r in results] == [0, 0]
    assert _summary(results[1]) == _summary(results[0])
    assert rows(twins[1]["D"], Client) == rows(twins[0]["D"], Client)
    return results


def test_past_the_bound_a_repeated_id_merges_instead_of_failing(
    twins: tuple[dict[str, Node], dict[str, Node]], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = twins
    first, later = _repeat(one["A"], one["D"])
    other = dict(first, id=str(uuid.uuid4()), name="孙二")
    bundle = forge(one["A"], one["D"], {"clients": [first, other, later]})
    monkeypatch.setattr(decode, "BATCH", 1)  # each record its own batch: the repeat comes after the insert
    _import_remembering_and_not(twins, bundle, monkeypatch)
    assert get(two["D"], Client, first["id"]).name == "钱一改"


def test_past_the_bound_a_batch_with_a_repeated_id_is_taken_back_whole_and_applied_row_by_row(
    twins: tuple[dict[str, Node], dict[str, Node]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The repeat shares its batch with a new row: the new row went in before the repeat was seen,
    is deleted with the batch, and comes back once through the general path (one log entry)."""
    one, two = twins
    first, later = _repeat(one["A"], one["D"])
    other = dict(first, id=str(uuid.uuid4()), name="孙二")
    beside = dict(first, id=str(uuid.uuid4()), name="李三")
    bundle = forge(one["A"], one["D"], {"clients": [first, other, beside, later]})
    monkeypatch.setattr(decode, "BATCH", 2)  # [first, other], then [beside, later]: the repeat is second
    _import_remembering_and_not(twins, bundle, monkeypatch)
    assert get(two["D"], Client, first["id"]).name == "钱一改" and get(two["D"], Client, beside["id"]).name == "李三"
    with two["D"].ctx.db.read() as session:
        logged = session.execute(
            text("SELECT row_id, count(*) FROM change_log WHERE table_name = 'clients' GROUP BY row_id")
        ).all()
    assert dict(logged)[beside["id"]] == 1 and len(logged) == 3


def test_past_the_bound_a_station_still_cannot_write_another_stations_client(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, d = network["A"], network["B"], network["D"]
    b_client = add_client(b, "乙站对象")
    assert d.import_(b.export_to(d)).quarantined == 0
    b_record = genuine(b, d, "clients", full=True)[0]
    taken = copy.deepcopy(b_record)
    taken.update(name="被改", version=b_record["version"] + 1000)
    taken["field_versions"]["name"] = [taken["version"], a.code]
    own: list[dict[str, Any]] = []
    for n in range(4):
        add_client(a, f"甲{n}")
    own = genuine(a, d, "clients", full=True)
    monkeypatch.setattr(known_ids, "DEFAULT_LIMIT", 1)
    result = d.import_(forge(a, d, {"clients": [*own, taken]}))
    assert result.not_owner == 1 and result.created == len(own)
    assert get(d, Client, b_client).name == "乙站对象"
