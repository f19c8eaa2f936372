"""The district's day through the real window (issue 19): sign in as the district administrator on a
district installation, trust the demo station from its registration file and the fingerprint read
out on the phone, import its bundle and read the report, import a second bundle that overwrote a
value the district had, and settle that conflict; then trust a second station and transfer a client
to it from the client's page. The stations' side (their registration files, bundles and edits) is
made with the services: the journey is the district's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop.db.open import open_database
from desktop.models import AuditEvent, Client
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from desktop.services.demo.setup import DEMO_PASSWORD, DEMO_STATION
from tests.ui import find
from tests.ui.app_under_test import (
    DISTRICT_CODE,
    DISTRICT_PASSWORD,
    DISTRICT_USER,
    App,
    StartApp,
    make_district,
    sign_in,
)
from tests.ui.journeys.steps import (
    WAIT,
    cell,
    choose_tab,
    click,
    click_caption,
    navigate,
    rows,
    select_row,
    visible_dialogs,
    wait_dialog,
    wait_enabled,
)
from tests.ui.typing import commit_text

from desktop.ui.shell import dialogs


@dataclass
class Sides:
    district: AppPaths
    station: ServiceContext
    station_keys: Any
    folder: Path
    second_fingerprint: str

    def bundle(self, name: str) -> Path:
        from desktop.services.exchange.exporter import export_bundle

        out = self.folder / f"{name}.sdbundle"
        export_bundle(self.station, DISTRICT_CODE, out, keys=self.station_keys)
        return out


@pytest.fixture
def sides(demo_station: AppPaths, tmp_path: Path) -> Iterator[Sides]:
    from desktop.services.exchange.keys import export_enrollment, keys_info, keystore_path, trust_peer
    from desktop.sync import open_keystore

    district = make_district(tmp_path / "district")
    db = open_database(district)
    district_ctx = ServiceContext(db, district)
    export_enrollment(district_ctx, tmp_path / "district.sdenroll")
    fingerprint = keys_info(district_ctx).fingerprint
    db.dispose()
    station = ServiceContext(open_database(demo_station), demo_station)
    trust_peer(station, tmp_path / "district.sdenroll", fingerprint)
    export_enrollment(station, tmp_path / "station.sdenroll")
    keys = open_keystore(keystore_path(demo_station).read_bytes(), DEMO_PASSWORD)
    second = _second_station(tmp_path / "second")
    second_ctx = ServiceContext(open_database(second), second)
    try:
        second_fingerprint = export_enrollment(second_ctx, tmp_path / "second.sdenroll").fingerprint
    finally:
        second_ctx.db.dispose()
    yield Sides(district, station, keys, tmp_path, second_fingerprint)
    station.db.dispose()


SECOND_STATION = "XH-XJH"


def _second_station(folder: Path) -> AppPaths:
    """The station a client moves to: only its registration file reaches the district."""
    from desktop.logs import close_logging
    from desktop.services.admin.setup import initialise

    paths = AppPaths(folder)
    initialise(
        paths,
        station_code=SECOND_STATION,
        station_name="徐家汇街道社工站",
        district="徐汇区",
        admin_username="admin",
        admin_password=DISTRICT_PASSWORD,
    )
    close_logging(paths)
    return paths


def _edit_notes(ctx: ServiceContext, client_id: str, notes: str) -> None:
    """An edit as the unit of work makes it (the district's own copy, or the station's)."""
    with ctx.db.write() as session:
        session.get(Client, client_id).notes = notes


def _import(qtbot: QtBot, app: App, page: object, bundle: Path) -> str:
    """导入数据包或回执…: choose the file, give the district's key password; returns the report."""
    dialogs.open_answers.append(str(bundle))
    dialogs.answers.append(DISTRICT_PASSWORD)
    before = len(dialogs.shown)
    click_caption(qtbot, page, "导入数据包或回执…")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: any(t == "导入完成" for t, _ in dialogs.shown[before:]), timeout=WAIT)
    return next(text for title, text in dialogs.shown[before:] if title == "导入完成")


