"""Issue 18, items 1–3: only finalised follow-ups move the schedule and 重点关注; a risk ≥ 3 visit is
finalised only as 不稳定 with the whole escalation; finalising names every missing national item."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from desktop.errors import ValidationError
from desktop.models import ClientSchedule
from desktop.services.casework.clients import get_client
from desktop.services.casework.dashboard import dashboard
from desktop.services.casework.visit_checks import effective_input, missing_items
from desktop.services.casework.visit_input import Notification, assess
from desktop.services.casework.visit_review import review_visit
from desktop.services.casework.visits import finalise_visit, record_visit, save_visit
from desktop.services.context import ServiceContext
from tests.unit.casework.helpers import NOTIFIED, TODAY, VISIT_DAY, new_client, notified, stable_visit

RISKY_DAY = VISIT_DAY - timedelta(days=10)
LATER = VISIT_DAY


def _high_risk_client(ctx: ServiceContext) -> str:
    client = new_client(ctx)
    record_visit(ctx, stable_visit(client, day=RISKY_DAY - timedelta(days=1), risk_level=3, escalation=NOTIFIED))
    record_visit(ctx, stable_visit(client, day=RISKY_DAY, risk_level=4, escalation=NOTIFIED))
    return client


def _schedule(ctx: ServiceContext, client: str) -> ClientSchedule:
    with ctx.db.read() as session:
        row = session.get(ClientSchedule, client)
        assert row is not None
        session.expunge(row)
        return row


def _assert_still_high_risk(ctx: ServiceContext, client: str) -> None:
    assert get_client(ctx, client).key_attention
    row = _schedule(ctx, client)
    assert row.last_visit_date == RISKY_DAY and row.last_risk == 4
    assert row.followup_due == RISKY_DAY + timedelta(days=14) and row.next_due == RISKY_DAY + timedelta(days=14)
    assert client in [e.client_id for e in dashboard(ctx, TODAY).high_risk.entries]


@pytest.mark.parametrize(
    ("mode", "counts"), [(1, True), (2, True), (3, True), (4, True), (5, True), (6, True), (7, False)]
)
def test_each_mode_a_finalised_risk_1_contact_clears_only_if_it_is_a_followup(
    ctx: ServiceContext, mode: int, counts: bool
) -> None:
    client = _high_risk_client(ctx)
    record_visit(ctx, stable_visit(client, day=LATER, mode=mode, risk_level=1))
    if not counts:  # 个案会议: the client was not assessed
        _assert_still_high_risk(ctx, client)
        return
    assert not get_client(ctx, client).key_attention
    row = _schedule(ctx, client)
    assert row.last_visit_date == LATER and row.last_risk == 1 and row.next_due == LATER + timedelta(days=14)
    assert client not in [e.client_id for e in dashboard(ctx, TODAY).high_risk.entries]


@pytest.mark.parametrize("mode", [1, 2, 3, 4, 5, 6, 7])
def test_each_mode_a_draft_never_resets_the_schedule(ctx: ServiceContext, mode: int) -> None:
    client = _high_risk_client(ctx)
    save_visit(ctx, stable_visit(client, day=LATER, mode=mode, risk_level=1))
    _assert_still_high_risk(ctx, client)
    assert _schedule(ctx, client).open_drafts == 1


def test_a_draft_case_conference_after_risk_3_and_4_hides_nobody(ctx: ServiceContext) -> None:
    # The defect of issue 18 item 1, as reported.
    client = _high_risk_client(ctx)
    save_visit(ctx, stable_visit(client, day=LATER, mode=7, risk_level=1, objects_seen=()))
    _assert_still_high_risk(ctx, client)


@pytest.mark.parametrize(
    "changes",
    [
        {"objects_seen": ()},  # reached nobody
        {"risk_level": None, "lost_reason": 4, "narrative": "连续三次上门未见到本人"},
    ],
)
def test_contacts_that_did_not_reach_the_client_never_reset(ctx: ServiceContext, changes: dict[str, Any]) -> None:
    client = _high_risk_client(ctx)
    record_visit(ctx, stable_visit(client, day=LATER, mode=2, **{"risk_level": 1, **changes}))
    _assert_still_high_risk(ctx, client)


def test_a_case_conference_never_moves_the_due_date_of_a_stable_client(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    first = record_visit(ctx, stable_visit(client, day=TODAY - timedelta(days=120)))
    record_visit(ctx, stable_visit(client, day=TODAY - timedelta(days=1), mode=7))
    assert _schedule(ctx, client).next_due == first.next_visit_date
    assert client in [e.client_id for e in dashboard(ctx, TODAY).overdue.entries]


# --- item 2: risk ≥ 3 -------------------------------------------------------------------------


@pytest.mark.parametrize("risk", [3, 4, 5])
@pytest.mark.parametrize("classification", [2, 3])
def test_risk_3_or_more_is_never_finalised_as_stable(ctx: ServiceContext, risk: int, classification: int) -> None:
    from desktop.services.auth import login
    from tests.conftest import STAFF_PASSWORD

    lead = ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))  # not even the lead, with a long reason
    client = new_client(ctx)
    data = stable_visit(
        client, risk_level=risk, escalation=NOTIFIED, classification=classification,
        classification_override_reason="精防医生电话告知病情已控制，按稳定管理",
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        record_visit(lead, data)
    assert refused.value.code == "visit.risk_requires_unstable"
    assert "不稳定" in refused.value.user_message()


@pytest.mark.parametrize(
    ("risk", "escalation", "changes", "code"),
    [
        (3, "guardian only", {}, "visit.escalation_party_missing"),
        (3, "doctor only", {}, "visit.escalation_party_missing"),
        (4, "guardian and doctor", {}, "visit.escalation_party_missing"),  # police at 4–5
        (3, "guardian and doctor", {"danger_incident": 1}, "visit.escalation_party_missing"),  # harm to others
        (3, "blank name", {}, "visit.escalation_name"),
        (3, "thirty days before", {}, "visit.escalation_before_visit"),
        (3, "tomorrow", {}, "visit.escalation_after_final"),
        (3, "full", {"referral_done": 1}, "visit.escalation_referral"),
        (3, "full", {"referral_done": None}, "visit.incomplete"),
    ],
)
def test_escalation_refusals(
    ctx: ServiceContext, risk: int, escalation: str, changes: dict[str, Any], code: str
) -> None:
    guardian, doctor, police = notified(VISIT_DAY)
    chosen = {
        "guardian only": (guardian,),
        "doctor only": (doctor,),
        "guardian and doctor": (guardian, doctor),
        "blank name": (guardian, replace(doctor, name=" ")),
        "thirty days before": (guardian, replace(doctor, at=f"{(VISIT_DAY - timedelta(days=30)).isoformat()} 10:00")),
        "tomorrow": (guardian, replace(doctor, at=f"{(TODAY + timedelta(days=1)).isoformat()} 10:00")),
        "full": (guardian, doctor, police),
    }[escalation]
    client = new_client(ctx)
    data = replace(stable_visit(client, risk_level=risk, escalation=NOTIFIED, **changes), escalation=chosen)
    with pytest.raises(ValidationError) as refused:
        record_visit(ctx, data)
    assert refused.value.code == code


def test_risk_3_with_guardian_and_doctor_is_accepted_and_due_in_two_weeks(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    guardian, doctor, _police = notified(VISIT_DAY)
    final = record_visit(
        ctx, replace(stable_visit(client, risk_level=3, escalation=NOTIFIED), escalation=(guardian, doctor))
    )
    assert final.classification == 1 and final.next_visit_date == VISIT_DAY + timedelta(days=14)


# --- item 3: the national form's items ---------------------------------------------------------


def test_an_almost_empty_visit_is_refused_with_every_missing_item_named(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    bare = stable_visit(client, day=VISIT_DAY)
    bare = type(bare)(client_id=client, visit_date=VISIT_DAY, risk_level=1, start_time="00:00", end_time="00:00")
    missing = [item.field for item in missing_items(bare)]
    for field in ("end_time", "insight", "sleep", "diet", "sf_selfcare", "adherence", "referral_done", "narrative"):
        assert field in missing
    with pytest.raises(ValidationError) as refused:
        record_visit(ctx, bare)
    assert refused.value.code == "visit.incomplete"
    review = review_visit(ctx, bare)
    assert not review.ready and [item.field for item in review.missing][:2] == ["end_time", "insight"]
    assert review.counts_as_followup and review.classification == 2 and review.next_visit_date is not None
    message = refused.value.user_message()
    for name in ("结束时间", "自知力", "睡眠情况", "用药依从性", "是否转诊", "服务内容与过程"):
        assert name in message


@pytest.mark.parametrize(
    ("path", "changes", "missing"),
    [
        ("visit", {}, []),
        ("visit", {"narrative": "  "}, ["narrative"]),
        ("visit", {"adherence": 2, "medications": ()}, ["medications"]),
        ("visit", {"lab_tests": 2}, ["lab_tests_text"]),
        ("visit", {"symptoms": (12,)}, ["symptoms_other"]),
        ("lost", {"risk_level": None, "lost_reason": 1}, []),
        ("lost", {"risk_level": None, "lost_reason": 5}, ["lost_reason_other"]),
        ("death", {"risk_level": None, "death_date": VISIT_DAY, "death_cause": 1}, ["death_illness"]),
        ("death", {"risk_level": None, "death_date": VISIT_DAY, "death_cause": 6}, ["death_cause_other"]),
        ("death", {"risk_level": None, "death_cause": 2, "narrative": ""}, ["death_date", "narrative"]),
        ("visit", {"mode": 7, "risk_level": None, "insight": None}, []),  # 个案会议: no checklist asked
    ],
)
def test_missing_items_follow_the_path(path: str, changes: dict[str, Any], missing: list[str]) -> None:
    data = stable_visit("c", **changes)
    assert data.path == path
    assert [item.field for item in missing_items(effective_input(data, assess(data)))] == missing


def test_the_escalation_is_kept_with_who_when_and_how(ctx: ServiceContext) -> None:
    from desktop.services.casework.visits import get_visit

    client = new_client(ctx)
    final = record_visit(ctx, stable_visit(client, risk_level=5, escalation=NOTIFIED))
    kept = get_visit(ctx, final.id).data.escalation
    assert kept == notified(VISIT_DAY) and all(isinstance(n, Notification) for n in kept)
    draft = save_visit(ctx, stable_visit(client, day=TODAY, risk_level=5))
    with pytest.raises(ValidationError):
        finalise_visit(ctx, draft.summary.id)
