"""`stationdesk pdf FORM --out FILE …`: render one printed form (or a batch) from the database.

    pdf visit|national-visit --visit ID [--unmasked]
    pdf blank-visit --client ID [--date YYYY-MM-DD]    one client's field form
    pdf blank-visit --due YYYY-MM-DD                   every client due that day, one PDF
    pdf client --client ID
    pdf rota --week YYYY-Www
    pdf certificate --volunteer ID --from DATE --to DATE [--certificate ID] [--unmasked]
    pdf monthly --month YYYY-MM

The file is written atomically (a failure leaves no partial file). A missing option or a badly
written week/month/date is a usage error (exit 2); an unknown record, a refused permission or
an unwritable output is exit 1 — each with a Chinese message that names no personal data.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from desktop.commands.common import close, open_context, parse_date, print_json
from desktop.errors import UsageError
from desktop.i18n import tr

FORMS = ("visit", "national-visit", "blank-visit", "client", "rota", "certificate", "monthly")
# Options each form needs (one of the groups), for the usage error when they are missing.
_NEEDS = {
    "visit": "--visit ID",
    "national-visit": "--visit ID",
    "blank-visit": "--client ID 或 --due 日期",
    "client": "--client ID",
    "rota": "--week YYYY-Www",
    "certificate": "--volunteer ID --from 日期 --to 日期（或 --certificate ID）",
    "monthly": "--month YYYY-MM",
}


def _week(text: str) -> str:
    if not re.fullmatch(r"\d{4}-W\d{2}", text):
        raise argparse.ArgumentTypeError(f"周次格式应为 YYYY-Www，如 2026-W48：{text}")
    try:
        date.fromisocalendar(int(text[:4]), int(text[6:]), 1)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"没有这一周：{text}") from exc
    return text


def _month(text: str) -> str:
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise argparse.ArgumentTypeError(f"月份格式应为 YYYY-MM，如 2026-10：{text}")
    return text


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "pdf", help=tr("cli", "生成打印表单 PDF（访视记录、空白访视表、档案、排班表、证明、月报）")
    )
    parser.add_argument("form", choices=FORMS, metavar="FORM", help=" | ".join(FORMS))
    parser.add_argument("--out", required=True, metavar="FILE", help=tr("cli", "输出的 PDF 文件"))
    parser.add_argument("--visit", metavar="ID", help=tr("cli", "访视记录编号（visit、national-visit）"))
    parser.add_argument("--client", metavar="ID", help=tr("cli", "服务对象编号（blank-visit、client）"))
    parser.add_argument("--date", type=parse_date, metavar="DATE", help=tr("cli", "空白访视表的计划随访日期"))
    parser.add_argument("--due", type=parse_date, metavar="DATE", help=tr("cli", "批量：该日计划随访的全部空白表"))
    parser.add_argument("--week", type=_week, metavar="YYYY-Www", help=tr("cli", "排班表的周次"))
    parser.add_argument("--volunteer", metavar="ID", help=tr("cli", "志愿者编号（certificate）"))
    parser.add_argument("--from", dest="period_from", type=parse_date, metavar="DATE")
    parser.add_argument("--to", dest="period_to", type=parse_date, metavar="DATE")
    parser.add_argument("--certificate", metavar="ID", help=tr("cli", "已登记证明的编号（否则打印预览样张）"))
    parser.add_argument("--month", type=_month, metavar="YYYY-MM", help=tr("cli", "月度统计的月份"))
    parser.add_argument(
        "--unmasked", action="store_true", help=tr("cli", "打印完整身份信息（仅 visit、national-visit、certificate）")
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run_pdf)


def _missing(form: str) -> UsageError:
    return UsageError(detail=f"表单 {form} 需要 {_NEEDS[form]}")


def _check(args: argparse.Namespace) -> None:
    form = args.form
    if form in ("visit", "national-visit") and not args.visit:
        raise _missing(form)
    if form == "blank-visit" and bool(args.client) == bool(args.due):
        raise _missing(form)
    if form == "client" and not args.client:
        raise _missing(form)
    if form == "rota" and not args.week:
        raise _missing(form)
    if form == "certificate" and (
        not args.volunteer or (not args.certificate and not (args.period_from and args.period_to))
    ):
        raise _missing(form)
    if form == "monthly" and not args.month:
        raise _missing(form)
    if args.unmasked and form not in ("visit", "national-visit", "certificate"):
        raise UsageError(detail=f"表单 {form} 只能打印脱敏版本，不能使用 --unmasked")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UsageError(detail=f"输出目录不存在：{out.parent}")


def run_pdf(args: argparse.Namespace) -> int:
    from desktop.services.forms import casework as forms
    from desktop.services.forms import monthly as forms_stats
    from desktop.services.forms import volunteer as forms_volunteer

    _check(args)
    ctx = open_context(args)
    try:
        form = args.form
        if form in ("visit", "national-visit"):
            result = forms.print_visit(ctx, args.visit, national=form == "national-visit", unmasked=args.unmasked)
        elif form == "blank-visit" and args.due:
            result = forms.print_blank_visits_due(ctx, args.due)
        elif form == "blank-visit":
            result = forms.print_blank_visit(ctx, args.client, args.date)
        elif form == "client":
            result = forms.print_client(ctx, args.client)
        elif form == "rota":
            result = forms_volunteer.print_rota(ctx, args.week)
        elif form == "certificate":
            result = forms_volunteer.print_certificate(
                ctx,
                args.volunteer,
                args.period_from,
                args.period_to,
                certificate_id=args.certificate,
                unmasked=args.unmasked,
            )
        else:
            result = forms_stats.print_monthly(ctx, args.month)
    finally:
        close(ctx)
    forms.write_pdf(args.out, result.content)
    if args.json:
        print_json({"form": result.form, "out": str(args.out), "bytes": len(result.content), "forms": result.count})
    else:
        print(
            tr(
                "cli",
                "已生成 {form}：{out}（{size} KB）",
                form=result.form,
                out=args.out,
                size=len(result.content) // 1024,
            )
        )
    return 0
