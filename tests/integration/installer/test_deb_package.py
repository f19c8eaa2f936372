"""installer/linux/build-deb.sh: layout, menu entry, dependencies and maintainer scripts of the .deb.

Built from a stand-in frozen folder (a real ELF program, so the GLIBC and library scan has
something to read) in a second or two; the full build with the real frozen app, install, smoke
test and removal is installer/build-and-test.sh.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import desktop

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian-based system)")


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    frozen = tmp_path_factory.mktemp("frozen") / "stationdesk"
    (frozen / "_internal" / "resources").mkdir(parents=True)
    shutil.copy2("/bin/true", frozen / "stationdesk")
    (frozen / "_internal" / "resources" / "marker.txt").write_text("x", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    env = {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "DEB_XZ_LEVEL": "0"}
    subprocess.run(
        [str(ROOT / "installer/linux/build-deb.sh"), str(frozen), str(out)], check=True, env=env, timeout=120
    )
    [package] = out.glob("*.deb")
    return package


def _dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], check=True, capture_output=True, text=True).stdout


def test_package_is_named_and_versioned_from_the_source(deb: Path) -> None:
    assert deb.name.startswith(f"stationdesk_{desktop.__version__}_")
    assert _dpkg_deb("--field", str(deb), "Package", "Version").split() == [
        "Package:",
        "stationdesk",
        "Version:",
        desktop.__version__,
    ]
    assert re.search(r"^libc6 \(>= 2\.\d+\)", _dpkg_deb("--field", str(deb), "Depends"))


def test_files_go_to_opt_with_a_launcher_menu_entry_and_icons_and_nowhere_else(deb: Path) -> None:
    files = [line.split()[-1].lstrip(".") for line in _dpkg_deb("--contents", str(deb)).splitlines()]
    assert "/opt/stationdesk/stationdesk" in files
    assert "/opt/stationdesk/_internal/resources/marker.txt" in files
    assert "/usr/bin/stationdesk" in files
    assert "/usr/share/applications/stationdesk.desktop" in files
    assert "/usr/share/icons/hicolor/48x48/apps/stationdesk.png" in files
    assert "/usr/share/icons/hicolor/scalable/apps/stationdesk.svg" in files
    allowed = (
        "/opt/",
        "/usr/bin/",
        "/usr/share/applications/",
        "/usr/share/icons/hicolor/",
        "/usr/share/doc/stationdesk",
    )
    strays = [
        path
        for path in files
        if path not in ("/", "/opt/", "/usr/", "/usr/share/", "/usr/share/doc/", "/usr/share/icons/")
        and not path.startswith(allowed)
    ]
    assert not strays
    owners = {" ".join(line.split()[1:2]) for line in _dpkg_deb("--contents", str(deb)).splitlines()}
    assert owners == {"root/root"}


def test_menu_entry_has_the_chinese_name_and_starts_the_launcher(tmp_path: Path, deb: Path) -> None:
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(tmp_path)], check=True)
    entry = (tmp_path / "usr/share/applications/stationdesk.desktop").read_text(encoding="utf-8")
    assert "\nName[zh_CN]=社工站工作台\n" in entry
    assert "\nExec=stationdesk\n" in entry and "\nIcon=stationdesk\n" in entry
    launcher = (tmp_path / "usr/bin/stationdesk").read_text(encoding="utf-8")
    assert '\ndir="${STATIONDESK_INSTALL_DIR:-/opt/stationdesk}"\n' in launcher
    assert launcher.rstrip().endswith('exec "$dir/stationdesk" "$@"')


def test_maintainer_scripts_never_touch_user_data(tmp_path: Path, deb: Path) -> None:
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(deb), str(control)], check=True)
    scripts = {path.name: path.read_text(encoding="utf-8") for path in control.iterdir() if path.name != "control"}
    assert set(scripts) == {"postinst", "postrm"}
    for text in scripts.values():
        code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        assert "home" not in code and ".local" not in code and "rm " not in code
