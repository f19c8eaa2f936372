"""Encryption at rest (issue 17, item 1): no personal data as bytes under the data dir, wraps, recovery, upgrade."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.db import cipher, keyring
from desktop.errors import AuthenticationError
from desktop.paths import AppPaths
from desktop.services import station_key
from desktop.services.admin.conversion import convert_if_plain
from tests import keyed
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.integration.test_cli import PASSWORD, run
from tests.unit.kernel.helpers import table_hashes


def _personal_values(database: Path) -> set[str]:
    connection = keyed.connect(database)
    values: set[str] = set()
    try:
        for sql in (
            "SELECT name, id_number, phone FROM clients",
            "SELECT name, id_number, phone FROM volunteers",
            "SELECT narrative FROM visits WHERE narrative != ''",
        ):
            for row in connection.execute(sql):
                values.update(str(v) for v in row if v and len(str(v)) >= 2)
    finally:
        connection.close()
    return values


def test_no_name_id_number_phone_or_narrative_in_any_file_after_a_demo_and_a_backup(tmp_path: Path) -> None:
    data = tmp_path / "station"
    made = run("demo", "--clients", "40", "--visits-per-client", "3", "--volunteers", "4", data_dir=data, user=None)
    assert made.returncode == 0, made.stderr
    assert run("backup", data_dir=data, user="wangfang").returncode == 0
    assert run("clients", "search", "1", data_dir=data, user="liming").returncode == 0  # leaves a WAL behind
    keyed.unlock(data, "wangfang", PASSWORD)
    assert keyed.page_size(data / "stationdesk.sqlite3") == cipher.PAGE_SIZE  # what keyed.plaintext decrypts
    values = _personal_values(data / "stationdesk.sqlite3")
    assert len(values) > 100 and any(len(v) == 18 for v in values) and any(len(v) > 20 for v in values)
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.parent.name == "backups" for p in files)
    for path in files:
        content = path.read_bytes()
        found = [v for v in values if v.encode("utf-8") in content]
        assert found == [], f"{path.relative_to(data)} holds {len(found)} personal values"
    assert (data / "keyring.json") in files and (data / "stationdesk.sqlite3.health.json") in files
    for path in (data, *data.rglob("*")):  # every folder and file: the logs, check records, keyring too
        mode = path.stat().st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), (path.name, oct(mode))


def test_a_plain_station_and_its_backups_are_converted_and_read_identically(
    installation: AppPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "old"
    (folder / "backups").mkdir(parents=True)
    plain = keyed.plain_copy(installation.database, folder / "stationdesk.sqlite3")
    backup = shutil.copyfile(plain, folder / "backups" / "stationdesk-daily-20260301-040000.sqlite3")
    before = table_hashes(plain)
    old = AppPaths(folder)
    assert cipher.is_plain(old.database) and convert_if_plain(old)
    assert not cipher.is_plain(old.database) and not cipher.is_plain(backup)
    assert table_hashes(old.database) == before and table_hashes(backup) == before
    assert keyed.page_size(old.database) == keyed.page_size(backup) == cipher.PAGE_SIZE
    assert not convert_if_plain(old)  # once only
    # Every user signs in with the password they had; wraps were made from their password hashes.
    cipher.forget(folder)
    assert keyring.load(folder).wraps["cw1"].get("from_hash")  # type: ignore[union-attr]
    station_key.unlock(folder, "cw1", STAFF_PASSWORD)
    # That wrap's key was the stored hash, which an old plain copy holds: the sign-in replaced it.
    rewrapped = keyring.load(folder).wraps["cw1"]  # type: ignore[union-attr]
    assert not rewrapped.get("from_hash") and "$" + rewrapped["salt"].rstrip("=") not in _hash_of(folder, "cw1")
    cipher.forget(folder)
    station_key.unlock(folder, "cw1", STAFF_PASSWORD)
    with pytest.raises(AuthenticationError):
        station_key.unlock(folder, "cw1", "not-the-password")


def _hash_of(folder: Path, username: str) -> str:
    connection = keyed.connect(folder / "stationdesk.sqlite3")
    try:
        return str(connection.execute("SELECT password_hash FROM users WHERE username = ?", (username,)).fetchone()[0])
    finally:
        connection.close()


def test_the_command_line_converts_a_plain_station_at_its_first_command(installation: AppPaths, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    keyed.plain_copy(installation.database, folder / "stationdesk.sqlite3")
    result = run("info", "--json", data_dir=folder, user="lead", password=STAFF_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["station_code"] == "XH-TEST"
    assert (folder / "keyring.json").exists() and not cipher.is_plain(folder / "stationdesk.sqlite3")


def test_password_change_rewraps_and_disabling_removes_the_wrap(installation: AppPaths) -> None:
    from desktop.db.open import open_database
    from desktop.services.admin.users import list_accounts, set_active
    from desktop.services.auth import change_password, login
    from desktop.services.context import ANONYMOUS, ServiceContext

    db = open_database(installation)
    try:
        anonymous = ServiceContext(db, installation, ANONYMOUS)
        cw1 = anonymous.as_actor(login(anonymous, "cw1", STAFF_PASSWORD))
        change_password(cw1, STAFF_PASSWORD, "brand-new-pass")
        station_key.unlock(installation.data_dir, "cw1", "brand-new-pass")
        with pytest.raises(AuthenticationError):
            station_key.unlock(installation.data_dir, "cw1", STAFF_PASSWORD)
        admin = anonymous.as_actor(login(anonymous, "admin", ADMIN_PASSWORD))
        cw2 = next(a for a in list_accounts(admin) if a.username == "cw2")
        set_active(admin, cw2.id, False)
    finally:
        db.dispose()
    ring = keyring.load(installation.data_dir)
    assert ring is not None and "cw2" not in ring.wraps and "cw1" in ring.wraps


def _station_with_recovery_sheet(tmp_path: Path) -> tuple[Path, str, str]:
    """`init` of station JD-NX with its administrator `chief` and a recovery sheet written to the
    safe folder: (data folder, the recovery key as the sheet prints it, init's output)."""
    secret, sheet, data = tmp_path / "pw.txt", tmp_path / "safe" / "recovery.txt", tmp_path / "station"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    init = run(
        "init", "--station-code", "JD-NX", "--station-name", "南翔镇社工站", "--district", "嘉定区",
        "--admin", "chief", "--password-file", str(secret), "--recovery-sheet", str(sheet), data_dir=data, user=None,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert sheet.stat().st_mode & 0o777 == 0o600
    key = next(line for line in sheet.read_text(encoding="utf-8").splitlines() if line.count("-") == 12)
    return data, key, init.stdout


def _recover(tmp_path: Path, data: Path, key_text: str, *options: str) -> subprocess.CompletedProcess[str]:
    """`stationdesk recover` for `chief` with `key_text` as typed into the key file; new password after-recovery-1."""
    key_file, new_password = tmp_path / "key.txt", tmp_path / "new.txt"
    key_file.write_text(key_text + "\n", encoding="utf-8")
    new_password.write_text("after-recovery-1\n", encoding="utf-8")
    return run("recover", "--recovery-key-file", str(key_file), "--user", "chief",
               "--new-password-file", str(new_password), *options, data_dir=data, user=None)  # fmt: skip


def test_recovery_key_gives_a_user_a_new_password(tmp_path: Path) -> None:
    data, key, shown = _station_with_recovery_sheet(tmp_path)
    assert key not in shown
    refused = _recover(tmp_path, data, "AAAA-" * 12 + "AAAA", "--json")
    assert json.loads(refused.stdout)["error_code"] == "auth.recovery_failed"
    done = _recover(tmp_path, data, key.lower().replace("-", " "))  # typed back loosely
    assert done.returncode == 0, done.stderr
    assert run("info", data_dir=data, user="chief", password="after-recovery-1").returncode == 0
    old = run("info", "--json", data_dir=data, user="chief", password=PASSWORD)
    assert json.loads(old.stdout)["error_code"] == "auth.failed"


def test_the_recovery_sheet_as_a_pdf_for_the_safe(tmp_path: Path) -> None:
    from desktop.services.admin.recovery import Sheet, write_sheet
    from tests.unit.pdf.helpers import squash, text

    key = keyring.new_recovery_key()
    out = write_sheet(tmp_path / "safe" / "恢复密钥.pdf", Sheet("南翔镇社工站", "JD-NX", key, "站长"))
    body = squash(text(out.read_bytes()))
    assert key.replace("-", "") in body.replace("-", "") and "stationdeskrecover" in body
    assert "数据库恢复密钥" in body and out.stat().st_mode & 0o777 == 0o600


def test_a_backup_written_elsewhere_takes_its_keyring_and_opens_on_another_pc(tmp_path: Path) -> None:
    data = tmp_path / "station"
    made = run("demo", "--clients", "20", "--visits-per-client", "1", "--volunteers", "2", data_dir=data, user=None)
    assert made.returncode == 0, made.stderr
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "station-backup.sqlite3"
    assert run("backup", "--out", str(out), data_dir=data, user="wangfang").returncode == 0
    beside = usb / "station-backup.sqlite3.keyring.json"
    assert beside.read_bytes() == (data / "keyring.json").read_bytes()
    assert beside.stat().st_mode & 0o777 == 0o600
    # The PC is lost: a new data folder made of the two files opens with the lead's password.
    fresh = tmp_path / "new-pc"
    fresh.mkdir()
    shutil.copyfile(out, fresh / "stationdesk.sqlite3")
    shutil.copyfile(beside, fresh / "keyring.json")
    found = run("clients", "search", "1", "--json", data_dir=fresh, user="wangfang")
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)) > 0


