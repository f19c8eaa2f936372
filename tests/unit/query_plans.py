"""SQLite's query plans for the statements a service call issues (for index tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from desktop.services.context import ServiceContext


def plans_of(ctx: ServiceContext, run: Callable[[], object], marker: str) -> list[str]:
    """EXPLAIN QUERY PLAN of each statement `run()` issued that contains `marker` (at least one)."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if marker in statement:
            seen.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    assert seen, f"no statement with {marker!r}"
    plans = []
    with ctx.db.engine.connect() as connection:
        for statement, parameters in seen:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            plans.append(" | ".join(row[-1] for row in plan))
    return plans
