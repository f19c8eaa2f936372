"""Dialog to log a simple visit (date, mode, risk, classification, next date, what happened).

The full national checklist form replaces it in the casework issue; this one already saves real
visits through the service, keyboard first (Tab order follows the form, Ctrl+Enter saves).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import CLASSIFICATION, RISK_LEVEL, VISIT_MODE
from desktop.services import visits as visit_service
from desktop.services.context import ServiceContext
from desktop.services.visits import VisitInput, VisitSummary

from desktop.ui.errors import show_error
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import CodeCombo, DateEdit


class VisitDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, client_id: str, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._client_id = ctx, runner, client_id
        self.saved: VisitSummary | None = None
        self.setWindowTitle(self.tr("记录访视 — {name}").format(name=client_name))
        self.setMinimumWidth(520)

        self.visit_date = DateEdit(date.today())
        self.visit_date.setMaximumDate(self.visit_date.date())
        self.mode = CodeCombo(VISIT_MODE)
        self.mode.set_value(2)
        self.risk = CodeCombo(RISK_LEVEL, blank=self.tr("（未评估）"))
        self.classification = CodeCombo(CLASSIFICATION, blank=self.tr("（未分类）"))
        self.next_date = DateEdit(date.today() + timedelta(days=90))
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(self.tr("服务对象状态、服务内容与过程、下一步计划……"))

        form = QFormLayout()
        form.addRow(self.tr("随访日期(&D)"), self.visit_date)
        form.addRow(self.tr("随访形式(&M)"), self.mode)
        form.addRow(self.tr("危险性评估(&R)"), self.risk)
        form.addRow(self.tr("本次随访分类(&C)"), self.classification)
        form.addRow(self.tr("下次随访日期(&N)"), self.next_date)
        form.addRow(self.tr("服务记录(&T)"), self.narrative)
        self.hint = QLabel(self.tr("保存为草稿；定稿前可以修改。Ctrl+Enter 保存。"))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.narrative.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Enter in the text box saves; plain Enter keeps making new lines.
        if (
            watched is self.narrative
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> VisitInput:
        risk, classification = self.risk.value(), self.classification.value()
        return VisitInput(
            client_id=self._client_id,
            visit_date=self.visit_date.value(),
            mode=int(self.mode.value() or 2),
            risk_level=None if risk is None else int(risk),
            classification=None if classification is None else int(classification),
            next_visit_date=self.next_date.value(),
            narrative=self.narrative.toPlainText(),
        )

    def save(self) -> None:
        data, ctx = self.value(), self._ctx
        self.buttons.setEnabled(False)
        self._runner.run(lambda: visit_service.log_visit(ctx, data), self._saved, self._failed)

    def _saved(self, visit: VisitSummary) -> None:
        self.saved = visit
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
