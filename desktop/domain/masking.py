"""Display masks for personal data in lists, exports and printouts (docs/domain.md §5.2).

Screens and PDFs show these by default; the full value is shown only after an audited "reveal".
Every function accepts None or an empty string and returns "" so callers can mask optional
columns without checks. Masks keep the length of what they hide where the length is not itself
telling (ID numbers), so a masked column still lines up.
"""

from __future__ import annotations

import unicodedata

from desktop.domain.names import NAME_SEPARATORS, surname_length
from desktop.domain.phone import PhoneKind, parse_phone
from desktop.errors import ValidationError

STAR = "*"


def mask_id(value: str | None, *, compact: bool = False) -> str:
    """`310***********123X`; `compact=True` (list views) keeps only the first and last character."""
    text = _clean(value)
    if not text:
        return ""
    keep_head, keep_tail = (1, 1) if compact or len(text) < 8 else (3, 4)
    if len(text) <= keep_head + keep_tail:
        return STAR * len(text)
    return text[:keep_head] + STAR * (len(text) - keep_head - keep_tail) + text[-keep_tail:]


def mask_phone(value: str | None) -> str:
    """Mobile `138****1234`; Shanghai landline `021-******34`; anything else keeps its last 2 digits."""
    text = _clean(value)
    if not text:
        return ""
    try:
        phone = parse_phone(text)
    except ValidationError:
        digits = [ch for ch in text if ch.isdigit()]
        return STAR * max(len(digits) - 2, 1) + "".join(digits[-2:]) if len(digits) > 2 else STAR * len(text)
    national = phone.national
    if phone.kind is PhoneKind.MOBILE:
        return national[:3] + STAR * 4 + national[-4:]
    area, subscriber = national.split("-")
    return f"{area}-{STAR * (len(subscriber) - 2)}{subscriber[-2:]}"


def mask_name(value: str | None) -> str:
    """Keep the surname, star the rest: `张*`, `欧阳**`; separators of minority names stay visible."""
    text = (value or "").strip()
    if not text:
        return ""
    if not _is_cjk(text[0]):
        # Latin-script names: keep the first letter of each word, which is how such names are abbreviated.
        return " ".join(word[0] + STAR * (len(word) - 1) for word in text.split())
    text = "".join(text.split())  # "李 四" is typed with a space but is still the two-character name 李四
    keep = surname_length(text)
    if len(text) == keep:
        return text  # a lone surname hides nothing further
    return text[:keep] + "".join(ch if ch in NAME_SEPARATORS else STAR for ch in text[keep:])


def mask_address(
    district: str | None = None,
    township: str | None = None,
    village: str | None = None,
    detail: str | None = None,
) -> str:
    """Names of district, township and committee, with the street/house detail replaced by stars."""
    shown = "".join(part.strip() for part in (district, township, village) if part and part.strip())
    if detail and detail.strip():
        return f"{shown}{STAR * 4}" if shown else STAR * 4
    return shown


# Institutions are public places, not a client's home: their names stay whole (issue 18: the mask
# cut "社区卫生服务中心" after "社区"). Longest first, so the longer name wins.
INSTITUTIONS = (
    "社区事务受理服务中心",
    "社区卫生服务中心",
    "社区卫生服务站",
    "社区文化活动中心",
    "社区服务中心",
    "精神卫生中心",
    "街道办事处",
    "人民政府",
    "卫生院",
    "派出所",
    "社工站",
    "医院",
)
# How many characters of a proper name may stand before an institution word ("田林" 社区卫生服务中心).
_INSTITUTION_NAME = 8


def _institution_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for word in INSTITUTIONS:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if not any(a <= start < b for a, b in spans):
                spans.append((start, end))
            start = text.find(word, end)
    return sorted(spans)


def mask_free_address(value: str | None) -> str:
    """Mask an address that exists only as one free text: keep it up to the committee level.

    An institution's name (社区卫生服务中心, 医院 …) right after that point is kept whole."""
    text = (value or "").strip()
    if not text:
        return ""
    spans = _institution_spans(text)
    # Markers inside an institution's name ("社区" of 社区卫生服务中心) are not address levels.
    searched = "".join("\0" if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    cut = 0
    # Most specific level first; the first occurrence, so that "小区" in the detail is not taken for "区".
    for marker in ("居委会", "村委会", "居民委员会", "村民委员会", "社区", "街道", "镇", "乡", "区"):
        end = searched.find(marker)
        if end != -1:
            cut = end + len(marker)
            break
    for start, end in spans:
        between = text[cut:start]
        if start >= cut and len(between) <= _INSTITUTION_NAME and not any(ch.isdigit() for ch in between):
            cut = end
            break
    if cut == 0:
        return STAR * 4
    return text[:cut] + (STAR * 4 if cut < len(text) else "")


def _clean(value: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", value or "").split())


def _is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED", "CJK COMPATIBILITY"))
