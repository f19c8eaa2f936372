"""Case forms rendered from a real database: the right person, labels, masks, pages and rights."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.domain.fieldform import make_field_form_text
from desktop.errors import AppError, NotFound, PermissionDenied, ValidationError
from desktop.models import Client
from desktop.pdf import RenderCancelled
from desktop.services.context import ServiceContext
from desktop.services.forms import casework as forms
from tests.unit.forms.seed import HOUSE, ID_MASKED, ID_NUMBER, PHONE, PHONE_MASKED, Seeded
from tests.unit.pdf.helpers import page_texts, reader, squash, text

Role = Callable[[str], ServiceContext]


def _text(content: bytes) -> str:
    return squash(text(content))


def test_visit_record_is_masked_and_flows_onto_more_pages(ctx: ServiceContext, seeded: Seeded) -> None:
    result = forms.print_visit(ctx, seeded.visit_id)
    assert result.form == "visit" and "张建国" not in result.filename
    body = _text(result.content)
    for expected in (
        "家庭访视记录",
        "张建国",
        "服务内容与过程",
        "补充记录",
        "补记：精防医生告知下月复诊。",
        "利培酮片",
    ):
        assert expected in body, expected
    assert ID_MASKED in body and ID_NUMBER not in body
    assert PHONE_MASKED in body and PHONE not in body
    assert squash(HOUSE) not in body and "天平路街道" in body  # street level shown, house number hidden
    assert "内部资料注意保密" in body and "已脱敏" in body and "李社工" in body  # operator in the footer
    pages = page_texts(result.content)
    # The narrative starts on page 1 and its end lands on a later page: it flows, it is not cut.
    assert len(pages) >= 2 and "叙述结束标记" not in squash(pages[0])
    assert "叙述结束标记" in squash("".join(pages[1:]))
    assert squash(pages[-1]).count("第") >= 1 and f"共{len(pages)}页" in squash(pages[-1])


def test_visit_unmasked_prints_the_full_id(ctx: ServiceContext, seeded: Seeded) -> None:
    body = _text(forms.print_visit(ctx, seeded.visit_id, unmasked=True).content)
    assert ID_NUMBER in body and PHONE in body and squash(HOUSE) in body
    assert "含完整身份信息" in body


def test_national_form(ctx: ServiceContext, seeded: Seeded) -> None:
    result = forms.print_visit(ctx, seeded.short_visit_id, national=True)
    body = _text(result.content)
    assert result.form == "national-visit"
    for expected in ("严重精神障碍患者随访服务记录表", "张建国", "危险性评估", "本次随访分类", "下次随访日期"):
        assert expected in body, expected
    assert ID_NUMBER not in body
    assert len(reader(result.content).pages) in (1, 2)


def test_blank_visit_carries_header_and_the_qr_text(ctx: ServiceContext, seeded: Seeded) -> None:
    result = forms.print_blank_visit(ctx, seeded.client_id)
    body = _text(result.content)
    tomorrow = seeded.today + timedelta(days=1)
    assert "张建国" in body and ID_MASKED in body and ID_NUMBER not in body and squash(HOUSE) not in body
    assert "王秀英" in body  # guardian
    assert result.filename == f"blank-visit-{tomorrow:%Y%m%d}.pdf"  # planned = next due from the latest visit
    with ctx.db.read() as session:  # the text printed in the QR code identifies client and planned day
        printed = forms._blank_data(ctx, session, session.get(Client, seeded.client_id), None).qr_text
    assert printed == make_field_form_text("XH-TEST", seeded.client_id, tomorrow)
    assert "张建国" not in printed and ID_NUMBER not in printed
    prefill = forms.visit_prefill_from_qr(ctx, printed)
    assert (prefill.client_id, prefill.client_name, prefill.planned_date) == (seeded.client_id, "张建国", tomorrow)


def test_qr_prefill_refuses_other_stations_and_unknown_clients(ctx: ServiceContext, seeded: Seeded) -> None:
    day = seeded.today
    with pytest.raises(ValidationError) as other:
        forms.visit_prefill_from_qr(ctx, make_field_form_text("PT-01", seeded.client_id, day))
    assert other.value.code == "fieldform.other_station"
    with pytest.raises(NotFound):
        forms.visit_prefill_from_qr(ctx, make_field_form_text("XH-TEST", "6f1c2a4e-8d1b-4c7e-9a55-0d3b9e2f7a10", day))
    with pytest.raises(ValidationError):
        forms.visit_prefill_from_qr(ctx, "张建国")


def test_client_profile(ctx: ServiceContext, seeded: Seeded) -> None:
    result = forms.print_client(ctx, seeded.client_id)
    body = _text(result.content)
    for expected in (
        "张建国",
        "王秀英",
        "母亲",
        "精神分裂症",
        "上海市精神卫生中心",
        "刘芳",
        "精神残疾三级",
        "建档/随访管理",
    ):
        assert expected in body, expected
    assert "照片/录音" not in body  # a refused consent is never printed as a consent
    assert ID_MASKED in body and ID_NUMBER not in body and "136****1234" in body
    assert 1 <= len(reader(result.content).pages) <= 3
    with pytest.raises(ValidationError):
        forms.print_client(ctx, seeded.client_id, unmasked=True)


def test_batch_of_tomorrows_blank_forms(ctx: ServiceContext, seeded: Seeded, tmp_path: Path) -> None:
    tomorrow = seeded.today + timedelta(days=1)
    planned = forms.planned_visits(ctx, tomorrow)
    assert {p.client_id for p in planned} == {seeded.client_id, seeded.other_client_id}  # not the deceased
    seen: list[tuple[int, int]] = []
    out = tmp_path / "batch.pdf"
    result = forms.print_blank_visits_due(ctx, tomorrow, progress=lambda d, t: seen.append((d, t)), out=str(out))
    assert result.count == 2 and out.read_bytes() == result.content
    starts = [squash(page) for page in page_texts(result.content)]
    assert sum("家庭访视记录（现场填写）" in page and "第1页" in page for page in starts) == 2
    assert any("李翀" in page for page in starts) and any("张建国" in page for page in starts)
    assert seen[-1] == (2, 2)


def test_cancelled_batch_leaves_no_file(ctx: ServiceContext, seeded: Seeded, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    started: list[int] = []
    with pytest.raises(RenderCancelled):  # cancelled after the first of the two forms was laid out
        forms.print_blank_visits_due(
            ctx,
            seeded.today + timedelta(days=1),
            progress=lambda done, total: started.append(done),
            cancelled=lambda: bool(started),
            out=str(folder / "batch.pdf"),
        )
    assert started == [0]
    assert list(folder.iterdir()) == []


def test_nothing_due_is_a_clear_error(ctx: ServiceContext, seeded: Seeded) -> None:
    with pytest.raises(AppError) as caught:
        forms.print_blank_visits_due(ctx, seeded.today + timedelta(days=30))
    assert caught.value.code == "forms.nothing_due"


def test_missing_records(ctx: ServiceContext, seeded: Seeded) -> None:
    with pytest.raises(NotFound) as visit:
        forms.print_visit(ctx, "no-such-visit")
    with pytest.raises(NotFound) as client:
        forms.print_client(ctx, "no-such-client")
    assert (visit.value.code, client.value.code) == ("visit.not_found", "client.not_found")


@pytest.mark.parametrize("role", ["coordinator", "district_admin"])
def test_case_forms_need_case_rights(as_role: Role, seeded: Seeded, role: str) -> None:
    other = as_role(role)
    with pytest.raises(PermissionDenied):
        forms.print_visit(other, seeded.visit_id)
    with pytest.raises(PermissionDenied):
        forms.print_blank_visits_due(other, seeded.today + timedelta(days=1))


def test_lead_may_print_case_forms(as_role: Role, seeded: Seeded) -> None:
    assert "王站长" in _text(forms.print_client(as_role("lead"), seeded.client_id).content)


def test_meta_uses_station_settings(ctx: ServiceContext, seeded: Seeded) -> None:
    from desktop.services.settings import put_setting

    with ctx.db.write() as session:
        put_setting(session, "language", "en")
    with ctx.db.read() as session:
        meta = forms.print_meta(ctx, session)
    assert (meta.station_name, meta.operator, meta.language, meta.masked) == (
        "测试街道精神健康社工站",
        "李社工",
        "en",
        True,
    )
