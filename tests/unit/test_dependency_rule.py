"""The dependency rule of docs/architecture.md, checked two ways: what imports load, and what the source says.

ui → services → {sync, pdf, db → models}; cli → services. Only desktop/ui and desktop/app.py may
import Qt (the bench's Qt halves live in desktop/ui/bench for that reason); pdf knows no ORM or storage;
sync and pdf do not import each other; the CLI never imports the UI. No two modules import each
other, directly or round a circle, even from inside a function; the UI never imports the app
module; only the `bench` command imports the bench. Adding `import PySide6` to any service, or
`from desktop.services import audit` to `desktop.services.permissions`, makes these tests fail.
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


def _project_imports(path: Path, modules: set[str]) -> set[str]:
    """Project modules `path` imports anywhere in its body (function-level imports included).

    `from package import name` counts as importing `package.name` when that is a module, else the
    package itself; a package's `__init__` is not counted when only a submodule is wanted.
    """

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [
                f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules else node.module
                for alias in node.names
            ]
        else:
            continue
        found.update(module for target in targets if (module := resolve(target)) is not None)
    return found


def _import_graph() -> dict[str, set[str]]:
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts}
    modules = set(paths)
    return {name: _project_imports(path, modules) - {name} for name, path in paths.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a deep package cannot hit the recursion limit.
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return cycles


def test_import_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"} - {"e"}}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_modules() -> None:
    """Function-level imports count: a circle hidden in a function is still a circle."""
    cycles = import_cycles(_import_graph())
    assert not cycles, "import circles:\n" + "\n".join(" ↔ ".join(cycle) for cycle in cycles)


def test_ui_never_imports_the_app_module() -> None:
    offences = [
        f"{name} imports desktop.app"
        for name, deps in _import_graph().items()
        if name.startswith("desktop.ui") and "desktop.app" in deps
    ]
    assert not offences, "\n".join(offences)


def test_only_the_command_line_imports_the_bench() -> None:
    """`desktop/bench` and its Qt half `desktop/ui/bench` exist for `stationdesk bench`: no product
    module may depend on either."""
    bench = ("desktop.bench", "desktop.ui.bench")
    offences = [
        f"{name} imports {dep}"
        for name, deps in _import_graph().items()
        if not name.startswith(bench) and name != "desktop.commands.bench_commands"
        for dep in deps
        if dep.startswith(bench)
    ]
    assert not offences, "\n".join(offences)
