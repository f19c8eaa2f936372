"""Keep the Qt Linguist catalogue (`resources/translations/stationdesk_*.ts`) in step with the code.

    python tools/translations.py update     # extract every translatable string, merge into the .ts
    python tools/translations.py check      # list strings with no finished translation (exit 1)
    python tools/translations.py release    # build the .qm files with lrelease
    python tools/translations.py merge F…   # take translations from JSON files [{context, source, translation}]

Why our own extractor rather than `pyside6-lupdate`: the Qt-free layers (services, errors, PDFs,
the CLI) translate through `desktop.i18n.tr(context, text)` and error templates, which lupdate reads
as `tr(source, disambiguation)` or not at all. The output is the same .ts format, so Qt Linguist
opens it and `lrelease` compiles it. What counts as translatable:

- `self.tr("…")` (context: the enclosing class, as lupdate does);
- `tr("ctx", "…")`, `translate("ctx", "…")`, `QCoreApplication.translate("ctx", "…")`,
  `QT_TRANSLATE_NOOP("ctx", "…")` and `i18n.mark("ctx", "…")` (`obj.tr("ctx", "…")` on a non-self object);
- one-argument module wrappers such as `def _t(text): return QCoreApplication.translate("audit", text)`;
- error templates: the message argument of any `…Error(…)`-style AppError subclass call, and their
  `default_message` class attributes (context "errors").

`check` also lists Chinese literals in the interface code (desktop/ui, desktop/pdf, app.py) that no
translation call or marker consumes; a line ending in `# i18n: keep` holds Chinese that stays.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
# Ideographs only: full-width punctuation alone (a colon between two translated parts) is layout.
CJK = re.compile(r"[\u3400-\u9fff]")
# A line with this comment holds Chinese that stays Chinese in every language (a language's own name).
KEEP = "# i18n: keep"
# Directories whose Chinese literals are all shown to people and so must all be translatable.
UI_DIRS = ("ui", "pdf")
UI_FILES = ("app.py",)
# Sample content, not interface: the PDF benchmark's made-up visit and the smoke test's records.
NOT_UI = ("desktop/bench/pdf_workload.py", "desktop/ui/startup/smoke.py")
# Names of AppError classes: any call to one of these has its message translated in "errors".
ERROR_BASES = {"AppError"}


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Extraction:
    messages: dict[tuple[str, str], Message] = field(default_factory=dict)
    bare: list[tuple[str, int, str]] = field(default_factory=list)  # unmarked CJK literals in UI code

    def add(self, context: str, source: str, path: str, line: int) -> None:
        message = self.messages.setdefault((context, source), Message(context, source))
        message.locations.append((path, line))


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _func_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """Every class deriving (transitively, by name) from AppError."""
    parents: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                parents.setdefault(node.name, set()).update(_func_name(base) for base in node.bases)
    found = set(ERROR_BASES)
    changed = True
    while changed:
        changed = False
        for name, bases in parents.items():
            if name not in found and bases & found:
                found.add(name)
                changed = True
    return found


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions `def f(text): return translate("ctx", text)` → {f: ctx}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for ret in ast.walk(node):
            if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call):
                call = ret.value
                if _func_name(call.func) in ("translate", "tr") and len(call.args) >= 2:
                    context = _literal(call.args[0])
                    arg = call.args[1]
                    if context is not None and isinstance(arg, ast.Name) and arg.id == param:
                        found[node.name] = context
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str, extraction: Extraction, errors: set[str], wrappers: dict[str, str]) -> None:
        self.rel, self.out, self.errors, self.wrappers = rel, extraction, errors, wrappers
        self.classes: list[str] = []
        self.marked: set[int] = set()  # ids of literal nodes consumed by a translation call
        self.docstrings: set[int] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node)
        self.classes.append(node.name)
        if node.name in self.errors:
            for stmt in node.body:
                if isinstance(stmt, ast.AnnAssign | ast.Assign):
                    targets = [stmt.target] if isinstance(stmt, ast.AnnAssign) else stmt.targets
                    names = {t.id for t in targets if isinstance(t, ast.Name)}
                    text = _literal(stmt.value)
                    if "default_message" in names and text:
                        self._add("errors", stmt.value, text)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def _docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", [])
        if body and isinstance(body[0], ast.Expr) and _literal(body[0].value) is not None:
            self.docstrings.add(id(body[0].value))

    def _add(self, context: str, node: ast.AST, text: str) -> None:
        self.marked.add(id(node))
        self.out.add(context, text, self.rel, getattr(node, "lineno", 0))

    def visit_Call(self, node: ast.Call) -> None:
        name = _func_name(node.func)
        args = node.args
        first, second = (_literal(args[0]) if args else None), (_literal(args[1]) if len(args) > 1 else None)
        on_self = (
            isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in ("self", "cls")
        )
        if name == "tr" and on_self and first is not None:
            self._add(self.classes[-1] if self.classes else "", args[0], first)
        elif name in ("tr", "translate", "QT_TRANSLATE_NOOP", "mark") and first is not None and second is not None:
            if not (name == "mark" and not isinstance(node.func, ast.Attribute | ast.Name)):
                self.marked.add(id(args[0]))
                self._add(first, args[1], second)
        elif name == "QT_TR_NOOP" and first is not None:
            self._add(self.classes[-1] if self.classes else "", args[0], first)
        elif isinstance(node.func, ast.Name) and name in self.wrappers and first is not None:
            self._add(self.wrappers[name], args[0], first)
        elif name in self.errors:
            message = second
            message_node: ast.AST | None = args[1] if second is not None else None
            for keyword in node.keywords:
                if keyword.arg == "message" and _literal(keyword.value) is not None:
                    message, message_node = _literal(keyword.value), keyword.value
            if message is not None and message_node is not None:
                self._add("errors", message_node, message)
        self.generic_visit(node)


def _python_files() -> Iterator[Path]:
    for path in sorted(SOURCE_DIR.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def _is_ui(rel: str) -> bool:
    parts = Path(rel).parts
    if rel in NOT_UI:
        return False
    return (len(parts) > 1 and parts[1] in UI_DIRS) or (len(parts) == 2 and parts[1] in UI_FILES)


def extract() -> Extraction:
    files = [(path, ast.parse(path.read_text(encoding="utf-8"), str(path))) for path in _python_files()]
    errors = _error_classes(tree for _, tree in files)
    extraction = Extraction()
    for path, tree in files:
        rel = path.relative_to(ROOT).as_posix()
        visitor = _Visitor(rel, extraction, errors, _wrappers(tree))
        visitor.visit(tree)
        if not _is_ui(rel):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(tree):
            text = _literal(node)
            if (
                text is not None
                and CJK.search(text)
                and id(node) not in visitor.marked
                and id(node) not in visitor.docstrings
                and KEEP not in lines[getattr(node, "lineno", 1) - 1]
            ):
                extraction.bare.append((rel, getattr(node, "lineno", 0), text))
    return extraction


# --- the .ts file ---------------------------------------------------------------------------


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"stationdesk_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """{(context, source): (translation, type)} of an existing .ts (type None when finished)."""
    if not path.exists():
        return {}
    table: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            table[(name, source)] = (text, node.get("type") if node is not None else "unfinished")
    return table


def write_ts(
    path: Path, language: str, extraction: Extraction, known: dict[tuple[str, str], tuple[str, str | None]]
) -> None:
    by_source: dict[str, str] = {}
    for (_, source), (text, kind) in known.items():
        if text and kind is None:
            by_source.setdefault(source, text)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="zh_CN")
    contexts: dict[str, list[Message]] = {}
    for message in extraction.messages.values():
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(contexts[name], key=lambda m: (m.locations[0], m.source)):
            node = ET.SubElement(context, "message")
            for file, line in message.locations:
                ET.SubElement(node, "location", filename=f"../../{file}", line=str(line))
            ET.SubElement(node, "source").text = message.source
            text, kind = known.get((message.context, message.source), ("", "unfinished"))
            if not text and message.source in by_source:
                # The same Chinese moved to another class: offer the old English, for review.
                text, kind = by_source[message.source], "unfinished"
            translation = ET.SubElement(node, "translation")
            translation.text = text
            if kind is not None or not text:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def missing(language: str, extraction: Extraction | None = None) -> list[Message]:
    extraction = extraction or extract()
    known = read_ts(ts_path(language))
    out = []
    for key, message in sorted(extraction.messages.items()):
        text, kind = known.get(key, ("", "unfinished"))
        if not text or kind is not None:
            out.append(message)
    return out


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^{}]*)?\}")


def placeholder_mismatches(language: str) -> list[tuple[str, str, str]]:
    """Translations whose `{named}` placeholders differ from their source's."""
    bad = []
    for (context, source), (text, kind) in read_ts(ts_path(language)).items():
        if text and kind is None and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            bad.append((context, source, text))
    return bad


