"""docs/domain.md §2.2 through the visit service, case by case: the suggested class is stored, overrides
need a reason, next-due dates follow the class, and no next date is ever more than 3 months away."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from desktop.domain.schedule import add_months, latest_next_due, yearly_compliance
from desktop.errors import ValidationError
from desktop.models import ClientSchedule, Visit
from desktop.services.casework.visits import finalise_visit, get_visit, record_visit, save_visit
from desktop.services.context import ServiceContext
from tests.unit.casework.helpers import NOTIFIED, VISIT_DAY, new_client, stable_visit

TWO_WEEKS = VISIT_DAY + timedelta(days=14)


def _lead(ctx: ServiceContext) -> ServiceContext:
    from desktop.services.auth import login
    from tests.conftest import STAFF_PASSWORD

    return ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))


THREE_MONTHS = add_months(VISIT_DAY, 3)


@pytest.mark.parametrize(
    ("changes", "suggested"),
    [
        # 稳定: all criteria hold
        ({}, 3),
        ({"sf_work": 2}, 3),
        # 不稳定: any one criterion, evaluated first
        ({"risk_level": 3, "escalation": NOTIFIED}, 1),
        ({"risk_level": 4, "escalation": NOTIFIED}, 1),
        ({"risk_level": 5, "escalation": NOTIFIED}, 1),
        ({"marked_psychotic_symptoms": True}, 1),
        ({"insight": 3}, 1),
        ({"adverse_reaction": 2, "adverse_reaction_serious": True, "adverse_reaction_text": "锥体外系反应"}, 1),
        ({"serious_physical_illness": True}, 1),
        ({"serious_physical_illness": True, "physical_illness_unstable": True}, 1),
        # 基本稳定: any one criterion
        ({"risk_level": 1}, 2),
        ({"risk_level": 2}, 2),
        ({"symptoms": (1,)}, 2),
        ({"symptoms": (12,), "symptoms_other": "多疑"}, 2),
        ({"insight": 2}, 2),
        ({"sf_selfcare": 3}, 2),
        ({"sf_housework": 3}, 2),
        ({"sf_work": 3}, 2),
        ({"sf_learning": 3}, 2),
        ({"sf_social": 3}, 2),
        # 稳定 needs every item answered: an unanswered item is not "fine"
        ({"insight": None}, 2),
        ({"sf_social": None}, 2),
        ({"physical_illness_unstable": True}, 2),  # physical illness not stable
        ({"other_abnormality": True}, 2),  # something else abnormal
        # evaluation order: the first matching class wins
        ({"risk_level": 4, "insight": 3, "symptoms": (7,), "escalation": NOTIFIED}, 1),
        ({"risk_level": 2, "insight": 3}, 1),
        ({"risk_level": 1, "insight": 2, "sf_work": 3}, 2),
    ],
)
def test_suggested_class_is_stored_and_used(ctx: ServiceContext, changes: dict[str, Any], suggested: int) -> None:
    client = new_client(ctx)
    saved = save_visit(ctx, stable_visit(client, **changes))
    assert saved.assessment.suggested == suggested
    assert saved.summary.classification == suggested
    unanswered = [name for name, value in changes.items() if value is None]
    if unanswered:  # suggested and stored, but the national form needs the item before finalising
        with pytest.raises(ValidationError) as refused:
            finalise_visit(ctx, saved.summary.id)
        assert refused.value.code == "visit.incomplete" and refused.value.field == unanswered[0]
        return
    summary = finalise_visit(ctx, saved.summary.id)
    record = get_visit(ctx, summary.id)
    assert record.final and record.classification_suggested == suggested
    expected_next = THREE_MONTHS if suggested == 3 else TWO_WEEKS
    assert summary.next_visit_date == expected_next


@pytest.mark.parametrize(
    ("classification", "stage", "expected"),
    [
        (1, "initial", TWO_WEEKS),
        (2, "initial", TWO_WEEKS),
        (2, "referral_check", TWO_WEEKS),
        (2, "confirmed_stable", THREE_MONTHS),
        (3, "initial", THREE_MONTHS),
    ],
)
def test_next_due_follows_class_and_stage(ctx: ServiceContext, classification: int, stage: str, expected: date) -> None:
    client = new_client(ctx)
    # risk 1 suggests 基本稳定; choosing another class is an override by the lead, with a reason
    data = stable_visit(client, risk_level=1, classification=classification, schedule_stage=stage)
    if classification != 2:
        data = replace(data, classification_override_reason="精防医生复核后意见：危险性已消除，按稳定管理")
    visit = record_visit(_lead(ctx) if classification != 2 else ctx, data)
    assert visit.next_visit_date == expected
    with ctx.db.read() as session:
        row = session.get(ClientSchedule, client)
        assert row is not None and row.next_due == expected


def test_override_needs_a_reason_and_keeps_the_suggestion(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    lead = _lead(ctx)
    draft = save_visit(ctx, stable_visit(client, symptoms=(11,), classification=3))
    assert draft.assessment.suggested == 2 and draft.summary.classification == 3
    with pytest.raises(ValidationError) as refused:
        finalise_visit(lead, draft.summary.id)
    assert refused.value.code == "visit.override_reason"
    short = stable_visit(client, symptoms=(11,), classification=3, classification_override_reason="好")
    with pytest.raises(ValidationError) as one_letter:  # a reason of real length (≥ 10 characters)
        finalise_visit(lead, draft.summary.id, short)
    assert one_letter.value.code == "visit.override_reason"
    reason = "孤僻懒散为长期性格特点，精防医生确认病情稳定"
    data = stable_visit(client, symptoms=(11,), classification=3, classification_override_reason=reason)
    with pytest.raises(ValidationError) as caseworker:  # only the lead (督导/站长) decides another class
        finalise_visit(ctx, draft.summary.id, data)
    assert caseworker.value.code == "visit.override_role"
    final = finalise_visit(lead, draft.summary.id, data)
    record = get_visit(ctx, final.id)
    assert record.data.classification == 3 and record.classification_suggested == 2
    assert record.data.classification_override_reason == reason


def test_a_chosen_next_date_is_pulled_back_to_three_months(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    visit = record_visit(ctx, stable_visit(client, next_visit_date=add_months(VISIT_DAY, 6)))
    assert visit.next_visit_date == THREE_MONTHS
    earlier = record_visit(ctx, stable_visit(client, day=VISIT_DAY - timedelta(days=1), next_visit_date=TWO_WEEKS))
    assert earlier.next_visit_date == TWO_WEEKS  # an earlier date than the rule is the caseworker's choice


def test_following_the_suggested_dates_gives_at_least_four_visits_a_year(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    day = date(VISIT_DAY.year - 1, 1, 5)
    dates = []
    while day.year == VISIT_DAY.year - 1:
        dates.append(day)
        visit = record_visit(ctx, stable_visit(client, day=day))
        assert visit.next_visit_date is not None
        assert visit.next_visit_date <= latest_next_due(day)
        day = visit.next_visit_date
    compliance = yearly_compliance(dates, VISIT_DAY.year - 1)
    assert compliance.visits >= 4 and compliance.compliant


def test_finalise_requires_risk_assessment_and_next_date_but_a_draft_does_not(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    draft = save_visit(ctx, stable_visit(client, risk_level=None))
    assert draft.summary.status == "draft" and draft.summary.classification is None
    with pytest.raises(ValidationError) as refused:
        finalise_visit(ctx, draft.summary.id)
    assert refused.value.code == "visit.incomplete" and refused.value.field == "risk_level"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"danger_selfharm": 1, "risk_level": 2}, "risk.selfharm_below_4"),
        ({"danger_suicide": 1, "risk_level": 3, "escalation": NOTIFIED}, "risk.selfharm_below_4"),
        ({"danger_serious": 1, "risk_level": 2}, "risk.serious_harm_below_3"),
        ({"symptoms": (7,)}, "risk.violence_symptom_at_0"),
        ({"confinement": 2}, "welfare.confinement"),
        ({"hospitalisation": 2, "last_discharge_date": VISIT_DAY - timedelta(days=40)}, "welfare.none"),
        ({"sources": {}}, "source.missing"),
    ],
)
def test_consistency_warnings_warn_but_never_block(ctx: ServiceContext, changes: dict[str, Any], code: str) -> None:
    client = new_client(ctx)
    saved = save_visit(ctx, stable_visit(client, **changes))
    codes = [notice.code for notice in saved.assessment.warnings]
    assert code in codes if code != "welfare.none" else codes == []
    assert finalise_visit(ctx, saved.summary.id).status == "final"


@pytest.mark.parametrize(
    ("changes", "warning", "refusal"),
    [
        # warned while a draft, refused at finalising: the national form needs the item
        ({"hospitalisation": 2}, "hospital.discharge_date_missing", "visit.incomplete"),
        (
            {"risk_level": 3, "escalation": NOTIFIED, "referral_done": 1},
            "escalation.referral",
            "visit.escalation_referral",
        ),
    ],
)
def test_warnings_that_block_finalising(
    ctx: ServiceContext, changes: dict[str, Any], warning: str, refusal: str
) -> None:
    client = new_client(ctx)
    saved = save_visit(ctx, stable_visit(client, **changes))
    assert warning in [notice.code for notice in saved.assessment.warnings]
    with pytest.raises(ValidationError) as refused:
        finalise_visit(ctx, saved.summary.id)
    assert refused.value.code == refusal


def test_information_sources_are_kept(ctx: ServiceContext) -> None:
    client = new_client(ctx)
    visit = record_visit(ctx, stable_visit(client))
    with ctx.db.read() as session:
        row = session.get(Visit, visit.id)
        assert row is not None and row.sources["medications"] == 3 and row.sources["adherence"] == 1
