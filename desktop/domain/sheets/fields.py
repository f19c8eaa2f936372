"""The columns of each kind of register, and finding them in a sheet someone else made.

A station's 台账 rarely starts at A1: there is a merged title row ("2023年××街道严重精神障碍患者
台账"), maybe a date line, blank rows, and then the header row. `find_header_row` scores the
first rows by how many cells name a known column and takes the best; `auto_map` maps each header
cell to a field by its usual Chinese names (exact name first, then the longest usual name the
header contains, so 监护人电话 is the guardian's phone and not the client's). The import dialog
shows the result and lets the user correct it (`apply_overrides`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop.errors import ValidationError

HEADER_SCAN_ROWS = 30
MIN_HEADER_SCORE = 2
# Longer cells are titles or notes, not headers; they are never matched by containment.
MAX_HEADER_LENGTH = 14
IGNORE = ""


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


_NAME = Field("name", "姓名", ("患者姓名", "服务对象姓名", "服务对象", "对象姓名", "志愿者姓名", "名字"), True)
_SEX = Field("sex", "性别")
_ID = Field("id_number", "身份证号", ("身份证号码", "身份证", "证件号码", "证件号", "公民身份号码", "身份证件号码"))
_BIRTH = Field("birth_date", "出生日期", ("出生年月", "出生年月日", "生日"))
_PHONE = Field("phone", "联系电话", ("电话", "手机", "手机号", "手机号码", "本人电话", "联系方式", "电话号码"))

KINDS: dict[str, tuple[Field, ...]] = {
    "clients": (
        _NAME,
        _SEX,
        _ID,
        _BIRTH,
        _PHONE,
        Field("township", "街道/镇", ("街道", "镇", "街镇", "所属街道", "街道(镇)")),
        Field("village", "居委会", ("社区", "居委", "居村委", "村居委", "所属居委", "所属社区", "居委会/村委会")),
        Field("address_detail", "详细地址", ("地址", "现住址", "居住地址", "家庭住址", "家庭地址", "住址")),
        Field("guardian_name", "监护人", ("监护人姓名",)),
        Field("guardian_phone", "监护人电话", ("监护人联系电话", "监护人手机", "家属电话")),
        Field("guardian_relationship", "与患者关系", ("监护人关系", "关系", "与服务对象关系")),
        Field("diagnosis", "诊断", ("疾病诊断", "目前诊断", "诊断名称", "疾病名称")),
        Field("management_status", "管理状态", ("状态", "在管状态", "在册状态")),
        Field("notes", "备注", ("说明",)),
    ),
    "visits": (
        _NAME,
        _ID,
        _BIRTH,
        Field("visit_date", "随访日期", ("访视日期", "随访时间", "日期"), True),
        Field("mode", "随访方式", ("随访形式", "本次随访形式", "方式", "形式", "访视方式")),
        Field("risk_level", "危险性评估", ("危险性", "危险性等级", "危险等级", "风险等级")),
        Field("classification", "本次随访分类", ("随访分类", "分类", "病情分类")),
        Field("next_visit_date", "下次随访日期", ("下次随访", "下次随访时间")),
        Field("adherence", "服药依从性", ("用药依从性", "依从性", "服药情况")),
        Field("narrative", "随访情况", ("随访记录", "情况记录", "访视内容", "随访内容", "备注")),
        Field("visitor_name", "随访人", ("随访人员", "随访社工", "社工", "访视人")),
    ),
    "volunteers": (
        _NAME,
        _SEX,
        _ID,
        _BIRTH,
        _PHONE,
        Field("volunteer_no", "志愿者编号", ("志愿者号", "编号", "志愿者证号")),
        Field("residence", "居住区域", ("居住地", "住址", "地址", "居住地址")),
        Field("skills", "专业技能", ("技能", "特长", "专长")),
        Field("joined_on", "加入日期", ("注册日期", "入队日期", "加入时间")),
        Field("notes", "备注", ("说明",)),
    ),
    "hours": (
        Field("name", "姓名", ("志愿者姓名", "志愿者", "名字")),
        Field("volunteer_no", "志愿者编号", ("志愿者号", "编号", "志愿者证号")),
        _ID,
        _PHONE,
        Field("service_date", "服务日期", ("活动日期", "日期", "服务时间")),
        Field("check_in", "签到时间", ("签到", "开始时间", "到岗时间")),
        Field("check_out", "签退时间", ("签退", "结束时间", "离岗时间")),
        Field("duration", "服务时长", ("时长", "服务小时数", "小时数", "工时", "服务时数")),
        Field("break_minutes", "休息时长", ("休息", "休息分钟")),
        Field("activity", "项目名称", ("活动名称", "服务项目", "项目", "活动", "服务内容")),
    ),
}

KIND_LABELS = {"clients": "服务对象", "visits": "访视记录", "volunteers": "志愿者", "hours": "志愿服务时长"}

_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_NOISE = re.compile(r"[\s*＊:：#№]")


def fields_of(kind: str) -> tuple[Field, ...]:
    if kind not in KINDS:
        raise ValidationError(
            "sheet.kind",
            "未知的导入类型：只能是 clients（服务对象）、visits（访视记录）、volunteers（志愿者）或 hours（服务时长）。",
        )
    return KINDS[kind]


def field_by_key(kind: str, key: str) -> Field:
    for item in fields_of(kind):
        if item.key == key:
            return item
    raise ValidationError("sheet.field", "未知的字段名。", field=key)


def normalise_header(value: object) -> str:
    """Header text without spaces, stars, colons and remarks in brackets: 身份证号（必填）→ 身份证号."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    kept = _NOISE.sub("", _BRACKETS.sub("", text))
    # "居(村)委会" loses its bracket to "居委会" above; a header that is only a bracket keeps its text.
    return kept or _NOISE.sub("", text)