def test_district_trusts_a_station_imports_its_bundles_and_settles_a_conflict(
    qtbot: QtBot, sides: Sides, start_app: StartApp
) -> None:
    from desktop.services.exchange.keys import keys_info

    app = start_app(sides.district)
    sign_in(qtbot, app, DISTRICT_USER, DISTRICT_PASSWORD)
    page = navigate(qtbot, app.window, "数据交换")

    keys = choose_tab(qtbot, page, "密钥与站点")
    dialogs.open_answers.append(str(sides.folder / "station.sdenroll"))
    dialogs.answers.append(keys_info(sides.station).fingerprint)  # read out on the phone, typed in
    click_caption(qtbot, keys, "信任对方登记文件…")
    peers = find.table(keys, "站点")
    qtbot.waitUntil(lambda: any(DEMO_STATION["station_code"] in cell(peers, r, "站点") for r in range(rows(peers))))

    choose_tab(qtbot, page, "导出 / 导入")
    report = _import(qtbot, app, page, sides.bundle("first"))
    assert f"来自 {DEMO_STATION['station_code']} 的第 1 号数据包" in report and "冲突 0" in report

    with sides.station.db.read() as session:
        client_id = session.query(Client.id).order_by(Client.id).first()[0]
    district = ServiceContext(open_database(sides.district), sides.district)
    try:
        _edit_notes(district, client_id, "区里的备注")  # first: the station's later edit wins
    finally:
        district.db.dispose()
    _edit_notes(sides.station, client_id, "站点的备注")
    report = _import(qtbot, app, page, sides.bundle("second"))
    assert "冲突 1" in report

    # The station's audit log, as its two bundles reported it, continues (docs/bundle-format.md §2a).
    choose_tab(qtbot, page, "密钥与站点")
    station_row = next(r for r in range(rows(peers)) if DEMO_STATION["station_code"] in cell(peers, r, "站点"))
    qtbot.waitUntil(lambda: cell(peers, station_row, "审计记录") == "连续", timeout=WAIT)

    conflicts = choose_tab(qtbot, page, "冲突")
    listing = find.table(conflicts, "字段") if _has_column(conflicts, "字段") else _only_table(conflicts)
    qtbot.waitUntil(lambda: rows(listing) == 1, timeout=WAIT)
    select_row(qtbot, listing, 0)
    click_caption(qtbot, conflicts, "保留现在的值")
    qtbot.waitUntil(lambda: rows(listing) == 0, timeout=WAIT)

    # The district reads the imported register; it offers no control that would only be refused.
    clients = navigate(qtbot, app.window, "服务对象")
    register = find.table(clients, "姓名")
    qtbot.waitUntil(lambda: rows(register) > 0, timeout=WAIT)
    assert not find.button(clients, "登记服务对象…").isVisible()
    name = cell(register, 0, "姓名").removeprefix("★ ")
    select_row(qtbot, register, 0)
    qtbot.waitUntil(lambda: any(label.text().startswith(name) for label in clients.findChildren(QLabel)), timeout=WAIT)
    qtbot.waitUntil(lambda: app.runner.idle, timeout=WAIT)
    for caption in ("编辑…", "记录访视…", "添加监护人…", "记录知情同意…"):
        assert not find.button(clients, caption).isEnabled(), caption

    _transfer(qtbot, app, sides, client_id)


def _transfer(qtbot: QtBot, app: App, sides: Sides, client_id: str) -> None:
    """Trust a second station, then move the first client of the register to it from its page."""
    page = navigate(qtbot, app.window, "数据交换")
    keys = choose_tab(qtbot, page, "密钥与站点")
    dialogs.open_answers.append(str(sides.folder / "second.sdenroll"))
    dialogs.answers.append(sides.second_fingerprint)
    click_caption(qtbot, keys, "信任对方登记文件…")
    peers = find.table(keys, "站点")
    qtbot.waitUntil(lambda: any(SECOND_STATION in cell(peers, r, "站点") for r in range(rows(peers))), timeout=WAIT)

    clients = navigate(qtbot, app.window, "服务对象")
    register = find.table(clients, "姓名")
    qtbot.waitUntil(lambda: rows(register) > 0, timeout=WAIT)
    search = clients.findChild(QLineEdit)
    with sides.station.db.read() as session:
        name = session.get(Client, client_id).name
    commit_text(search, name)
    qtbot.waitUntil(lambda: rows(register) >= 1 and name in cell(register, 0, "姓名"), timeout=WAIT)
    select_row(qtbot, register, 0)
    qtbot.waitUntil(lambda: any(label.text().startswith(name) for label in clients.findChildren(QLabel)), timeout=WAIT)
    before = visible_dialogs()
    click(qtbot, wait_enabled(qtbot, clients, "转移到其他站点…"))
    dialog = wait_dialog(qtbot, "转移到其他站点", before)
    receiving = find.field(dialog, "接收站点", QComboBox)
    qtbot.waitUntil(lambda: receiving.count() == 1, timeout=WAIT)
    assert SECOND_STATION in receiving.currentText()
    assert DEMO_STATION["station_code"] in find.field(dialog, "现属站点", QLabel).text()

    click_caption(qtbot, dialog, "转移")  # no reason yet: said in the dialog, nothing moves
    assert any("请填写转移原因" in label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert _owner(sides, client_id) == DEMO_STATION["station_code"]

    commit_text(find.field(dialog, "转移原因", QLineEdit), "迁居到徐家汇街道")
    shown = len(dialogs.shown)
    click_caption(qtbot, dialog, "转移")
    qtbot.waitUntil(lambda: any(title == "已转移" for title, _ in dialogs.shown[shown:]), timeout=WAIT)
    question = next(text for title, text in dialogs.shown[shown:] if title == "确认转移")
    assert DEMO_STATION["station_code"] in question and SECOND_STATION in question and name in question
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert _owner(sides, client_id) == SECOND_STATION
    db = open_database(sides.district)
    try:
        with db.read() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.object_id == client_id).order_by(AuditEvent.seq.desc())
            ).first()
            assert (event.username, event.fields) == (DISTRICT_USER, ["station_code"])
            assert event.reason == f"{DEMO_STATION['station_code']} → {SECOND_STATION}: 迁居到徐家汇街道"
    finally:
        db.dispose()


