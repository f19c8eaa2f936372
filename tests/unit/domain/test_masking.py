"""Display masks (docs/domain.md §5.2): each mask as a table of input and expected output."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.masking import mask_address, mask_free_address, mask_id, mask_name, mask_phone
from desktop.domain.names import split_name, surname_length


@pytest.mark.parametrize(
    ("value", "compact", "masked"),
    [
        ("31010419800101123X", False, "310***********123X"),
        ("31010419800101123X", True, "3****************X"),
        ("310104800101123", False, "310********1123"),
        ("E12345678", False, "E12**5678"),
        ("H123456", False, "H*****6"),
        ("AB", False, "**"),
        (" 3101 0419 8001 0112 3x ", False, "310***********123x"),
        ("", False, ""),
        (None, True, ""),
    ],
)
def test_mask_id(value: str | None, compact: bool, masked: str) -> None:
    assert mask_id(value, compact=compact) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13812341234", "138****1234"),
        ("+8613812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("021-64381234", "021-******34"),
        ("+862164381234;ext=123", "021-******34"),
        ("0512-12345678", "**********78"),  # not parseable: only the last two digits stay
        ("12", "**"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(value: str | None, masked: str) -> None:
    assert mask_phone(value) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张**"),
        ("欧阳娜娜", "欧阳**"),
        ("欧阳修", "欧阳*"),
        ("司马光", "司马*"),
        ("诸葛亮", "诸葛*"),
        ("上官婉儿", "上官**"),
        ("尉迟恭", "尉迟*"),
        ("万俟卨", "万俟*"),
        ("欧阳", "欧阳"),
        ("张", "张"),
        ("阿依古丽·买买提", "阿***·***"),
        (" 李 四 ", "李*"),
        ("John Smith", "J*** S****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_name(value: str | None, masked: str) -> None:
    assert mask_name(value) == masked


def test_split_name() -> None:
    assert split_name("欧阳娜娜") == ("欧阳", "娜娜")
    assert split_name("欧明") == ("欧", "明")
    assert split_name(" 张三 ") == ("张", "三")
    assert surname_length("") == 0


@pytest.mark.parametrize(
    ("parts", "masked"),
    [
        (("徐汇区", "天平路街道", "永嘉居委会", "永嘉路123弄4号501室"), "徐汇区天平路街道永嘉居委会****"),
        (("徐汇区", "天平路街道", "永嘉居委会", None), "徐汇区天平路街道永嘉居委会"),
        (("嘉定区", "安亭镇", None, "  "), "嘉定区安亭镇"),
        ((None, None, None, "某路1号"), "****"),
        ((None, None, None, None), ""),
    ],
)
def test_mask_address(parts: tuple[str | None, ...], masked: str) -> None:
    assert mask_address(*parts) == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("徐汇区天平路街道永嘉居委会永嘉路123弄4号", "徐汇区天平路街道永嘉居委会****"),
        ("嘉定区安亭镇墨玉路5号", "嘉定区安亭镇****"),
        ("徐汇区某某小区5号楼", "徐汇区****"),
        ("不知道", "****"),
        ("", ""),
        # institution names stay whole (issue 18 item 7)
        ("徐汇区田林街道社区卫生服务中心2楼", "徐汇区田林街道社区卫生服务中心****"),
        ("徐汇区田林街道田林社区卫生服务中心", "徐汇区田林街道田林社区卫生服务中心"),
        ("徐汇区斜土路街道社区事务受理服务中心", "徐汇区斜土路街道社区事务受理服务中心"),
        ("上海市精神卫生中心宛平南路600号", "上海市精神卫生中心****"),
        ("嘉定区安亭镇社区卫生服务中心急诊", "嘉定区安亭镇社区卫生服务中心****"),
        ("徐汇区天平路街道永嘉社区永嘉路123弄", "徐汇区天平路街道永嘉社区****"),
        ("徐汇区天平路街道永嘉路123弄医院宿舍", "徐汇区天平路街道****"),
    ],
)
def test_mask_free_address(value: str, masked: str) -> None:
    assert mask_free_address(value) == masked


@given(st.text(alphabet="0123456789X", min_size=8, max_size=20))
def test_id_mask_never_shows_the_middle(value: str) -> None:
    masked = mask_id(value)
    assert len(masked) == len(value)
    assert masked[3:-4] == "*" * (len(value) - 7)


@given(st.one_of(st.none(), st.text(max_size=30)))
def test_masks_accept_any_text(value: str | None) -> None:
    for mask in (mask_id, mask_phone, mask_name, mask_free_address):
        assert isinstance(mask(value), str)
