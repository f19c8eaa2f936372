"""The shipped font covers every character the forms print, and is registered once."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from desktop.domain import codes
from desktop.pdf import fonts
from desktop.pdf.data import CLINICAL_ITEMS
from tests.unit.pdf import samples

PDF_PACKAGE = Path(fonts.__file__).parent


def fixed_texts() -> set[str]:
    """Every string literal in desktop/pdf (labels passed to tr(), markup, separators) and every code label."""
    found: set[str] = set()
    for module in PDF_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    for value in vars(codes).values():
        if isinstance(value, tuple) and value and all(isinstance(c, codes.Code) for c in value):
            found.update(code.zh for code in value)
    found.update(zh for _key, zh in CLINICAL_ITEMS)
    return found


def test_fixed_texts_are_collected() -> None:
    texts = fixed_texts()
    assert {
        "家庭访视记录",
        "严重精神障碍患者随访服务记录表",
        "志愿服务记录证明",
        "盖章处",
        "内部资料 注意保密",
    } <= texts


def test_font_covers_every_fixed_text() -> None:
    missing = {text: fonts.missing_glyphs(text) for text in fixed_texts()}
    assert {text: chars for text, chars in missing.items() if chars} == {}


@pytest.mark.parametrize("name", samples.RARE_NAMES)
def test_font_covers_rarer_name_characters(name: str) -> None:
    assert fonts.missing_glyphs(name) == set()


def test_missing_glyphs_reports_what_the_font_lacks() -> None:
    assert fonts.missing_glyphs("☑张") == {"☑"}
    assert fonts.missing_glyphs("第一行\n第二行\t") == set()


def test_registered_once() -> None:
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FONT_NAME
    assert pdfmetrics.getRegisteredFontNames().count(fonts.FONT_NAME) == 1


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_lists_an_embedded_subset(tmp_path: Path) -> None:
    from desktop.pdf import render_visit

    target = tmp_path / "visit.pdf"
    target.write_bytes(render_visit(samples.visit(), meta=samples.meta()))
    lines = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout.splitlines()
    rows = [line.split() for line in lines[2:]]
    assert rows and all(row[0].split("+")[1].startswith("WenQuanYiMicroHei") for row in rows)
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows)  # emb sub uni


def test_pdf_package_imports_no_storage_sync_or_qt() -> None:
    forbidden = ("sqlalchemy", "PySide6", "desktop.models", "desktop.db", "desktop.services", "desktop.sync")
    code = (
        f"import sys, desktop.pdf\nbad = [m for m in sys.modules if m.startswith({forbidden!r})]\nassert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PDF_PACKAGE.parent.parent)
