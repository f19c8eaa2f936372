"""The visit form (brief c18, 2 and 3): 末次出院时间 typed as a year and month, saved with its precision
and shown again as such; a finalised override shows the lead who approved it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from desktop.services.auth import login
from desktop.services.casework.clients import search_clients
from desktop.services.casework.visits import get_visit, list_visits, record_visit
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.unit.casework.helpers import stable_visit

from desktop.ui.casework.visit_dialog import VisitDialog
from desktop.ui.shell.tasks import TaskRunner


def _open(qtbot: QtBot, ctx: ServiceContext, runner: TaskRunner, record: object = None) -> VisitDialog:
    client = search_clients(ctx, "张三丰")[0]
    dialog = VisitDialog(ctx, runner, client.id, client.name, record=record)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_a_discharge_known_to_the_month_is_typed_saved_and_shown_so(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner, headless_dialogs: list[tuple[str, str]]
) -> None:
    dialog = _open(qtbot, caseworker, runner)
    discharge = dialog.checklist.discharge
    hospital = dialog.checklist.combos["hospitalisation"]
    hospital.setFocus()
    qtbot.keyClicks(hospital, "2")  # 曾住院，现未住院
    discharge.setFocus()
    typed = discharge.edit
    qtbot.keyClicks(typed, "2024-6")
    assert discharge.precision_label.text() == ""  # not a date yet: the form says so and saves nothing
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert headless_dialogs and "末次出院时间" in headless_dialogs[-1][1]
    assert list_visits(caseworker, dialog._client_id) == [] and dialog.saved is None
    qtbot.keyClick(typed, Qt.Key.Key_Backspace)
    qtbot.keyClicks(typed, "06")
    assert discharge.value() == (date(2024, 6, 1), "YM") and "年月" in discharge.precision_label.text()
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None or len(headless_dialogs) > 1, timeout=5000)
    assert len(headless_dialogs) == 1, headless_dialogs
    assert dialog.saved is not None
    record = get_visit(caseworker, dialog.saved.id)
    assert (record.data.last_discharge_date, record.data.last_discharge_precision) == (date(2024, 6, 1), "YM")

    again = _open(qtbot, caseworker, runner, record)
    shown = again.checklist.discharge
    assert shown.edit.text() == "2024-06" and shown.value() == (date(2024, 6, 1), "YM")


def test_a_finalised_override_shows_who_approved_it(
    qtbot: QtBot, caseworker: ServiceContext, runner: TaskRunner
) -> None:
    lead = caseworker.as_actor(login(caseworker, "lead", STAFF_PASSWORD))
    client = search_clients(caseworker, "张三丰")[0]
    reason = "孤僻懒散为长期性格特点，精防医生确认病情稳定"
    record_visit(lead, stable_visit(client.id, symptoms=(11,), classification=3, classification_override_reason=reason))
    visit = list_visits(caseworker, client.id)[0]
    dialog = _open(qtbot, caseworker, runner, get_visit(caseworker, visit.id))
    assert lead.actor.display_name in dialog.approved_by.text() and dialog.approved_by.isVisible()
    assert dialog.override_reason.text() == reason
