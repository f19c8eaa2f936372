"""A data directory the command cannot use gives one coded line in the user's language, no traceback."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest

from desktop.errors import DataDirUnavailable, data_dir_error
from tests.integration.test_cli import PASSWORD, run


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data-dir")
    password = root / "pw.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    data = root / "station"
    result = run(
        "init", "--station-code", "XH-LYL", "--station-name", "凌云路街道精神健康社工站", "--district", "徐汇区",
        "--mode", "station", "--admin", "admin", "--password-file", str(password),
        data_dir=data,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return data


def test_a_file_where_the_logs_folder_belongs_is_a_coded_error(station: Path, tmp_path: Path) -> None:
    broken = tmp_path / "station"
    broken.mkdir()
    for name in ("stationdesk.sqlite3", "keyring.json"):  # the database with its key wraps
        (broken / name).write_bytes((station / name).read_bytes())
    (broken / "logs").write_text("not a folder", encoding="utf-8")
    before = (broken / "stationdesk.sqlite3").read_bytes()

    result = run("info", "--json", data_dir=broken)

    assert result.returncode == 1
    assert json.loads(result.stdout)["error_code"] == "storage.data_dir_missing"
    assert "Traceback" not in result.stderr
    assert (
        result.stderr.strip().splitlines()[-1]
        == "stationdesk: 数据目录中应为文件夹的位置被一个文件占用。请检查数据目录。"
    )
    assert (broken / "stationdesk.sqlite3").read_bytes() == before


def test_an_encrypted_database_without_its_keyring_is_a_coded_error(station: Path, tmp_path: Path) -> None:
    copied = tmp_path / "station"
    copied.mkdir()
    (copied / "stationdesk.sqlite3").write_bytes((station / "stationdesk.sqlite3").read_bytes())

    result = run("info", "--json", data_dir=copied)

    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["error_code"] == "storage.keyring_missing"
    assert "keyring.json" in result.stderr.strip().splitlines()[-1]


def test_english_message_for_the_same_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")

    result = run("--lang", "en", "backup", "--out", str(tmp_path / "b.sqlite3"), data_dir=blocker / "station")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "folder" in result.stderr and not any("\u4e00" <= ch <= "\u9fff" for ch in result.stderr)


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.EACCES, "storage.read_only"),
        (errno.EROFS, "storage.read_only"),
        (errno.ENOSPC, "storage.disk_full"),
        (errno.ENOTDIR, "storage.data_dir_missing"),
        (errno.EIO, "storage.data_dir"),
    ],
)
def test_each_cause_has_its_own_code(number: int, code: str) -> None:
    error = data_dir_error(OSError(number, "refused", "/home/张三/data"))
    assert isinstance(error, DataDirUnavailable) and error.code == code
    assert "张三" not in error.user_message()


def test_sqlite_refusals_are_mapped_and_bugs_are_not() -> None:
    readonly = data_dir_error(sqlite3.OperationalError("attempt to write a readonly database"))
    full = data_dir_error(sqlite3.OperationalError("database or disk is full"))
    assert readonly is not None and readonly.code == "storage.read_only"
    assert full is not None and full.code == "storage.disk_full"
    assert data_dir_error(sqlite3.OperationalError("no such table: clients")) is None
    assert data_dir_error(ValueError("a bug")) is None
