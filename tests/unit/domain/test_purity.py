"""The rules layer stays pure: stdlib only, so every layer (and the CLI) can import it cheaply."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

MODULES = (
    "address",
    "classification",
    "clock",
    "codes",
    "idnumber",
    "masking",
    "names",
    "notices",
    "phone",
    "pinyin",
    "schedule",
)


def test_domain_imports_no_framework() -> None:
    imports = "; ".join(f"import desktop.domain.{name}" for name in MODULES)
    check = (
        "bad = [m for m in ('PySide6', 'sqlalchemy', 'pypinyin', 'reportlab') if m in sys.modules]; assert not bad, bad"
    )
    subprocess.run(
        [sys.executable, "-c", f"import sys; {imports}; {check}"], check=True, cwd=Path(__file__).resolve().parents[3]
    )
