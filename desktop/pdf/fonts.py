"""The one CJK font of every StationDesk PDF, registered with ReportLab once.

WenQuanYi Micro Hei ships in `resources/fonts` (TrueType outlines in a .ttc collection; ReportLab
refuses CFF/OpenType CJK fonts, docs/architecture.md §8a). ReportLab embeds only the glyphs a document uses, as
a subset, so every PDF is self-contained and looks the same in every viewer. `missing_glyphs`
lets tests (and services, before printing a name) prove that nothing would fall back to a box.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource_path

FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"

# Checkbox glyphs: the font has no ☑ (U+2611), so a ticked box is a filled square, as many HIS printouts do.
BOX_EMPTY = "□"
BOX_TICKED = "■"

_lock = threading.Lock()


def register_fonts() -> str:
    """Register the CJK font with ReportLab (idempotent, thread-safe) and return its name."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = resource_path("fonts", FONT_FILE)
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            # The font has no bold or italic face; map them to the regular face so that <b> in a
            # paragraph never raises and never silently switches to a Latin-only font.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT_NAME)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` that the font cannot draw (they would print as empty boxes).

    Line breaks and other control characters are never drawn, so they are not reported.
    """
    covered = _covered()
    return {ch for ch in text if ord(ch) not in covered and unicodedata.category(ch)[0] != "C"}
