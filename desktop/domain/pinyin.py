"""Pinyin search keys for names, so that 张三丰 is found by typing `zsf`, `zhangsf` or `zhangsanfeng`.

The client and volunteer services call `search_keys` when a name is saved and store the keys in
an indexed column searched by prefix (docs/architecture.md §8a: never scan). Keys are lower-case ASCII: the
full pinyin, the initials, and the mixed forms people type (first k syllables in full, then
initials). Surnames are read with a surname table because pypinyin reads 曾/单/解/仇/区/朴/查/
乐/盖/覃… the common way, not the surname way; where a character has another plausible reading
both are indexed, up to `MAX_KEYS` keys per name. pypinyin costs ≈0.25 s to import, so it is
imported on first use only, and readings are cached. Measured on the 2-core dev machine: keys for
100,000 names take ≈1.3 s including the import (≈2.1 s if no given name ever repeats).
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from desktop.domain.names import surname_length

MAX_KEYS = 24
MAX_READINGS = 2  # per given-name character: pypinyin's reading in context plus one alternative
MAX_COMBINATIONS = 64  # reading combinations examined per name before giving up on more keys

# Surname readings, primary first; the pypinyin reading is added after these as an alternative,
# because people who do not know the surname reading will type the common one.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",), "朴": ("piao",),
    "查": ("zha",), "乐": ("yue", "le"), "盖": ("ge", "gai"), "覃": ("qin", "tan"), "缪": ("miao",),
    "翟": ("zhai",), "秘": ("bi",), "召": ("shao",), "员": ("yun",), "谌": ("chen", "shen"),
    "隗": ("wei", "kui"), "种": ("chong",), "繁": ("po",), "句": ("gou",), "阚": ("kan",), "莘": ("shen",),
    "宓": ("mi", "fu"), "藏": ("zang",), "能": ("nai",), "粘": ("nian",), "尉": ("wei",),
    "尉迟": ("yu chi",), "万俟": ("mo qi",), "单于": ("chan yu",), "长孙": ("zhang sun",),
    "澹台": ("tan tai",), "乐正": ("yue zheng",),
}  # fmt: skip

# Characters of given names with two readings that both occur in names. pypinyin's own heteronym
# lists are much longer (王 wang/yu, 信 xin/shen) and would fill the index with keys that make
# unrelated names match, so only these are indexed twice; pypinyin's reading in context stays first.
NAME_ALTERNATES: dict[str, tuple[str, ...]] = {
    "长": ("chang", "zhang"), "行": ("xing", "hang"), "乐": ("le", "yue"), "朝": ("zhao", "chao"),
    "重": ("chong", "zhong"), "传": ("chuan", "zhuan"), "曾": ("zeng", "ceng"), "单": ("dan", "shan"),
    "解": ("jie", "xie"), "了": ("liao", "le"), "和": ("he", "huo"), "都": ("du", "dou"), "强": ("qiang", "jiang"),
    "藏": ("zang", "cang"), "茜": ("qian", "xi"), "晟": ("sheng", "cheng"), "莘": ("xin", "shen"),
    "颉": ("jie", "xie"), "蔚": ("wei", "yu"), "柏": ("bai", "bo"), "卜": ("bu", "bo"), "薄": ("bo", "bao"),
    "伽": ("jia", "qie"), "玟": ("wen", "min"), "炅": ("jiong", "gui"), "员": ("yuan", "yun"), "翟": ("zhai", "di"),
    "缪": ("miao", "mou"), "区": ("qu", "ou"), "仇": ("chou", "qiu"), "朴": ("pu", "piao"), "查": ("cha", "zha"),
    "盖": ("gai", "ge"), "覃": ("tan", "qin"), "尉": ("wei", "yu"), "召": ("zhao", "shao"), "种": ("zhong", "chong"),
    "宓": ("mi", "fu"), "谌": ("chen", "shen"), "参": ("can", "shen"), "省": ("sheng", "xing"),
    "角": ("jiao", "jue"), "校": ("xiao", "jiao"), "厦": ("xia", "sha"), "宿": ("su", "xiu"), "折": ("zhe", "she"),
    "奇": ("qi", "ji"), "沈": ("shen", "chen"), "叶": ("ye", "xie"), "贾": ("jia", "gu"), "觉": ("jue", "jiao"),
    "纶": ("lun", "guan"), "车": ("che", "ju"), "将": ("jiang", "qiang"), "佛": ("fo", "fu"), "率": ("shuai", "lv"),
    "秘": ("mi", "bi"), "繁": ("fan", "po"), "句": ("ju", "gou"), "能": ("neng", "nai"), "阚": ("kan", "han"),
    "隗": ("wei", "kui"), "蕃": ("fan", "bo"), "露": ("lu", "lou"), "期": ("qi", "ji"),
}  # fmt: skip

Position = tuple[str, ...]  # the readings of one syllable, primary first

_modules: dict[str, Any] = {}
_default_readings: dict[str, str] = {}


def search_keys(name: str | None) -> frozenset[str]:
    """Lower-case ASCII keys for prefix search: full pinyin, initials and mixed forms (≤ MAX_KEYS)."""
    positions = _positions(name or "")
    keys: list[str] = []
    seen: set[str] = set()
    for combination in itertools.islice(_combinations(positions), MAX_COMBINATIONS):
        for key in _keys_of(combination):
            if key not in seen:
                seen.add(key)
                keys.append(key)
                if len(keys) >= MAX_KEYS:
                    return frozenset(keys)
    return frozenset(keys)


def full_pinyin(name: str | None, separator: str = "") -> str:
    """The name in its most likely pinyin, lower case (`zhangsanfeng`; `zhang san feng` with " ").

    With a space separator it sorts syllable by syllable, which is the Chinese dictionary order.
    """
    return separator.join(position[0] for position in _positions(name or ""))


def initials(name: str | None) -> str:
    """First letters of the most likely reading: 张三丰 → `zsf`."""
    return "".join(position[0][0] for position in _positions(name or ""))


def normalise_query(text: str) -> str:
    """A typed search text reduced to what the keys contain: `Zhang San` → `zhangsan`."""
    return "".join(_ascii_fold(ch) for ch in unicodedata.normalize("NFKC", text)).lower()


def _keys_of(syllables: Sequence[str]) -> Iterator[str]:
    yield "".join(syllables)
    letters = [syllable[0] for syllable in syllables]
    yield "".join(letters)
    for k in range(1, len(syllables)):
        yield "".join(syllables[:k]) + "".join(letters[k:])


def _combinations(positions: Sequence[Position]) -> Iterator[tuple[str, ...]]:
    # Most likely first: all primary readings, then one alternative at a time, then the rest.
    if not positions:
        return
    primary = tuple(position[0] for position in positions)
    yield primary
    seen = {primary}
    for index, position in enumerate(positions):
        for alternative in position[1:]:
            combination = (*primary[:index], alternative, *primary[index + 1 :])
            seen.add(combination)
            yield combination
    for combination in itertools.product(*positions):
        if combination not in seen:
            yield combination


def _positions(name: str) -> list[Position]:
    """Readings of each syllable of `name`; Latin words count as one syllable, other signs are dropped."""
    text = unicodedata.normalize("NFKC", name).strip()
    positions: list[Position] = []
    cut = _compound_surname_length(text)
    if cut:
        positions.extend(_surname_positions(text[:cut]))
        text = text[cut:]
    latin: list[str] = []
    han: list[str] = []
    for ch in text:
        if _is_han(ch):
            _flush_latin(latin, positions)
            han.append(ch)
            continue
        _flush_han(han, positions, at_start=not positions)
        folded = _ascii_fold(ch)
        if folded:
            latin.append(folded.lower())
        else:
            _flush_latin(latin, positions)
    _flush_latin(latin, positions)
    _flush_han(han, positions, at_start=not positions)
    return positions


def _compound_surname_length(text: str) -> int:
    # Only compound surnames with their own reading need cutting off; 欧阳, 司马… read normally.
    return 2 if surname_length(text) == 2 and text[:2] in SURNAME_READINGS else 0


def _surname_positions(surname: str) -> list[Position]:
    readings = [reading.split() for reading in SURNAME_READINGS[surname]]
    positions = []
    for index, ch in enumerate(surname):
        candidates = [reading[index] for reading in readings] + [_default_reading(ch)]
        positions.append(tuple(reading for reading in dict.fromkeys(candidates) if reading))
    return positions


def _flush_latin(latin: list[str], positions: list[Position]) -> None:
    if latin:
        positions.append(("".join(latin),))
        latin.clear()


def _flush_han(han: list[str], positions: list[Position], *, at_start: bool) -> None:
    if not han:
        return
    run = "".join(han)
    han.clear()
    rest = run
    if at_start:
        # The surname is read on its own: phrase context across surname and given name misleads pypinyin.
        surname, rest = run[0], run[1:]
        if surname in SURNAME_READINGS:
            positions.extend(_surname_positions(surname))
        elif _default_reading(surname):
            positions.append(_unique([_default_reading(surname), *_u_variant(_default_reading(surname))]))
    for ch, primary in zip(rest, _contextual(rest), strict=True):
        if not primary:
            continue  # a character pypinyin cannot read (rare ideographs): skip it rather than guess
        readings = _unique([primary, *_u_variant(primary), *NAME_ALTERNATES.get(ch, ())])
        positions.append(readings[:MAX_READINGS])


def _unique(readings: list[str]) -> Position:
    return tuple(dict.fromkeys(readings))


def _u_variant(reading: str) -> tuple[str, ...]:
    # pypinyin writes ü as v (lv, nv), as most input methods do; some people type u.
    return (reading.replace("v", "u"),) if "v" in reading else ()


@lru_cache(maxsize=65536)
def _contextual(run: str) -> tuple[str, ...]:
    """pypinyin's reading of a run of Han characters, using its phrase table (长青 → chang qing)."""
    if not run:
        return ()
    lazy_pinyin = _pypinyin()["lazy_pinyin"]
    result = lazy_pinyin(run, errors=lambda chars: [""] * len(chars))
    if len(result) != len(run):  # pypinyin merged something: fall back to per-character readings
        return tuple(_default_reading(ch) for ch in run)
    return tuple(reading if reading.isascii() and reading.isalpha() else "" for reading in result)


