"""A station's audit chain head travels in its bundles to the district, which shows whether the
station's audit history still continues (docs/bundle-format.md §2a): a history rewritten or cut
short on the station's PC shows at the district, off the machine."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.db.schema import SCHEMA_HEAD
from desktop.services.exchange.audit_head import EARLIER, read_head
from desktop.services.exchange.status import exchange_overview
from desktop.sync import write_bundle
from tests import keyed
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client
from tests.unit.kernel.test_audit import _tamper


def _history(district: Node, station: Node) -> tuple[str, int | None]:
    peer = next(p for p in exchange_overview(district.ctx).peers if p.code == station.code)
    return peer.audit_history, peer.audit_broken_at


def _sent_seqs(station: Node, district: Node) -> list[int]:
    with keyed.connect(station.paths.database) as db:
        (value,) = db.execute(
            "SELECT value FROM settings WHERE key = ?", (f"audit_heads_sent:{district.code}",)
        ).fetchone()
    return [int(seq) for seq in json.loads(value)]


def _sync(station: Node, district: Node) -> None:
    district.import_(station.export_to(district))


def test_a_history_that_goes_on_continues_and_a_rewritten_one_shows_where(network: dict[str, Node]) -> None:
    a, b, d = network["A"], network["B"], network["D"]
    assert _history(d, a) == ("unreported", None)
    add_client(a, "张三丰")
    _sync(a, d)
    assert _history(d, a) == ("continues", None)
    add_client(a, "李四光")
    _sync(a, d)
    assert _history(d, a) == ("continues", None)
    assert _history(d, b) == ("unreported", None)  # B sent nothing: nothing said about B
    first = _sent_seqs(a, d)[0]
    # Someone with the PC rewrites an old row; without the key, its MAC cannot be made right.
    _tamper(a.paths.database, "UPDATE audit_events SET hash = ? WHERE seq = ?", "0" * 64, first)
    _sync(a, d)
    assert _history(d, a) == ("broken", first)
    add_client(a, "王五")
    _sync(a, d)
    assert _history(d, a) == ("broken", first)  # a break stays on record


def test_a_history_cut_short_shows(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    add_client(a, "张三丰")
    _sync(a, d)
    reported = _sent_seqs(a, d)[-1]
    _tamper(a.paths.database, "DELETE FROM audit_events WHERE seq > ?", reported - 10)
    _sync(a, d)
    status, broken_at = _history(d, a)
    assert status == "broken" and broken_at is not None and broken_at <= reported


def test_a_report_that_cannot_be_read_is_not_believed(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    bundle = a.paths.data_dir.parent / "forged.sdbundle"
    write_bundle(
        bundle,
        sender=a.keys,
        recipient=d.keys.identity,
        sequence=1,
        previous_hash=None,
        tables={},
        schema_version=SCHEMA_HEAD,
        full=False,
        extra={"audit_head": {"seq": "all is well", "mac": "", "earlier": []}},
    )
    d.import_(bundle)
    assert _history(d, a) == ("broken", None)


def test_the_district_sends_no_head_and_a_station_keeps_nothing_of_one(network: dict[str, Node]) -> None:
    a, d = network["A"], network["D"]
    a.import_(d.export_to(a))
    with keyed.connect(a.paths.database) as db:
        assert db.execute("SELECT count(*) FROM settings WHERE key LIKE 'audit_heads_seen:%'").fetchone()[0] == 0
    with keyed.connect(d.paths.database) as db:
        assert db.execute("SELECT count(*) FROM settings WHERE key LIKE 'audit_heads_sent:%'").fetchone()[0] == 0


_MAC = st.text("0123456789abcdef", min_size=64, max_size=64)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80) | _MAC,
    lambda inner: (
        st.lists(inner, max_size=10) | st.dictionaries(st.sampled_from(["seq", "mac", "earlier", "x"]), inner)
    ),
    max_leaves=30,
)


@given(_JSON)
def test_read_head_takes_only_a_well_formed_report(value: Any) -> None:
    head = read_head(value)
    if head is not None:
        assert type(head["seq"]) is int and 0 <= head["seq"] < 2**63
        assert len(head["earlier"]) <= EARLIER
        assert all(type(seq) is int and isinstance(mac, str) for seq, mac in head["earlier"])


@given(st.integers(1, 2**63 - 1), _MAC, st.lists(st.tuples(st.integers(0, 2**40), _MAC), max_size=EARLIER))
def test_read_head_keeps_every_well_formed_report(seq: int, mac: str, earlier: list[tuple[int, str]]) -> None:
    value = {"seq": seq, "mac": mac, "earlier": [list(item) for item in earlier]}
    assert read_head(value) == value
