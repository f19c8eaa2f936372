"""The volunteering rules layer stays pure: no database, no Qt, importable on its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = ["availability", "calendar", "certificates", "conflicts", "hours", "qrcard", "rota"]


def test_rules_import_neither_sqlalchemy_nor_qt() -> None:
    imports = "; ".join(f"import desktop.domain.volunteering.{name}" for name in MODULES)
    check = "import sys; bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')]; print(bad)"
    result = subprocess.run(
        [sys.executable, "-c", f"{imports}; {check}"], capture_output=True, text=True, check=True, timeout=60, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
