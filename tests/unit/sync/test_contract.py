"""The sync layer's contract: documented, unique error codes, and no reach into other layers."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

from desktop.errors import AppError
from desktop.sync import errors

DOC = Path(__file__).resolve().parents[3] / "docs" / "bundle-format.md"


def _error_classes() -> list[type[errors.SyncError]]:
    return [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.SyncError) and cls.__module__ == errors.__name__
    ]


def test_every_code_is_unique_and_documented() -> None:
    classes = [c for c in _error_classes() if c not in (errors.SyncError, errors.BundleError)]
    codes = [c.default_code for c in classes]
    assert len(codes) == len(set(codes))
    text = DOC.read_text(encoding="utf-8")
    missing = [code for code in codes if f"`{code}`" not in text]
    assert not missing, f"codes missing from docs/bundle-format.md: {missing}"


def test_messages_are_chinese_and_fill_in() -> None:
    for cls in _error_classes():
        assert issubclass(cls, AppError)
        error = cls(detail="x", found=2, known=1, sender="S1", recipient="S2", me="S3", expected="data")
        message = error.user_message()
        assert "{" not in message and any("\u4e00" <= ch <= "\u9fff" for ch in message), cls


def test_sync_imports_no_database_ui_or_pdf() -> None:
    code = (
        "import sys, desktop.sync, desktop.sync.bundle, desktop.sync.receipts, desktop.sync.enrollment;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6', 'alembic', 'reportlab')"
        " or m.startswith(('desktop.pdf', 'desktop.ui', 'desktop.db', 'desktop.models', 'desktop.services'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
