"""The visit form driven by keyboard only: a whole visit entered and finalised, a refused edit, an
addendum, and a risk-3 visit that walks through the escalation step (docs/domain.md §2.3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desktop.domain.clock import to_station
from desktop.errors import ConflictError
from desktop.services.casework.clients import get_client, search_clients
from desktop.services.casework.visit_input import VisitInput
from desktop.services.casework.visits import get_visit, list_visits, save_visit
from desktop.services.context import ServiceContext
from tests.ui import find
from tests.ui.typing import commit_text

from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import CodeCombo, DateEdit

MAX_TABS = 400


def _open(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner, record: object = None) -> VisitDialog:
    client = search_clients(ctx, "张三丰")[0]
    dialog = VisitDialog(ctx, runner, client.id, client.name, record=record)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    return dialog


def _tab_to(qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until `target` has the focus, as a user would (never more than MAX_TABS)."""
    for _ in range(MAX_TABS):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"{target!r} cannot be reached with Tab")


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        commit_text(widget, text)


def _fill(qtbot: QtBot, steps: list[tuple[QWidget, str]]) -> None:
    for widget, text in steps:
        _tab_to(qtbot, widget)
        if text == " ":
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        else:
            _type(qtbot, text)


def _confirm_review(qtbot: QtBot, dialog: VisitDialog) -> None:
    """The one-screen check after 定稿: complete records only, confirmed with Enter."""
    qtbot.waitUntil(lambda: dialog.review_dialog is not None and dialog.review_dialog.isVisible(), timeout=5000)
    review = dialog.review_dialog
    assert review is not None and review.review.ready, review.summary.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or review, Qt.Key.Key_Return)


def _checklist_steps(dialog: VisitDialog, risk: str) -> list[tuple[QWidget, str]]:
    c = dialog.checklist
    return [
        (find.button(dialog, "2 患者家属、监护人"), " "),  # family member also seen
        (dialog.header.start_time, "0930"),
        (dialog.header.end_time, "1015"),
        (c.risk, risk),
        (c.sources["risk_level"], "4"),  # 社工观察
        (c.combos["insight"], "1"),
        (c.sources["insight"], "2"),  # 精防医生告知
        (c.combos["sleep"], "1"),
        (c.combos["diet"], "2"),
        (c.combos["sf_selfcare"], "1"),
        (c.combos["sf_housework"], "2"),
        (c.combos["sf_work"], "9"),
        (c.combos["sf_learning"], "2"),
        (c.combos["sf_social"], "1"),
        (c.combos["confinement"], "1"),
        (c.combos["hospitalisation"], "0"),
        (c.sources["hospitalisation"], "1"),
        (c.combos["lab_tests"], "1"),
        (c.sources["lab_tests"], "1"),
        (c.combos["adherence"], "1"),
        (c.sources["adherence"], "1"),
        (c.combos["adverse_reaction"], "1"),
        (c.sources["adverse_reaction"], "1"),
        (c.combos["treatment_effect"], "2"),
        (c.sources["treatment_effect"], "2"),
        (c.combos["referral_done"], "1"),  # 否
        (c.sources["referral"], "1"),
        (c.medications.rows[0][0], "利培酮"),
        (c.medications.rows[0][1], "1"),
        (c.medications.rows[0][3], "2"),
        (c.sources["medications"], "3"),
        (c.rehab[1], " "),
        (dialog.social.edits["purpose"], "常规随访"),
        (dialog.social.edits["narrative"], "家访，服务对象情绪平稳，按时服药，母亲陪同。"),
        (dialog.social.edits["plan"], "三个月后再访。"),
    ]


