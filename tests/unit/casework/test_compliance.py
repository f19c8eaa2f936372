"""≥ 4 follow-ups a year (issue 18 item 7): counted from follow-ups only, for the 工作台 and the
monthly statistics."""

from __future__ import annotations

from datetime import date

from desktop.services.casework.compliance import yearly_compliance
from desktop.services.casework.visits import record_visit, save_visit
from desktop.services.context import ServiceContext
from tests.unit.casework.helpers import TODAY, new_client, stable_visit

YEAR = TODAY.year - 1


def test_four_followups_a_year_counting_only_followups(ctx: ServiceContext) -> None:
    good, short, gap = new_client(ctx, "甲"), new_client(ctx, "乙"), new_client(ctx, "丙")
    for month in (1, 4, 7, 10):
        record_visit(ctx, stable_visit(good, day=date(YEAR, month, 10)))
    for month in (2, 5, 8):
        record_visit(ctx, stable_visit(short, day=date(YEAR, month, 10)))
    record_visit(ctx, stable_visit(short, day=date(YEAR, 11, 10), mode=7))  # 个案会议 is no follow-up
    save_visit(ctx, stable_visit(short, day=date(YEAR, 11, 20)))  # nor is a draft
    record_visit(ctx, stable_visit(short, day=date(YEAR, 11, 25), objects_seen=()))  # nor reaching nobody
    for day in (date(YEAR, 1, 5), date(YEAR, 1, 20), date(YEAR, 2, 5), date(YEAR, 9, 5)):
        record_visit(ctx, stable_visit(gap, day=day))
    report = yearly_compliance(ctx, YEAR)
    assert (report.clients, report.compliant, report.below_minimum, report.gap_over_three_months) == (3, 1, 1, 1)
    by_id = {e.client_id: e for e in report.entries}
    assert set(by_id) == {short, gap} and by_id[short].followups == 3 and by_id[gap].gap_over_three_months
    assert report.entries[0].client_id == short and report.total_entries == 2
    assert abs(report.rate - 1 / 3) < 1e-9