def _default_reading(ch: str) -> str:
    """pypinyin's usual reading of one character, '' when it has none."""
    cached = _default_readings.get(ch)
    if cached is None:
        found = _pypinyin()["lazy_pinyin"](ch, errors=lambda chars: [""] * len(chars))
        cached = found[0] if len(found) == 1 and found[0].isascii() and found[0].isalpha() else ""
        _default_readings[ch] = cached
    return cached


def forget() -> None:
    """Drop the cached readings and pypinyin itself (≈ 55 MB of tables, more with the caches), so a
    process that has no more names to read can give that memory back; the next use imports
    pypinyin again."""
    _contextual.cache_clear()
    _default_readings.clear()
    _modules.clear()
    for name in [n for n in sys.modules if n == "pypinyin" or n.startswith("pypinyin.")]:
        del sys.modules[name]


def _pypinyin() -> dict[str, Any]:
    if not _modules:
        import pypinyin  # deferred: 0.25 s at start-up otherwise (docs/architecture.md §8a)

        _modules.update(lazy_pinyin=pypinyin.lazy_pinyin)
    return _modules


def _is_han(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH"))


def _ascii_fold(ch: str) -> str:
    """`é` → `e`, `Ａ` → `A`; '' for anything that is not a Latin letter or digit."""
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii() and c.isalnum())
