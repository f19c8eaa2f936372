"""Pinyin search keys (docs/architecture.md §4, §8a): typed forms, surname readings, odd names, limits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.pinyin import MAX_KEYS, full_pinyin, initials, normalise_query, search_keys


def test_zhang_sanfeng_typed_forms() -> None:
    assert search_keys("张三丰") == {"zhangsanfeng", "zsf", "zhangsf", "zhangsanf"}
    assert full_pinyin("张三丰") == "zhangsanfeng"
    assert full_pinyin("张三丰", " ") == "zhang san feng"
    assert initials("张三丰") == "zsf"


@pytest.mark.parametrize(
    ("name", "full", "also_indexed"),
    [
        ("曾国藩", "zengguofan", "cengguofan"),
        ("单雄信", "shanxiongxin", "danxiongxin"),
        ("解晓东", "xiexiaodong", "jiexiaodong"),
        ("仇英", "qiuying", "chouying"),
        ("区志强", "ouzhiqiang", "quzhiqiang"),
        ("朴树", "piaoshu", "pushu"),
        ("查良镛", "zhaliangyong", "chaliangyong"),
        ("乐嘉", "yuejia", "lejia"),
        ("盖丽丽", "gelili", "gailili"),
        ("覃明", "qinming", "tanming"),
        ("尉迟恭", "yuchigong", "weichigong"),
        ("万俟卨", "moqixie", "wanqixie"),
        ("长孙无忌", "zhangsunwuji", None),
    ],
)
def test_surname_readings(name: str, full: str, also_indexed: str | None) -> None:
    keys = search_keys(name)
    assert full_pinyin(name) == full
    assert full in keys
    if also_indexed:
        assert also_indexed in keys  # people who do not know the surname reading still find the client


def test_a_lone_compound_surname_is_read_as_one() -> None:
    assert full_pinyin("尉迟") == "yuchi"
    assert full_pinyin("尉缭") == "weiliao"


def test_surname_reading_only_applies_to_the_surname() -> None:
    assert full_pinyin("曾曾") == "zengceng"
    assert full_pinyin("王曾") == "wangceng"
    assert full_pinyin("张单") == "zhangdan"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("欧阳娜娜", {"ouyangnana", "oynn", "ouynn", "ouyangnn", "ouyangnan"}),
        ("欧阳修", {"ouyangxiu", "oyx", "ouyx", "ouyangx"}),
        ("诸葛亮", {"zhugeliang", "zgl", "zhugl", "zhugel"}),
    ],
)
def test_compound_surnames(name: str, expected: set[str]) -> None:
    assert search_keys(name) == expected


def test_ambiguous_given_name_character_indexes_both_readings() -> None:
    keys = search_keys("张长青")
    assert full_pinyin("张长青") == "zhangchangqing"  # pypinyin's phrase table reads 长青 as chang qing
    assert {"zhangchangqing", "zcq", "zhangzhangqing", "zzq"} <= keys


def test_unambiguous_characters_get_one_reading_only() -> None:
    # pypinyin also lists archaic readings (王 yu, 信 shen); indexing them would make unrelated names match.
    assert search_keys("王信") == {"wangxin", "wx", "wangx"}


@pytest.mark.parametrize(
    ("name", "full", "keys"),
    [
        ("Tom李", "tomli", {"tomli", "tl", "toml"}),
        ("John Smith", "johnsmith", {"johnsmith", "js", "johns"}),
        ("Ｊｏｈｎ", "john", {"john", "j"}),
        ("Zoë王", "zoewang", {"zoewang", "zw", "zoew"}),
        ("阿依古丽·买买提", "ayigulimaimaiti", None),
        ("李 四", "lisi", {"lisi", "ls", "lis"}),
        ("张三2", "zhangsan2", None),
        ("吕布", "lvbu", {"lvbu", "lb", "lvb", "lubu", "lub"}),
        ("", "", set()),
        ("·", "", set()),
    ],
)
def test_non_chinese_and_mixed_names(name: str, full: str, keys: set[str] | None) -> None:
    assert full_pinyin(name) == full
    if keys is not None:
        assert search_keys(name) == keys


def test_unreadable_character_is_skipped() -> None:
    assert full_pinyin("王𠮷祥") == "wangxiang"  # pypinyin 0.55 has no reading for 𠮷 (U+20BB7)
    assert search_keys("𠮷") == frozenset()


def test_none_is_an_empty_name() -> None:
    assert search_keys(None) == frozenset()
    assert full_pinyin(None) == ""


def test_many_ambiguous_characters_are_capped() -> None:
    keys = search_keys("乐乐长长朝朝行行重重")
    assert len(keys) == MAX_KEYS
    assert full_pinyin("乐乐长长朝朝行行重重") in keys  # the most likely reading is never cut off
    assert initials("乐乐长长朝朝行行重重") in keys


def test_query_normalisation_matches_keys() -> None:
    assert normalise_query(" Zhang San-Feng ") == "zhangsanfeng"
    assert normalise_query("ＺＳＦ") == "zsf"
    assert normalise_query("zhang'san") == "zhangsan"


@settings(max_examples=200)
@given(st.text(max_size=12))
def test_keys_are_lower_ascii_and_bounded(name: str) -> None:
    keys = search_keys(name)
    assert len(keys) <= MAX_KEYS
    assert all(key and key.isascii() and key == key.lower() and key.isalnum() for key in keys)
    full = full_pinyin(name)
    assert (full in keys) if full else not keys


def test_importing_the_module_does_not_import_pypinyin() -> None:
    code = "import sys, desktop.domain.pinyin; assert 'pypinyin' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])


def test_forget_gives_pypinyin_back_and_the_next_name_reads_the_same() -> None:
    """What the import's decoder process does after the last client: its memory goes back to the
    system (≈ 45 MB measured), and a later name still gets its keys (pypinyin is imported again)."""
    code = """
import gc, sys
from desktop.domain.pinyin import forget, search_keys
from desktop.services.exchange.heap import give_back
def rss():
    return int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) // 1024
names = ['曾长青', '单于华', '解晓东', '张三丰'] + [chr(0x4E00 + i) + chr(0x5E00 + i) for i in range(3000)]
before = [search_keys(n) for n in names]
gc.collect(); give_back(); loaded = rss()
forget()
assert not [m for m in sys.modules if m == 'pypinyin' or m.startswith('pypinyin.')]
gc.collect(); give_back()
assert loaded - rss() >= 25, (loaded, rss())
assert [search_keys(n) for n in names] == before
assert 'pypinyin' in sys.modules
"""
    if not sys.platform.startswith("linux"):
        pytest.skip("the memory is measured through /proc")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])
