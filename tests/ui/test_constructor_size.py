"""No widget constructor or `_build*` part in desktop/ui runs over MAX_LINES: a longer one is split
into `_build_*` parts named for what they build, so `__init__` reads as a table of contents."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
MAX_LINES = 60


def _watched(name: str) -> bool:
    return name == "__init__" or name.startswith("_build")


def oversized(root: Path) -> list[str]:
    """`path:line name (n lines)` of every watched function under root longer than MAX_LINES."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _watched(node.name):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_LINES:
                    found.append(f"{path.relative_to(root)}:{node.lineno} {node.name} ({lines} lines)")
    return found


def test_no_constructor_or_build_part_is_over_the_limit() -> None:
    assert oversized(UI) == []


def test_the_walk_reads_the_ui_package() -> None:
    # Guards the test above against a moved package it would no longer read (an empty walk passes).
    assert any(path.name == "main_window.py" for path in UI.rglob("*.py"))


def test_a_long_constructor_or_build_part_is_reported(tmp_path: Path) -> None:
    body = "".join(f"        self.x{n} = {n}\n" for n in range(MAX_LINES - 1))
    longer = body + "        self.last = 0\n"
    (tmp_path / "page.py").write_text(
        "class Page:\n"
        f"    def __init__(self) -> None:\n{body}\n"  # exactly MAX_LINES: allowed
        f"    def _build_table(self) -> None:\n{longer}\n"
        f"    def refresh(self) -> None:\n{longer}",  # not a constructor or a _build part
        encoding="utf-8",
    )
    (tmp_path / "wing").mkdir()
    (tmp_path / "wing" / "dialog.py").write_text(
        f"class Dialog:\n    def __init__(self) -> None:\n{longer}", encoding="utf-8"
    )
    assert oversized(tmp_path) == [
        f"page.py:{MAX_LINES + 3} _build_table ({MAX_LINES + 1} lines)",
        f"wing/dialog.py:2 __init__ ({MAX_LINES + 1} lines)",
    ]
