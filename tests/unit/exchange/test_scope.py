"""Scope of what travels (issue 16, items 1–3): the three-node test. A and B sync through the
district; B holds none of A's clients, visits or guardians (in the database file and through the
search the `clients search` command runs); after a district transfer A → B, B holds that client
with its history and A holds none of its personal data, only the transfer stub in its audit log."""

from __future__ import annotations

from pathlib import Path

from desktop.models import AuditEvent, Client, Guardian, Visit
from desktop.services.casework.clients import search_clients
from desktop.services.context import SYSTEM_ACTOR
from desktop.services.exchange.status import transfer_client
from desktop.services.exchange.trust.purge import PURGED_SETTING, purge_once_after_upgrade
from desktop.services.settings import put_setting
from tests import keyed
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client, add_visit, get, rows
from tests.unit.exchange.hostile import genuine

A_NAME, B_NAME = "甲站独有对象", "乙站独有对象"


def _count(database: Path, sql: str, *params: object) -> int:
    with keyed.connect(database) as connection:
        return int(connection.execute(sql, params).fetchone()[0])


def _in_file(node: Node, text: str) -> bool:
    """Whether `text` is anywhere in the node's database files, deleted pages included, for someone
    holding the key (every page decrypted)."""
    return text.encode() in keyed.plaintext(node.paths.database)


def _sync(a: Node, b: Node, d: Node) -> None:
    for station in (a, b):
        d.import_(station.export_to(d))
    for station in (a, b):
        station.import_(d.export_to(station))


def _a_client(a: Node) -> str:
    client = add_client(a, A_NAME, id_number="110101199001011234")
    with a.ctx.db.write() as session:
        session.add(Guardian(client_id=client, name="甲站监护人"))
    add_visit(a, client, narrative="甲站的访视记录")
    return client


def test_a_station_holds_only_its_scope_and_a_transfer_moves_the_client(network: dict[str, Node]) -> None:
    a, b, d = network["A"], network["B"], network["D"]
    client = _a_client(a)
    add_client(b, B_NAME)
    _sync(a, b, d)
    assert get(d, Client, client) is not None and len(rows(d, Visit)) == 1  # the district holds everything
    for table in ("clients", "visits", "guardians"):
        column = "station_code" if table == "clients" else "client_id"
        value = "XH-A" if table == "clients" else client
        assert _count(b.paths.database, f"SELECT count(*) FROM {table} WHERE {column} = ?", value) == 0
    assert not _in_file(b, A_NAME) and _in_file(b, B_NAME)  # B's own client is there to be found
    # Nothing of A's leaves the district for B, not even in a full export.
    assert {c["station_code"] for c in genuine(d, b, "clients", full=True)} == {"XH-B"}
    assert genuine(d, b, "visits", full=True) == [] and genuine(d, b, "guardians", full=True) == []
    assert search_clients(b.ctx.as_actor(SYSTEM_ACTOR), A_NAME) == []
    # The same search finds the client where it was imported with its search keys (the district).
    assert [c.name for c in search_clients(d.ctx.as_actor(SYSTEM_ACTOR), A_NAME)] == [A_NAME]

    transfer_client(d.ctx, client, "XH-B")
    _sync(a, b, d)
    assert get(b, Client, client).station_code == "XH-B"
    assert len(rows(b, Visit)) == 1 and len(rows(b, Guardian)) == 1  # the history came along
    assert get(a, Client, client) is None and rows(a, Visit) == {} and rows(a, Guardian) == {}
    assert not _in_file(a, A_NAME) and not _in_file(a, "甲站的访视记录")
    with a.ctx.db.read() as session:
        stubs = session.query(AuditEvent).filter_by(object_type="client", object_id=client, action="delete").all()
        assert [s.reason for s in stubs] == ["transferred_to:XH-B"]


def test_a_station_upgraded_with_other_stations_rows_purges_them_once(network: dict[str, Node]) -> None:
    a = network["A"]
    own = add_client(a, "本站对象")
    other = add_client(a, "他站对象", station_code="XH-B")  # what earlier versions received
    with a.ctx.db.write() as session:
        session.add(Guardian(client_id=other, name="他站监护人"))
    result = purge_once_after_upgrade(a.ctx)
    assert result is not None and result.removed == {"clients": 1, "guardians": 1}
    assert get(a, Client, other) is None and get(a, Client, own) is not None
    assert not _in_file(a, "他站对象")
    with a.ctx.db.read() as session:
        entry = session.query(AuditEvent).filter_by(object_type="scope_purge").one()
        assert entry.reason == "clients=1,guardians=1"
    assert purge_once_after_upgrade(a.ctx) is None  # once only
    with a.ctx.db.write() as session:
        put_setting(session, PURGED_SETTING, False)
    assert purge_once_after_upgrade(a.ctx).removed == {}  # type: ignore[union-attr]
