"""The shipped Shanghai address dictionary (docs/domain.md §7) and address validation."""

from __future__ import annotations

import pytest

from desktop.domain import address
from desktop.domain.address import Level
from desktop.errors import ValidationError

XUHUI, JIADING = "310104", "310114"
TIANPING = "310104003"  # 天平路街道
SHANGHAI_XINCUN = "310104003001"  # 上海新村居委会


def test_counts() -> None:
    districts = address.districts()
    townships = [t for d in districts for t in address.townships(d.code)]
    villages = [v for t in townships for v in address.villages(t.code)]
    assert (len(districts), len(townships), len(villages)) == (16, 234, 6509)
    assert address.DICT_YEAR == 2023


def test_districts_are_the_sixteen_of_domain_7_2() -> None:
    assert [(d.code, d.name) for d in address.districts()] == [
        ("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"), ("310106", "静安区"),
        ("310107", "普陀区"), ("310109", "虹口区"), ("310110", "杨浦区"), ("310112", "闵行区"),
        ("310113", "宝山区"), ("310114", "嘉定区"), ("310115", "浦东新区"), ("310116", "金山区"),
        ("310117", "松江区"), ("310118", "青浦区"), ("310120", "奉贤区"), ("310151", "崇明区"),
    ]  # fmt: skip


XUHUI_SUBDISTRICTS = (
    "天平路街道", "湖南路街道", "斜土路街道", "枫林路街道", "长桥街道", "田林街道",
    "虹梅路街道", "康健新村街道", "徐家汇街道", "凌云路街道", "龙华街道", "漕河泾街道",
)  # fmt: skip


def test_xuhui_has_12_subdistricts_1_town_and_the_development_zone() -> None:
    kinds = {t.name: t.kind for t in address.townships(XUHUI)}
    assert kinds == {
        **dict.fromkeys(XUHUI_SUBDISTRICTS, "街道"),
        "华泾镇": "镇",
        "漕河泾新兴技术开发区": "类似乡级单位",
    }
    committees = sum(len(address.villages(t.code)) for t in address.townships(XUHUI))
    assert 290 <= committees <= 320  # docs/domain.md §7.3: ≈306


def test_jiading_has_3_subdistricts_7_towns_and_2_zones() -> None:
    kinds = {t.name: t.kind for t in address.townships(JIADING)}
    assert kinds == {
        "新成路街道": "街道", "真新街道": "街道", "嘉定镇街道": "街道",
        "南翔镇": "镇", "安亭镇": "镇", "马陆镇": "镇", "徐行镇": "镇", "华亭镇": "镇", "外冈镇": "镇", "江桥镇": "镇",
        "菊园新区": "类似乡级单位", "嘉定工业区": "类似乡级单位",
    }  # fmt: skip


def test_chongming_has_the_two_xiang() -> None:
    assert [t.name for t in address.townships("310151") if t.kind == "乡"] == ["新村乡", "横沙乡"]


def test_lookup_path() -> None:
    chain = address.path(SHANGHAI_XINCUN)
    assert [(d.name, d.level) for d in chain] == [
        ("徐汇区", Level.DISTRICT),
        ("天平路街道", Level.TOWNSHIP),
        ("上海新村居委会", Level.VILLAGE),
    ]
    assert chain[-1].kind == "居委会"
    assert address.path(TIANPING)[-1].name == "天平路街道"
    assert address.path("999999999999") == ()
    assert address.get(None) is None
    assert address.townships(TIANPING) == ()  # a township code is not a district code
    assert address.villages(XUHUI) == ()


def test_search_by_name_prefix() -> None:
    found = address.search_villages("永嘉")
    assert [(v.code, v.name) for v in found] == [("310101023011", "永嘉居委会"), ("310104003012", "永嘉新村居委会")]
    assert [v.code for v in address.search_villages("永嘉", within=XUHUI)] == ["310104003012"]
    assert len(address.search_villages("新", limit=5)) == 5
    assert all(v.name.startswith("新") for v in address.search_villages("新"))
    assert address.search_villages("  ") == ()
    assert address.search_villages("不存在的居委会") == ()


def test_make_address_coded() -> None:
    made = address.make_address(XUHUI, TIANPING, SHANGHAI_XINCUN, detail=" 建国西路1弄2号 ")
    assert made.uncoded is False
    assert made.detail == "建国西路1弄2号"
    assert made.dict_year == 2023
    assert made.display_text() == "徐汇区天平路街道上海新村居委会 建国西路1弄2号"
    assert made.display_text(with_city=True).startswith("上海市徐汇区")


def test_free_text_committee_is_flagged_uncoded() -> None:
    made = address.make_address(XUHUI, TIANPING, village_free_text="天平新苑居委会")
    assert made.uncoded is True
    assert made.village_code is None
    assert made.display_text() == "徐汇区天平路街道天平新苑居委会"


@pytest.mark.parametrize(
    ("args", "kwargs", "code"),
    [
        (("310199",), {}, "address.district"),
        ((TIANPING,), {}, "address.district"),
        ((JIADING, TIANPING), {}, "address.township"),
        ((XUHUI, TIANPING, "310104004001"), {}, "address.village"),
        ((XUHUI, None, SHANGHAI_XINCUN), {}, "address.village"),
        ((XUHUI, TIANPING, SHANGHAI_XINCUN), {"village_free_text": "某居委会"}, "address.village_twice"),
        ((XUHUI,), {"village_free_text": "某居委会"}, "address.village_without_township"),
    ],
)
def test_make_address_refuses_inconsistent_codes(args: tuple[str, ...], kwargs: dict[str, str], code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        address.make_address(*args, **kwargs)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("args", "kwargs", "text"),
    [
        ((XUHUI, TIANPING, SHANGHAI_XINCUN), {}, "徐汇区天平路街道上海新村居委会"),
        ((XUHUI, TIANPING), {"free_text": "某某居委会", "detail": "1号"}, "徐汇区天平路街道某某居委会 1号"),
        ((XUHUI, "310104003999"), {}, "徐汇区〔310104003999〕"),
        ((None,), {"detail": "外省市地址"}, "外省市地址"),
        ((None,), {}, ""),
    ],
)
def test_display_text(args: tuple[str | None, ...], kwargs: dict[str, str], text: str) -> None:
    assert address.display_text(*args, **kwargs) == text
