"""Shared inputs for the casework service tests: a client and a complete, stable visit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from desktop.domain.clock import station_today
from desktop.services.casework.clients import ClientInput, create_client
from desktop.services.casework.visit_input import Medication, Notification, VisitInput
from desktop.services.context import ServiceContext

TODAY = station_today()
VISIT_DAY = TODAY - timedelta(days=3)
SOURCES = {
    "risk_level": 4,
    "insight": 4,
    "adherence": 1,
    "adverse_reaction": 2,
    "treatment_effect": 2,
    "medications": 3,
    "lab_tests": 1,
    "hospitalisation": 1,
    "referral": 1,
}


def new_client(ctx: ServiceContext, name: str = "王建国", **changes: Any) -> str:
    return create_client(ctx, ClientInput(name=name, **changes), allow_duplicate=True).id


def notified(day: date = VISIT_DAY) -> tuple[Notification, ...]:
    """The escalation of a risk ≥ 3 visit on `day`: guardian, 精防医生 and police told that afternoon."""
    return (
        Notification("监护人", "王秀英", f"{day.isoformat()} 15:30", "电话"),
        Notification("精防医生", "陈医生", f"{day.isoformat()} 16:00", "电话"),
        Notification("民警", "张警官", f"{day.isoformat()} 16:20", "当面"),
    )


def stable_visit(client_id: str, day: date = VISIT_DAY, **changes: Any) -> VisitInput:
    """A home visit in which every 稳定 criterion holds (docs/domain.md) and every source is given.

    `escalation=NOTIFIED` stands for the full escalation of that day: the three notifications of
    `notified(day)` and the referral to the district mental-health centre."""
    if changes.get("escalation") is NOTIFIED:
        changes = {**ESCALATED, **changes, "escalation": notified(day)}
    visit = VisitInput(
        client_id=client_id,
        visit_date=day,
        mode=2,
        objects_seen=(1, 2),
        start_time="09:30",
        end_time="10:15",
        risk_level=0,
        insight=1,
        sleep=1,
        diet=1,
        sf_selfcare=1,
        sf_housework=2,
        sf_work=9,
        sf_learning=2,
        sf_social=1,
        confinement=1,
        hospitalisation=0,
        lab_tests=1,
        adherence=1,
        adverse_reaction=1,
        treatment_effect=2,
        referral_suggested=1,
        referral_done=1,
        medications=(Medication("利培酮", morning_mg=1, evening_mg=2),),
        rehab_measures=(1, 4),
        sources=SOURCES,
        purpose="常规随访",
        narrative="服务对象情绪平稳，按时服药。",
        plan="下月继续家访。",
    )
    return replace(visit, **changes)


NOTIFIED = notified(VISIT_DAY)
ESCALATED: dict[str, Any] = {
    "referral_suggested": 2,
    "referral_done": 2,
    "referral_reason": "危险性评估3级及以上，需专科评估",
    "referral_to": "区精神卫生中心 精神科门诊",
}
