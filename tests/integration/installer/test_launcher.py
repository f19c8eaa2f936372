"""installer/linux/stationdesk.sh (/usr/bin/stationdesk): what it asks the bundled Qt for under
each input-method session, run against a stand-in program that reports its environment.

The real program under a real fcitx5 is tools/ime-check.sh (installer/README.md, "Chinese input").
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LAUNCHER = ROOT / "installer" / "linux" / "stationdesk.sh"
REPORTED = ("QT_IM_MODULE", "QT_IM_MODULES", "IBUS_USE_PORTAL")
pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


@pytest.fixture
def install_dir(tmp_path: Path) -> Path:
    """A frozen folder whose program prints the variables it was given and its arguments."""
    program = tmp_path / "stationdesk"
    lines = [f'echo "{name}=${{{name}-<unset>}}"' for name in REPORTED]
    program.write_text("#!/bin/sh\n" + "\n".join(lines) + '\nfor a in "$@"; do echo "arg=$a"; done\n')
    program.chmod(0o755)
    (tmp_path / "_internal" / "PySide6" / "Qt" / "plugins" / "platforminputcontexts").mkdir(parents=True)
    return tmp_path


def launch(install_dir: Path, *args: str, **session: str) -> dict[str, str | list[str]]:
    env = {"PATH": "/usr/bin:/bin", "STATIONDESK_INSTALL_DIR": str(install_dir), **session}
    out = subprocess.run(["sh", str(LAUNCHER), *args], env=env, capture_output=True, text=True, check=True).stdout
    seen: dict[str, str | list[str]] = {"args": []}
    for line in out.splitlines():
        key, _, value = line.partition("=")
        if key == "arg":
            seen["args"].append(value)  # type: ignore[union-attr]
        else:
            seen[key] = value
    return seen


@pytest.mark.parametrize("asked", ["fcitx", "fcitx5"])
def test_a_fcitx_session_gets_ibus_through_the_portal(install_dir: Path, asked: str) -> None:
    seen = launch(install_dir, QT_IM_MODULE=asked)
    assert seen["QT_IM_MODULE"] == "ibus"
    # Without it Qt's ibus plugin looks for an ibus-daemon program and, on a fcitx station, gives up.
    assert seen["IBUS_USE_PORTAL"] == "1"


def test_the_qt_6_list_of_input_methods_is_mapped_the_same_way(install_dir: Path) -> None:
    seen = launch(install_dir, QT_IM_MODULE="fcitx", QT_IM_MODULES="wayland;fcitx5;fcitx")
    assert seen["QT_IM_MODULES"] == "wayland;ibus;ibus"
    assert seen["QT_IM_MODULE"] == "ibus"
    assert seen["IBUS_USE_PORTAL"] == "1"


@pytest.mark.parametrize("asked", ["ibus", "", "xim"])
def test_other_sessions_are_left_as_they_are(install_dir: Path, asked: str) -> None:
    seen = launch(install_dir, QT_IM_MODULE=asked, QT_IM_MODULES="wayland;ibus")
    assert seen["QT_IM_MODULE"] == asked
    assert seen["QT_IM_MODULES"] == "wayland;ibus"
    assert seen["IBUS_USE_PORTAL"] == "<unset>"


def test_no_session_variable_stays_unset(install_dir: Path) -> None:
    seen = launch(install_dir)
    assert (seen["QT_IM_MODULE"], seen["QT_IM_MODULES"], seen["IBUS_USE_PORTAL"]) == ("<unset>",) * 3


def test_a_bundled_fcitx_plugin_is_used_as_asked(install_dir: Path) -> None:
    plugins = install_dir / "_internal" / "PySide6" / "Qt" / "plugins" / "platforminputcontexts"
    (plugins / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    seen = launch(install_dir, QT_IM_MODULE="fcitx")
    assert seen["QT_IM_MODULE"] == "fcitx"
    assert seen["IBUS_USE_PORTAL"] == "<unset>"


def test_arguments_reach_the_program_unchanged(install_dir: Path) -> None:
    assert launch(install_dir, "--data-dir", "a folder with spaces", "--lang", "en")["args"] == [
        "--data-dir",
        "a folder with spaces",
        "--lang",
        "en",
    ]


def test_without_the_override_it_starts_the_installed_program() -> None:
    if Path("/opt/stationdesk/stationdesk").exists():
        pytest.skip("StationDesk is installed on this machine")
    result = subprocess.run(
        ["sh", str(LAUNCHER), "--version"], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True
    )
    assert result.returncode == 127
    assert "/opt/stationdesk/stationdesk" in result.stderr
