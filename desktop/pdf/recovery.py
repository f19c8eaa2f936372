"""`recovery` — 数据库恢复密钥: the sheet the lead prints at set-up and locks in the station's safe.

One page: the station, the day it was made, the key in large letters, and what to do with it
(docs/security.md). It carries no personal data, but it opens the whole register: it is marked
confidential like every form that does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.i18n import mark
from desktop.pdf.blocks import Ctx, kv_grid, section, title
from desktop.pdf.data import PrintMeta
from desktop.pdf.fonts import register_fonts
from desktop.pdf.page import FormKind, build_pdf, frame_width
from desktop.pdf.text import fmt_date, para_text

KIND = FormKind(key="recovery", title=mark("pdf", "数据库恢复密钥"), confidential=True, identity=False)


@dataclass(frozen=True)
class RecoverySheetData:
    station_name: str
    station_code: str
    recovery_key: str
    made_on: date


def story(data: RecoverySheetData, ctx: Ctx, width: float) -> list[Flowable]:
    tr, lang = ctx.tr, ctx.lang
    flow = title(ctx, tr("pdf", "数据库恢复密钥"), data.station_name)
    pairs = [
        (tr("pdf", "站点"), f"{data.station_name}（{data.station_code}）"),
        (tr("pdf", "生成日期"), fmt_date(data.made_on, lang)),
    ]
    flow.append(kv_grid(ctx, pairs, width, columns=1))
    flow.append(Spacer(1, 8 * mm))
    big = ParagraphStyle("sd-recovery-key", fontName=register_fonts(), fontSize=17, leading=24, alignment=1)
    flow.append(Paragraph(para_text(data.recovery_key), big))
    flow.append(Spacer(1, 8 * mm))
    flow.append(section(ctx, tr("pdf", "如何使用")))
    for line in (
        tr("pdf", "本页可以解开本站加密的数据库。请锁入站点的保险柜，不要拍照、复印或保存在电脑上。"),
        tr("pdf", "用户忘记密码或站长离任时，系统管理员把上面的密钥写入一个文件，在本机运行："),
        "stationdesk recover --recovery-key-file FILE --user NAME --new-password-file FILE",
        tr("pdf", "用后删除写有密钥的文件。生成新的恢复密钥后，本页即作废，请销毁。"),
    ):
        flow.append(Paragraph(para_text(line), ctx.st.body))
    return flow


def render_recovery_sheet(data: RecoverySheetData, *, meta: PrintMeta) -> bytes:
    """The recovery sheet, as PDF bytes."""
    ctx = Ctx.of(meta)
    return build_pdf([lambda: story(data, ctx, frame_width(KIND))], kind=KIND, meta=meta)
