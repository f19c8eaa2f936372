"""Every losing value is logged (issue 16, item 6): five bundles imported at the district in all 120
orders give identical tables and an identical conflict log (losers, winners and flags)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path
from typing import Any

from desktop.db.open import open_database
from desktop.models import Client
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from desktop.services.settings import put_setting
from tests import keyed
from tests.conftest import share_key
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client, edit

_TABLES = ("clients", "change_log")


def _bundles(network: dict[str, Node]) -> list[Path]:
    a, b, d = network["A"], network["B"], network["D"]
    client = add_client(a, "冲突")
    first = a.export_to(d)
    d.import_(first)
    b.import_(d.export_to(b))
    edit(b, Client, client, notes="B 的记录")
    second = b.export_to(d)
    edit(a, Client, client, notes="A 的记录")
    third = a.export_to(d)
    edit(a, Client, client, diagnosis="抑郁症", notes="A 的第二次记录")
    fourth = a.export_to(d)
    edit(b, Client, client, diagnosis="双相情感障碍", name="冲突乙")
    fifth = b.export_to(d)
    return [first, second, third, fourth, fifth]


def _state(database: Path) -> tuple[Any, ...]:
    with keyed.connect(database) as connection:
        clients = sorted(connection.execute("SELECT * FROM clients"))
        log = sorted(
            connection.execute(
                "SELECT table_name, row_id, field, losing_value, losing_version, losing_origin, winning_value,"
                " winning_version, winning_origin, resolved, resolution FROM sync_conflicts"
            )
        )
    return tuple(clients), tuple(log)


def test_five_bundles_in_all_orders_give_the_same_tables_and_conflict_log(network: dict[str, Node]) -> None:
    d = network["D"]
    pristine = d.paths.data_dir.parent / "pristine"
    d.close()
    # Two writers of one client whose rows the district takes as they come: B acts as a second
    # district office, enrolled as one here and holding every station's rows (ownership and scope
    # are tested in test_ownership and test_scope; this test is about the merge).
    with keyed.connect(d.paths.database) as connection:
        connection.execute("UPDATE sync_peers SET mode = 'district' WHERE code = ?", (network["B"].code,))
    with network["B"].ctx.db.write() as session:
        put_setting(session, "mode", "district")
    shutil.copytree(d.paths.data_dir, pristine)
    d.ctx = ServiceContext(open_database(d.paths), d.paths)
    bundles = _bundles(network)
    states = set()
    for number, order in enumerate(itertools.permutations(bundles)):
        folder = d.paths.data_dir.parent / f"order-{number}"
        shutil.copytree(pristine, folder)
        share_key(d.paths.data_dir, folder)
        paths = AppPaths(folder)
        node = Node("D", d.code, paths, ServiceContext(open_database(paths), paths), d.keys)
        try:
            for bundle in order:
                node.import_(bundle, receipt_out=folder / "receipt.sdbundle")
        finally:
            node.close()
        states.add(_state(paths.database))
    assert len(states) == 1
    (_clients, log) = states.pop()
    open_losers = {(row[2], row[3]) for row in log if row[9] == 0}
    assert ("notes", '"B 的记录"') in open_losers  # concurrent with A's notes: a real conflict
    assert any(row[2] == "diagnosis" for row in log)
