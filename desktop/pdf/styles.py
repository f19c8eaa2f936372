"""Paragraph and table styles shared by every form.

One font (the embedded CJK TrueType), CJK line wrapping everywhere, and a small set of named
styles so the forms look like one family. The font has no bold face, so emphasis comes from size
and from the grey band behind section headings, not from weight.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from desktop.pdf.fonts import register_fonts

INK = colors.HexColor("#1a1a1a")
GRID = colors.HexColor("#555555")
BAND = colors.HexColor("#e8e8e8")
LABEL_BG = colors.HexColor("#f3f3f3")
MUTED = colors.HexColor("#666666")
ALERT = colors.HexColor("#b00020")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    field: ParagraphStyle
    small: ParagraphStyle
    centre: ParagraphStyle
    right: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared styles (built once; ParagraphStyle objects are read-only in use)."""
    font = register_fonts()
    base = ParagraphStyle(
        "sd-body",
        fontName=font,
        fontSize=10,
        leading=15,
        textColor=INK,
        wordWrap="CJK",
        alignment=TA_LEFT,
    )
    cell = ParagraphStyle("sd-cell", parent=base, fontSize=9.5, leading=13.5)
    return Styles(
        title=ParagraphStyle("sd-title", parent=base, fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=2),
        subtitle=ParagraphStyle(
            "sd-subtitle", parent=base, fontSize=9, leading=12, alignment=TA_CENTER, textColor=MUTED
        ),
        section=ParagraphStyle(
            "sd-section",
            parent=base,
            fontSize=11.5,
            leading=16,
            backColor=BAND,
            borderPadding=(3, 4, 3, 4),
            spaceBefore=9,
            spaceAfter=6,
            keepWithNext=1,
        ),
        body=base,
        cell=cell,
        label=ParagraphStyle("sd-label", parent=cell, textColor=colors.HexColor("#333333")),
        # The caption of a free-text field: never left alone at the foot of a page.
        field=ParagraphStyle("sd-field", parent=cell, textColor=MUTED, keepWithNext=1),
        small=ParagraphStyle("sd-small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        centre=ParagraphStyle("sd-centre", parent=cell, alignment=TA_CENTER),
        right=ParagraphStyle("sd-right", parent=cell, alignment=TA_RIGHT),
    )


def grid_table(*, label_columns: tuple[int, ...] = (0,), header_row: bool = False, padding: float = 4) -> TableStyle:
    """A fully ruled table; label columns (and an optional header row) get a light background."""
    font = register_fonts()
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]
    for column in label_columns:
        commands.append(("BACKGROUND", (column, 0), (column, -1), LABEL_BG))
    if header_row:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), BAND))
    return TableStyle(commands)


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose cells use the CJK font (ReportLab's default, Helvetica, is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts()), *commands])
