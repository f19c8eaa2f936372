"""tools/env_marker.py: when tools/setup-env.sh may skip pip (the offline second start of ./run.sh)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("env_marker", ROOT / "tools" / "env_marker.py")
assert _spec is not None and _spec.loader is not None
env_marker = importlib.util.module_from_spec(_spec)
sys.modules["env_marker"] = env_marker
_spec.loader.exec_module(env_marker)

PYPROJECT = """\
[project]
name = "stationdesk"
description = "{description}"
requires-python = ">=3.11"
dependencies = [{dependencies}]

[project.optional-dependencies]
test = ["pytest>=8"]
build = ["pyinstaller>=6.10,<7"]
"""


def _pyproject(tmp_path: Path, *, description: str = "x", dependencies: str = '"sqlalchemy>=2"') -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(PYPROJECT.format(description=description, dependencies=dependencies), encoding="utf-8")
    return path


def test_key_follows_the_dependency_lists_and_nothing_else(tmp_path: Path) -> None:
    first = env_marker.requirements_key(_pyproject(tmp_path))
    assert env_marker.requirements_key(_pyproject(tmp_path, description="another text")) == first
    assert env_marker.requirements_key(_pyproject(tmp_path, dependencies='"sqlalchemy>=2.1"')) != first


def test_key_follows_the_python_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyproject = _pyproject(tmp_path)
    first = env_marker.requirements_key(pyproject)
    monkeypatch.setattr(sys, "version_info", (3, 99, 0, "final", 0))
    assert env_marker.requirements_key(pyproject) != first


def test_nothing_to_install_until_the_requirements_or_the_extras_change(tmp_path: Path) -> None:
    marker = tmp_path / "venv" / "marker.json"
    key = env_marker.requirements_key(_pyproject(tmp_path))
    assert env_marker.needed_extras({"test"}, marker, key) == {"test"}  # no record: first set-up
    env_marker.write({"test"}, marker, key)
    assert env_marker.needed_extras({"test"}, marker, key) is None
    assert env_marker.needed_extras(set(), marker, key) is None  # ./run.sh after ./test.sh
    assert env_marker.needed_extras({"build"}, marker, key) == {"build", "test"}  # the union, never a swap
    changed = env_marker.requirements_key(_pyproject(tmp_path, dependencies='"sqlalchemy>=3"'))
    assert env_marker.needed_extras({"test"}, marker, changed) == {"test"}


def test_a_damaged_record_means_set_up_again(tmp_path: Path) -> None:
    marker = tmp_path / "marker.json"
    marker.write_text("{not json", encoding="utf-8")
    assert env_marker.needed_extras({"test"}, marker, "k") == {"test"}
    assert env_marker.parse_extras(" test, build ,") == {"test", "build"}
