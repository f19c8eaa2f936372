"""One version number: desktop.__version__, read by the spec, the .deb build and the Windows build.

Those read desktop/__init__.py with a pattern rather than importing it (no Python in dpkg-deb's
shell script, none before the venv on Windows); this keeps the file in the shape they expect and
keeps every installer free of a hard-coded version.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parents[3]
INSTALLER = ROOT / "installer"


def test_version_line_has_the_shape_every_build_script_reads() -> None:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.findall(r'^__version__ = "([^"]+)"$', text, flags=re.MULTILINE)
    assert found == [desktop.__version__]
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?[a-z0-9]+)*", desktop.__version__), (
        "Debian and Windows need a plain version"
    )


def test_build_scripts_take_the_version_from_the_package() -> None:
    spec = (INSTALLER / "stationdesk.spec").read_text(encoding="utf-8")
    deb = (INSTALLER / "linux" / "build-deb.sh").read_text(encoding="utf-8")
    iss = (INSTALLER / "windows" / "stationdesk.iss").read_text(encoding="utf-8-sig")
    ps1 = (INSTALLER / "windows" / "build.ps1").read_text(encoding="utf-8-sig")
    assert 'desktop" / "__init__.py' in spec
    assert "desktop/__init__.py" in deb and "Version: $version" in deb
    assert "AppVersion={#AppVersion}" in iss and "/DAppVersion=$version" in ps1
    for text in (spec, deb, iss, ps1):
        assert desktop.__version__ not in text, "a hard-coded version would drift"


def test_command_line_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == f"StationDesk {desktop.__version__}"


def test_windows_setup_keeps_its_upgrade_identity() -> None:
    iss = (INSTALLER / "windows" / "stationdesk.iss").read_text(encoding="utf-8-sig")
    assert "AppId={{C715EE68-DB3F-4D5D-84D0-4ABB716360C9}" in iss, "changing AppId breaks upgrade in place"
    assert (
        (INSTALLER / "windows" / "stationdesk.iss").read_bytes().startswith(b"\xef\xbb\xbf")
    )  # ISCC needs the BOM for 社工站工作台
