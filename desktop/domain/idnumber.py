"""ID numbers: normalising, validating (GB 11643 MOD 11-2) and deriving birth date and sex.

Used by the client register when a caseworker types or imports an ID number (docs/domain.md §6.1).
`parse_id` returns an `IdNumber` or raises `ValidationError` with a stable code (`id.empty`,
`id.type`, `id.characters`, `id.length`, `id.birth_date`, `id.checksum`); messages never contain
the number. An unknown or abolished address code is only a warning: the code is the one of the
place of first registration and may be long gone. `id_lookup_hash` gives the keyed hash kept
for duplicate detection, so lookups never need the plain number (docs/domain.md §5.2).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from desktop.domain.clock import station_today
from desktop.domain.codes import CHECKSUM_ID_TYPES, ID_TYPE, values
from desktop.domain.notices import Notice, Severity
from desktop.errors import ValidationError
from desktop.i18n import mark

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # 2^(17-i) mod 11
CHECK_CHARS = "10X98765432"
EARLIEST_BIRTH = date(1900, 1, 1)
FIELD = "id_number"

SHANGHAI_DISTRICTS = {
    "310101": "黄浦区", "310104": "徐汇区", "310105": "长宁区", "310106": "静安区",
    "310107": "普陀区", "310109": "虹口区", "310110": "杨浦区", "310112": "闵行区",
    "310113": "宝山区", "310114": "嘉定区", "310115": "浦东新区", "310116": "金山区",
    "310117": "松江区", "310118": "青浦区", "310120": "奉贤区", "310151": "崇明区",
}  # fmt: skip
# Codes of merged districts and former counties still printed in older ID numbers (docs/domain.md §7.2).
SHANGHAI_ABOLISHED = {
    "310102": "南市区", "310103": "卢湾区", "310108": "闸北区", "310119": "南汇区",
    "310221": "上海县", "310222": "嘉定县", "310223": "宝山县", "310224": "川沙县",
    "310225": "南汇县", "310226": "奉贤县", "310227": "松江县", "310228": "金山县",
    "310229": "青浦县", "310230": "崇明县",
}  # fmt: skip
# GB/T 2260 province-level prefixes; 81/82/83 are the HK/Macao/Taiwan residence-permit codes.
PROVINCE_PREFIXES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
    "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
})  # fmt: skip

_WHITESPACE = re.compile(r"\s+")
_LOOSE = re.compile(r"[A-Z0-9]+")
_USUAL_FORMAT = {
    "hk_macao_permit": re.compile(r"[HM]\d{8}(\d{2})?"),
    "taiwan_permit": re.compile(r"\d{8}(\d{2})?"),
    "passport": re.compile(r"[A-Z0-9]{5,17}"),
}


@dataclass(frozen=True)
class IdNumber:
    """A validated ID number. `birth_date`/`sex` are None for types that do not encode them."""

    id_type: str
    normalised: str
    original: str
    birth_date: date | None
    sex: int | None  # codes.SEX: 1 male, 2 female
    warnings: tuple[Notice, ...] = ()


def normalise_id_text(text: str) -> str:
    """Full-width to half-width, all whitespace removed, letters upper-cased. Idempotent."""
    result = text
    # NFKC and upper-casing can each undo the other's normal form on exotic input; iterate to a fixed point.
    for _ in range(4):
        folded = _WHITESPACE.sub("", unicodedata.normalize("NFKC", result)).upper()
        if folded == result:
            break
        result = folded
    return result


def check_character(first17: str) -> str:
    """The MOD 11-2 check character ('0'–'9' or 'X') for 17 ASCII digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise ValidationError("id.characters", "证件号码前17位必须是数字。", field=FIELD)
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def convert_15_to_18(number15: str) -> str:
    """Legacy 15-digit number (pre-1999, born 19YY) to its 18-character form."""
    if len(number15) != 15 or not number15.isascii() or not number15.isdigit():
        raise ValidationError("id.length", "15位证件号码必须全部是数字。", field=FIELD)
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_character(first17)


def parse_id(text: str | None, id_type: str = "id_card", *, today: date | None = None) -> IdNumber:
    """Validate `text` as an ID number of `id_type` (codes.ID_TYPE) and derive what it encodes."""
    if id_type not in values(ID_TYPE):
        raise ValidationError("id.type", "证件类型无效。", field="id_type")
    original = text or ""
    number = normalise_id_text(original)
    if not number:
        raise ValidationError("id.empty", "请填写证件号码。", field=FIELD)
    if id_type in CHECKSUM_ID_TYPES:
        return _parse_checksummed(number, original, id_type, today or station_today())
    return _parse_loose(number, original, id_type)


