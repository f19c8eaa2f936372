"""Label translation and value formatting shared by every form.

Forms are printed in the language passed in `PrintMeta.language`, which may differ from the
UI's current language (a caseworker with an English UI still prints Chinese forms for the
精防医生). Labels are written as `tr("pdf.visit", "家庭访视记录")` — the literal (context, text)
call shape that pyside6-lupdate extracts — with `tr` bound to the document's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from xml.sax.saxutils import escape

from desktop import i18n
from desktop.domain import codes
from desktop.pdf.fonts import BOX_EMPTY, BOX_TICKED

Translator = Callable[[str, str], str]


def translator(language: str) -> Translator:
    """A `tr(context, text)` that answers in `language`, whatever the UI language is."""
    language = i18n.normalise_language(language)
    if language == i18n.DEFAULT_LANGUAGE:
        # Source strings are the Chinese text itself.
        return lambda _context, text: text
    if language == i18n.current_language():
        return i18n.translate
    # The printing language differs from the UI's.
    return lambda context, text: i18n.translate_to(language, context, text)


def fmt_date(value: date | None, language: str, precision: str = "YMD") -> str:
    """A date as printed on Chinese forms (2026年3月5日), or ISO for English; '' when unset.

    `precision` is one of codes.DATE_PRECISION (historical dates may be known to year or month).
    """
    if value is None:
        return ""
    if language == "en":
        return {"Y": f"{value.year}", "YM": f"{value.year}-{value.month:02d}"}.get(precision, value.isoformat())
    tr = translator(language)
    if precision == "Y":
        return tr("pdf", "{year}年").format(year=value.year)
    if precision == "YM":
        return tr("pdf", "{year}年{month}月").format(year=value.year, month=value.month)
    return tr("pdf", "{year}年{month}月{day}日").format(year=value.year, month=value.month, day=value.day)


def colon(language: str) -> str:
    """The colon between a label and its value: full-width in Chinese, ': ' in English."""
    return ": " if language == "en" else "："


def parenthesised(text: str, language: str) -> str:
    """'（text）' in Chinese, ' (text)' in English."""
    return f" ({text})" if language == "en" else f"（{text}）"


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def fmt_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def fmt_number(value: float | int | None) -> str:
    """12.0 -> '12', 2.5 -> '2.5'; '' when unset."""
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def code_label(code_list: codes.CodeList, value: int | str | None, language: str) -> str:
    return codes.label(code_list, value, language)


def box(ticked: bool) -> str:
    return BOX_TICKED if ticked else BOX_EMPTY


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def options(
    code_list: codes.CodeList,
    chosen: int | str | Iterable[int | str] | None,
    language: str,
    numbered: bool = True,
    circled: bool = False,
) -> str:
    """'■1 幻觉  □2 交流困难 …' with the chosen value(s) ticked; markup-safe for a Paragraph.

    `circled` numbers ①②… as the national form does for sub-options (the 躯体疾病 causes of death).
    """
    if chosen is None:
        picked: set[int | str] = set()
    elif isinstance(chosen, int | str):
        picked = {chosen}
    else:
        picked = set(chosen)
    parts = []
    for code in code_list:
        text = code.en if language == "en" else code.zh
        number = f"{code.value} " if numbered else ""
        if circled and isinstance(code.value, int) and 1 <= code.value <= len(CIRCLED):
            number = CIRCLED[code.value - 1]
        # A non-breaking space keeps the box, number and label together when the line wraps.
        # The font's □ is drawn small; a slightly larger size makes empty and ticked boxes match.
        mark = f"<font size=12.5>{box(code.value in picked)}</font>"
        parts.append(mark + f"{number}{escape(text)}".replace(" ", "\u00a0"))
    return "  ".join(parts)


def para_text(value: str) -> str:
    """Free text made safe for Paragraph markup, keeping the writer's line breaks.

    Paragraphs collapse whitespace, including the ideographic space (U+3000) that Chinese forms
    use as a gap between fields; non-breaking spaces keep such gaps.
    """
    return escape(value).replace("\n", "<br/>").replace("\u3000", "\u00a0\u00a0\u00a0")