def _owner(sides: Sides, client_id: str) -> str:
    db = open_database(sides.district)
    try:
        with db.read() as session:
            return session.get(Client, client_id).station_code
    finally:
        db.dispose()


def _has_column(root: object, header: str) -> bool:
    try:
        find.table(root, header)  # type: ignore[arg-type]
    except AssertionError:
        return False
    return True


def _only_table(root: object) -> object:
    from PySide6.QtWidgets import QHeaderView, QTableView

    views = [v for v in root.findChildren(QTableView) if v.isVisible() and not isinstance(v, QHeaderView)]  # type: ignore[attr-defined]
    assert len(views) == 1, views
    return views[0]


def test_district_transfers_a_client_from_the_register_s_context_menu(
    qtbot: QtBot, sides: Sides, start_app: StartApp
) -> None:
    """The same transfer from a right click on the register's row (the station's side by the services)."""
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    from desktop.services.exchange.importer import import_bundle
    from desktop.services.exchange.keys import keys_info, keystore_path, trust_peer
    from desktop.sync import open_keystore

    district = ServiceContext(open_database(sides.district), sides.district)
    try:
        trust_peer(district, sides.folder / "station.sdenroll", keys_info(sides.station).fingerprint)
        trust_peer(district, sides.folder / "second.sdenroll", sides.second_fingerprint)
        keys = open_keystore(keystore_path(sides.district).read_bytes(), DISTRICT_PASSWORD)
        import_bundle(district, sides.bundle("first"), keys=keys)
    finally:
        district.db.dispose()
    app = start_app(sides.district)
    sign_in(qtbot, app, DISTRICT_USER, DISTRICT_PASSWORD)
    clients = navigate(qtbot, app.window, "服务对象")
    register = find.table(clients, "姓名")
    qtbot.waitUntil(lambda: rows(register) > 0, timeout=WAIT)
    name = cell(register, 0, "姓名").removeprefix("★ ")
    client_id = register.model().row_at(0).id  # type: ignore[attr-defined]

    where = register.visualRect(register.model().index(0, 0)).center()
    before = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    QApplication.sendEvent(
        register.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, register.viewport().mapToGlobal(where)),
    )
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible() and w not in before]
    assert len(menus) == 1
    action = next(a for a in menus[0].actions() if find.plain(a.text()) == "转移到其他站点…")
    qtbot.mouseClick(menus[0], Qt.MouseButton.LeftButton, pos=menus[0].actionGeometry(action).center())
    dialog = wait_dialog(qtbot, "转移到其他站点")
    assert any(label.text() == name for label in dialog.findChildren(QLabel))
    receiving = find.field(dialog, "接收站点", QComboBox)
    qtbot.waitUntil(lambda: receiving.count() == 1, timeout=WAIT)
    commit_text(find.field(dialog, "转移原因", QLineEdit), "迁居")
    click_caption(qtbot, dialog, "转移")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert _owner(sides, client_id) == SECOND_STATION
