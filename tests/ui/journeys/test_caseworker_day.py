"""The caseworker's day through the real window (issue 19): sign in as 李明 on the demo station, open
a client who is due from the 工作台, 记录访视, fill the national checklist, 定稿, print the visit
and save the printout as a PDF from the preview."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desktop.domain.clock import station_today
from desktop.paths import AppPaths
from desktop.services.demo.setup import DEMO_PASSWORD
from tests.ui import find
from tests.ui.app_under_test import StartApp, sign_in
from tests.ui.journeys.steps import (
    WAIT,
    cell,
    choose_tab,
    click,
    navigate,
    open_row,
    rows,
    select_row,
    wait_dialog,
    wait_enabled,
)
from tests.ui.typing import commit_text

from desktop.ui.casework.visit_sections import SourceCombo
from desktop.ui.shell import dialogs
from desktop.ui.shell.widgets import CodeCombo, TimeEdit

# (label of the checklist row, the key typed into its first list): a stable patient, every item
# of the national form answered.
W = TypeVar("W", bound=QWidget)

CHECKLIST = (  # each row's answers in order: a row can hold several lists (睡眠 and 饮食)
    ("危险性评估", ("0",)),
    ("自知力", ("1",)),
    ("睡眠 / 饮食", ("1", "1")),
    ("社会功能", ("1", "1", "9", "1", "1")),
    ("关锁情况", ("1",)),
    ("住院情况", ("0",)),
    ("实验室检查", ("1",)),
    ("用药依从性", ("1",)),
    ("药物不良反应", ("1",)),
    ("治疗效果", ("2",)),
    ("转诊", ("1", "1")),
)


SOCIAL_WORK = (
    ("本次目标", "常规随访"),
    ("服务内容与过程", "家访，服务对象情绪平稳，按时服药，母亲陪同。"),
    ("下一步计划", "三个月后再访。"),
)


def _row(root: QWidget, caption: str, kind: type[W]) -> list[W]:
    """Every `kind` control of the form row labelled `caption`, in the order they are laid out."""
    for form in root.findChildren(QFormLayout):
        for n in range(form.rowCount()):
            label = form.itemAt(n, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(n, QFormLayout.ItemRole.FieldRole)
            text = label.widget() if label is not None else None
            if field is not None and isinstance(text, QLabel) and find.plain(text.text()) == caption:
                return [w for w in find._widgets(field) if isinstance(w, kind)]
    raise AssertionError(f"no row labelled {caption!r}")


def _choose(qtbot: QtBot, combo: CodeCombo, key: str) -> None:
    """Give the list the focus and type the number of the answer, as on the keyboard."""
    combo.setFocus()
    qtbot.keyClicks(combo, key)
    assert combo.currentText().startswith(key), f"typed {key}, shows {combo.currentText()!r}"


def _write(widget: QWidget, text: str) -> None:
    commit_text(widget, text)


def test_caseworker_records_a_due_visit_finalises_it_and_prints_it_to_a_file(
    qtbot: QtBot, demo_station: AppPaths, start_app: StartApp, tmp_path: Path
) -> None:
    app = start_app(demo_station)
    sign_in(qtbot, app, "liming", DEMO_PASSWORD)
    window = app.window

    dashboard = navigate(qtbot, window, "工作台")
    due = choose_tab(qtbot, dashboard, "7日内到期")
    view = find.table(due, "应访日期")
    qtbot.waitUntil(lambda: rows(view) > 0, timeout=WAIT)
    name = cell(view, 0, "姓名").removeprefix("★ ")
    open_row(qtbot, view, 0)

    clients = window.stack.currentWidget()  # type: ignore[attr-defined]
    assert window.nav.currentItem().text() == "服务对象"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: name in " ".join(label.text() for label in clients.findChildren(QLabel)), timeout=WAIT)
    record = wait_enabled(qtbot, clients, "记录访视…")
    click(qtbot, record)
    visit = wait_dialog(qtbot, "访视记录")
    assert name in visit.windowTitle()

    start, end = _row(visit, "开始 / 结束时间", TimeEdit)
    # Typed keys do not reach a spin box of a window offscreen Qt never activates here; the times are
    # set as the spin box's own editing sets them (tests/ui/casework/test_visit_form.py types them).
    start.setTime(QTime(9, 30))
    end.setTime(QTime(10, 15))
    for label, keys in CHECKLIST:
        combos = [c for c in _row(visit, label, CodeCombo) if not isinstance(c, SourceCombo)]
        for combo, key in zip(combos, keys, strict=True):
            _choose(qtbot, combo, key)
    commit_text(find.field(visit, "用药情况", QLineEdit), "利培酮")
    click(qtbot, _row(visit, "康复措施", QCheckBox)[0])
    social = find.group(visit, "社工服务记录")
    for label, text in SOCIAL_WORK:
        _write(find.field(social, label, QPlainTextEdit), text)
    click(qtbot, find.button(visit, "定稿"))
    review = wait_dialog(qtbot, "定稿前核对")  # the one-screen check before a record becomes read-only
    confirm = find.button(review, "确认定稿")
    assert confirm.isVisible(), " ".join(label.text() for label in review.findChildren(QLabel))
    with qtbot.waitSignal(visit.accepted, timeout=WAIT):
        click(qtbot, confirm)

    history = choose_tab(qtbot, clients, "访视记录")
    visits = find.table(history, "随访日期")
    today = station_today().isoformat()
    qtbot.waitUntil(lambda: any(cell(visits, r, "随访日期") == today for r in range(rows(visits))), timeout=WAIT)
    new = next(r for r in range(rows(visits)) if cell(visits, r, "随访日期") == today)
    assert cell(visits, new, "状态") == "已定稿"
    select_row(qtbot, visits, new)

    pdf = tmp_path / "visit.pdf"
    dialogs.save_answers.append(str(pdf))
    click(qtbot, wait_enabled(qtbot, clients, "国家随访表"))
    preview = wait_dialog(qtbot, "打印预览")
    click(qtbot, find.button(preview, "另存为…"))
    qtbot.waitUntil(lambda: pdf.exists() and pdf.stat().st_size > 1000, timeout=WAIT)
    assert pdf.read_bytes().startswith(b"%PDF")
    click(qtbot, find.button(preview, "关闭"))
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT)
    assert QApplication.activeModalWidget() is None
