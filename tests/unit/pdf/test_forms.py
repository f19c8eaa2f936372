"""Every form renders realistic Chinese data into a PDF whose text, pages and fonts are right."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4

from desktop import pdf
from tests.unit.pdf import samples
from tests.unit.pdf.helpers import fonts, page_texts, reader, squash, text

CONFIDENTIAL = "内部资料注意保密"

# form key -> (renderer, sample builder, strings that must appear, expected page count)
CASES: dict[str, tuple[Callable[..., bytes], Callable[[], Any], tuple[str, ...], int]] = {
    "visit": (
        pdf.render_visit,
        samples.visit,
        (
            "家庭访视记录",
            "张建国",
            "随访对象",
            "患者本人",
            "用药情况",
            "长效药",
            "每4周一次，每次150mg",
            "信息来源：精防医生告知",
            "服务内容与过程",
            "下一步计划",
            "补充记录",
            "随访人员（社工）",
            "服务对象/家属",
            "310***********123X",
            CONFIDENTIAL,
            "已脱敏",
        ),
        2,
    ),
    "national-visit": (
        pdf.render_national_visit,
        samples.visit,
        (
            "严重精神障碍患者随访服务记录表",
            "张建国",
            "编号",
            "本次随访对象",
            "如死亡，原因",
            "危险性评估",
            "社会功能·个人生活料理",
            "两次随访期间关锁情况",
            "转诊至机构及科室",
            "用药指导",
            "康复措施",
            "本次随访分类",
            "随访人员签名",
            "■2家庭访视",
            "□1门诊",
            CONFIDENTIAL,
        ),
        2,
    ),
    "blank-visit": (
        pdf.render_blank_visit,
        samples.blank_visit,
        (
            "家庭访视记录",
            "张建国",
            "310***********123X",
            "徐汇区枫林路街道东安三村居委会",
            "王秀英",
            "2026年11月24日",
            "扫码录入本次访视",
            "□1门诊",
            "服务内容与过程",
            "随访人员（李晓燕）",
            CONFIDENTIAL,
        ),
        2,
    ),
    "client": (
        pdf.render_client,
        samples.profile,
        (
            "服务对象档案",
            "张建国",
            "监护人及家庭成员",
            "知情同意",
            "已撤回",
            "诊断信息",
            "精神分裂症",
            "关爱帮扶小组",
            "近期随访",
            "精防医生",
            CONFIDENTIAL,
            "已脱敏",
        ),
        2,
    ),
    "rota": (
        pdf.render_rota,
        samples.rota,
        ("志愿者排班表", "复元同行志愿者服务基地", "周一", "周日", "上午", "晚间热线", "陈美华", "周犇", "（带班）"),
        1,
    ),
    "certificate": (
        pdf.render_certificate,
        samples.certificate,
        (
            "志愿服务记录证明",
            "陈美华",
            "310104198507124321",
            "志愿者编号",
            "FL-2026-0012",
            "22.5",
            "出具单位",
            "负责人",
            "经办人",
            "联系方式",
            "盖章处",
            "出具日期",
        ),
        1,
    ),
    "monthly": (
        pdf.render_monthly,
        samples.monthly,
        (
            "月度工作统计",
            "2026年10月",
            "随访总人次",
            "192",
            "家庭访视",
            "不稳定",
            "基本稳定",
            "逾期未访人数",
            "志愿服务时长",
            "386.5",
            "各形式随访人次",
        ),
        1,
    ),
}


@pytest.mark.parametrize("form", sorted(CASES))
def test_form_text_and_pages(form: str) -> None:
    render, build, expected, pages = CASES[form]
    document = render(build(), meta=samples.meta(masked=form != "certificate"))
    content = squash(text(document))
    missing = [s for s in expected if squash(s) not in content]
    assert not missing, f"{form}: not in the PDF text: {missing}"
    assert len(reader(document).pages) == pages
    assert squash("徐汇区枫林路街道精神健康社工站") in content  # header
    assert squash(f"第 1 页 / 共 {pages} 页") in content  # footer
    assert squash("打印人：李晓燕") in content


@pytest.mark.parametrize("form", sorted(CASES))
def test_confidential_marks_only_where_personal_data(form: str) -> None:
    render, build, _expected, _pages = CASES[form]
    content = squash(text(render(build(), meta=samples.meta())))
    assert (CONFIDENTIAL in content) == (form in {"visit", "national-visit", "blank-visit", "client"})


def test_blank_form_prints_the_address_only_down_to_the_committee() -> None:
    content = text(pdf.render_blank_visit(samples.blank_visit(), meta=samples.meta()))
    assert "***弄" not in content


def test_unmasked_copy_says_so() -> None:
    content = squash(text(pdf.render_visit(samples.visit(), meta=samples.meta(masked=False))))
    assert "已脱敏" not in content
    assert "含完整身份信息，注意保密" in content


def test_long_narrative_flows_onto_further_pages() -> None:
    document = pdf.render_visit(samples.visit(narrative_paragraphs=14), meta=samples.meta())
    pages = page_texts(document)
    assert len(pages) >= 3
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert squash(f"第 {number} 页 / 共 {total} 页") in squash(page)
    # The narrative continues on page 2 and the signatures come after all of it.
    assert squash(samples.NARRATIVE[:20]) in squash(pages[1])
    assert "服务对象/家属" in pages[-1]


def test_rota_is_landscape() -> None:
    page = reader(pdf.render_rota(samples.rota(), meta=samples.meta())).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (round(A4[1]), round(A4[0]))


def test_national_form_puts_codes_in_boxes() -> None:
    content = squash(text(pdf.render_national_visit(samples.visit(), meta=samples.meta())))
    assert "003-01234" in content  # the 编号 □□□-□□□□□ from the health record number


def test_blank_national_form_leaves_boxes_empty() -> None:
    empty = dataclasses.replace(samples.visit(), checklist=pdf.Checklist())
    content = squash(text(pdf.render_national_visit(empty, meta=samples.meta())))
    assert "■1" not in content and "■2患者" not in content


def test_qr_code_follows_qr_text() -> None:
    first = pdf.render_blank_visit(samples.blank_visit(), meta=samples.meta())
    other = dataclasses.replace(samples.blank_visit(), qr_text="SDV1;c=other")
    assert pdf.render_blank_visit(other, meta=samples.meta()) != first


@pytest.mark.parametrize("form", sorted(CASES))
def test_invariant_mode_is_reproducible(form: str) -> None:
    render, build, _expected, _pages = CASES[form]
    assert render(build(), meta=samples.meta()) == render(build(), meta=samples.meta())


@pytest.mark.parametrize("form", sorted(CASES))
def test_only_the_cjk_font_embedded_as_subset(form: str) -> None:
    render, build, _expected, _pages = CASES[form]
    used = fonts(render(build(), meta=samples.meta()))
    assert used
    for font in used:
        name = str(font["/BaseFont"])
        prefix, _, family = name.lstrip("/").partition("+")
        assert len(prefix) == 6 and prefix.isupper() and family.startswith("WenQuanYiMicroHei"), name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def test_english_meta_prints_english_code_labels() -> None:
    document = pdf.render_visit(samples.visit(), meta=samples.meta(language="en"))
    assert "Home visit" in text(document)


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=st.sampled_from("社工访视记录<>&\"'；。\n 0a\u3000"), min_size=1, max_size=300))
def test_any_narrative_prints_verbatim(narrative: str) -> None:
    """Free text is escaped for ReportLab's markup: nothing the writer types can break a form."""
    visit = samples.visit()
    visit = dataclasses.replace(visit, social_work=dataclasses.replace(visit.social_work, narrative=narrative))
    content = squash(text(pdf.render_visit(visit, meta=samples.meta())))
    assert squash(narrative.replace("\u3000", "")) in content.replace("\u00a0", "")
