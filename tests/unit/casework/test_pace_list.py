"""The 工作台's 随访进度落后 list (brief c18, 1): who cannot reach four follow-ups this year at the rule's
pace, and how many have fewer than four so far — counted exactly as the monthly statistics count,
read from an index in order, and right on the first days of a new year."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.schedule import quarter_end, yearly_pace
from desktop.models import ClientSchedule
from desktop.paths import AppPaths
from desktop.services.casework.compliance import yearly_compliance
from desktop.services.casework.dashboard import dashboard, dashboard_lists
from desktop.services.casework.visits import record_visit, save_visit
from desktop.services.context import ServiceContext
from tests import keyed
from tests.conftest import STAFF_PASSWORD, sign_in_cli
from tests.unit.casework.helpers import TODAY, new_client, stable_visit
from tests.unit.kernel.helpers import as_user
from tests.unit.query_plans import plans_of

YEAR = TODAY.year


def _days(n: int) -> list[date]:
    """Up to `n` distinct days of this year, none after today, oldest first."""
    span = (TODAY - date(YEAR, 1, 1)).days
    step = max(1, span // max(n, 1))
    return sorted({date(YEAR, 1, 1) + timedelta(days=min(span, k * step)) for k in range(n)})


def _station(ctx: ServiceContext) -> dict[str, list[date]]:
    """Clients with a spread of follow-up histories; returns each served client's counted days."""
    counted: dict[str, list[date]] = {}
    four = new_client(ctx, "甲")
    for day in _days(4):
        record_visit(ctx, stable_visit(four, day=day))
    counted[four] = _days(4)
    one = new_client(ctx, "乙")
    first, *others = _days(4)
    record_visit(ctx, stable_visit(one, day=first))
    for day, change in zip(others, ({"mode": 7}, {"objects_seen": ()}), strict=False):
        record_visit(ctx, stable_visit(one, day=day, **change))  # a case conference, a contact that reached nobody
    if others:
        save_visit(ctx, stable_visit(one, day=others[-1]))  # a draft
    counted[one] = [first]
    twice = new_client(ctx, "丙")
    for _ in range(2):  # two contacts on one day count once
        record_visit(ctx, stable_visit(twice, day=_days(1)[0]))
    counted[twice] = _days(1)
    counted[new_client(ctx, "丁")] = []  # registered today, not seen yet
    lost = new_client(ctx, "戊")
    record_visit(ctx, stable_visit(lost, day=TODAY, lost_reason=2))  # served still: on the 失访 list too
    counted[lost] = []
    dead = new_client(ctx, "己")
    record_visit(ctx, stable_visit(dead, day=TODAY, death_date=TODAY, death_cause=2))  # no longer served
    return counted


def _next_due(ctx: ServiceContext) -> dict[str, date | None]:
    with ctx.db.read() as session:
        return {row.client_id: row.next_due for row in session.query(ClientSchedule)}


def test_the_list_and_its_count_agree_with_the_rule_and_the_monthly_statistics(ctx: ServiceContext) -> None:
    counted = _station(ctx)
    due = _next_due(ctx)
    expected = {c for c, days in counted.items() if yearly_pace(days, due[c], TODAY).behind(TODAY)}
    pace = dashboard(ctx, TODAY).pace
    assert {e.client_id for e in pace.entries} == expected and pace.total == len(expected)
    statistics = yearly_compliance(ctx, YEAR, TODAY)
    assert pace.below_four == statistics.below_minimum == sum(len(set(d)) < 4 for d in counted.values())
    by_client = {e.client_id: e.followups for e in statistics.entries}
    for entry in pace.entries:
        assert entry.followups == by_client[entry.client_id] == len(set(counted[entry.client_id]))
        assert entry.needed_by == quarter_end(YEAR, entry.followups + 1)
    fewest_first = [(e.needed_by, e.client_id) for e in pace.entries]
    assert fewest_first == sorted(fewest_first)


def test_on_the_first_days_of_a_new_year_nobody_has_a_follow_up_yet(ctx: ServiceContext) -> None:
    counted = _station(ctx)
    served = len(counted)
    january = dashboard(ctx, date(YEAR + 1, 1, 2)).pace
    # Every row was computed last year: nothing counted yet, and the schedule reaches the first quarter.
    assert january.below_four == served and january.total == 0
    april = dashboard(ctx, date(YEAR + 1, 4, 2)).pace
    assert april.below_four == april.total == served
    assert {(e.followups, e.needed_by) for e in april.entries} == {(0, date(YEAR + 1, 3, 31))}


def test_a_row_computed_this_year_replaces_last_years(ctx: ServiceContext) -> None:
    client = new_client(ctx, "庚")
    record_visit(ctx, stable_visit(client, day=_days(1)[0]))
    with keyed.connect(ctx.paths.database) as connection:  # as if computed last year: counted 0 now
        connection.execute("UPDATE client_schedule SET pace_year = ?, next_due = ?", (YEAR - 1, date(YEAR, 4, 10)))
    before_april = dashboard(ctx, date(YEAR, 1, 2)).pace  # next due after the first quarter: behind
    assert [(e.client_id, e.followups) for e in before_april.entries] == [(client, 0)]


def test_pages_read_the_pace_index_in_order(ctx: ServiceContext) -> None:
    _station(ctx)
    lead = as_user(ctx, "lead")  # the station's lists: no caseworker filter
    for who, mine in ((lead, None), (ctx, ctx.actor.user_id)):
        plans = plans_of(who, lambda w=who, m=mine: dashboard_lists(w, ["pace"], caseworker_id=m), "client_schedule")
        index = "ix_client_schedule_cw_pace" if mine else "ix_client_schedule_pace"
        ranges = [plan for plan in plans if index in plan]
        assert len(ranges) >= 3, plans  # a count over each part and at least one page
        assert all(f"COVERING INDEX {index}" in plan and "TEMP B-TREE" not in plan for plan in ranges), ranges
        # the rest only looks the listed clients up by id
        assert all("(client_id=?)" in plan for plan in plans if plan not in ranges), plans


def test_paging_by_offset_lists_every_row_once(ctx: ServiceContext) -> None:
    _station(ctx)
    first = dashboard_lists(ctx, ["pace"], date(YEAR + 1, 4, 2), limit=2)["pace"]
    rows = list(first.entries)
    while len(rows) < first.total:
        rows += dashboard_lists(ctx, ["pace"], date(YEAR + 1, 4, 2), limit=2, offset=len(rows))["pace"].entries
    assert len({e.client_id for e in rows}) == len(rows) == first.total == 5


def test_visits_due_gives_the_pace_counts(
    ctx: ServiceContext,
    installation: AppPaths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _station(ctx)
    sign_in_cli(monkeypatch, tmp_path, "cw1", STAFF_PASSWORD)  # the same caseworker's scope as `ctx`
    expected = dashboard(ctx, TODAY).pace
    assert main(["--data-dir", str(installation.data_dir), "visits", "due", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert (counts["behind_pace"], counts["below_four"]) == (expected.total, expected.below_four)
