"""Phone numbers: mainland mobiles and landlines, normalised for storage and search.

Used wherever a client's, guardian's or volunteer's phone is typed or imported (docs/domain.md §6.2).
`parse_phone` accepts what people really type — spaces, dashes, brackets, full-width digits,
`+86`/`0086`/`86` prefixes, an extension after `-`, `转` or `ext` — and returns a `PhoneNumber`
whose `normalised` form (`+8613812345678`, `+862164381234;ext=123`) is what the database stores
next to the original entry. `tail` (last four digits of the subscriber number) feeds the
"search by phone tail" index. Anything else raises `ValidationError("phone.invalid")`; new mobile
segments only warn, because the operators open new ones every few years. Landlines of every
area code are accepted (0 + 2 digits for 010/02x, 0 + 3 digits for the others, then a 7–8 digit
subscriber number): a guardian in 杭州 or a hospital in 北京 is normal. An 8-digit number without
area code is taken for Shanghai, where the station is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.notices import Notice, Severity
from desktop.errors import ValidationError
from desktop.i18n import mark

FIELD = "phone"

# Segments allocated to personal mobiles (docs/domain.md §6.2); 140–144 are 13-digit IoT numbers.
_MOBILE_SEGMENTS = frozenset(
    [*range(130, 140), *range(145, 150), *range(150, 160), 162, 165, 166, 167, *range(170, 179), *range(180, 200)]
) - {154}

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−()（）.·/]+")
_EXTENSION = re.compile(r"^(?P<main>.*?)(?:转|分机|;?ext[.=]?|x|#)(?P<ext>\d{1,6})$", re.IGNORECASE)
# "021-6438-1234-56": a third dash group after a complete landline number is an extension.
_DASHED_EXTENSION = re.compile(
    r"^(?P<main>(?:\+|00)?(?:86)?[\s\-(（]*0?(?:10|2\d|[3-9]\d{2})[\s\-)）]*\d{3,4}[\s\-]?\d{4})-(?P<ext>\d{1,6})$"
)
_COUNTRY_PREFIX = re.compile(r"^(?:\+86|0086)")
_MOBILE = re.compile(r"1[3-9]\d{9}")
# Area codes: 010 and 020–029 have two digits after the 0, all others three (0311, 0571, 0991 …).
_LANDLINE = re.compile(r"0(10|2\d|[3-9]\d{2})([2-9]\d{6,7})")
_SHANGHAI = "21"
_LOCAL = re.compile(r"[2-9]\d{7}")


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"


@dataclass(frozen=True)
class PhoneNumber:
    """A validated phone number; `normalised` is E.164 plus `;ext=` for a landline extension."""

    normalised: str
    original: str
    kind: PhoneKind
    tail: str
    extension: str | None = None
    warnings: tuple[Notice, ...] = ()

    @property
    def national(self) -> str:
        """The number as written in China: `13812345678` or `021-64381234` (extension dropped)."""
        digits = self.normalised.split(";")[0][3:]
        if self.kind is PhoneKind.MOBILE:
            return digits
        area = 2 if digits[0] in "12" else 3
        return f"0{digits[:area]}-{digits[area:]}"


def parse_phone(text: str | None) -> PhoneNumber:
    """Validate a mobile or landline number and normalise it."""
    original = text or ""
    folded = unicodedata.normalize("NFKC", original).strip()
    if not folded:
        raise ValidationError("phone.empty", "请填写电话号码。", field=FIELD)
    main, extension = _split_extension(folded)
    digits = _SEPARATORS.sub("", main)
    international = False
    if _COUNTRY_PREFIX.match(digits):
        digits = digits[3:] if digits.startswith("+") else digits[4:]
        international = True
    elif digits.startswith("86") and len(digits) == 13 and _MOBILE.fullmatch(digits[2:]):
        digits = digits[2:]
    if not digits.isascii() or not digits.isdigit():
        raise _invalid()
    if extension is None and _MOBILE.fullmatch(digits):
        return PhoneNumber(f"+86{digits}", original, PhoneKind.MOBILE, digits[-4:], None, _segment_warnings(digits))
    warnings: list[Notice] = []
    # The trunk 0 is dropped after +86, and people often drop it before Shanghai's 21.
    with_trunk = digits if digits.startswith("0") else f"0{digits}"
    landline = None
    if digits.startswith("0") or international or digits.startswith(_SHANGHAI):
        landline = _LANDLINE.fullmatch(with_trunk)
    area = _SHANGHAI
    if landline:
        area, subscriber = landline.group(1), landline.group(2)
    elif _LOCAL.fullmatch(digits):
        subscriber = digits
        warnings.append(
            Notice("phone.area_assumed", mark("notices", "未填区号，已按上海固定电话（021）处理。"), Severity.INFO)
        )
    else:
        raise _invalid()
    normalised = f"+86{area}{subscriber}" + (f";ext={extension}" if extension else "")
    return PhoneNumber(normalised, original, PhoneKind.LANDLINE, subscriber[-4:], extension, tuple(warnings))


def normalise_phone_query(text: str) -> str:
    """Digits of a search query, full-width folded; what the phone-tail index is searched with."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isascii() and ch.isdigit())


def _split_extension(text: str) -> tuple[str, str | None]:
    compact = re.sub(r"\s+", "", text)
    for pattern in (_EXTENSION, _DASHED_EXTENSION):
        found = pattern.match(compact)
        if found:
            return found.group("main"), found.group("ext")
    return text, None


def _segment_warnings(mobile: str) -> tuple[Notice, ...]:
    if int(mobile[:3]) in _MOBILE_SEGMENTS:
        return ()
    return (Notice("phone.unusual_segment", mark("notices", "该手机号段不常见，请核对号码。")),)


def _invalid() -> ValidationError:
    return ValidationError(
        "phone.invalid", "电话号码格式不正确：请填写11位手机号或固定电话（区号加7–8位号码）。", field=FIELD
    )
