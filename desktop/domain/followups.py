"""Which contacts count as a follow-up, and the client's schedule row computed from them (pure).

The schedule (next due date, last risk), the 重点关注 flag, the 14-day escalation task and every
due/overdue/high-risk list follow only *follow-ups*: finalised records of a contact in which the
client's state was assessed, in one of the modes the national form's 随访形式 knows (1 门诊,
2 家庭访视, 3 电话) or a station mode that maps onto one of them. A draft, a case conference, a
record of a contact that reached nobody (no 随访对象), a lost-to-follow-up record and a death
record are kept in the history but never move the schedule. The decision and its reasons are in
docs/domain-followups.md; `FOLLOWUP_MODES` is the one table to change if the district decides
otherwise.

`compute` is used both by the service that keeps `client_schedule` up to date and by the
migration that rebuilds it, so a rebuilt table equals one kept up to date visit by visit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from desktop.domain import codes, schedule

# Station contact mode → national 随访形式 code, for the modes that count as a follow-up: the same
# table the national form prints from, so paper and schedule can never disagree. 7 个案会议 (case
# conference) is absent from it on purpose: the client is not assessed in it.
FOLLOWUP_MODES: dict[int, int] = codes.NATIONAL_MODE

# A client with no follow-up yet is due for a first contact two weeks after registration.
FIRST_VISIT_WITHIN = timedelta(days=14)


def counts_as_followup(
    status: str, mode: int, objects_seen: Iterable[int] | None, lost_reason: int | None, death_date: date | None
) -> bool:
    """True when a stored contact is a follow-up that the schedule and 重点关注 follow."""
    if status != "final" or mode not in FOLLOWUP_MODES:
        return False
    if lost_reason is not None or death_date is not None:
        return False  # the client was not reached (失访) or has died: nothing was assessed
    return bool(set(objects_seen or ()))  # 随访对象: the patient, a guardian or family member, an informant


class VisitFacts(NamedTuple):
    """What the schedule needs from one stored contact (a named tuple: an import makes a million)."""

    visit_date: date
    risk_level: int | None
    next_visit_date: date | None
    status: str
    escalation_followup_due: date | None
    order: str  # created_at, to order several contacts on one day
    followup: bool  # counts_as_followup of the contact


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """What the schedule needs from the client row."""

    registered_on: date | None
    status: str
    caseworker_id: str


def compute(client_id: str, client: ClientFacts, visits: Iterable[VisitFacts], today: date) -> dict[str, Any]:
    """The client_schedule row of one client from its (not deleted) contacts, as of `today`
    (the year's ≥ 4 follow-ups pace, schedule.yearly_pace, is counted for `today`'s year)."""
    ordered = sorted(visits, key=lambda v: (v.visit_date, v.order))
    drafts = sum(1 for v in ordered if v.status == "draft")
    followups = [v for v in ordered if v.followup]
    row: dict[str, Any] = {
        "client_id": client_id,
        "status": client.status,
        "caseworker_id": client.caseworker_id,
        "open_drafts": drafts,
    }
    if not followups:
        start = client.registered_on or today
        row.update(
            last_visit_date=None,
            next_due=start + FIRST_VISIT_WITHIN,
            last_risk=None,
            key_attention=False,
            key_attention_since=None,
            followup_due=None,
        )
        row.update(_pace(schedule.yearly_pace((), row["next_due"], today)))
        return row
    attention = schedule.key_attention((v.visit_date, v.risk_level) for v in followups)
    last = followups[-1]
    next_due = last.next_visit_date or schedule.latest_next_due(last.visit_date)
    task = None
    if attention.active:
        tasks = [v.escalation_followup_due for v in followups if v.escalation_followup_due]
        task = max(tasks) if tasks else None
        if task is not None and task > last.visit_date:
            next_due = min(next_due, task)
    row.update(
        last_visit_date=last.visit_date,
        next_due=next_due,
        last_risk=last.risk_level,
        key_attention=attention.active,
        key_attention_since=attention.since,
        followup_due=task,
    )
    row.update(_pace(schedule.yearly_pace((v.visit_date for v in followups), next_due, today)))
    return row


def _pace(pace: schedule.YearPace) -> dict[str, Any]:
    return {
        "pace_year": pace.year,
        "year_followups": pace.followups,
        "pace_needed_by": pace.needed_by,
        "pace_late": pace.late_by_schedule,
    }
