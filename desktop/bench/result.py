"""One benchmark line (`{"name","value","unit","budget","baseline","ratio","pass"}`) and its output."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
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

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["pass"] = data.pop("passed")
        del data["direction"]
        if not data["note"]:
            del data["note"]
        return data


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
    return Line(name, _round(value), unit, budget, _round(baseline), round(ratio, 2), ok, direction, note)


def _round(value: float) -> float:
    return round(value, 3) if abs(value) < 10 else round(value, 1)


def table(lines: list[Line]) -> str:
    """A plain-text table for the terminal."""
    head = f"{'budget line':<56} {'value':>10} {'unit':<8} {'budget':>9} {'baseline':>10} {'ratio':>7}  pass"
    rows = [head, "-" * len(head)]
    for item in lines:
        budget = f"{'≤' if item.direction == 'max' else '≥'}{item.budget:g}"
        rows.append(
            f"{item.name:<56} {item.value:>10g} {item.unit:<8} {budget:>9} {item.baseline:>10g} {item.ratio:>7g}"
            f"  {'yes' if item.passed else 'NO'}"
        )
    failed = sum(not item.passed for item in lines)
    rows.append(f"{len(lines) - failed}/{len(lines)} lines within budget")
    return "\n".join(rows)


def write_json(lines: list[Line], path: Path) -> None:
    path.write_text(json.dumps([item.as_json() for item in lines], ensure_ascii=False, indent=2) + "\n", "utf-8")
