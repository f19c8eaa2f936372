"""The Shanghai address dictionary: districts → townships → residents'/villagers' committees.

Address pickers, imports and printouts use this module (docs/domain.md §7). The shipped NBS 2023 list
(`resources/reference/shanghai-divisions-2023.csv`: 16 districts, 234 townships, 6,509
committees) is read once, on first use, and cached. A client's address stores the three codes,
the dictionary year (`DICT_YEAR`) and the free-text detail; a committee that is missing from the
list (new ones appear every year) may be typed as free text, and the address is then flagged as
uncoded so that it can be coded when a newer list ships.
"""

from __future__ import annotations

import bisect
import csv
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache

from desktop.errors import ValidationError
from desktop.paths import resource_path

DICT_YEAR = 2023
DICT_FILE = ("reference", "shanghai-divisions-2023.csv")
CITY_NAME = "上海市"
SHANGHAI_CODE = "3101"  # parent code of the districts in the list


class Level(StrEnum):
    DISTRICT = "district"
    TOWNSHIP = "township"
    VILLAGE = "village"


# NBS code ranges of the last three digits (docs/domain.md §7.1), most specific first.
_TOWNSHIP_KINDS = ((99, "街道"), (199, "镇"), (399, "乡"), (599, "类似乡级单位"))
_VILLAGE_KINDS = (
    (199, "居委会"), (399, "村委会"), (497, "类似居委会"), (498, "虚拟社区"), (499, "类似居委会"),
    (597, "类似村委会"), (598, "虚拟生活区"), (599, "类似村委会"),
)  # fmt: skip


@dataclass(frozen=True)
class Division:
    """One unit of the dictionary: a district (6-digit code), township (9) or committee (12)."""

    code: str
    name: str
    level: Level
    parent_code: str

    @property
    def kind(self) -> str:
        """街道/镇/乡/类似乡级单位 or 居委会/村委会/…, from the code range; "区" for a district."""
        if self.level is Level.DISTRICT:
            return "区"
        table = _TOWNSHIP_KINDS if self.level is Level.TOWNSHIP else _VILLAGE_KINDS
        number = int(self.code[-3:])
        return next((kind for upper, kind in table if number <= upper), "")


class _Dictionary:
    """The list, read once. Only `by_code` is built at first use (a name lookup, as every list
    showing a committee does); the tree and the sorted names wait for a picker or a search."""

    def __init__(self, by_code: dict[str, Division]) -> None:
        self.by_code = by_code

    @cached_property
    def children(self) -> dict[str, tuple[Division, ...]]:
        grouped: dict[str, list[Division]] = {}
        for division in self.by_code.values():
            grouped.setdefault(division.parent_code, []).append(division)
        return {parent: tuple(sorted(kids, key=lambda d: d.code)) for parent, kids in grouped.items()}

    @cached_property
    def village_names(self) -> tuple[tuple[str, str], ...]:
        """(name, code) sorted, for prefix search by bisect."""
        return tuple(sorted((d.name, d.code) for d in self.by_code.values() if d.level is Level.VILLAGE))


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    by_code: dict[str, Division] = {}
    levels = {level.value: level for level in Level}
    # Read by the first list that shows a committee name (the dashboard, at start): keep it cheap,
    # with positional columns and a dict for the level instead of DictReader and Enum calls per row.
    with resource_path(*DICT_FILE).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        code_at, name_at, level_at, parent_at = (header.index(n) for n in ("code", "name", "level", "parent_code"))
        for row in reader:
            by_code[row[code_at]] = Division(row[code_at], row[name_at].strip(), levels[row[level_at]], row[parent_at])
    return _Dictionary(by_code)


def load() -> None:
    """Read the dictionary now, ahead of the first list that shows a committee name."""
    _dictionary()


def districts() -> tuple[Division, ...]:
    """The 16 districts in code order."""
    return _dictionary().children.get(SHANGHAI_CODE, ())