def lrelease_binary() -> str | None:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    if candidate.exists():
        return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def release(out_dir: Path = TRANSLATIONS) -> list[Path]:
    binary = lrelease_binary()
    if binary is None:
        raise SystemExit("pyside6-lrelease not found (it comes with pyside6-essentials)")
    built = []
    for language in LANGUAGES:
        target = out_dir / f"stationdesk_{language}.qm"
        subprocess.run([binary, "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
        built.append(target)
    return built


def merge(files: list[Path], language: str = "en") -> int:
    """Fill translations from JSON files of [{context, source, translation}] (a translator's output)."""
    path = ts_path(language)
    known = read_ts(path)
    count = 0
    for file in files:
        for item in json.loads(file.read_text(encoding="utf-8")):
            text = (item.get("translation") or "").strip("\n")
            if text:
                known[(item["context"], item["source"])] = (text, None)
                count += 1
    write_ts(path, language, extract(), known)
    return count


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        extraction = extract()
        for language in LANGUAGES:
            write_ts(ts_path(language), language, extraction, read_ts(ts_path(language)))
        print(f"{len(extraction.messages)} messages")
        return 0
    if command == "merge":
        print(f"{merge([Path(p) for p in argv[1:]])} translations merged")
        return 0
    if command == "release":
        for target in release():
            print(target.relative_to(ROOT))
        return 0
    if command == "dump":  # untranslated messages as JSON, for a translator
        items = [
            {"context": m.context, "source": m.source, "where": f"{m.locations[0][0]}:{m.locations[0][1]}"}
            for m in missing("en")
        ]
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    if command == "check":
        extraction = extract()
        status = 0
        for rel, line, text in extraction.bare:
            print(f"{rel}:{line}: not translatable: {text!r}")
            status = 1
        for language in LANGUAGES:
            for message in missing(language, extraction):
                file, line = message.locations[0]
                print(f"{file}:{line}: no {language} translation: [{message.context}] {message.source!r}")
                status = 1
            for context, source, text in placeholder_mismatches(language):
                print(f"placeholders differ in [{context}] {source!r} → {text!r}")
                status = 1
        return status
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
