"""Write every form, rendered from the sample data, into a folder — to look at them.

    python -m tests.unit.pdf.render_samples OUTDIR [--png]

With --png (needs poppler's pdftoppm) each page is also rendered at 60 dpi.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--png", action="store_true", help="also render PNGs with pdftoppm -r 60")
    args = parser.parse_args()
    for path in render_all(args.outdir):
        print(path)
        if args.png and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(path.with_suffix(""))], check=True)


if __name__ == "__main__":
    main()
