"""Chinese personal names: where the surname ends.

Masking keeps the surname (`欧阳**`) and pinyin search keys read surnames with their own
pronunciation, so both need to know whether a name starts with a compound (two-character)
surname. A name starting with one is assumed to use it: "欧阳" followed by a given name is far
more likely than the single surname 欧 with a given name starting with 阳.
"""

from __future__ import annotations

# Compound surnames of the 百家姓 that are still in use, plus common modern double-barrelled ones.
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "尉迟", "万俟", "司徒", "东方", "夏侯", "皇甫", "令狐", "公孙",
        "慕容", "长孙", "宇文", "轩辕", "澹台", "端木", "单于", "呼延", "闻人", "南宫", "百里", "东郭",
        "西门", "赫连", "申屠", "太史", "钟离", "独孤", "拓跋", "公羊", "濮阳", "淳于", "仲孙", "太叔",
        "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "宰父",
        "谷梁", "段干", "东门", "左丘", "梁丘", "第五", "羊舌", "微生", "公冶", "鲜于", "闾丘", "夹谷",
    }
)  # fmt: skip

# Separators inside transliterated minority and foreign names (阿依古丽·买买提).
NAME_SEPARATORS = frozenset("·•・.． 　-")


def surname_length(name: str) -> int:
    """Number of leading characters of `name` that form the surname (0 for an empty name)."""
    if not name:
        return 0
    if len(name) > 2 and name[:2] in COMPOUND_SURNAMES:
        return 2
    if len(name) == 2 and name in COMPOUND_SURNAMES:
        return 2  # the name is only a surname, e.g. a record typed as "欧阳"
    return 1


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name) of a Chinese name; whitespace around the name is ignored."""
    stripped = name.strip()
    cut = surname_length(stripped)
    return stripped[:cut], stripped[cut:]
