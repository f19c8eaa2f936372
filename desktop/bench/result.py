"""One benchmark line (`{"name","value","unit","budget","baseline","ratio","pass"}`) and its output."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal

# "max": value must be ≤ budget (times, memory); "min": value must be ≥ budget (rates).
Direction = Literal["max", "min"]


@dataclass(frozen=True)
class Line:
    name: str
    value: float
    unit: str
    budget: float
    baseline: float
    ratio: float
    passed: bool
    direction: Direction = "max"
    note: str = ""
    # The same line measured on an unencrypted twin of the database in the same run, and
    # value / plain (desktop/bench/plain.py); None where no twin was measured.
    plain: float | None = None
    vs_plain: float | None = None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["pass"] = data.pop("passed")
        del data["direction"]
        for key in ("note", "plain", "vs_plain"):
            if data[key] in ("", None):
                del data[key]
        return data


def with_plain(measured: Line, plain: Line) -> Line:
    """`measured` (encrypted) with the value of the same line measured without encryption."""
    ratio = round(measured.value / plain.value, 2) if plain.value else 0.0
    return replace(measured, plain=plain.value, vs_plain=ratio)


def line(
    name: str,
    value: float,
    unit: str,
    budget: float,
    baseline: float,
    *,
    direction: Direction = "max",
    max_ratio: float | None = None,
    note: str = "",
) -> Line:
    """A line whose ratio is value / baseline; it passes when the budget (and `max_ratio`, if given) holds."""
    ratio = value / baseline if baseline else 0.0  # no baseline measured: JSON has no infinity
    ok = value <= budget if direction == "max" else value >= budget
    if max_ratio is not None:
        ok = ok and ratio <= max_ratio
    return Line(name, rounded(value), unit, budget, rounded(baseline), round(ratio, 2), ok, direction, note)


def rounded(value: float) -> float:
    return round(value, 3) if abs(value) < 10 else round(value, 1)


def table(lines: list[Line]) -> str:
    """A plain-text table for the terminal."""
    head = (
        f"{'budget line':<56} {'value':>10} {'unit':<8} {'budget':>9} {'baseline':>10} {'ratio':>7}  pass"
        f"  {'unencrypted':>11} {'×':>5}"
    )
    rows = [head, "-" * len(head)]
    for item in lines:
        budget = f"{'≤' if item.direction == 'max' else '≥'}{item.budget:g}"
        plain = "" if item.plain is None else f"  {item.plain:>11g} {item.vs_plain:>5g}"
        rows.append(
            f"{item.name:<56} {item.value:>10g} {item.unit:<8} {budget:>9} {item.baseline:>10g} {item.ratio:>7g}"
            f"  {'yes' if item.passed else 'NO ':<3}{plain}"
        )
    failed = sum(not item.passed for item in lines)
    rows.append(f"{len(lines) - failed}/{len(lines)} lines within budget")
    return "\n".join(rows)


def write_json(lines: list[Line], path: Path) -> None:
    path.write_text(json.dumps([item.as_json() for item in lines], ensure_ascii=False, indent=2) + "\n", "utf-8")
