"""The decoder's fast path (`fast_rows`, msgspec) against the full one (orjson + the compiled
validator): for any line, `prepare_lines` gives exactly the batch `prepare(parse_records(…))`
gives — rows, stamps, NULL bits, quarantined records with their codes — or the same damage. The
fast path may decline a line it could have taken, never take one differently. Real records from
a real station's bundle, changed by Hypothesis."""

from __future__ import annotations

import copy
import json
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.exchange.codec import MAX_TEXT_CHARS, codecs
from desktop.services.exchange.decode import Batch, prepare, prepare_lines
from desktop.services.exchange.fast_rows import fast_row
from desktop.services.exchange.hooks import DERIVED
from desktop.sync.payload import PayloadCorrupt, parse_records

_DEEP = "__deep__"  # a JSON value nested deeper than orjson writes (255 levels)
_BIG = "__big__"  # integers past 64 bits, either sign

# What a damaged, hostile or newer record may hold in a column (or in a JSON column's value).
VALUES = (
    st.none()
    | st.booleans()
    | st.sampled_from(
        [
            0,
            1,
            2,
            -1,
            "2026-02-30",
            "2026-02-03",
            "2026-2-3",
            "2026-02-03\n",
            "2026-02-03T10:00:00+08:00",
            "2026-02-03T10:00:00.000000Z\n",
            "__drop__",
            _DEEP,
            _BIG,
            [],
            {},
            "x" * 300,
            "曾" * 65,
            "00000000-0000-4000-8000-00000000000A",
            2**63 - 1,
            -(2**63),
            2**63,
            2**64,
        ]
    )
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.recursive(
        st.none() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=3),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
        max_leaves=6,
    )
)


def _value(value: Any) -> Any:
    if value == _DEEP:
        deep: Any = []
        for _ in range(300):
            deep = [deep]
        return deep
    if value == _BIG:
        return 2**70
    return value


def _line(record: dict[str, Any]) -> bytes:
    """The record as a bundle line (the standard library writes what orjson will not: a value
    nested 300 deep, an integer past 64 bits)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()


def _batch_fields(batch: Batch) -> tuple[Any, ...]:
    return batch.rows, batch.positions, batch.versions, batch.nulls, [b[:4] for b in batch.bad], batch.consumed


def _both(table: str, lines: list[bytes]) -> tuple[Any, Any]:
    codec = codecs()[table]
    results = []
    for decode in (lambda: prepare_lines(codec, table, lines), lambda: prepare(codec, table, parse_records(lines))):
        try:
            results.append(_batch_fields(decode()))
        except PayloadCorrupt as exc:
            results.append(("corrupt", exc.kind, exc.detail))
    return results[0], results[1]


def test_genuine_records_take_the_fast_path_with_the_full_paths_result(good_records: dict[str, dict[str, Any]]) -> None:
    served = [t for t in good_records if t not in DERIVED]
    assert "visits" in served
    for table in served:
        codec = codecs()[table]
        fast = fast_row(codec)
        assert fast is not None
        line = orjson.dumps(good_records[table])
        row, top, nulls = fast(line)  # not declined: a real record is what the fast path is for
        _checked, full_row, full_top, full_nulls = codec.validate_row(orjson.loads(line))
        assert (row, top, nulls) == (full_row, full_top, full_nulls)
        assert nulls == sum(1 << i for i, value in enumerate(row) if value is None)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_changed_record_decodes_alike_on_both_paths(
    good_records: dict[str, dict[str, Any]], data: st.DataObject
) -> None:
    table = data.draw(st.sampled_from(sorted(t for t in good_records if t not in DERIVED)))
    codec = codecs()[table]
    record = copy.deepcopy(good_records[table])
    changes = st.tuples(st.sampled_from([*codec.names, "extra", "field_versions.x"]), VALUES)
    for column, value in data.draw(st.lists(changes, max_size=4)):
        if value == "__drop__":
            record.pop(column, None)
        elif column == "field_versions.x":
            stamps = record.get("field_versions")
            stamps = dict(stamps) if isinstance(stamps, dict) else {}
            stamps[data.draw(st.sampled_from(["*", "narrative", "nope"]))] = _value(value)
            record["field_versions"] = stamps
        else:
            record[column] = _value(value)
    fast, full = _both(table, [_line(record)])
    assert fast == full


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_damaged_line_decodes_alike_or_is_refused_alike(
    good_records: dict[str, dict[str, Any]], data: st.DataObject
) -> None:
    line = bytearray(orjson.dumps(good_records["visits"]))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(line) - 1))
        what = data.draw(st.sampled_from(["flip", "drop", "insert"]))
        byte = data.draw(st.sampled_from(b' "\\{}[],:0aZ\x00\xff\n\xe6'))
        if what == "flip":
            line[at] = byte
        elif what == "drop":
            del line[at]
        else:
            line.insert(at, byte)
    fast, full = _both("visits", [orjson.dumps(good_records["visits"]), bytes(line)])
    assert fast == full


def test_limits_count_characters_and_a_deep_value_is_quarantined_not_a_crash(
    good_records: dict[str, dict[str, Any]],
) -> None:
    visit = good_records["visits"]
    at_limit = dict(visit, narrative="曾" * MAX_TEXT_CHARS, location="😀" * 510)  # String(255): 510 characters
    over = dict(visit, narrative="曾" * (MAX_TEXT_CHARS + 1))
    deep = dict(visit, symptoms=_value(_DEEP))
    lines = [_line(r) for r in (at_limit, over, deep)]
    fast, full = _both("visits", lines)
    assert fast == full
    rows, positions, _versions, _nulls, bad, _consumed = fast
    assert positions == [0]
    assert rows[0][codecs()["visits"].index_of["narrative"]] == "曾" * MAX_TEXT_CHARS
    assert [(b[0], b[2]) for b in bad] == [(1, "field_too_long"), (2, "bad_value")]
