"""Demo data stays consistent with the casework model: every visit reads back, the derived schedule
written by the generator equals a rebuild, and the dashboard is computed from it."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models import ClientSchedule, Visit
from desktop.services.casework.dashboard import dashboard
from desktop.services.casework.schedule_index import rebuild_schedule
from desktop.services.casework.visits import get_visit
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from tests.conftest import STAFF_PASSWORD


def test_demo_visits_read_back_and_schedule_equals_rebuild(ctx: ServiceContext) -> None:
    from desktop.services.auth import login

    lead = ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))
    result = generate_demo(lead, clients=40, visits_per_client=5, volunteers=0, seed=7)
    assert result.clients == 40 and result.visits == 200

    def snapshot() -> list[tuple[object, ...]]:
        with lead.db.read() as session:
            return [
                (r.client_id, r.status, r.next_due, r.key_attention, r.open_drafts, r.followup_due)
                for r in session.scalars(select(ClientSchedule).order_by(ClientSchedule.client_id))
            ]

    written = snapshot()
    assert len(written) == 40
    rebuild_schedule(lead)
    assert snapshot() == written
    with lead.db.read() as session:
        ids = list(session.scalars(select(Visit.id)))
    records = [get_visit(lead, visit_id) for visit_id in ids]
    assert all(record.data.sources for record in records)
    board = dashboard(lead)
    assert board.overdue.total + board.due_soon.total <= 40
