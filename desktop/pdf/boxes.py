"""Drawn code boxes, as on the printed national forms: `□□□-□□□□□` and the code box at a row's end.

The characters inside are drawn as real text in the embedded font, so a filled form can be
searched and its codes extracted; an empty box is simply left blank for a pen.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.pdf.fonts import register_fonts
from desktop.pdf.styles import GRID, INK


class CodeBoxes(Flowable):
    """Groups of square boxes; `groups` holds each group's box contents ('' = empty box).

    Groups are joined by `separator` ('-' for the record number, '/' between the codes of a
    multiple-choice item). When they do not fit the available width they wrap onto more lines;
    `align` places each line within the width.
    """

    def __init__(
        self, groups: Sequence[Sequence[str]], separator: str = "/", size: float = 4.4 * mm, align: str = "right"
    ) -> None:
        super().__init__()
        self.groups = [list(group) for group in groups]
        self.separator = separator
        self.size = size
        self.align = align
        self.gap = size * 0.6
        self._lines: list[list[list[str]]] = []

    def _group_width(self, group: list[str]) -> float:
        return len(group) * self.size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines: list[list[list[str]]] = [[]]
        used = 0.0
        for group in self.groups:
            needed = self._group_width(group) + (self.gap if lines[-1] else 0)
            if lines[-1] and used + needed > available_width:
                lines.append([])
                used, needed = 0.0, self._group_width(group)
            lines[-1].append(group)
            used += needed
        self._lines = lines
        self.width = available_width
        self.height = len(lines) * self.size + (len(lines) - 1) * 1.2 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font = register_fonts()
        canvas.setStrokeColor(GRID)
        canvas.setFillColor(INK)
        canvas.setLineWidth(0.6)
        y = self.height - self.size
        for line in self._lines:
            line_width = sum(self._group_width(g) for g in line) + self.gap * (len(line) - 1)
            x = {"right": self.width - line_width, "centre": (self.width - line_width) / 2}.get(self.align, 0.0)
            for index, group in enumerate(line):
                if index:
                    canvas.setFont(font, self.size * 0.7)
                    canvas.drawCentredString(x + self.gap / 2, y + self.size * 0.25, self.separator)
                    x += self.gap
                for char in group:
                    canvas.rect(x, y, self.size, self.size, stroke=1, fill=0)
                    if char:
                        canvas.setFont(font, self.size * (0.72 if len(char) < 2 else 0.55))
                        canvas.drawCentredString(x + self.size / 2, y + self.size * 0.22, char)
                    x += self.size
            y -= self.size + 1.2 * mm


def single(value: int | str | None) -> CodeBoxes:
    """One code box holding `value` (blank when unset)."""
    return CodeBoxes([["" if value is None else str(value)]])


def multiple(values: Sequence[int | str], boxes: int) -> CodeBoxes:
    """`boxes` code boxes joined by '/', the chosen codes first, the rest blank."""
    filled = [str(v) for v in values][:boxes]
    return CodeBoxes([[v] for v in filled + [""] * (boxes - len(filled))])


def record_number(number: str) -> CodeBoxes:
    """The 编号 □□□-□□□□□ (last 8 digits of the health record number), blank boxes if unknown."""
    digits = [ch for ch in number if not ch.isspace() and ch != "-"][-8:]
    digits = [""] * (8 - len(digits)) + digits if digits else [""] * 8
    return CodeBoxes([digits[:3], digits[3:]], separator="-", align="left")
