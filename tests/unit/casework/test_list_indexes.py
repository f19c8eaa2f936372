"""The register and the counts stay index reads on a large database (docs/architecture.md §8)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from desktop.paths import AppPaths
from desktop.services.admin.info import installation_info, station_counts
from desktop.services.casework.client_lists import list_clients
from desktop.services.context import ServiceContext
from tests import keyed
from tests.unit.casework.helpers import new_client
from tests.unit.query_plans import plans_of


def _index_columns(path: Any, name: str) -> list[str]:
    with keyed.connect(path) as connection:
        return [row[2] for row in connection.execute(f"PRAGMA index_info({name})")]


def _index_sql(path: Any, name: str) -> str:
    with keyed.connect(path) as connection:
        row = connection.execute("SELECT sql FROM sqlite_master WHERE type='index' AND name=?", (name,)).fetchone()
    return row[0] if row else ""


def test_migrated_database_has_the_speed_indexes(installation: AppPaths) -> None:
    path = installation.database
    assert _index_columns(path, "ix_clients_caseworker_pinyin") == ["caseworker_id", "name_pinyin", "id"]
    for name in ("ix_clients_tombstones", "ix_visits_tombstones"):
        assert _index_sql(path, name).replace("\n", " ").endswith("WHERE deleted = 1")


def _register_plan(ctx: ServiceContext, **kwargs: Any) -> tuple[list[Any], str]:
    """Rows of list_clients and SQLite's plan for the register query it issued."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().startswith("SELECT clients.id") and "ORDER BY" in statement:
            seen.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        rows = list_clients(ctx, **kwargs)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    assert seen, "list_clients issued no register query"
    statement, parameters = seen[-1]
    with ctx.db.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return rows, " | ".join(row[-1] for row in plan)


def _set_team(ctx: ServiceContext, usernames: tuple[str, ...], team: str) -> None:
    with keyed.connect(ctx.paths.database) as connection:
        connection.executemany("UPDATE users SET team = ? WHERE username = ?", [(team, u) for u in usernames])


def test_a_caseworkers_register_page_is_read_in_order_from_an_index(ctx: ServiceContext) -> None:
    for name in ("张三", "李四", "王五"):
        new_client(ctx, name)
    rows, plan = _register_plan(ctx)
    assert len(rows) == 3
    assert "ix_clients_caseworker_pinyin" in plan and "TEMP B-TREE" not in plan
    # Another sort order walks that order's index instead of sorting every case of the caseworker.
    rows, plan = _register_plan(ctx, sort="birth_date", descending=True)
    assert len(rows) == 3 and "ix_clients_sort_birth" in plan and "TEMP B-TREE" not in plan


def test_a_team_register_shows_teammates_cases_without_a_sort_of_all_of_them(ctx: ServiceContext) -> None:
    mine = new_client(ctx, "张三")
    theirs = new_client(ctx, "李四")
    with keyed.connect(ctx.paths.database) as connection:
        cw2 = connection.execute("SELECT id FROM users WHERE username = 'cw2'").fetchone()[0]
        connection.execute("UPDATE clients SET caseworker_id = ? WHERE id = ?", (cw2, theirs))
    rows, _plan = _register_plan(ctx)
    assert [r.id for r in rows] == [mine]  # no team: a colleague's case is out of scope
    _set_team(ctx, ("cw1", "cw2"), "一组")
    rows, plan = _register_plan(ctx)
    assert {r.id for r in rows} == {mine, theirs}
    assert "ix_clients_sort_pinyin" in plan and "TEMP B-TREE" not in plan


def test_live_counts_leave_tombstones_out(ctx: ServiceContext) -> None:
    new_client(ctx, "张三")
    gone = new_client(ctx, "李四")
    with keyed.connect(ctx.paths.database) as connection:
        connection.execute("UPDATE clients SET deleted = 1 WHERE id = ?", (gone,))
    assert station_counts(ctx)["clients"] == 1
    assert installation_info(ctx).counts["clients"] == 1


def test_due_and_overdue_pages_are_read_in_order_from_an_index(ctx: ServiceContext) -> None:
    from desktop.services.casework.dashboard import dashboard

    new_client(ctx, "张三")
    for mine in (None, ctx.actor.user_id):
        plans = plans_of(
            ctx, lambda m=mine: dashboard(ctx, caseworker_id=m), "ORDER BY client_schedule.next_due, client_schedule"
        )
        assert len(plans) >= 2  # overdue and due soon
        for plan in plans[:2]:
            assert "due_order" in plan and "TEMP B-TREE" not in plan, plan


def test_search_looks_matched_ids_up_instead_of_reading_the_team(ctx: ServiceContext) -> None:
    from desktop.services.casework.client_lists import search_clients

    new_client(ctx, "张三")
    for team in ("", "一组"):
        _set_team(ctx, ("cw1", "cw2"), team)
        found: list[Any] = []
        plans = plans_of(ctx, lambda out=found: out.extend(search_clients(ctx, "zs")), "FROM clients")
        assert [c.name for c in found] == ["张三"]
        assert plans and "sqlite_autoindex_clients_1 (id=?)" in plans[-1], plans[-1]
        assert "ix_clients_caseworker" not in plans[-1]


def test_a_caseworkers_visit_list_walks_visits_newest_first_without_sorting_them(ctx: ServiceContext) -> None:
    """The scope check is made per visit; gathering all the caseworker's visits to sort them took
    ~3 s on 1,000,000 visits."""
    from desktop.services.casework.visit_lists import VisitFilter, search_visits

    new_client(ctx, "张三")
    plans = plans_of(ctx, lambda: search_visits(ctx, VisitFilter()), "ORDER BY visits.visit_date DESC")
    assert plans and "TEMP B-TREE" not in plans[-1], plans
