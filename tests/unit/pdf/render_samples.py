"""Write every form, rendered from the sample data, into a folder — to look at them.

    python -m tests.unit.pdf.render_samples OUTDIR [--png] [--variants]

With --png (needs poppler's pdftoppm) each page is also rendered at 60 dpi. With --variants both
visit forms are also rendered for every contact mode and path (follow-up, lost, death), as draft
and final, with an addendum and with the risk ≥ 3 notifications.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
from pathlib import Path

from desktop import pdf
from tests.unit.pdf import samples


def render_all(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    documents = {
        "visit": pdf.render_visit(samples.visit(), meta=samples.meta()),
        "visit-long": pdf.render_visit(samples.visit(narrative_paragraphs=14), meta=samples.meta()),
        "national-visit": pdf.render_national_visit(samples.visit(), meta=samples.meta()),
        "blank-visit": pdf.render_blank_visit(samples.blank_visit(), meta=samples.meta()),
        "blank-visit-batch": pdf.render_many(
            "blank-visit", [samples.blank_visit(n) for n in samples.RARE_NAMES[:3]], meta=samples.meta()
        ),
        "client": pdf.render_client(samples.profile(), meta=samples.meta()),
        "rota": pdf.render_rota(samples.rota(), meta=samples.meta()),
        "certificate": pdf.render_certificate(samples.certificate(), meta=samples.meta(masked=False)),
        "monthly": pdf.render_monthly(samples.monthly(), meta=samples.meta()),
    }
    written = []
    for name, document in documents.items():
        path = outdir / f"{name}.pdf"
        path.write_bytes(document)
        written.append(path)
    return written


def visit_variants() -> dict[str, pdf.VisitData]:
    """Every mode × path × status, plus an escalated and a corrected record."""
    variants: dict[str, pdf.VisitData] = {}
    for mode in (1, 2, 3, 4, 5, 6, 7):
        for path in ("visit", "lost", "death"):
            for status in ("draft", "final"):
                base = dataclasses.replace(samples.visit(), mode=mode, status=status)
                variants[f"m{mode}-{path}-{status}"] = samples.visit_path(path, base)
    variants["escalated-phone"] = samples.escalated()
    variants["corrected"] = samples.corrected()
    return variants


def render_variants(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in visit_variants().items():
        for form, render in (("visit", pdf.render_visit), ("national", pdf.render_national_visit)):
            path = outdir / f"{form}-{name}.pdf"
            path.write_bytes(render(data, meta=samples.meta()))
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--png", action="store_true", help="also render PNGs with pdftoppm -r 60")
    parser.add_argument("--variants", action="store_true", help="also every visit mode, path and status")
    args = parser.parse_args()
    paths = render_all(args.outdir) + (render_variants(args.outdir / "variants") if args.variants else [])
    for path in paths:
        print(path)
        if args.png and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(path.with_suffix(""))], check=True)


if __name__ == "__main__":
    main()
