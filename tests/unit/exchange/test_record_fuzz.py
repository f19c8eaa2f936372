"""Hypothesis: a genuine, signed bundle whose records hold arbitrary JSON values in any column never
crashes the import: each record is applied or quarantined with a reason, and the database stays
consistent (foreign keys, integrity check)."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.exchange.codec import codecs
from tests import keyed
from tests.unit.exchange.conftest import make_network
from tests.unit.exchange.edits import add_client
from tests.unit.sync.helpers import craft, jsonl

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
CLIENT_COLUMNS = codecs()["clients"].names
mutation = st.tuples(st.sampled_from([*CLIENT_COLUMNS, "extra"]), JSON | st.just("__drop__"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(mutations=st.lists(st.lists(mutation, min_size=1, max_size=3), min_size=1, max_size=6))
def test_arbitrary_values_are_applied_or_quarantined_never_crash(
    network_template: Path, network_keys: dict[str, Any], mutations: list[list[tuple[str, Any]]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        nodes = make_network(network_template, network_keys, Path(folder))
        try:
            a, d = nodes["A"], nodes["D"]
            add_client(a, "模板")
            bundle = a.export_to(d)
            from desktop.sync import open_bundle

            good = open_bundle(bundle, me=d.keys, trusted={"XH-A": a.keys.identity}).tables["clients"][0]
            records = []
            for changes in mutations:
                record = dict(good, id=str(uuid.uuid4()))
                for column, value in changes:
                    if value == "__drop__":
                        record.pop(column, None)
                    else:
                        record[column] = value
                records.append(record)
            plain = jsonl(b'["table","clients"]', *(orjson.dumps(r) for r in records), b'["end"]')
            path = Path(folder) / "mutated.sdbundle"
            path.write_bytes(craft(a.keys, d.keys.identity, plain, counts={"clients": len(records)}))
            result = d.import_(path)
            assert result.created + result.quarantined == len(records)
            assert all(q["reason"] and q["reason_code"] for q in result.quarantine)
            with keyed.connect(d.paths.database) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
                stored = connection.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
            assert stored == result.quarantined
        finally:
            for node in nodes.values():
                node.close()
