"""The page template of every form: A4, header, footer, confidentiality marks, page x/y.

Each document is a sequence of one or more forms (one for `render_<form>`, many for
`render_many`). The page chrome is drawn by `_ChromeCanvas` once all pages are known, so
the footer can say "第 x 页 / 共 y 页" counted per form (a batch of 1,000 visit forms
numbers each form's pages, not the whole file), and the watermark lies on top of the
content where table backgrounds cannot hide it. A zero-size `_FormStart` flowable opens
each form: it tells the canvas which form the page belongs to, reports progress and
honours cancellation between forms.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from desktop.errors import AppError
from desktop.pdf.data import PrintMeta
from desktop.pdf.fonts import register_fonts
from desktop.pdf.styles import ALERT, GRID, MUTED
from desktop.pdf.text import Translator, fmt_datetime, translator

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 17 * mm


class RenderCancelled(AppError):
    """The user cancelled a batch; nothing was written."""

    default_code = "pdf.cancelled"
    default_message = "打印已取消。"


@dataclass(frozen=True)
class FormKind:
    """What the page chrome needs to know about a kind of form."""

    key: str
    title: str  # Chinese source text, context "pdf"
    confidential: bool  # carries personal data -> "内部资料 注意保密" mark and watermark
    landscape: bool = False
    identity: bool = True  # prints identity fields, so the footer says whether they are masked


def frame_width(kind: FormKind) -> float:
    """Width of the text frame of a page of this kind."""
    pagesize = landscape(A4) if kind.landscape else A4
    return pagesize[0] - 2 * MARGIN_X


@dataclass(frozen=True)
class _Chrome:
    meta: PrintMeta
    kind: FormKind
    tr: Translator
    stamp: str = ""  # e.g. 草稿: printed large across every page and beside the header mark


class _FormStart(Flowable):
    """Marks the first page of form `index`; reports progress and checks for cancellation."""

    def __init__(self, index: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        super().__init__()
        self.index, self.total = index, total
        self.progress, self.cancelled = progress, cancelled

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RenderCancelled()
        if self.progress is not None:
            self.progress(self.index, self.total)
        self.canv._sd_form = self.index  # type: ignore[attr-defined]


class _ChromeCanvas(Canvas):
    """Keeps every page until save(), then draws header, footer and watermark on each."""

    def __init__(self, *args: Any, chrome: _Chrome, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._chrome = chrome
        self._sd_form = 0
        self._pages: list[tuple[int, dict[str, Any]]] = []

    def showPage(self) -> None:  # ReportLab's camelCase API
        self._pages.append((self._sd_form, dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        totals = Counter(form for form, _ in self._pages)
        seen: Counter[int] = Counter()
        for form, state in self._pages:
            self.__dict__.update(state)
            seen[form] += 1
            self._draw_chrome(seen[form], totals[form])
            super().showPage()
        super().save()

    def _draw_chrome(self, page: int, pages: int) -> None:
        meta, kind, tr = self._chrome.meta, self._chrome.kind, self._chrome.tr
        font = register_fonts()
        width, height = self._pagesize
        top = height - 11 * mm
        self.saveState()
        self.setFont(font, 9)
        self.setFillColor(MUTED)
        centre = meta.preview_mark or (tr("pdf", "内部资料 注意保密") if kind.confidential else "")
        if self._chrome.stamp and not meta.preview_mark:
            centre = f"【{self._chrome.stamp}】 {centre}".strip()
        # The side texts get what the centred mark leaves (English titles are long): elided, never overlapping.
        side = (width - 2 * MARGIN_X - self.stringWidth(centre, font, 9)) / 2 - 4 * mm
        self.drawString(MARGIN_X, top, _fit(meta.station_name, font, 9, side))
        self.drawRightString(width - MARGIN_X, top, _fit(tr("pdf", kind.title), font, 9, side))
        if centre:
            self.setFillColor(ALERT)
            self.drawCentredString(width / 2, top, centre)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        bottom = 9 * mm
        self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
        self.setFillColor(MUTED)
        self.setFont(font, 8)
        printed = tr("pdf", "打印人：{operator}　打印时间：{time}").format(
            operator=meta.operator, time=fmt_datetime(meta.printed_at)
        )
        self.drawString(MARGIN_X, bottom, printed)
        self.drawCentredString(
            width / 2, bottom, tr("pdf", "第 {page} 页 / 共 {pages} 页").format(page=page, pages=pages)
        )
        if kind.identity:
            note = tr("pdf", "已脱敏") if meta.masked else tr("pdf", "含完整身份信息，注意保密")
            self.drawRightString(width - MARGIN_X, bottom, note)
        if meta.preview_mark:
            self._draw_watermark(meta.preview_mark, alpha=0.3, size=72)
        elif self._chrome.stamp:
            self._draw_watermark(self._chrome.stamp, alpha=0.3, size=96)
        elif kind.confidential:
            self._draw_watermark(tr("pdf", "内部资料 注意保密"))
        self.restoreState()

    def _draw_watermark(self, text: str, *, alpha: float = 0.16, size: int = 44) -> None:
        width, height = self._pagesize
        self.saveState()
        # Light and translucent: visible on every page, never hiding what it lies over.
        self.setFillColor(colors.HexColor("#9a9a9a"))
        self.setFillAlpha(alpha)
        self.setFont(register_fonts(), size)
        self.translate(width / 2, height / 2)
        self.rotate(35)
        self.drawCentredString(0, 0, text)
        self.restoreState()


def build_pdf(
    stories: Sequence[Callable[[], list[Flowable]]],
    *,
    kind: FormKind,
    meta: PrintMeta,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    stamp: str = "",
) -> bytes:
    """Lay out the forms (each given as a story builder, called lazily) into one PDF.

    `stamp` (already translated) marks every page, e.g. 草稿 on a visit not yet finalised.
    Raises RenderCancelled as soon as `cancelled()` is true at a form boundary.
    """
    register_fonts()
    tr = translator(meta.language)
    pagesize = landscape(A4) if kind.landscape else A4
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=tr("pdf", kind.title),
        author=meta.station_name,
        creator="StationDesk",
        # Otherwise every page preamble selects Helvetica, a font that is not embedded.
        initialFontName=register_fonts(),
        initialFontSize=10,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    total = len(stories)
    story: list[Flowable] = []
    for index, build in enumerate(stories):
        if cancelled is not None and cancelled():
            raise RenderCancelled()
        if index:
            story.append(PageBreak())
        story.append(_FormStart(index, total, progress, cancelled))
        story.extend(build())
    chrome = _Chrome(meta=meta, kind=kind, tr=tr, stamp=stamp)
    doc.build(story, canvasmaker=partial(_ChromeCanvas, chrome=chrome))
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to `width` points with an ellipsis."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
