"""`dashboard_lists` reads just the 工作台 lists asked for, the same as `dashboard` has them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.clock import station_today
from desktop.errors import PermissionDenied
from desktop.services.auth import login
from desktop.services.casework.dashboard import LISTS, dashboard, dashboard_lists
from desktop.services.casework.visits import record_visit, save_visit
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.unit.casework.helpers import NOTIFIED, new_client, stable_visit

AS_OF = station_today()


def _populate(ctx: ServiceContext) -> None:
    overdue, risky, draft = new_client(ctx, "过期甲"), new_client(ctx, "风险丁"), new_client(ctx, "草稿丙")
    new_client(ctx, "新登记戊")
    record_visit(ctx, stable_visit(overdue, day=AS_OF - timedelta(days=120)))
    record_visit(ctx, stable_visit(risky, day=AS_OF - timedelta(days=8), risk_level=4, escalation=NOTIFIED))
    save_visit(ctx, stable_visit(draft, day=AS_OF))


def test_each_list_alone_equals_the_whole_board(ctx: ServiceContext) -> None:
    _populate(ctx)
    board = dashboard(ctx, AS_OF)
    assert all(getattr(board, key).total for key in ("overdue", "due_soon", "high_risk", "drafts"))
    for key in LISTS:
        assert dashboard_lists(ctx, [key], AS_OF) == {key: getattr(board, key)}
    assert dashboard_lists(ctx, ["drafts", "overdue"], AS_OF) == {"drafts": board.drafts, "overdue": board.overdue}


def test_only_my_clients_and_unknown_lists_and_roles(ctx: ServiceContext) -> None:
    _populate(ctx)
    mine = dashboard_lists(ctx, LISTS, AS_OF, caseworker_id=ctx.actor.user_id)
    other = ctx.as_actor(login(ctx, "cw2", STAFF_PASSWORD))
    theirs = dashboard_lists(other, LISTS, AS_OF, caseworker_id=other.actor.user_id)
    assert mine["overdue"].total == 1 and theirs["overdue"].total == 0
    with pytest.raises(KeyError):
        dashboard_lists(ctx, ["everyone"], AS_OF)
    coordinator = ctx.as_actor(login(ctx, "coord", STAFF_PASSWORD))
    with pytest.raises(PermissionDenied):
        dashboard_lists(coordinator, ["overdue"], AS_OF)


def test_pages_by_offset_add_up_to_the_whole_list(ctx: ServiceContext) -> None:
    for n in range(5):
        record_visit(ctx, stable_visit(new_client(ctx, f"逾期{n}"), day=AS_OF - timedelta(days=120 + n)))
    whole = dashboard_lists(ctx, ["overdue"], AS_OF)["overdue"]
    pages = [dashboard_lists(ctx, ["overdue"], AS_OF, limit=2, offset=start)["overdue"] for start in (0, 2, 4)]
    assert whole.total == 5 and all(page.total == 5 for page in pages)
    assert [e.client_id for page in pages for e in page.entries] == [e.client_id for e in whole.entries]