def test_enter_a_whole_visit_by_keyboard_finalise_refuse_edit_and_add_addendum(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    dialog = _open(qtbot, caseworker, runner)
    assert QApplication.focusWidget() is find.field(dialog, "随访日期", DateEdit)
    _fill(qtbot, _checklist_steps(dialog, risk="0"))
    assert dialog.assessment is not None and dialog.assessment.suggested == 3  # 稳定, every criterion met
    assert "稳定" in dialog.suggestion.text() and dialog.assessment.warnings == ()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert list_visits(caseworker, dialog._client_id) == []  # nothing stored before the check is confirmed
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _confirm_review(qtbot, dialog)
    saved = dialog.saved
    assert saved is not None and saved.status == "final" and saved.classification == 3
    record = get_visit(caseworker, saved.id)
    data = record.data
    assert data.objects_seen == (1, 2) and data.sf_work == 9 and data.diet == 2
    assert data.sources["medications"] == 3 and data.sources["insight"] == 2
    assert data.medications[0].name == "利培酮" and data.medications[0].evening_mg == 2
    assert data.narrative == "家访，服务对象情绪平稳，按时服药，母亲陪同。"

    # Reopened, the finalised record is read-only: no save buttons, Ctrl+S refused, service refuses too.
    again = _open(qtbot, caseworker, runner, record)
    assert not again.draft_button.isVisible() and not again.final_button.isVisible()
    assert not again.social.edits["narrative"].isEnabled() and not again.checklist.risk.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert headless_dialogs and "已定稿" in headless_dialogs[-1][1]
    with pytest.raises(ConflictError):
        save_visit(caseworker, VisitInput(saved.client_id, saved.visit_date, narrative="改"), saved.id)

    # An addendum by keyboard: Alt+A, type, Tab to OK, Enter.
    qtbot.keyClick(again, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(again, "addendum_dialog", None) is not None, timeout=3000)
    addendum = again.addendum_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is addendum, timeout=3000)
    commit_text(addendum.text_edit, "更正：结束时间为10:30，家属另反映睡眠改善。")
    qtbot.keyClick(addendum.text_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is addendum.buttons.button(QDialogButtonBox.StandardButton.Ok), (
        QApplication.focusWidget()
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert addendum.result() == 1, addendum.text()
    qtbot.waitUntil(lambda: "更正：结束时间为10:30" in again.addenda_label.text(), timeout=5000)
    stored = get_visit(caseworker, saved.id)
    assert [a.text for a in stored.addenda] == ["更正：结束时间为10:30，家属另反映睡眠改善。"]
    # Shown at the station's time of writing, as the printed record has it (not the stored UTC).
    assert f"{to_station(stored.addenda[0].created_at):%Y-%m-%d %H:%M}" in again.addenda_label.text()
    assert stored.data.narrative == data.narrative  # the original stays as it was


def test_risk_3_walks_through_the_escalation_step(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    dialog = _open(qtbot, caseworker, runner)
    qtbot.keyClick(dialog.header.visit_date, Qt.Key.Key_Down)  # yesterday: the notifications come after it
    steps = _checklist_steps(dialog, risk="3")
    c = dialog.checklist
    referral = [(c.combos["referral_done"], "2"), (c.referral_reason, "危险性3级"), (c.referral_to, "区精神卫生中心")]
    at = steps.index((c.combos["referral_done"], "1"))
    steps[at : at + 1] = referral
    _fill(qtbot, steps)
    assert dialog.assessment is not None and dialog.assessment.suggested == 1 and dialog.assessment.needs_escalation
    assert "保存前须记录通知情况" in dialog.escalation_label.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog.escalation_dialog, timeout=3000)
    assert list_visits(caseworker, dialog._client_id) == []  # nothing saved before the escalation is recorded
    escalation = dialog.escalation_dialog
    assert escalation is not None
    # The parties who must be told are set out already, the 精防医生 first; each gets a name.
    assert [row[0].value() for row in escalation.rows[:2]] == ["精防医生", "监护人"]
    qtbot.keyClick(escalation.rows[0][0], Qt.Key.Key_Tab)
    commit_text(escalation.rows[0][1], "陈医生")
    ok = escalation.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert escalation.isVisible() and "监护人" in escalation.message.text()  # the guardian's name is missing
    commit_text(escalation.rows[1][1], "王秀英")
    qtbot.keyClick(ok, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _confirm_review(qtbot, dialog)
    saved = dialog.saved
    assert saved is not None and saved.status == "final" and saved.classification == 1
    record = get_visit(caseworker, saved.id)
    assert [(n.party, n.name, n.channel) for n in record.data.escalation] == [
        ("精防医生", "陈医生", "电话"),
        ("监护人", "王秀英", "电话"),
    ]
    assert record.escalation_followup_due is not None
    assert get_client(caseworker, saved.client_id).key_attention


def test_an_incomplete_visit_cannot_be_finalised(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    dialog = _open(qtbot, caseworker, runner)
    _fill(qtbot, [(dialog.checklist.risk, "0")])
    qtbot.mouseClick(find.button(dialog, "定稿"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.review_dialog is not None and dialog.review_dialog.isVisible(), timeout=5000)
    review = dialog.review_dialog
    assert review is not None and not review.review.ready
    assert not review.confirm_button.isVisible()
    text = review.summary.text()
    assert "开始时间" in text and "服务内容与过程（记录正文）" in text and "自知力" in text
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not review.isVisible(), timeout=3000)
    assert find.button(dialog, "定稿").isEnabled() and dialog.saved is None
    assert list_visits(caseworker, dialog._client_id) == []


def test_cancelling_the_escalation_saves_nothing(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    dialog = _open(qtbot, caseworker, runner)
    _tab_to(qtbot, dialog.checklist.risk)
    qtbot.keyClicks(dialog.checklist.risk, "4")
    qtbot.keyClick(dialog.checklist.risk, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog.escalation_dialog, timeout=3000)
    assert dialog.escalation_dialog is not None
    qtbot.keyClick(dialog.escalation_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.escalation_dialog.isVisible(), timeout=3000)  # type: ignore[union-attr]
    assert dialog.isVisible() and dialog.saved is None
    assert list_visits(caseworker, dialog._client_id) == []


_: Callable[..., object] = _fill


def test_lost_to_follow_up_path_by_keyboard(qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner) -> None:
    dialog = _open(qtbot, caseworker, runner)
    path = find.field(dialog, "本次情况", CodeCombo)
    _tab_to(qtbot, path)
    qtbot.keyClick(path, Qt.Key.Key_Down)  # 正常随访 → 失访
    assert find.group(dialog, "失访").isVisible() and not dialog.checklist.isVisible()
    _fill(qtbot, [(find.field(dialog, "失访原因", CodeCombo), "2")])  # 迁居他处
    _fill(qtbot, [(dialog.social.edits["narrative"], "三次上门未见，邻居称已搬离。")])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _confirm_review(qtbot, dialog)
    assert dialog.saved is not None and dialog.saved.status == "final" and dialog.saved.classification is None
    client = get_client(caseworker, dialog._client_id)
    assert client.management_status == "lost" and client.status_reason == "迁居他处"