def test_a_lost_keyring_is_rebuilt_with_the_recovery_key_from_its_spare(tmp_path: Path) -> None:
    data, key, _shown = _station_with_recovery_sheet(tmp_path)
    spare = keyring.spare_path(data)
    held = json.loads(spare.read_text(encoding="utf-8"))
    assert set(held) == {"version", "public", "recovery"}, "the spare holds no user's wrap"
    assert spare.stat().st_mode & 0o777 == 0o600

    (data / "keyring.json").unlink()  # deleted by mistake
    refused = run("info", "--json", data_dir=data, user="chief")
    assert json.loads(refused.stdout)["error_code"] == "storage.keyring_missing"
    assert "stationdesk recover" in json.loads(refused.stdout)["message"]

    done = _recover(tmp_path, data, key)
    assert done.returncode == 0, done.stderr
    rebuilt = json.loads((data / "keyring.json").read_text(encoding="utf-8"))
    assert set(rebuilt["wraps"]) == {keyring.RECOVERY, "chief"} and rebuilt["public"] == held["public"]
    info = run("info", "--json", data_dir=data, user="chief", password="after-recovery-1")
    assert info.returncode == 0 and json.loads(info.stdout)["station_name"] == "南翔镇社工站", info.stdout


def test_a_renewed_recovery_key_replaces_the_spare(tmp_path: Path) -> None:
    data, old_key, _shown = _station_with_recovery_sheet(tmp_path)
    renewed = run("recovery-sheet", "--out", str(tmp_path / "safe" / "new.txt"), data_dir=data, user="chief")
    assert renewed.returncode == 0, renewed.stderr
    (data / "keyring.json").unlink()
    old = _recover(tmp_path, data, old_key, "--json")
    assert json.loads(old.stdout)["error_code"] == "auth.recovery_failed", "the old sheet opened the spare"
    assert not (data / "keyring.json").exists()
