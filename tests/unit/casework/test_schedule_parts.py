"""The schedule rebuild reads the clients' visits a part at a time (each client's packed into one
JSON text by SQLite): any part size writes exactly the rows of one pass, clients without visits
included, and a rebuild of the touched clients leaves the others' rows alone."""

from __future__ import annotations

from sqlalchemy import text

from desktop.services.auth import login
from desktop.services.casework.schedule_index import _PACKED_TOUCHED, _PACKED_VISITS, rebuild_all, refresh_imported
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from tests.conftest import STAFF_PASSWORD

_COLUMNS = (
    "client_id, last_visit_date, next_due, last_risk, key_attention, key_attention_since, followup_due,"
    " pace_year, year_followups, pace_needed_by, pace_late, status, caseworker_id, open_drafts"
)


def _table(ctx: ServiceContext) -> list[tuple[object, ...]]:
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(text(f"SELECT {_COLUMNS} FROM client_schedule ORDER BY client_id"))]


def test_any_part_size_gives_the_rows_of_one_pass(ctx: ServiceContext) -> None:
    lead = ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))
    generate_demo(lead, clients=30, visits_per_client=4, volunteers=0, seed=11)
    with lead.db.engine.begin() as connection:
        # Two clients lose their visits: their rows come from the clients' facts alone.
        bare = [r[0] for r in connection.execute(text("SELECT DISTINCT client_id FROM visits LIMIT 2"))]
        connection.execute(
            text("UPDATE visits SET deleted = 1 WHERE client_id IN (:a, :b)"), {"a": bare[0], "b": bare[1]}
        )
        assert rebuild_all(connection) == 30
    whole = _table(lead)
    assert len(whole) == 30
    assert sum(1 for row in whole if row[1] is None) >= 2  # no last visit for the bare two
    assert sum(1 for row in whole if row[1] is not None) >= 20  # the others' visits were read
    for size in (1, 2, 7):
        with lead.db.engine.begin() as connection:
            connection.execute(text("DELETE FROM client_schedule"))
            assert rebuild_all(connection, chunk=size) == 30
        assert _table(lead) == whole


def test_a_rebuild_of_touched_clients_changes_only_their_rows(ctx: ServiceContext) -> None:
    lead = ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))
    generate_demo(lead, clients=12, visits_per_client=3, volunteers=0, seed=5)
    whole = _table(lead)
    touched = [row[0] for row in whole[:5]]
    with lead.db.engine.begin() as connection:
        connection.execute(text("UPDATE client_schedule SET open_drafts = 99"))
        assert refresh_imported(connection, touched) == 5
    after = {row[0]: row for row in _table(lead)}
    for row in whole:
        expected = row if row[0] in touched else (*row[:-1], 99)
        assert after[row[0]] == expected


def test_the_parts_are_read_in_client_order_from_the_covering_index_alone(ctx: ServiceContext) -> None:
    """No visit row is fetched from the table and nothing is sorted: the import's recompute of a
    million visits depends on it (a scattered read took 32 s instead of 10)."""
    with ctx.db.engine.connect() as connection:
        connection.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS touched_clients (id TEXT PRIMARY KEY)")
        for query in (_PACKED_VISITS, _PACKED_TOUCHED):
            plan = " | ".join(r[-1] for r in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + query, ("", 10)))
            assert "COVERING INDEX ix_visits_client_date" in plan, plan
            assert "TEMP B-TREE" not in plan and "SCAN" not in plan, plan
