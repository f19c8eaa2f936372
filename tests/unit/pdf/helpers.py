"""Reading rendered PDFs back in tests: text, page count, fonts."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def squash(value: str) -> str:
    """Text without any whitespace: extraction puts spaces and breaks where lines wrapped."""
    return "".join(value.split())


def fonts(pdf: bytes) -> list[dict[str, Any]]:
    """Every font dictionary used by any page (descendant fonts resolved)."""
    found: dict[str, dict[str, Any]] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font.get("/BaseFont"))] = font
    return list(found.values())
