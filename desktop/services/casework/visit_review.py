"""The one-screen check before finalising: what will be stored, what is missing, what is refused.

The visit form calls `review_visit` when the caseworker presses 定稿 and shows the result for
confirmation: the class and next date that will be stored, the escalation as recorded, each
missing national-form item by name, and every refusal with its message. Finalising runs the same
checks (`visit_checks.finalise_problems`), so what the screen accepts is what the service accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.clock import station_wall_now
from desktop.domain.followups import FOLLOWUP_MODES
from desktop.services.casework.visit_checks import (
    MissingItem,
    Problem,
    effective_input,
    finalise_problems,
    missing_items,
    required_parties,
)
from desktop.services.casework.visit_input import (
    Assessment,
    VisitInput,
    assess,
    check_discharge_after_birth,
    validate,
)
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.scope import visible_client


@dataclass(frozen=True)
class VisitReview:
    """What finalising `data` would store, and why it cannot yet (empty `problems`: it can)."""

    path: str  # "visit", "lost" or "death"
    counts_as_followup: bool  # moves the schedule and 重点关注 once finalised
    classification: int | None
    classification_suggested: int | None
    next_visit_date: date | None
    required_parties: tuple[str, ...]  # who must have been told (risk ≥ 3), else ()
    missing: tuple[MissingItem, ...]
    problems: tuple[Problem, ...]
    assessment: Assessment

    @property
    def ready(self) -> bool:
        return not self.problems


@entry("visits.read")
def review_visit(ctx: ServiceContext, data: VisitInput) -> VisitReview:
    """Check `data` as finalising would, without storing anything."""
    validate(data)
    with ctx.db.read() as session:
        client = visible_client(ctx, session, data.client_id)
        check_discharge_after_birth(data, client.birth_date, client.birth_precision)
    result = assess(data)
    stored = effective_input(data, result)
    followup = (
        stored.path == "visit" and stored.mode in FOLLOWUP_MODES and bool(stored.objects_seen)
    )  # finalised, it counts as in desktop.domain.followups
    escalate = result.needs_escalation
    return VisitReview(
        path=stored.path,
        counts_as_followup=followup,
        classification=stored.classification,
        classification_suggested=result.suggested,
        next_visit_date=stored.next_visit_date,
        required_parties=required_parties(stored) if escalate else (),
        missing=missing_items(stored),
        problems=tuple(finalise_problems(stored, result, ctx.actor.role, station_wall_now())),
        assessment=result,
    )
