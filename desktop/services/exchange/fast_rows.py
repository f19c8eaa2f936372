"""Record lines straight to stored rows with msgspec: the decoder's fast path.

A full district import reads a million visit lines of 83 fields. Parsing each into a dict with
orjson and checking it with the validator `codec` compiles costs ≈ 23 µs a visit; msgspec parses
a line into a typed struct and checks each field's type, text length, 64-bit bound and null while
parsing, in C, and the checks left (dates, times, ids, stamps) take ≈ 11 µs together.

It decides nothing. A line it refuses, or that a check left here refuses, is decoded again by the
full path (orjson, then `TableCodec.validate_row`), which finds the reason code and makes every
coercion (a boolean sent as 0 or 1, a time in another ISO form, a missing column's default). So a
line the fast path takes is one the full path takes, giving the same row, stamp and NULL bits;
`tests/unit/exchange/test_fast_rows.py` holds the two equal on generated lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Optional

import msgspec
import orjson

from desktop.services.exchange.codec import INT64, UUID_RE, Row, TableCodec
from desktop.services.exchange.trust.values import CHECKS, TS_RE, VALID_DATES, Invalid, check_stamps

# Raised by a line the fast path leaves to the full one: msgspec's refusals, a failed check here,
# a JSON value orjson cannot write back (too deep), a nesting deeper than Python's stack.
DECLINED: tuple[type[BaseException], ...] = (msgspec.MsgspecError, Invalid, TypeError, RecursionError)

FastRow = Callable[[bytes], tuple[Row, int, int]]

_INT = Annotated[int, msgspec.Meta(ge=-INT64, le=INT64 - 1)]


def _field_type(kind: str, max_length: int | None, nullable: bool) -> Any:
    if kind == "json":
        return Any  # any JSON value, null included, as the full path takes it
    base: Any
    if kind == "str":
        base = Annotated[str, msgspec.Meta(max_length=max_length)] if max_length else str
    elif kind == "int":
        base = _INT
    elif kind == "bool":
        base = bool
    else:  # dates and times are checked (and times normalised) here, as the full path does
        base = str
    return Optional[base] if nullable else base  # noqa: UP045 (a runtime type for msgspec)


def fast_row(codec: TableCodec) -> FastRow | None:
    """The fast decoder of `codec`'s table: line → (stored row, highest stamp, NULL bits), or one of
    `DECLINED` raised; None for a table it does not serve (a float column: the full path keeps an
    integer sent for it as an integer, msgspec would not). Built once per codec."""
    built = codec.__dict__.get("_fast_row", _UNBUILT)
    if built is _UNBUILT:
        built = codec.__dict__["_fast_row"] = _build(codec)
    return built  # type: ignore[no-any-return]


_UNBUILT = object()


def _build(codec: TableCodec) -> FastRow | None:
    if any(c.kind not in ("str", "int", "bool", "date", "datetime", "json") for c in codec.columns):
        return None
    fields = [(c.name, _field_type(c.kind, c.max_length, c.nullable)) for c in codec.columns]
    struct = msgspec.defstruct(f"Wire_{codec.name}", fields, forbid_unknown_fields=True)
    names = codec.names
    variables = [f"v{i}" for i in range(len(names))]
    at = codec.index_of
    lines = [
        f"    ({', '.join(variables)},) = ASTUPLE(DECODE(line))",
        "    nulls = 0",
        f"    if not UUID_FULLMATCH(v{at['id']}): raise Invalid('bad_id', '')",
        f"    top = check_stamps(v{at['origin']}, v{at['field_versions']}, v{at['version']}, MERGEABLE)",
    ]
    for i, col in enumerate(codec.columns):
        v, name = variables[i], repr(col.name)
        if col.kind == "json":
            lines.append(f"    {v} = dumps({v}).decode()")
            continue
        test = "if"
        if col.nullable:
            lines.append(f"    if {v} is None: nulls |= {1 << i}")
            test = "elif"
        if col.kind == "bool":  # stored as 0 and 1 (see `TableCodec.record_to_params`)
            lines.append(f"    else: {v} = 1 if {v} else 0" if col.nullable else f"    {v} = 1 if {v} else 0")
        elif col.kind == "date":
            lines.append(f"    {test} {v} not in DATES: CHECKS['date']({name}, {v})")
        elif col.kind == "datetime":
            lines.append(f"    {test} not TS({v}): {v} = CHECKS['datetime']({name}, {v})")
    lines.append(f"    return ({', '.join(variables)},), top, nulls")
    env: dict[str, Any] = {
        "ASTUPLE": msgspec.structs.astuple,
        "DECODE": msgspec.json.Decoder(struct).decode,
        "UUID_FULLMATCH": UUID_RE.fullmatch,
        "Invalid": Invalid,
        "check_stamps": check_stamps,
        "MERGEABLE": frozenset(codec.merge_fields),
        "dumps": orjson.dumps,
        "DATES": VALID_DATES,
        "TS": TS_RE.fullmatch,
        "CHECKS": CHECKS,
    }
    source = "\n".join(["def fast_row(line):", *lines])
    exec(compile(source, f"<fast rows {codec.name}>", "exec"), env)
    return env["fast_row"]  # type: ignore[no-any-return]


__all__ = ["DECLINED", "FastRow", "fast_row"]
