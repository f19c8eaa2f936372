"""One mapped row of a register → clean values and the problems found in it (pure).

`clean_row(kind, cells, context)` reads every mapped cell through the normalisers of `values`
and the identifier rules of `idnumber`/`phone`, and returns a `CleanRow`: `values` for the
writer, `problems` (any problem means the row is left out, never half-imported) and `notices`
(informational, e.g. a 15-digit ID converted, a committee typed as free text). Matching against
records already in the database is the service's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.domain import address
from desktop.domain.codes import ADHERENCE, CLASSIFICATION, MANAGEMENT_STATUS, SEX, VISIT_MODE
from desktop.domain.idnumber import IdNumber, mismatch_warnings, parse_id
from desktop.domain.phone import parse_phone
from desktop.domain.sheets import values as v
from desktop.errors import ValidationError

SEX_ALIASES: dict[str, int | str] = {"男性": 1, "女性": 2, "M": 1, "F": 2, "m": 1, "f": 2}
MODE_ALIASES: dict[str, int | str] = {
    "家访": 2, "入户": 2, "上门": 2, "入户访视": 2, "上门随访": 2, "家庭随访": 2, "面访": 2,
    "门诊随访": 1, "电话随访": 3, "电访": 3, "陪同": 4, "陪诊": 4, "门诊陪同": 4,
    "面谈": 5, "来访": 5, "来站面谈": 5, "视频": 6, "微信": 6, "网络": 6, "个案讨论": 7,
}  # fmt: skip
ADHERENCE_ALIASES: dict[str, int | str] = {
    "规律": 1, "规律服药": 1, "按医嘱规律服药": 1, "间断": 2, "间断服药": 2,
    "不服药": 3, "未服药": 3, "医嘱勿需服药": 4, "无需服药": 4, "勿需服药": 4,
}  # fmt: skip
# Registers say 服药 where the form says 用药; the cell is read with 服药 → 用药 first.
ADHERENCE_ALIASES.update({key.replace("服药", "用药"): value for key, value in ADHERENCE_ALIASES.items()})
STATUS_ALIASES: dict[str, int | str] = {"在册管理": "registered", "在管理": "managed", "已故": "dead", "迁居": "moved"}
_LOOSE_NO = re.compile(r"[A-Za-z0-9-]{4,32}")
_LIST_SPLIT = re.compile(r"[、,，;；/\s]+")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    message: str


@dataclass(frozen=True)
class RowContext:
    today: date
    district_code: str = ""


@dataclass
class CleanRow:
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)

    def take(self, key: str, cells: Mapping[str, object], parse: Callable[[object], Any], default: Any = None) -> Any:
        """Parse the cell of `key` if it is filled; a failure becomes a problem of that column."""
        raw = cells.get(key)
        if v.is_blank(raw):
            self.values[key] = default
            return default
        try:
            result = parse(raw)
        except ValidationError as error:
            self.problems.append(Problem(key, error.code, error.user_message()))
            self.values[key] = default
            return default
        self.values[key] = result
        if v.looks_like_formula(raw) or v.looks_like_formula(result):
            self.note(
                key,
                "sheet.formula_text",
                "内容以 = + - @ 等公式符号开头：按文字保存，导出时也按文字写出，不会被当作公式执行。",
            )
        return result

    def problems_for(self, key: str) -> list[Problem]:
        return [problem for problem in self.problems if problem.field == key]

    def fail(self, key: str, code: str, message: str) -> None:
        self.problems.append(Problem(key, code, message))

    def note(self, key: str, code: str, message: str) -> None:
        self.notices.append(Problem(key, code, message))


def _text(limit: int, key: str) -> Callable[[object], str]:
    return lambda raw: v.text(raw, max_length=limit, field=key)


def _phone(key: str) -> Callable[[object], tuple[str, str]]:
    def parse(raw: object) -> tuple[str, str]:
        return parse_phone(v.fold(raw)).normalised, v.fold(raw)

    return parse


def parse_id_cell(raw: object) -> IdNumber:
    """An ID number cell; one that Excel stored as a number has already lost its last digits."""
    if isinstance(raw, int | float) and not isinstance(raw, bool) and abs(raw) >= 1e15:
        raise ValidationError(
            "sheet.id_as_number",
            "身份证号被 Excel 存成了数字，后几位已经丢失：请把该列设为“文本”格式，重新录入后再导入。",
            field="id_number",
        )
    return parse_id(v.fold(raw))


def _identity(row: CleanRow, cells: Mapping[str, object], *, required_name: bool = True) -> None:
    name = row.take("name", cells, _text(64, "name"), "")
    if required_name and not name:
        row.fail("name", "sheet.name_required", "姓名不能为空。")
    row.take("sex", cells, lambda raw: v.parse_code(raw, SEX, "sex", aliases=SEX_ALIASES))
    parsed = row.take("id_number", cells, parse_id_cell)
    birth = row.take("birth_date", cells, lambda raw: v.parse_partial_date(raw, "birth_date"))
    if parsed is not None:
        for notice in parsed.warnings:
            row.note("id_number", notice.code, notice.message)
        sex = row.values.get("sex")
        birth_day = birth[0] if birth and birth[1] == "YMD" else None
        for notice in mismatch_warnings(parsed, sex if isinstance(sex, int) else None, birth_day):
            row.note("id_number", notice.code, notice.message)


def clean_client(cells: Mapping[str, object], context: RowContext) -> CleanRow:
    row = CleanRow()
    _identity(row, cells)
    row.take("phone", cells, _phone("phone"))
    row.take("township", cells, _text(64, "township"), "")
    row.take("village", cells, _text(64, "village"), "")
    row.take("address_detail", cells, _text(255, "address_detail"), "")
    row.take("guardian_name", cells, _text(64, "guardian_name"), "")
    row.take("guardian_phone", cells, _phone("guardian_phone"))
    row.take("guardian_relationship", cells, _text(16, "guardian_relationship"), "")
    row.take("diagnosis", cells, _text(128, "diagnosis"), "")
    row.take(
        "management_status",
        cells,
        lambda raw: v.parse_code(raw, MANAGEMENT_STATUS, "management_status", aliases=STATUS_ALIASES),
        "registered",
    )
    row.take("notes", cells, _text(2000, "notes"), "")
    if row.values.get("guardian_phone") and not row.values.get("guardian_name"):
        row.fail("guardian_name", "sheet.guardian_name", "填写了监护人电话，但没有填写监护人姓名。")
    resolved = resolve_address(context.district_code, row.values["township"], row.values["village"])
    row.values["address"] = resolved
    for key, code, message in resolved.notices:
        row.note(key, code, message)
    return row


def clean_visit(cells: Mapping[str, object], context: RowContext) -> CleanRow:
    row = CleanRow()
    _identity(row, cells)
    day = row.take("visit_date", cells, lambda raw: v.parse_date(raw, "visit_date"))
    if day is None and not row.problems_for("visit_date"):
        row.fail("visit_date", "sheet.visit_date_required", "随访日期不能为空。")
    if day is not None and day > context.today:
        row.fail("visit_date", "visit.date_future", "随访日期不能晚于今天。")
    row.take("mode", cells, lambda raw: v.parse_code(raw, VISIT_MODE, "mode", aliases=MODE_ALIASES), 2)
    row.take("risk_level", cells, lambda raw: v.parse_int(raw, "risk_level", low=0, high=5))
    row.take("classification", cells, lambda raw: v.parse_code(raw, CLASSIFICATION, "classification"))
    following = row.take("next_visit_date", cells, lambda raw: v.parse_date(raw, "next_visit_date"))
    if following is not None and day is not None and following <= day:
        row.fail("next_visit_date", "visit.next_before", "下次随访日期须晚于本次随访日期。")
    row.take(
        "adherence",
        cells,
        lambda raw: v.parse_code(
            v.fold(raw).replace("服药", "用药"), ADHERENCE, "adherence", aliases=ADHERENCE_ALIASES
        ),
    )
    row.take("narrative", cells, _text(4000, "narrative"), "")
    row.take("visitor_name", cells, _text(64, "visitor_name"), "")
    return row


def clean_volunteer(cells: Mapping[str, object], context: RowContext) -> CleanRow:
    row = CleanRow()
    _identity(row, cells)
    row.take("phone", cells, _phone("phone"))
    row.take("volunteer_no", cells, _volunteer_no, "")
    row.take("residence", cells, _text(128, "residence"), "")
    row.take("skills", cells, lambda raw: [s for s in _LIST_SPLIT.split(v.fold(raw)) if s][:20], [])
    row.take("joined_on", cells, lambda raw: v.parse_date(raw, "joined_on"))
    row.take("notes", cells, _text(2000, "notes"), "")
    return row


def _volunteer_no(raw: object) -> str:
    number = v.fold(raw).replace(" ", "")
    if not _LOOSE_NO.fullmatch(number):
        raise ValidationError("sheet.volunteer_no", "志愿者编号应为4–32位字母或数字。", field="volunteer_no")
    return number


def clean_hours(cells: Mapping[str, object], context: RowContext) -> CleanRow:
    row = CleanRow()
    row.take("name", cells, _text(64, "name"), "")
    row.take("volunteer_no", cells, _volunteer_no, "")
    row.take("id_number", cells, parse_id_cell)
    row.take("phone", cells, _phone("phone"))
    if not (row.values["name"] or row.values["volunteer_no"] or row.values["id_number"]) and not row.problems:
        row.fail("name", "sheet.volunteer_missing", "请填写志愿者姓名、志愿者编号或身份证号。")
    day = row.take("service_date", cells, lambda raw: v.parse_date(raw, "service_date"))
    check_in = row.take("check_in", cells, lambda raw: _stamp(raw, day, "check_in"))
    check_out = row.take(
        "check_out", cells, lambda raw: _stamp(raw, day or (check_in and check_in.date()), "check_out")
    )
    minutes = row.take("duration", cells, lambda raw: v.parse_duration_minutes(raw, "duration"))
    pause = row.take("break_minutes", cells, lambda raw: v.parse_int(raw, "break_minutes", low=0, high=720), 0)
    row.take("activity", cells, _text(128, "activity"), "")
    if row.problems:
        return row
    if check_in is None and minutes is not None:
        # Service minutes are computed from check-in and check-out, never typed (docs/domain.md,
        # Hours), and an attendance needs its check-in: inventing one (09:00) would put a time
        # on paper that nobody recorded. The row is refused and says what to add.
        row.fail(
            "check_in",
            "sheet.duration_only",
            "只有服务时长、没有签到时间：服务时长须由签到、签退时间计算，请补填签到时间后再导入。",
        )
        return row
    if check_in is None:
        row.fail("check_in", "sheet.time_missing", "请填写签到、签退时间，或服务日期和服务时长。")
        return row
    if check_out is None and minutes is not None:
        check_out = check_in + timedelta(minutes=minutes + (pause or 0))
    if check_out is None:
        row.fail("check_out", "sheet.checkout_missing", "请填写签退时间或服务时长。")
        return row
    if check_out < check_in:
        row.fail("check_out", "hours.time_order", "签退时间不能早于签到时间。")
        return row
    if check_out - check_in > timedelta(hours=24):
        row.fail("check_out", "sheet.duration_range", "签到到签退超过24小时，请核对。")
        return row
    served = int((check_out - check_in).total_seconds()) // 60 - (pause or 0)
    if served <= 0:
        row.fail("break_minutes", "hours.break", "休息时长不能超过在岗时长。")
        return row
    if minutes is not None and cells.get("check_out") is not None and abs(served - minutes) > 5:
        row.note("duration", "sheet.duration_mismatch", "服务时长与签到、签退时间不一致，已按签到、签退时间计算。")
    if check_in.date() > context.today:
        row.fail("service_date", "sheet.date_future", "服务日期不能晚于今天。")
    row.values.update(check_in=check_in, check_out=check_out, minutes=served, break_minutes=pause or 0)
    return row


def _stamp(raw: object, day: date | None, key: str) -> datetime:
    """A check-in/out cell: a full date and time, or a time of day on the row's service date."""
    if isinstance(raw, datetime) or (isinstance(raw, date) and not isinstance(raw, datetime)):
        found_day, found_time = v.parse_datetime(raw, key)
        return datetime.combine(found_day, found_time or time())
    try:
        clock = v.parse_time(raw, key)
    except ValidationError:
        found_day, found_time = v.parse_datetime(raw, key)
        if found_time is None:
            raise ValidationError("sheet.time", "时间无法识别：请写成 9:00 或 09:30。", field=key) from None
        return datetime.combine(found_day, found_time)
    if day is None:
        raise ValidationError("sheet.date_missing", "只有时间没有日期：请填写服务日期。", field=key)
    return datetime.combine(day, clock)