def townships(district_code: str) -> tuple[Division, ...]:
    """Townships (街道, 镇, 乡, development zones) of a district, in code order; () if unknown."""
    return _dictionary().children.get(district_code, ()) if len(district_code) == 6 else ()


def villages(township_code: str) -> tuple[Division, ...]:
    """Committees of a township, in code order; () if unknown."""
    return _dictionary().children.get(township_code, ()) if len(township_code) == 9 else ()


def get(code: str | None) -> Division | None:
    """The division with this code, or None."""
    return _dictionary().by_code.get(code) if code else None


def path(code: str) -> tuple[Division, ...]:
    """District → township → committee down to `code`; () if the code is not in the dictionary."""
    chain: list[Division] = []
    division = get(code)
    while division is not None:
        chain.append(division)
        division = get(division.parent_code)
    return tuple(reversed(chain))


def search_villages(prefix: str, *, within: str | None = None, limit: int = 50) -> tuple[Division, ...]:
    """Committees whose name starts with `prefix`, optionally inside a district or township code."""
    prefix = prefix.strip()
    if not prefix:
        return ()
    dictionary = _dictionary()
    names = dictionary.village_names
    found: list[Division] = []
    index = bisect.bisect_left(names, (prefix, ""))
    while index < len(names) and len(found) < limit and names[index][0].startswith(prefix):
        code = names[index][1]
        if within is None or code.startswith(within):
            found.append(dictionary.by_code[code])
        index += 1
    return tuple(found)


@dataclass(frozen=True)
class Address:
    """A validated address as stored: codes, dictionary year, free-text committee and detail."""

    district_code: str
    township_code: str | None = None
    village_code: str | None = None
    village_free_text: str | None = None
    detail: str | None = None
    dict_year: int = DICT_YEAR

    @property
    def uncoded(self) -> bool:
        """True when the committee was typed as free text and still needs a code."""
        return self.village_code is None and bool(self.village_free_text)

    def display_text(self, *, with_city: bool = False) -> str:
        return display_text(
            self.district_code, self.township_code, self.village_code, self.detail, self.village_free_text,
            with_city=with_city,
        )  # fmt: skip


def make_address(
    district_code: str,
    township_code: str | None = None,
    village_code: str | None = None,
    *,
    village_free_text: str | None = None,
    detail: str | None = None,
) -> Address:
    """Check that the codes exist and nest, and build the `Address` to store."""
    district = get(district_code)
    if district is None or district.level is not Level.DISTRICT:
        raise ValidationError("address.district", "请选择上海市的区。", field="district_code")
    township = get(township_code)
    if township_code and (township is None or township.parent_code != district_code):
        raise ValidationError("address.township", "所选街道/镇不属于该区。", field="township_code")
    free_text = (village_free_text or "").strip() or None
    if village_code:
        village = get(village_code)
        if township_code is None or village is None or village.parent_code != township_code:
            raise ValidationError("address.village", "所选居委会/村委会不属于该街道/镇。", field="village_code")
        if free_text:
            raise ValidationError(
                "address.village_twice", "已选择居委会，不能再手工填写居委会名称。", field="village_code"
            )
    elif free_text and township_code is None:
        raise ValidationError(
            "address.village_without_township", "手工填写居委会前，请先选择街道/镇。", field="township_code"
        )
    return Address(
        district_code, township_code or None, village_code or None, free_text, (detail or "").strip() or None
    )


def display_text(
    district: str | None,
    township: str | None = None,
    village: str | None = None,
    detail: str | None = None,
    free_text: str | None = None,
    *,
    with_city: bool = False,
) -> str:
    """One line such as `徐汇区天平路街道永嘉居委会 永嘉路1弄2号`; unknown codes show as the code itself."""
    parts = [CITY_NAME] if with_city else []
    for code in (district, township, village):
        if code:
            division = get(code)
            parts.append(division.name if division else f"〔{code}〕")
    if not village and free_text and free_text.strip():
        parts.append(free_text.strip())
    text = "".join(parts)
    if detail and detail.strip():
        text = f"{text} {detail.strip()}" if text else detail.strip()
    return text
