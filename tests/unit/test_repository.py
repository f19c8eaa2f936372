"""The repository explains itself: it cites only documents it holds, names no path outside itself,
and keeps its modules small enough to read (docs/CONTRIBUTING.md, "Conventions")."""

from __future__ import annotations

import re
import statistics
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT_SUFFIXES = {".py", ".md", ".sh", ".spec", ".iss", ".ps1", ".toml", ".ts", ".desktop", ".txt", ".cfg", ""}
# Documents kept outside the repository by the people who started it; the code must cite docs/ instead.
OUTSIDE = re.compile(
    r"\b(?:DESIGN|DOMAIN)(?:\.md)? §|ARCHITECTURE-EXAMPLES|\.\./shared\b|/work/|\bshared/(?:DESIGN|domain|tools)"
)


def _tracked() -> list[Path]:
    try:
        listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name for name in listed.splitlines() if (ROOT / name).is_file()]


def test_no_file_cites_a_document_or_path_outside_the_repository() -> None:
    offences = []
    for path in _tracked():
        if path.suffix not in TEXT_SUFFIXES or path == Path(__file__).resolve():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        offences += [
            f"{path.relative_to(ROOT)}:{n}: {line.strip()[:100]}"
            for n, line in enumerate(text.splitlines(), 1)
            if OUTSIDE.search(line)
        ]
    assert not offences, "\n".join(offences)


def test_the_pattern_finds_what_it_is_for() -> None:
    assert OUTSIDE.search("# the budgets of " + "DESIGN" + " §8a")  # split: not a citation itself
    assert OUTSIDE.search("see " + "../" + "shared/reference/")  # split: not a path itself
    assert not OUTSIDE.search("# the budgets of docs/architecture.md §8a")


def test_module_sizes() -> None:
    sizes = {
        path.relative_to(ROOT): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "desktop").rglob("*.py")
        if "migrations" not in path.parts
    }
    ordered = sorted(sizes.values())
    p90 = ordered[int(len(ordered) * 0.9)]
    assert statistics.median(ordered) <= 150
    assert p90 <= 400
    too_big = {str(path): lines for path, lines in sizes.items() if lines > 450}
    assert not too_big, too_big


def test_no_package_folder_is_a_heap() -> None:
    """About 20 modules at most directly in any folder of desktop/: past that, it needs wings."""
    crowded = {
        str(folder.relative_to(ROOT)): count
        for folder in [ROOT / "desktop", *(p for p in (ROOT / "desktop").rglob("*") if p.is_dir())]
        if (count := len([m for m in folder.glob("*.py") if m.name != "__init__.py"])) > 20
    }
    assert not crowded, crowded