@dataclass(frozen=True)
class ResolvedAddress:
    district_code: str = ""
    township_code: str = ""
    village_code: str = ""
    village_free_text: str = ""
    notices: tuple[tuple[str, str, str], ...] = ()


def _village_names(text: str) -> list[str]:
    base = text.replace("居民委员会", "居委会").replace("村民委员会", "村委会").replace("社区居委会", "居委会")
    names = [base]
    for suffix in ("居委会", "村委会"):
        if not base.endswith(("居委会", "村委会")):
            names.append(base + suffix)
            names.append(base.removesuffix("社区").removesuffix("居委") + suffix)
    return list(dict.fromkeys(name for name in names if name))


def resolve_address(district_code: str, township_text: str, village_text: str) -> ResolvedAddress:
    """Codes for a typed 街道/镇 and 居委会, looked up in the station's district first."""
    notices: list[tuple[str, str, str]] = []
    township_code = ""
    if township_text:
        scope = [address.get(district_code)] if address.get(district_code) else list(address.districts())
        wanted = {township_text, township_text + "街道", township_text + "镇"}
        found = [t for d in scope if d for t in address.townships(d.code) if t.name in wanted]
        if len(found) == 1:
            township_code = found[0].code
        else:
            notices.append(("township", "sheet.township_unknown", "街道/镇不在区划表中，未编码。"))
    if not village_text:
        return ResolvedAddress(
            district_code if not township_code else township_code[:6], township_code, "", "", tuple(notices)
        )
    # Narrowest scope first: the township, then the station's district, then the whole city.
    scopes = [*dict.fromkeys(s for s in (township_code, district_code) if s), ""]
    for scope in scopes:
        matches = {
            unit.code: unit
            for name in _village_names(village_text)
            for unit in address.search_villages(name, within=scope or None, limit=200)
            if unit.name == name
        }
        if len(matches) == 1:
            unit = next(iter(matches.values()))
            return ResolvedAddress(unit.code[:6], unit.parent_code, unit.code, "", tuple(notices))
        if len(matches) > 1:
            break
    notices.append(("village", "sheet.village_uncoded", "居委会不在区划表中或有重名，已按手工填写保存，待编码。"))
    district = township_code[:6] if township_code else district_code
    return ResolvedAddress(district, township_code, "", village_text, tuple(notices))


CLEANERS: dict[str, Callable[[Mapping[str, object], RowContext], CleanRow]] = {
    "clients": clean_client,
    "visits": clean_visit,
    "volunteers": clean_volunteer,
    "hours": clean_hours,
}