@lru_cache(maxsize=8)
def _names(kind: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(exact name → key, (name, key) longest first) for a kind; the first field owning a name wins."""
    exact: dict[str, str] = {}
    for item in fields_of(kind):
        for name in item.names:
            exact.setdefault(name, item.key)
    by_length = tuple(sorted(((n, k) for n, k in exact.items() if len(n) >= 2), key=lambda p: -len(p[0])))
    return exact, by_length


def match_header(value: object, kind: str, taken: frozenset[str] = frozenset()) -> str | None:
    """The field a header cell names, or None."""
    header = normalise_header(value)
    if not header:
        return None
    exact, by_length = _names(kind)
    if header in exact and exact[header] not in taken:
        return exact[header]
    for item in fields_of(kind):
        if item.key not in taken and header in item.names:
            return item.key
    if len(header) > MAX_HEADER_LENGTH:
        return None
    for name, key in by_length:
        if key not in taken and name in header:
            return key
    return None


def exact_header_hits(cells: Sequence[object], kind: str) -> int:
    """How many cells are exactly a known column name: cheap test for a header repeated mid-sheet."""
    exact = _names(kind)[0]
    return sum(1 for cell in cells if isinstance(cell, str) and normalise_header(cell) in exact)


def auto_map(headers: Sequence[object], kind: str) -> dict[int, str]:
    """Column index (0-based) → field key; each field at most once, the leftmost column wins."""
    mapping: dict[int, str] = {}
    # Exact names first, so a later exact 监护人电话 is not stolen by an earlier fuzzy match.
    for exact in (True, False):
        for index, cell in enumerate(headers):
            if index in mapping:
                continue
            taken = frozenset(mapping.values())
            key = match_header(cell, kind, taken)
            if key is None:
                continue
            if exact and normalise_header(cell) not in field_by_key(kind, key).names:
                continue
            mapping[index] = key
    return dict(sorted(mapping.items()))


def header_score(cells: Sequence[object], kind: str) -> int:
    return len(auto_map(cells, kind))


def find_header_row(rows: Sequence[Sequence[object]], kind: str) -> int:
    """Index (into `rows`) of the header row: the first of the best-scoring rows near the top."""
    fields_of(kind)
    best_index, best_score = -1, 0
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(cells, kind)
        if score > best_score:
            best_index, best_score = index, score
    if best_score < MIN_HEADER_SCORE:
        raise ValidationError(
            "sheet.no_header",
            "在表格前 {scan} 行中没有找到表头行（如“姓名”“身份证号”等列名），请检查是否选错了工作表或导入类型。",
            scan=HEADER_SCAN_ROWS,
        )
    return best_index


def _cell_text(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip() if value is not None else ""


def two_row_header(top: Sequence[object], below: Sequence[object], kind: str) -> tuple[str, ...] | None:
    """Headers of a two-row header — a merged group label (监护人) over its sub-columns (姓名, 电话) —
    as one row (监护人姓名, 监护人电话), or None when the row below is not such a sub-header."""
    filled = [_cell_text(cell) for cell in below if _cell_text(cell)]
    if (
        not filled
        or any(not isinstance(cell, str) for cell in below if _cell_text(cell))
        or any(any(ch.isdigit() for ch in text) or len(text) > MAX_HEADER_LENGTH for text in filled)
    ):
        return None
    combined: list[str] = []
    group = ""
    for index in range(max(len(top), len(below))):
        upper = _cell_text(top[index]) if index < len(top) else ""
        lower = _cell_text(below[index]) if index < len(below) else ""
        if upper:
            group = upper
        elif not lower:
            group = ""
        if lower and group and group != lower:
            combined.append(group + lower)
        else:
            combined.append(lower or upper)
    if header_score(combined, kind) <= header_score(top, kind):
        return None
    return tuple(combined)


def apply_overrides(
    headers: Sequence[object], mapping: Mapping[int, str], overrides: Mapping[str, str], kind: str
) -> dict[int, str]:
    """Apply user corrections `{header text or column letter: field key or "" to ignore}`."""
    result = dict(mapping)
    known = {item.key for item in fields_of(kind)}
    for target, key in overrides.items():
        if key and key not in known:
            raise ValidationError("sheet.map_field", "映射中的字段名不是该导入类型的字段。", field=key)
        columns = [i for i, cell in enumerate(headers) if normalise_header(cell) == normalise_header(target)]
        if not columns and re.fullmatch(r"[A-Za-z]{1,3}", target.strip()):
            index = column_index(target.strip())
            columns = [index] if index < len(headers) else []
        if not columns:
            raise ValidationError("sheet.map_header", "映射中的列名在表头中找不到。", field=key or "")
        for index in columns:
            for other, other_key in list(result.items()):
                if key and other_key == key and other != index:
                    del result[other]
            if key:
                result[index] = key
            else:
                result.pop(index, None)
    return dict(sorted(result.items()))


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA (as Excel labels columns)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - ord("A") + 1
    return number - 1


def missing_required(mapping: Mapping[int, str], kind: str) -> list[Field]:
    present = set(mapping.values())
    return [item for item in fields_of(kind) if item.required and item.key not in present]
