"""Atomic writes of small sync files (keystore, enrollment)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.sync.errors import BundleWriteFailed
from desktop.sync.files import write_file_atomic


def test_write_replace_and_private_mode(tmp_path: Path) -> None:
    target = tmp_path / "keystore.json"
    write_file_atomic(target, b"one", private=True)
    write_file_atomic(target, b"two", private=True)
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["keystore.json"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failure_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(BundleWriteFailed) as info:
        write_file_atomic(tmp_path / "missing" / "x.json", b"data")
    assert info.value.code == "bundle.write_failed"
    target = tmp_path / "dir-in-the-way"
    target.mkdir()
    with pytest.raises(BundleWriteFailed):
        write_file_atomic(target, b"data")  # cannot replace a folder with a file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir-in-the-way"]
