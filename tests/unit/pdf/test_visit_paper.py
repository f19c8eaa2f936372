"""Visit paper says what happened: the mode's own title and national code, the 草稿 stamp, the
escalation record, addenda after the record, and the 2018 national-form details (issue 18, 4 and 8)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop import pdf
from desktop.pdf import national_visit
from desktop.pdf.blocks import Ctx
from desktop.pdf.boxes import CodeBoxes
from tests.unit.pdf import samples
from tests.unit.pdf.helpers import page_texts, squash, text

TITLES = {
    1: "门诊随访记录",
    2: "家庭访视记录",
    3: "电话随访记录",
    4: "陪同就医记录",
    5: "社区面谈记录",
    6: "线上随访记录",
    7: "个案会议记录",
}


def _body(content: bytes) -> str:
    return squash(text(content))


def _visit(**changes: object) -> pdf.VisitData:
    return dataclasses.replace(samples.visit(narrative_paragraphs=1), **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", sorted(TITLES))
def test_each_mode_prints_under_its_own_title(mode: int) -> None:
    body = _body(pdf.render_visit(_visit(mode=mode), meta=samples.meta()))
    assert TITLES[mode] in body
    others = [title for other, title in TITLES.items() if other != mode]
    assert not [title for title in others if title in body]


@pytest.mark.parametrize(
    ("mode", "ticked", "note"),
    [(1, 1, ""), (2, 2, ""), (3, 3, ""), (4, 1, "陪同就医"), (5, 2, "社区面谈"), (6, 3, "线上")],
)
def test_national_form_ticks_the_code_the_2018_form_gives_the_mode(mode: int, ticked: int, note: str) -> None:
    body = _body(pdf.render_national_visit(_visit(mode=mode), meta=samples.meta()))
    labels = {1: "门诊", 2: "家庭访视", 3: "电话"}
    assert f"■{ticked}{labels[ticked]}" in body
    assert [n for n in labels if n != ticked and f"■{n}{labels[n]}" in body] == []
    assert note in body


def test_a_case_conference_is_never_a_home_visit_on_the_national_form() -> None:
    body = _body(pdf.render_national_visit(_visit(mode=7), meta=samples.meta()))
    assert "■2家庭访视" not in body and "■1门诊" not in body and "■3电话" not in body
    assert "个案会议" in body and "无对应代码" in body  # the footnote says why nothing is ticked


@pytest.mark.parametrize("render", [pdf.render_visit, pdf.render_national_visit])
def test_a_draft_is_stamped_on_every_page_and_a_final_record_is_not(render) -> None:  # type: ignore[no-untyped-def]
    draft = page_texts(render(_visit(status="draft"), meta=samples.meta()))
    assert draft and all("草稿" in squash(page) for page in draft)
    final = page_texts(render(_visit(status="final"), meta=samples.meta()))
    assert not any("草稿" in squash(page) for page in final)


@pytest.mark.parametrize("render", [pdf.render_visit, pdf.render_national_visit])
def test_the_escalation_record_prints_who_when_and_how(render) -> None:  # type: ignore[no-untyped-def]
    body = _body(render(samples.escalated(), meta=samples.meta()))
    for expected in ("精防医生", "陈医生", "2026-11-2010:20", "监护人", "王秀英", "民警", "刘警官", "当面"):
        assert expected in body, expected
    assert "2026年12月4日" in body  # the two-week follow-up


def test_risk_three_without_notifications_says_so() -> None:
    data = _visit(checklist=dataclasses.replace(samples.checklist(), risk_level=3))
    assert "未记录通知" in _body(pdf.render_visit(data, meta=samples.meta()))
    assert "未记录通知" in _body(pdf.render_national_visit(data, meta=samples.meta()))


@pytest.mark.parametrize("render", [pdf.render_visit, pdf.render_national_visit])
def test_addenda_print_after_the_record_they_correct(render) -> None:  # type: ignore[no-untyped-def]
    body = _body(render(samples.corrected(), meta=samples.meta()))
    correction = squash("更正：家属补充告知11月18日曾割腕")
    assert correction in body and "危险性评估→4级" in body and "本次随访分类→不稳定" in body
    signature = "服务对象/家属" if render is pdf.render_visit else "随访人员签名"
    assert body.index(signature) < body.index(correction)


def test_national_form_details_of_the_2018_form() -> None:
    death = samples.visit_path("death", _visit())
    body = _body(pdf.render_national_visit(death, meta=samples.meta()))
    assert "■6其他溺水（家属述）" in body  # the text of 6 其他
    assert "①传染病和寄生虫病" in body and "⑧不详" in body and "1传染病" not in body
    assert "外出务工" in body and "外出打工" not in body
    referral = dataclasses.replace(samples.checklist(), referral_suggested=2, referral=1)
    body = _body(pdf.render_national_visit(_visit(checklist=referral), meta=samples.meta()))
    assert "建议转诊：□1否■2是" in body and "已转诊：■1否□2是" in body


def test_visit_record_prints_both_referral_answers() -> None:
    referral = dataclasses.replace(samples.checklist(), referral_suggested=2, referral=1)
    body = _body(pdf.render_visit(_visit(checklist=referral), meta=samples.meta()))
    assert "建议转诊：是" in body and "已转诊：否" in body


def _danger_boxes(data: pdf.VisitData) -> list[list[str]]:
    rows = national_visit._rows(data, Ctx.of(samples.meta()))
    boxes = next(boxes for label, _, boxes in rows if label == "危险行为")
    assert isinstance(boxes, CodeBoxes)
    return boxes.groups


def test_danger_row_has_code_boxes() -> None:
    counts = {"danger_minor": 1, "danger_selfharm": 2}
    groups = _danger_boxes(_visit(checklist=dataclasses.replace(samples.checklist(), danger_counts=counts)))
    assert groups == [["1"], ["5"], [""], [""], [""], [""]]
    none = _danger_boxes(_visit(checklist=dataclasses.replace(samples.checklist(), danger_counts={"danger_minor": 0})))
    assert none[0] == ["7"]


@pytest.mark.parametrize("render", [pdf.render_visit, pdf.render_national_visit])
def test_last_discharge_prints_as_precise_as_it_is_known(render) -> None:  # type: ignore[no-untyped-def]
    checklist = dataclasses.replace(
        samples.checklist(), last_discharge=date(2025, 12, 1), last_discharge_precision="YM"
    )
    body = _body(render(_visit(checklist=checklist), meta=samples.meta()))
    assert "2025年12月" in body and "2025年12月1日" not in body
