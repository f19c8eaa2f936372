"""Benchmark of the PDF layer against docs/architecture.md §8 (a function for the benchmark suite, not a test).

    python -m desktop.bench.pdf_workload [FORMS]

Budgets: one visit form ≤ 50 ms; a 1,000-form batch ≥ 50 pages/s. Each figure comes with a
baseline measured in the same run — a bare ReportLab document holding the same text (same
embedded font, CJK wrapping, one paragraph per text item, no tables, chrome or watermark) — and
`ratio`: for a time, ours / baseline (how many times slower); for a rate, ours / baseline
(the fraction of bare throughput we keep).
"""

from __future__ import annotations

import io
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table

from desktop.pdf.batch import render_many
from desktop.pdf.blocks import Ctx
from desktop.pdf.data import Checklist, ClientHeader, Medication, PrintMeta, SocialWork, VisitData
from desktop.pdf.page import frame_width
from desktop.pdf.styles import styles
from desktop.pdf.visit import KIND as VISIT_KIND
from desktop.pdf.visit import render_visit
from desktop.pdf.visit import story as visit_story

_PAGE = re.compile(rb"/Type /Page\b(?!s)")


def sample_visit(index: int = 0) -> VisitData:
    """A realistic two-page visit record (the benchmark must not depend on the test suite)."""
    narrative = (
        "社工到达服务对象家中，母亲陪同。服务对象衣着整洁，主动打招呼，语速略慢，能围绕话题回答问题。"
        "自述近两周睡眠改善，每晚约睡六至七小时；白天多在家看电视，每周两次到阳光心园参加手工小组。"
    )
    return VisitData(
        client=ClientHeader(
            name=f"张建国{index % 10}",
            client_no=f"FL-2024-{index:04d}",
            sex=1,
            birth_date=date(1978, 5, 16),
            id_number="310***********123X",
            phone="138****5678",
            district="徐汇区",
            street="枫林路街道",
            committee="东安三村居委会",
            address_detail="***弄**号***室",
        ),
        visit_date=date(2026, 11, 20),
        mode=2,
        visitor_name="李晓燕",
        checklist=Checklist(
            visit_objects=(1, 2),
            risk_level=1,
            symptoms=(3, 11),
            insight=2,
            sleep=2,
            diet=1,
            social_function={"sf_selfcare": 1, "sf_housework": 2, "sf_work": 9, "sf_learning": 2, "sf_social": 3},
            confinement=1,
            adherence=2,
            treatment_effect=2,
            medications=(Medication("利培酮片", morning_mg=1, evening_mg=2),),
            classification=2,
            next_visit_date=date(2026, 12, 7),
            sources={"medication": 1, "treatment_effect": 2},
        ),
        social_work=SocialWork(
            purpose="了解服务对象出院后的服药与睡眠情况。",
            narrative="\n\n".join([narrative] * 6),
            client_state="情绪平稳，服药间断。",
            needs="希望找到半日制的工作。",
            services_provided="服药提醒方法指导；介绍职业康复项目。",
            plan="两周后电话随访服药情况。",
        ),
    )


def _texts(flowables: Iterable[Any]) -> Iterable[str]:
    """The text items of a story (paragraphs, including those inside tables and containers)."""
    for item in flowables:
        if isinstance(item, Paragraph):
            yield item.text
        elif isinstance(item, Table):
            for row in item._cellvalues:
                yield from _texts(cell if isinstance(cell, list | tuple) else [cell] for cell in row)
        elif isinstance(item, list | tuple):
            yield from _texts(item)
        elif isinstance(item, str) and item:
            yield item
        elif hasattr(item, "_content"):
            yield from _texts(item._content)


def _bare_pdf(texts: list[str], copies: int) -> bytes:
    """The baseline: the same text as plain paragraphs in a bare ReportLab document."""
    style = styles().body
    story: list[Flowable] = []
    for copy in range(copies):
        if copy:
            story.append(PageBreak())
        story.extend(Paragraph(text, style) for text in texts)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _median_seconds(action: Callable[[], object], repeats: int) -> float:
    action()  # warm-up: font loading and caches are not what we measure
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def run(forms: int = 1000, repeats: int = 20) -> list[dict[str, Any]]:
    """Measure one visit form and a `forms`-form batch; return {"name","value","unit","baseline","ratio"} rows."""
    meta = PrintMeta(
        station_name="枫林路街道精神健康社工站", operator="基准测试", printed_at=datetime(2026, 11, 23, 9, 0)
    )
    visit = sample_visit()
    texts = list(_texts(visit_story(visit, Ctx.of(meta), frame_width(VISIT_KIND))))

    one = _median_seconds(lambda: render_visit(visit, meta=meta), repeats) * 1000
    one_bare = _median_seconds(lambda: _bare_pdf(texts, 1), repeats) * 1000

    items = [sample_visit(i) for i in range(forms)]
    start = time.perf_counter()
    document = render_many("visit", items, meta=meta)
    batch_seconds = time.perf_counter() - start
    pages = len(_PAGE.findall(document))
    start = time.perf_counter()
    bare = _bare_pdf(texts, forms)
    bare_seconds = time.perf_counter() - start
    bare_pages = len(_PAGE.findall(bare))
    rate, bare_rate = pages / batch_seconds, bare_pages / bare_seconds
    batch_name = f"visit forms batch ({forms} forms, {pages} pages; bare {bare_pages})"
    return [
        _row("visit form (1)", one, "ms", one_bare, one / one_bare),
        _row(batch_name, rate, "pages/s", bare_rate, rate / bare_rate),
    ]


def _row(name: str, value: float, unit: str, baseline: float, ratio: float) -> dict[str, Any]:
    return {
        "name": name,
        "value": round(value, 1),
        "unit": unit,
        "baseline": round(baseline, 1),
        "ratio": round(ratio, 2),
    }


def main() -> None:
    forms = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in run(forms):
        print(
            f"{row['name']:<45} {row['value']:>8} {row['unit']:<8} baseline {row['baseline']:>8}  ratio {row['ratio']}"
        )


if __name__ == "__main__":
    main()
