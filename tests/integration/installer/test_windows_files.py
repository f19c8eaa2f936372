"""The Windows build's three files agree with each other and with the repository.

installer/stationdesk.spec (PyInstaller), installer/windows/stationdesk.iss (Inno Setup) and
installer/windows/build.ps1 cannot be run here (no Windows machine). What can drift silently is
checked instead: every repository file they name exists, the folder and program names the spec
produces are the ones the setup packs and starts, and the version reaches all of them from
desktop/__init__.py.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parents[3]
SPEC = (ROOT / "installer" / "stationdesk.spec").read_text(encoding="utf-8")
ISS = (ROOT / "installer" / "windows" / "stationdesk.iss").read_text(encoding="utf-8-sig")
PS1 = (ROOT / "installer" / "windows" / "build.ps1").read_text(encoding="utf-8-sig")


def _windows_path(text: str) -> Path:
    return ROOT.joinpath(*PureWindowsPath(text).parts)


def spec_paths() -> list[Path]:
    """Every `ROOT / "a" / "b"` in the spec."""
    chains = re.findall(r'ROOT((?:\s*/\s*"[^"]+")+)', SPEC)
    return [ROOT.joinpath(*re.findall(r'"([^"]+)"', chain)) for chain in chains]


def iss_repository_paths() -> list[Path]:
    """Every `{#Root}\\...` in the Inno script except the build output under dist\\."""
    found = re.findall(r"\{#Root\}\\([^\s\";*]+)", ISS)
    return [_windows_path(path) for path in found if not path.lower().startswith("dist")]


def test_spec_names_only_files_that_exist() -> None:
    paths = spec_paths()
    assert ROOT / "resources" in paths and ROOT / "installer" / "launcher.py" in paths
    assert ROOT / "resources" / "icons" / "stationdesk.ico" in paths
    missing = [str(path.relative_to(ROOT)) for path in paths if not path.exists()]
    assert not missing, f"the spec names files that are not in the repository: {missing}"


def test_inno_script_names_only_files_that_exist() -> None:
    paths = iss_repository_paths()
    assert ROOT / "resources" / "icons" / "stationdesk.ico" in paths  # SetupIconFile
    missing = [str(path.relative_to(ROOT)) for path in paths if not path.exists()]
    assert not missing, f"the Inno script names files that are not in the repository: {missing}"


def test_build_script_names_only_files_that_exist() -> None:
    named = re.findall(r"\b((?:desktop|installer)\\[\w\\.-]+)", PS1)
    assert "installer\\stationdesk.spec" in named and "installer\\windows\\stationdesk.iss" in named
    missing = [path for path in named if not _windows_path(path).exists()]
    assert not missing, f"build.ps1 names files that are not in the repository: {missing}"


def test_setup_packs_and_starts_what_the_spec_builds() -> None:
    [folder] = re.findall(r'COLLECT\(.*name="([^"]+)"\)', SPEC)
    programs = set(re.findall(r'EXE\(pyz, a\.scripts, \[\], name="([^"]+)"', SPEC))
    assert programs == {"stationdesk", "stationdesk-cli"}
    [source] = re.findall(r'^Source: "\{#Root\}\\dist\\([^\\"]+)\\\*"', ISS, flags=re.MULTILINE)
    assert source == folder, "the setup must pack the spec's output folder"
    [app_exe] = re.findall(r'^#define AppExe "([^"]+)"$', ISS, flags=re.MULTILINE)
    assert app_exe.removesuffix(".exe") in programs
    assert f"dist\\{folder}\\stationdesk-cli.exe" in PS1  # the smoke test runs the console twin
    assert "--smoke-test" in PS1


def test_one_version_and_one_set_of_data_files() -> None:
    # The spec reads the version for the programs' version resource; build.ps1 reads the same line
    # for ISCC; the setup refuses to build without it. Data files live only in the spec: the setup
    # packs the spec's whole output folder, so the two cannot ship different resources.
    assert "version=windows_version_info(VERSION) if WINDOWS else None" in SPEC
    assert 'Select-String -Path "desktop\\__init__.py"' in PS1 and "/DAppVersion=$version" in PS1
    assert "#error" in ISS.split("#ifndef AppVersion", 1)[1].split("#endif", 1)[0]
    assert not re.findall(r"^Source: .*resources", ISS, flags=re.MULTILINE), "resources come from the spec only"
    assert (ROOT / "installer" / "windows" / "README.md").exists()
