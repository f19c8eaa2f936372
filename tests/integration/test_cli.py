"""The `stationdesk` command run as a script would run it: a subprocess, real files, exit codes."""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# The demo station's and these tests' `init` password (the demo admin is `admin` too).
PASSWORD = "demo1234"


def credentials(data_dir: Path, user: str, password: str) -> dict[str, str]:
    """STATIONDESK_USER / STATIONDESK_PASSWORD_FILE for `user`; the file lies in the nearest folder above the data dir."""
    folder = next(parent for parent in data_dir.parents if parent.is_dir())
    secret = folder / f".password-{user}"
    secret.write_text(password + "\n", encoding="utf-8")
    return {"STATIONDESK_USER": user, "STATIONDESK_PASSWORD_FILE": str(secret)}


def run(
    *args: str, data_dir: Path | None = None, user: str | None = "admin", password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    """The command as a script runs it, signed in as `user` through the environment (None: no credentials)."""
    command = [sys.executable, "-m", "desktop"]
    env = {"PATH": "/usr/bin:/bin", "STATIONDESK_LANG": "zh_CN", "HOME": str(data_dir or ROOT)}
    env["STATIONDESK_TEST_FAST_KDF"] = "1"  # cheap key wraps for test stations (docs/security.md)
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
        if user is not None:
            env |= credentials(data_dir, user, password)
    return subprocess.run([*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)


def test_version() -> None:
    from desktop import __version__

    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_init_demo_info_round_trip(tmp_path: Path) -> None:
    password = tmp_path / "pw.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    data = tmp_path / "station"
    init = run(
        "init",
        "--station-code",
        "JD-NX",
        "--station-name",
        "南翔镇社工站",
        "--district",
        "嘉定区",
        "--admin",
        "admin",
        "--password-file",
        str(password),
        data_dir=data,
    )
    assert init.returncode == 0, init.stderr
    demo = run("demo", "--clients", "30", "--visits-per-client", "3", "--volunteers", "5", data_dir=data)
    assert demo.returncode == 0, demo.stderr
    info = run("info", "--json", data_dir=data)
    assert info.returncode == 0, info.stderr
    counts = json.loads(info.stdout)
    assert counts["station_code"] == "JD-NX" and counts["mode"] == "station"
    assert counts["clients"] == 30 and counts["visits"] == 90 and counts["volunteers"] == 5
    assert all(isinstance(counts[key], int) for key in ("clients", "visits", "volunteers", "shifts", "attendance"))


def test_demo_refuses_a_register_that_has_clients(tmp_path: Path) -> None:
    data = tmp_path / "station"
    assert run("demo", "--clients", "5", "--visits-per-client", "1", "--volunteers", "0", data_dir=data).returncode == 0
    again = run("demo", "--clients", "5", data_dir=data)
    assert again.returncode == 1
    assert "演示数据只能写入空的数据目录" in again.stderr and "Traceback" not in again.stderr
    assert json.loads(run("info", "--json", data_dir=data).stdout)["clients"] == 5


def test_info_on_an_empty_dir_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    result = run("info", "--json", data_dir=tmp_path / "nothing")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error_code"] == "setup"
    assert "尚未完成初始设置" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run("demo", "--clients", "many", data_dir=tmp_path)
    assert result.returncode == 2 and "命令用法有误" in result.stderr
    assert run("no-such-command").returncode == 2


def test_bad_init_input_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("short\n", encoding="utf-8")
    data = tmp_path / "station"
    result = run(
        "init",
        "--station-code",
        "JD-NX",
        "--station-name",
        "南翔镇社工站",
        "--district",
        "嘉定区",
        "--admin",
        "admin",
        "--password-file",
        str(password),
        data_dir=data,
    )
    assert result.returncode == 1 and "密码至少需要" in result.stderr
    assert not (data / "stationdesk.sqlite3").exists()
    missing = run(
        "init",
        "--station-code",
        "JD-NX",
        "--station-name",
        "x",
        "--district",
        "嘉定区",
        "--admin",
        "admin",
        "--password-file",
        str(tmp_path / "nope"),
        data_dir=data,
    )
    assert missing.returncode == 2 and "无法读取文件" in missing.stderr


def test_lang_switches_help_and_messages_to_english(tmp_path: Path) -> None:
    english = run("--lang", "en", "pdf", "--help")
    assert english.returncode == 0
    assert "Month of the monthly figures" in english.stdout and "月度统计的月份" not in english.stdout
    chinese = run("pdf", "--help")
    assert "月度统计的月份" in chinese.stdout
    failed = run("--lang=en", "info", data_dir=tmp_path / "empty")
    assert failed.returncode == 1 and failed.stderr.isascii()


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`stationdesk … --json | head -1`: the reader leaves early; no traceback, exit 0."""
    command = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"), "demo", "--clients", "60", "--json"]
    env = {
        "PATH": "/usr/bin:/bin",
        "STATIONDESK_LANG": "zh_CN",
        "HOME": str(tmp_path),
        "STATIONDESK_TEST_FAST_KDF": "1",
    }
    env |= credentials(tmp_path / "d", "wangfang", PASSWORD)
    assert subprocess.run(command, cwd=ROOT, capture_output=True, env=env, timeout=300).returncode == 0
    listing = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d"), "visits", "due", "--json"]
    process = subprocess.Popen(listing, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None
    # A one-page pipe (Linux F_SETPIPE_SZ) so that the ~6 KB listing cannot all fit before we leave.
    fcntl.fcntl(process.stdout.fileno(), 1031, 4096)
    assert process.stdout.read(10)
    process.stdout.close()  # the reader goes away while the command is still writing
    _, stderr = process.communicate(timeout=300)
    assert b"Traceback" not in stderr and process.returncode == 0
