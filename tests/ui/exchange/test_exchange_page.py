"""The 数据交换 page: fingerprint shown for reading aloud, trust with a spoken fingerprint, export
to a folder on the worker with progress and history, import with a summary, conflicts listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.admin.setup import initialise
from desktop.services.context import ServiceContext
from desktop.services.exchange.keys import export_enrollment, keys_info
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

from desktop.ui.exchange.exchange_page import ExchangePage


@pytest.fixture
def lead(anonymous: ServiceContext) -> ServiceContext:
    from desktop.services.auth import login

    return anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))


@pytest.fixture
def district(tmp_path: Path) -> ServiceContext:
    paths = AppPaths(tmp_path / "district")
    initialise(
        paths,
        station_code="XH-DIST",
        station_name="区",
        district="徐汇区",
        mode="district",
        admin_username="admin",
        admin_password="district-pass-1",
    )
    db = open_database(paths)
    yield ServiceContext(db, paths)
    db.dispose()


def _wait(qtbot, page: ExchangePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.runner.idle, timeout=20000)


def test_fingerprint_trust_export_and_import(qtbot, runner, lead, district, tmp_path, headless_dialogs) -> None:  # type: ignore[no-untyped-def]
    page = ExchangePage(lead, runner)
    qtbot.addWidget(page)
    page.refresh()
    _wait(qtbot, page)
    groups = page.fingerprint.text().split()
    assert len(groups) == 6 and all(len(g) == 4 and g.isdigit() for g in groups)
    assert page.fingerprint.text() == keys_info(lead).fingerprint
    assert page.peer_combo.count() == 0

    enrollment = tmp_path / "district.sdenroll"
    export_enrollment(district, enrollment)
    spoken = keys_info(district).fingerprint
    page.ask_open_file = lambda *_: str(enrollment)  # type: ignore[method-assign]
    page.ask_text = lambda *_: "0000 0000 0000 0000 0000 0000"  # type: ignore[method-assign]
    page.trust()
    _wait(qtbot, page)
    assert headless_dialogs and "指纹不一致" in headless_dialogs[-1][1]
    page.ask_text = lambda *_: spoken  # type: ignore[method-assign]
    page.trust()
    _wait(qtbot, page)
    assert page.peers.rowCount() == 1 and page.peer_combo.currentText() == "XH-DIST"

    stick = tmp_path / "usb"
    stick.mkdir()
    seen: list[tuple[int, int]] = []
    page.progress.connect(lambda done, total: seen.append((done, total)))
    page.ask_folder = lambda: str(stick)  # type: ignore[method-assign]
    page.ask_passphrase = lambda _prompt: ADMIN_PASSWORD  # type: ignore[method-assign]
    page.export()
    _wait(qtbot, page)
    qtbot.waitUntil(lambda: page.sent.rowCount() == 1, timeout=10000)
    [bundle] = list(stick.glob("*.sdbundle"))
    assert bundle.name == "XH-TEST-to-XH-DIST-00001.sdbundle"
    assert seen and "第 1 号" in page.status.text()

    # The district's receipt comes back and is imported through the page.
    from desktop.services.exchange.importer import import_bundle
    from desktop.services.exchange.keys import trust_peer, unlock_keys

    station_enrollment = tmp_path / "station.sdenroll"
    export_enrollment(lead, station_enrollment)
    trust_peer(district, station_enrollment, keys_info(lead).fingerprint)
    result = import_bundle(district, bundle, keys=unlock_keys(district, "district-pass-1"), backup=False)
    page.ask_open_file = lambda *_: result.receipt  # type: ignore[method-assign]
    page.import_file()
    _wait(qtbot, page)
    assert "回执" in headless_dialogs[-1][1]
    qtbot.waitUntil(lambda: page.sent.rows and page.sent.rows[0].confirmed_at is not None, timeout=10000)


def test_the_page_says_where_to_trust_and_whose_passphrase(qtbot, runner, lead, tmp_path, headless_dialogs) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from tests.ui.find import button

    from desktop.ui.shell import dialogs

    page = ExchangePage(lead, runner)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _wait(qtbot, page)
    assert page.no_peer_hint.isVisible() and "密钥与站点" in page.no_peer_hint.text()
    qtbot.mouseClick(button(page, "导出到文件夹…"), Qt.MouseButton.LeftButton)
    title, text = headless_dialogs[-1]
    assert title == "无法导出" and "“密钥与站点”页" in text and "信任对方登记文件" in text
    assert page.tabs.tabText(page.tabs.currentIndex()) == "密钥与站点"  # taken where the button is
    assert button(page, "信任对方登记文件…").hasFocus()

    page.tabs.setCurrentIndex(0)
    bundle = tmp_path / "XH-DIST-to-XH-TEST-00001.sdbundle"
    bundle.write_bytes(b"not a bundle")
    dialogs.open_answers.append(str(bundle))
    dialogs.text_answers.append("")  # the prompt is read, then cancelled
    qtbot.mouseClick(button(page, "导入数据包或回执…"), Qt.MouseButton.LeftButton)
    prompt_title, prompt = dialogs.asked[-1]
    assert prompt_title == "本站数据交换密钥的口令"
    assert "系统管理员登录密码" in prompt and "修改密钥口令" in prompt and "解密" in prompt
    assert dialogs.started_in[-1]  # the file prompt started in a real folder, not the program's
