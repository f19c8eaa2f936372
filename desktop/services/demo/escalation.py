"""Demo risk ≥ 3 visits: the emergency handling recorded and told in the narrative, as a caseworker writes it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.services.demo import pools


def escalate(visit: dict[str, Any], visit_date: date, doctor: str, guardian: str) -> None:
    """The emergency handling of a risk ≥ 3 visit: who was told, right after the contact, and how."""
    risk = int(visit["risk_level"])
    told_at = f"{visit_date} {visit['end_time']}"
    notes = [
        {"party": "精防医生", "name": doctor, "at": told_at, "channel": "电话"},
        {"party": "监护人", "name": guardian, "at": told_at, "channel": "电话"},
    ]
    police = ""
    if risk >= 4:
        notes.append({"party": "民警", "name": "社区民警", "at": told_at, "channel": "电话"})
        police = "，并告知社区民警"
    visit["escalation"] = notes
    visit["escalation_followup_due"] = visit_date + timedelta(days=14)
    visit["narrative"] = pools.RISK_NARRATIVE.format(
        opening=pools.RISK_OPENINGS.get(visit["mode"], ""),
        behaviour=pools.RISK_BEHAVIOUR.get(risk, pools.RISK_BEHAVIOUR[5]),
        risk=risk,
        doctor=doctor,
        guardian=guardian,
        police=police,
    )
