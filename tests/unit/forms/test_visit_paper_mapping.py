"""What a stored visit carries reaches the paper: escalation, both referral answers, a partial
discharge date, an addendum's corrections and the draft status (issue 18, 4 and 8)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.models import Visit, VisitAddendum
from desktop.services.context import ServiceContext
from desktop.services.forms import casework as forms
from tests.unit.forms.seed import Seeded
from tests.unit.pdf.helpers import page_texts, squash, text


def _phone_visit(ctx: ServiceContext, seeded: Seeded, **extra: object) -> str:
    day = seeded.today - timedelta(days=2)
    values: dict[str, object] = {
        "client_id": seeded.client_id,
        "station_code": "XH-TEST",
        "visit_date": day,
        "mode": 3,
        "visitor_name": "李社工",
        "status": "final",
        "risk_level": 4,
        "classification": 1,
        "danger_selfharm": 1,
        "hospitalisation": 2,
        "last_discharge_date": date(2024, 6, 1),
        "last_discharge_precision": "YM",
        "referral_suggested": 2,
        "referral_done": 1,
        "referral_reason": "自伤",
        "next_visit_date": day + timedelta(days=14),
        "escalation": [
            {"party": "精防医生", "name": "刘芳", "at": f"{day:%Y-%m-%d} 10:20", "channel": "电话"},
            {"party": "监护人", "name": "王秀英", "at": f"{day:%Y-%m-%d} 10:30", "channel": "当面"},
        ],
        "escalation_followup_due": day + timedelta(days=14),
    }
    values.update(extra)
    with ctx.db.write() as s:
        visit = Visit(**values)
        s.add(visit)
        s.flush()
        s.add(
            VisitAddendum(
                visit_id=visit.id,
                author_name="李社工",
                text="家属补充：前日曾自伤。",
                corrections={"risk_level": 4},
                seq=1,
            )
        )
        return visit.id


def test_both_visit_forms_print_what_the_visit_stored(ctx: ServiceContext, seeded: Seeded) -> None:
    visit_id = _phone_visit(ctx, seeded)
    for national in (False, True):
        body = squash(text(forms.print_visit(ctx, visit_id, national=national).content))
        assert "刘芳" in body and "王秀英" in body and "当面" in body, national
        assert "2024年6月" in body and "2024年6月1日" not in body, national
        assert "建议转诊" in body and "已转诊" in body, national
        assert "家属补充：前日曾自伤。" in body and "危险性评估→4级" in body, national
        assert "家庭访视记录" not in body and "草稿" not in body, national
    body = squash(text(forms.print_visit(ctx, visit_id).content))
    assert "电话随访记录" in body and "建议转诊：是" in body and "已转诊：否" in body
    national = squash(text(forms.print_visit(ctx, visit_id, national=True).content))
    assert "■3电话" in national and "■2家庭访视" not in national


def test_a_draft_case_conference_prints_as_such(ctx: ServiceContext, seeded: Seeded) -> None:
    visit_id = _phone_visit(ctx, seeded, mode=7, status="draft", escalation=[], risk_level=1, classification=2)
    pages = page_texts(forms.print_visit(ctx, visit_id).content)
    assert all("草稿" in squash(page) for page in pages) and "个案会议记录" in squash(pages[0])
    national = squash(text(forms.print_visit(ctx, visit_id, national=True).content))
    assert "草稿" in national and "■2家庭访视" not in national and "无对应代码" in national
