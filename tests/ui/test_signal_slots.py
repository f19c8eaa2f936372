"""No button or action hands its `checked` flag to a parameter that means something else (issue 19:
`clicked(bool)` reached `open_visit_dialog(record=None)` as `record=False`).

An ast walk over desktop/ui: every `clicked`, `triggered` or `toggled` connection to a method (of
the class, found through its bases in desktop/ui) or a module function must target one that takes
no parameters, except `toggled`, whose slot may take exactly the one `checked` flag. Lambdas are
the way to pass anything else and are left alone (they name what they take). Checked on made-up
source that it reports `clicked.connect(self.open(record=None))` and passes `lambda: self.open()`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
SIGNALS = {"clicked": 0, "triggered": 0, "toggled": 1}


@dataclass(frozen=True)
class Slot:
    where: str
    signal: str
    target: str
    parameters: int


def _positional(function: ast.FunctionDef) -> int:
    """Parameters a signal could fill (all positional ones but `self`)."""
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    return len([n for n in names if n not in ("self", "cls")]) + (1 if function.args.vararg else 0)


def _classes(trees: dict[str, ast.Module]) -> dict[str, ast.ClassDef]:
    return {node.name: node for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}


def _method(classes: dict[str, ast.ClassDef], cls: ast.ClassDef, name: str) -> ast.FunctionDef | None:
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    for base in cls.bases:
        base_name = base.id if isinstance(base, ast.Name) else None
        if base_name in classes and classes[base_name] is not cls:
            found = _method(classes, classes[base_name], name)
            if found is not None:
                return found
    return None  # a Qt method (accept, reject, close…), which takes nothing from these signals


def wrong_connections(trees: dict[str, ast.Module]) -> list[Slot]:
    classes = _classes(trees)
    wrong: list[Slot] = []
    for module, tree in trees.items():
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [None]:
            body = cls.body if cls is not None else [n for n in tree.body if not isinstance(n, ast.ClassDef)]
            for node in [n for stmt in body for n in ast.walk(stmt)]:
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                signal = node.func.value
                if node.func.attr != "connect" or not isinstance(signal, ast.Attribute) or signal.attr not in SIGNALS:
                    continue
                if not node.args:
                    continue
                target = node.args[0]
                function: ast.FunctionDef | None = None
                if (
                    cls is not None
                    and isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    function = _method(classes, cls, target.attr)
                elif isinstance(target, ast.Name):
                    function = functions.get(target.id)
                if function is None:
                    continue
                count = _positional(function)
                if count != 0 and not (signal.attr == "toggled" and count == SIGNALS["toggled"]):
                    wrong.append(Slot(f"{module}:{node.lineno}", signal.attr, ast.unparse(target), count))
    return wrong


def _ui_trees() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(ROOT)): ast.parse(path.read_text(encoding="utf-8")) for path in sorted(UI.rglob("*.py"))
    }


def test_no_clicked_triggered_or_toggled_connection_fills_a_parameter_it_should_not() -> None:
    trees = _ui_trees()
    assert len(trees) > 50
    assert wrong_connections(trees) == []


MADE_UP = """
class Page(Base):
    def __init__(self):
        self.record.clicked.connect(self.open_visit)
        self.fine.clicked.connect(lambda: self.open_visit())
        self.plain.clicked.connect(self.refresh)
        self.inherited.triggered.connect(self.from_base)
        self.check.toggled.connect(self.set_on)
        self.check.toggled.connect(self.open_visit_twice)
        self.qt.clicked.connect(self.reject)
        self.module.clicked.connect(helper)

    def open_visit(self, record=None): ...
    def open_visit_twice(self, a, b): ...
    def refresh(self): ...
    def set_on(self, checked: bool): ...

class Base:
    def from_base(self, then_final=None): ...

def helper(row): ...
"""


def test_the_walk_reports_a_method_whose_parameter_the_signal_would_fill() -> None:
    found = wrong_connections({"made_up.py": ast.parse(MADE_UP)})
    assert [(slot.signal, slot.target) for slot in found] == [
        ("clicked", "self.open_visit"),
        ("triggered", "self.from_base"),
        ("toggled", "self.open_visit_twice"),
        ("clicked", "helper"),
    ]
