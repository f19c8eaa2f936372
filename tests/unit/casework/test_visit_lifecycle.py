"""Draft → finalised (read-only) → addenda; the risk ≥ 3 escalation and 重点关注; death and lost paths."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.errors import ConflictError, PermissionDenied, ValidationError
from desktop.models import Client, Visit, VisitAddendum
from desktop.services.casework.clients import get_client
from desktop.services.casework.dashboard import dashboard
from desktop.services.casework.visits import (
    add_addendum,
    finalise_visit,
    get_visit,
    list_visits,
    record_visit,
    save_visit,
)
from desktop.services.context import ServiceContext
from tests.unit.casework.helpers import NOTIFIED, TODAY, VISIT_DAY, new_client, stable_visit


def test_finalised_visit_is_read_only_and_addenda_keep_the_original(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    draft = save_visit(ctx, stable_visit(client, narrative="初稿"))
    changed = save_visit(ctx, stable_visit(client, narrative="修改后的记录"), draft.summary.id)
    assert changed.summary.id == draft.summary.id
    with pytest.raises(ConflictError) as not_yet:
        add_addendum(ctx, draft.summary.id, "草稿不需要补充说明")
    assert not_yet.value.code == "visit.not_final"
    finalise_visit(ctx, draft.summary.id)
    with pytest.raises(ConflictError) as refused:
        save_visit(ctx, stable_visit(client, narrative="定稿后再改"), draft.summary.id)
    assert refused.value.code == "visit.finalised"
    with pytest.raises(ConflictError):
        finalise_visit(ctx, draft.summary.id)
    first = add_addendum(ctx, draft.summary.id, "补充：家属反映睡眠较前改善。")
    second = add_addendum(ctx, draft.summary.id, "更正：结束时间为10:30。")
    assert (first.seq, second.seq) == (1, 2) and first.author_name == "李社工"
    record = get_visit(ctx, draft.summary.id)
    assert record.data.narrative == "修改后的记录"
    assert [a.text for a in record.addenda] == ["补充：家属反映睡眠较前改善。", "更正：结束时间为10:30。"]
    with pytest.raises(ValidationError):
        add_addendum(ctx, draft.summary.id, "   ")


def test_risk_3_needs_the_escalation_record_then_flags_until_risk_2(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    draft = save_visit(ctx, stable_visit(client, risk_level=3))
    assert draft.assessment.needs_escalation and draft.assessment.followup_due == VISIT_DAY + timedelta(days=14)
    with pytest.raises(ValidationError) as refused:
        finalise_visit(ctx, draft.summary.id)
    assert refused.value.code == "visit.escalation_required"
    final = finalise_visit(
        ctx,
        draft.summary.id,
        stable_visit(client, risk_level=3, escalation=NOTIFIED),
    )
    record = get_visit(ctx, final.id)
    assert record.data.escalation == NOTIFIED
    assert record.escalation_followup_due == VISIT_DAY + timedelta(days=14)
    assert final.classification == 1
    assert get_client(ctx, client).key_attention
    board = dashboard(ctx, TODAY)
    entry = next(e for e in board.high_risk.entries if e.client_id == client)
    assert entry.followup_due == VISIT_DAY + timedelta(days=14) and entry.last_risk == 3
    # a later visit at risk ≤ 2 clears 重点关注
    record_visit(ctx, stable_visit(client, day=VISIT_DAY + timedelta(days=2), risk_level=2))
    assert not get_client(ctx, client).key_attention
    assert client not in [e.client_id for e in dashboard(ctx, TODAY).high_risk.entries]


def test_a_same_day_reassuring_contact_does_not_clear_the_flag(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    record_visit(ctx, stable_visit(client, risk_level=4, escalation=NOTIFIED))
    record_visit(ctx, stable_visit(client, risk_level=0, mode=3))
    assert get_client(ctx, client).key_attention


def test_death_path_closes_the_case_and_leaves_the_due_lists(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    record_visit(ctx, stable_visit(client, day=TODAY - timedelta(days=200)))
    assert client in [e.client_id for e in dashboard(ctx, TODAY).overdue.entries]
    death = stable_visit(client, risk_level=None, death_date=VISIT_DAY, death_cause=1, death_illness=3)
    with pytest.raises(ValidationError):
        record_visit(ctx, stable_visit(client, risk_level=None, death_cause=1))  # no date
    visit = record_visit(ctx, death)
    assert visit.classification is None
    detail = get_client(ctx, client)
    assert detail.management_status == "dead" and detail.status_date == VISIT_DAY and not detail.active
    assert client not in [e.client_id for e in dashboard(ctx, TODAY).overdue.entries]


def test_lost_path_moves_the_client_to_lost_contact(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    with pytest.raises(ValidationError) as refused:
        record_visit(ctx, stable_visit(client, risk_level=None, lost_reason=5))
    assert refused.value.code == "visit.incomplete" and refused.value.field == "lost_reason_other"
    record_visit(ctx, stable_visit(client, risk_level=None, lost_reason=1, mode=3))
    assert get_client(ctx, client).management_status == "lost"
    board = dashboard(ctx, TODAY)
    assert client in [e.client_id for e in board.lost.entries]
    # a later successful visit brings the client back into management
    record_visit(ctx, stable_visit(client, day=TODAY))
    assert get_client(ctx, client).management_status == "managed"


def test_drafts_are_listed_on_the_dashboard(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    draft = save_visit(ctx, stable_visit(client))
    assert [d.visit_id for d in dashboard(ctx, TODAY).drafts.entries] == [draft.summary.id]
    finalise_visit(ctx, draft.summary.id)
    assert dashboard(ctx, TODAY).drafts.total == 0


def test_history_newest_first_and_nothing_deleted(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    older = record_visit(ctx, stable_visit(client, day=VISIT_DAY - timedelta(days=30)))
    newer = record_visit(ctx, stable_visit(client))
    assert [v.id for v in list_visits(ctx, client)] == [newer.id, older.id]
    with ctx.db.read() as session:
        assert session.scalars(select(VisitAddendum)).all() == []
        assert session.get(Visit, older.id) is not None and session.get(Client, client) is not None


def test_roles_are_enforced(ctx: ServiceContext) -> None:
    from desktop.services.auth import login
    from tests.conftest import STAFF_PASSWORD

    coordinator = ctx.as_actor(login(ctx, "coord", STAFF_PASSWORD))
    client = new_client(ctx)
    with pytest.raises(PermissionDenied):
        save_visit(coordinator, stable_visit(client))
    with pytest.raises(PermissionDenied):
        dashboard(coordinator)
