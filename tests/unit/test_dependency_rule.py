"""The dependency rule of DESIGN §3, checked two ways: what imports actually load, and what the source says.

ui → services → {sync, pdf, db → models}; cli → services. Only desktop/ui and desktop/app.py may
import Qt; pdf knows no ORM or storage; sync and pdf do not import each other; the CLI never
imports the UI. Adding `import PySide6` to any service makes these tests fail.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop"
HEADLESS = (
    "desktop.models",
    "desktop.db",
    "desktop.services",
    "desktop.sync",
    "desktop.pdf",
    "desktop.domain",
    "desktop.commands",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules_under(package: str) -> list[str]:
    folder = ROOT / package.replace(".", "/")
    return sorted(_module_name(path) for path in folder.rglob("*.py") if "migrations" not in path.parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _sources(predicate: str) -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if _module_name(path).startswith(predicate))


def test_importing_every_headless_module_loads_no_qt() -> None:
    modules = [name for package in HEADLESS for name in _modules_under(package)] + ["desktop.cli"]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('desktop.ui'))\n"
        "print('\\n'.join(qt))\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"Qt loaded by headless modules:\n{result.stdout}{result.stderr}"


@pytest.mark.parametrize("path", [p for p in PACKAGE.rglob("*.py")], ids=lambda p: str(p.relative_to(ROOT)))
def test_only_ui_and_app_import_qt(path: Path) -> None:
    name = _module_name(path)
    if name.startswith("desktop.ui") or name == "desktop.app":
        return
    qt = {module for module in _imports(path) if module.split(".")[0] in ("PySide6", "shiboken6")}
    ui = {module for module in _imports(path) if module.startswith("desktop.ui") or module == "desktop.app"}
    if name == "desktop.cli":
        # The CLI opens the GUI when given no command, importing it only at that moment.
        ui -= {"desktop.app"} - _top_level_imports(path)
    assert not qt, f"{name} imports Qt: {qt}"
    assert not ui, f"{name} imports the GUI: {ui}"


FORBIDDEN = {
    "desktop.pdf": ("desktop.models", "desktop.db", "desktop.services", "desktop.sync", "sqlalchemy"),
    "desktop.sync": ("desktop.pdf", "desktop.services"),
    "desktop.models": ("desktop.db", "desktop.services", "desktop.sync", "desktop.pdf"),
    "desktop.db": ("desktop.services", "desktop.pdf"),
    "desktop.domain": ("desktop.models", "desktop.db", "desktop.services", "desktop.sync", "desktop.pdf", "sqlalchemy"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layers_import_only_downwards(layer: str) -> None:
    offences = []
    for path in _sources(layer):
        for module in _imports(path):
            if any(module == banned or module.startswith(banned + ".") for banned in FORBIDDEN[layer]):
                offences.append(f"{_module_name(path)} imports {module}")
    assert not offences, "\n".join(offences)


def test_ui_reaches_storage_only_through_services() -> None:
    offences = [
        f"{_module_name(path)} imports {module}"
        for path in _sources("desktop.ui")
        for module in _imports(path)
        if module.startswith(("desktop.db", "desktop.models", "sqlalchemy"))
    ]
    assert not offences, "\n".join(offences)
