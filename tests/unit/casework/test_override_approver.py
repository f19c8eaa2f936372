"""Issue 18 (brief c18, 3): a classification override records the lead who approved it, shows it on the
visit and prints it on both visit forms next to the reason; the approval is audited."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import AuditEvent, Visit
from desktop.services.auth import login
from desktop.services.casework.visits import finalise_visit, get_visit, record_visit, save_visit
from desktop.services.context import ServiceContext
from desktop.services.forms import casework as forms
from tests.conftest import STAFF_PASSWORD
from tests.unit.casework.helpers import new_client, stable_visit
from tests.unit.pdf.helpers import squash, text

REASON = "孤僻懒散为长期性格特点，精防医生确认病情稳定"


def _lead(ctx: ServiceContext) -> ServiceContext:
    return ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))


def _stored(ctx: ServiceContext, visit_id: str) -> Visit:
    with ctx.db.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        session.expunge(visit)
        return visit


def test_the_lead_who_finalises_an_override_is_recorded_shown_and_audited(ctx: ServiceContext) -> None:
    lead = _lead(ctx)
    client = new_client(ctx)
    # symptom 11 suggests 基本稳定; the caseworker proposes 稳定, the lead finalises it
    draft = save_visit(
        ctx, stable_visit(client, symptoms=(11,), classification=3, classification_override_reason=REASON)
    )
    final = finalise_visit(lead, draft.summary.id)
    stored = _stored(ctx, final.id)
    assert stored.override_approved_by_id == lead.actor.user_id
    assert stored.override_approved_by_name == lead.actor.display_name != ""
    assert get_visit(ctx, final.id).override_approved_by_name == lead.actor.display_name
    with ctx.db.read() as session:
        events = session.execute(
            select(AuditEvent.user_id, AuditEvent.fields).where(AuditEvent.object_id == final.id)
        ).all()
    approvals = [user for user, audited in events if "override_approved_by_id" in (audited or ())]
    assert approvals == [lead.actor.user_id]


def test_an_override_recorded_in_one_step_names_its_lead_too(ctx: ServiceContext) -> None:
    lead = _lead(ctx)
    client = new_client(ctx)
    final = record_visit(
        lead, stable_visit(client, symptoms=(11,), classification=3, classification_override_reason=REASON)
    )
    assert _stored(ctx, final.id).override_approved_by_name == lead.actor.display_name


def test_a_visit_without_an_override_names_no_approver(ctx: ServiceContext) -> None:
    lead = _lead(ctx)
    client = new_client(ctx)
    final = record_visit(lead, stable_visit(client, symptoms=(11,)))  # the suggested 基本稳定
    stored = _stored(ctx, final.id)
    assert stored.classification == stored.classification_suggested == 2
    assert stored.override_approved_by_id == stored.override_approved_by_name == ""


def test_both_visit_forms_print_the_approver_next_to_the_reason(ctx: ServiceContext) -> None:
    lead = _lead(ctx)
    client = new_client(ctx)
    final = record_visit(
        lead, stable_visit(client, symptoms=(11,), classification=3, classification_override_reason=REASON)
    )
    name = lead.actor.display_name
    for national in (False, True):
        # the station record prints label and value in two cells, the national form with a colon
        body = squash(text(forms.print_visit(ctx, final.id, national=national).content)).replace("：", "")
        after_reason = body[body.index(REASON) :]
        assert f"调整批准人{name}" in after_reason[: len(REASON) + 12], national