def _parse_checksummed(number: str, original: str, id_type: str, today: date) -> IdNumber:
    if not number.isascii() or not re.fullmatch(r"[0-9X]+", number):
        raise ValidationError("id.characters", "证件号码只能包含数字和末位的X。", field=FIELD)
    warnings: list[Notice] = []
    if len(number) == 15 and id_type == "id_card":
        if "X" in number:
            raise ValidationError("id.characters", "15位身份证号码必须全部是数字。", field=FIELD)
        number = convert_15_to_18(number)
        warnings.append(
            Notice("id.converted_15", mark("notices", "已将15位旧身份证号码升为18位，原号码一并保存。"), Severity.INFO)
        )
    elif len(number) != 18:
        raise ValidationError("id.length", "身份证号码应为18位（旧证为15位）。", field=FIELD)
    if "X" in number[:17]:
        raise ValidationError("id.characters", "只有最后一位可以是X。", field=FIELD)
    birth = _birth_date(number[6:14], today)
    if number[17] != check_character(number[:17]):
        raise ValidationError("id.checksum", "证件号码校验位不符，请逐位核对。", field=FIELD)
    warnings.extend(_address_warnings(number[:6], id_type))
    sex = 1 if int(number[16]) % 2 else 2
    return IdNumber(id_type, number, original, birth, sex, tuple(warnings))


def _birth_date(yyyymmdd: str, today: date) -> date:
    try:
        birth = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        raise ValidationError("id.birth_date", "证件号码中的出生日期不是有效日期。", field=FIELD) from None
    if not EARLIEST_BIRTH <= birth <= today:
        raise ValidationError("id.birth_date", "证件号码中的出生日期应在1900年至今天之间。", field=FIELD)
    return birth


def _address_warnings(code: str, id_type: str) -> list[Notice]:
    if id_type == "foreign_permanent":
        if not code.startswith("9"):
            return [Notice("id.foreign_prefix", mark("notices", "外国人永久居留身份证号码通常以9开头，请核对。"))]
        return []
    if id_type == "hmt_residence" and code not in ("810000", "820000", "830000"):
        return [
            Notice("id.hmt_prefix", mark("notices", "港澳台居民居住证号码通常以810000、820000或830000开头，请核对。"))
        ]
    if code in SHANGHAI_ABOLISHED:
        # The district's name is left out: it would tell the log or a screenshot where the person was born.
        message = mark("notices", "地址码是已撤销的上海区县编码，按初次登记地编码，属正常情况。")
        return [Notice("id.address_abolished", message, Severity.INFO)]
    if code.startswith("31") and code not in SHANGHAI_DISTRICTS and code not in ("310000", "310100", "310200"):
        return [Notice("id.address_unknown", mark("notices", "地址码不是已知的上海市区县编码，请核对。"))]
    if code[:2] not in PROVINCE_PREFIXES:
        return [Notice("id.address_unknown", mark("notices", "地址码的前两位不是有效的省级编码，请核对。"))]
    return []


def _parse_loose(number: str, original: str, id_type: str) -> IdNumber:
    # Passports and permits have no public check digit: accept letters and digits, warn on odd shapes.
    if not number.isascii() or not _LOOSE.fullmatch(number):
        raise ValidationError("id.characters", "证件号码只能包含字母和数字。", field=FIELD)
    if not 5 <= len(number) <= 30:
        raise ValidationError("id.length", "证件号码长度应为5至30位。", field=FIELD)
    warnings: list[Notice] = []
    usual = _USUAL_FORMAT.get(id_type)
    if usual is not None and not usual.fullmatch(number):
        warnings.append(
            Notice("id.unusual_format", mark("notices", "证件号码格式与该证件类型的常见格式不同，请核对。"))
        )
    return IdNumber(id_type, number, original, None, None, tuple(warnings))


def mismatch_warnings(parsed: IdNumber, sex: int | None = None, birth_date: date | None = None) -> tuple[Notice, ...]:
    """Warnings when separately entered sex/birth date differ from what the number encodes."""
    notices: list[Notice] = []
    if parsed.sex is not None and sex in (1, 2) and sex != parsed.sex:
        notices.append(Notice("id.sex_mismatch", mark("notices", "填写的性别与证件号码不一致。")))
    if parsed.birth_date is not None and birth_date is not None and birth_date != parsed.birth_date:
        notices.append(Notice("id.birth_mismatch", mark("notices", "填写的出生日期与证件号码不一致。")))
    return tuple(notices)


def age_on(birth_date: date, on: date) -> int:
    """Age in whole years on `on` (someone born on 29 February has a birthday on 1 March)."""
    had_birthday = (on.month, on.day) >= (birth_date.month, birth_date.day)
    return on.year - birth_date.year - (0 if had_birthday else 1)


def id_lookup_hash(secret: bytes, normalised: str) -> str:
    """HMAC-SHA256 (hex) of a normalised ID number under the station secret, for duplicate checks."""
    if not secret:
        raise ValueError("id_lookup_hash needs a non-empty station secret")
    message = normalise_id_text(normalised).encode("utf-8")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
