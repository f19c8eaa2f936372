"""Building blocks shared by the forms: title, label/value grids, sections, signature lines.

Everything here returns ReportLab flowables; nothing draws on a canvas directly, so the blocks
flow across pages like the rest of the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop.domain import codes
from desktop.pdf.data import ClientHeader, PrintMeta
from desktop.pdf.styles import Styles, grid_table, styles, table_style
from desktop.pdf.text import Translator, code_label, fmt_date, para_text, translator


@dataclass(frozen=True)
class Ctx:
    """What every form builder needs: the print meta, its translator and the styles."""

    meta: PrintMeta
    tr: Translator
    st: Styles

    @property
    def lang(self) -> str:
        return self.meta.language

    @classmethod
    def of(cls, meta: PrintMeta) -> Ctx:
        return cls(meta=meta, tr=translator(meta.language), st=styles())


Cell = str | Flowable
Pair = tuple[str, Cell]  # (label, value); a str value is escaped plain text


def title(ctx: Ctx, text: str, subtitle: str = "") -> list[Flowable]:
    flow: list[Flowable] = [Paragraph(para_text(text), ctx.st.title)]
    if subtitle:
        flow.append(Paragraph(para_text(subtitle), ctx.st.subtitle))
    flow.append(Spacer(1, 3 * mm))
    return flow


def section(ctx: Ctx, text: str) -> Paragraph:
    return Paragraph(para_text(text), ctx.st.section)


def value_cell(ctx: Ctx, value: Cell) -> Flowable:
    return value if isinstance(value, Flowable) else Paragraph(para_text(value), ctx.st.cell)


def markup_cell(ctx: Ctx, markup: str) -> Paragraph:
    """A cell from trusted markup (e.g. text.options output), not from raw user text."""
    return Paragraph(markup, ctx.st.cell)


def kv_grid(ctx: Ctx, pairs: Sequence[Pair], width: float, columns: int = 2, label_width: float = 24 * mm) -> Table:
    """Label/value pairs laid out `columns` pairs per row, fully ruled."""
    value_width = width / columns - label_width
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for label_text, value in pairs[start : start + columns]:
            row += [Paragraph(para_text(label_text), ctx.st.label), value_cell(ctx, value)]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[label_width, value_width] * columns)
    table.setStyle(grid_table(label_columns=tuple(range(0, 2 * columns, 2))))
    return table


def rows_table(ctx: Ctx, pairs: Sequence[Pair], width: float, label_width: float = 30 * mm) -> Table:
    """One label/value pair per row; long values wrap and the table splits across pages."""
    rows = [[Paragraph(para_text(label_text), ctx.st.label), value_cell(ctx, value)] for label_text, value in pairs]
    table = Table(rows, colWidths=[label_width, width - label_width], splitByRow=True)
    table.setStyle(grid_table())
    return table


def data_table(
    ctx: Ctx, header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], empty: str = ""
) -> Table:
    """A ruled list with a shaded header row repeated on every page."""
    body = [[value_cell(ctx, cell) for cell in row] for row in rows]
    if not body and empty:
        body = [[Paragraph(para_text(empty), ctx.st.small)] + [""] * (len(header) - 1)]
    table = Table(
        [[Paragraph(para_text(h), ctx.st.label) for h in header], *body], colWidths=list(widths), repeatRows=1
    )
    style = grid_table(label_columns=(), header_row=True)
    if not rows and empty:
        style.add("SPAN", (0, 1), (-1, 1))
    table.setStyle(style)
    return table


def client_pairs(ctx: Ctx, client: ClientHeader) -> list[Pair]:
    """The identity pairs printed at the top of client-related forms (masked as delivered)."""
    tr = ctx.tr
    guardian = client.guardian
    guardian_text = ""
    if guardian is not None:
        guardian_text = " ".join(part for part in (guardian.name, guardian.relationship, guardian.phone) if part)
    return [
        (tr("pdf", "姓名"), client.name),
        (tr("pdf", "个案编号"), client.client_no),
        (tr("pdf", "性别"), code_label(codes.SEX, client.sex, ctx.lang)),
        (tr("pdf", "出生日期"), fmt_date(client.birth_date, ctx.lang)),
        (code_label(codes.ID_TYPE, client.id_type, ctx.lang) or tr("pdf", "证件号码"), client.id_number),
        (tr("pdf", "联系电话"), client.phone),
        (tr("pdf", "现住址"), client.address),
        (tr("pdf", "监护人"), guardian_text),
    ]


def signature_lines(ctx: Ctx, labels: Sequence[str], width: float, with_date: bool = True) -> Flowable:
    """Signature lines side by side: 'label: ________   日期: ____年__月__日'."""
    cells = []
    date_text = ctx.tr("pdf", "日期：______年____月____日") if with_date else ""
    for label_text in labels:
        cells.append(
            Paragraph(
                f"{para_text(label_text)}<br/><br/>{para_text(ctx.tr('pdf', '签名：'))}"
                f"________________<br/><br/>{para_text(date_text)}",
                ctx.st.cell,
            )
        )
    table = Table([cells], colWidths=[width / len(labels)] * len(labels))
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 6 * mm), table])
