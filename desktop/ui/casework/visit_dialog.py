"""The visit form: one contact with the whole national checklist, live classification and warnings.

Keyboard first: every field is reached with Tab (the form scrolls to the focused field), combos
take the code digit, Ctrl+S saves a draft and Ctrl+Enter finalises. Risk ≥ 3 opens the escalation
step before anything is saved. A finalised record opens read-only; the only action left is an
addendum, which keeps the original.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import to_station
from desktop.domain.codes import CLASSIFICATION, label
from desktop.errors import AppError
from desktop.i18n import current_language, mark
from desktop.services.casework import visits as visit_service
from desktop.services.casework.visit_checks import required_parties
from desktop.services.casework.visit_input import Assessment, Notification, VisitInput, assess
from desktop.services.casework.visit_review import VisitReview, review_visit
from desktop.services.casework.visits import AddendumRow, VisitRecord, VisitSummary
from desktop.services.context import ServiceContext

from desktop.ui.casework.casework_dialogs import EscalationDialog, TextDialog
from desktop.ui.casework.visit_header import VisitHeader
from desktop.ui.casework.visit_review_dialog import VisitReviewDialog
from desktop.ui.casework.visit_sections import ChecklistSection, SocialWorkSection, notices_html
from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard
from desktop.ui.shell.widgets import CodeCombo, OptionalDateEdit, flowing, hbox

STAGES = (
    ("initial", mark("VisitDialog", "初次处置：2周内复访")),
    ("confirmed_stable", mark("VisitDialog", "处置后已稳定：3个月")),
    ("referral_check", mark("VisitDialog", "处置无效已建议转诊：2周内复查")),
)


class VisitDialog(UnsavedChangesGuard, QDialog):
    offers_draft = True  # closing with changes offers 保存草稿

    def __init__(
        self,
        ctx: ServiceContext,
        runner: TaskRunner,
        client_id: str,
        client_name: str,
        parent: QWidget | None = None,
        record: VisitRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._client_id = ctx, runner, client_id
        self.record = record
        self.visit_id: str | None = record.id if record else None
        self.saved: VisitSummary | None = None
        self.escalation: tuple[Notification, ...] = record.data.escalation if record else ()
        self.escalation_dialog: EscalationDialog | None = None
        self.review_dialog: VisitReviewDialog | None = None
        self.assessment: Assessment | None = None
        self._next_touched = False
        self.setWindowTitle(self.tr("访视记录 — {name}").format(name=client_name))
        self.resize(1060, 740)

        self.header = VisitHeader()
        self.checklist = ChecklistSection()
        self._build_classification()
        self.social = SocialWorkSection()
        self._build_addenda()
        self._build_buttons()
        self._build_layout()
        self._connect()
        if record is not None:
            self.load(record)
        self._set_read_only(record is not None and record.final)
        self.refresh()
        self.header.visit_date.setFocus()

    def _build_classification(self) -> None:
        """The suggestion, the chosen classification and what follows from it: the next date, the escalation."""
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setMinimumWidth(420)  # wraps; wider ran off a 1280-pixel screen at 150 %
        self.classification = CodeCombo(CLASSIFICATION, blank=self.tr("（按建议）"), numbered=True)
        self.override_reason = QLineEdit()
        self.override_reason.setMinimumWidth(420)
        self.override_reason.setPlaceholderText(self.tr("与建议不同时必填，至少10个字；由站长定稿"))
        self.stage = CodeCombo(())
        for value, text in STAGES:
            self.stage.addItem(self.tr(text), value)
        self.next_date = OptionalDateEdit()
        self.next_hint = QLabel()
        self.escalation_label = QLabel()
        self.escalation_label.setWordWrap(True)
        self.escalation_label.setMinimumWidth(360)
        self.escalation_button = QPushButton(self.tr("记录通知情况(&E)…"))
        self.class_box = QGroupBox(self.tr("分类与下次随访"))
        class_form = QFormLayout(self.class_box)
        class_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        class_form.addRow(self.tr("系统建议"), self.suggestion)
        class_form.addRow(self.tr("本次随访分类(&C)"), self.classification)
        self.approved_by = QLabel()  # the lead who finalised an override, on a finalised record
        class_form.addRow(self.tr("调整理由"), hbox(self.override_reason, self.approved_by))
        class_form.addRow(self.tr("处置阶段"), self.stage)
        class_form.addRow(self.tr("下次随访日期(&N)"), hbox(self.next_date, self.next_hint))
        class_form.addRow(self.tr("风险上报"), flowing(self.escalation_label, self.escalation_button))

    def _build_addenda(self) -> None:
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.addenda_box = QGroupBox(self.tr("补充说明（原记录保持不变）"))
        self.addenda_label = QLabel()
        self.addenda_label.setWordWrap(True)
        QVBoxLayout(self.addenda_box).addWidget(self.addenda_label)

    def _build_buttons(self) -> None:
        self.status_label = QLabel()
        self.draft_button = QPushButton(self.tr("保存草稿(&S)"))
        self.final_button = QPushButton(self.tr("定稿(&F)"))
        self.addendum_button = QPushButton(self.tr("添加补充说明(&A)…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self._button_row = hbox(self.status_label)
        for button in (self.addendum_button, self.draft_button, self.final_button, self.close_button):
            self._button_row.layout().addWidget(button)

    def _build_layout(self) -> None:
        content = QWidget()
        body = QVBoxLayout(content)
        header = self.header
        for part in (header.basics, header.lost_box, header.death_box, self.checklist, self.class_box, self.social):
            body.addWidget(part)
        body.addWidget(self.addenda_box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(QLabel(self.tr("提示（不影响保存）：")))
        layout.addWidget(self.warnings)
        layout.addWidget(self._button_row)

    def _connect(self) -> None:
        self.escalation_button.clicked.connect(lambda: self.open_escalation())  # not clicked(bool) as then_final
        self.draft_button.clicked.connect(lambda: self.save(final=False))
        self.final_button.clicked.connect(lambda: self.save(final=True))
        self.addendum_button.clicked.connect(self.add_addendum)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=lambda: self.save(final=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save(final=True))
        for signal in (
            self.header.visit_date.dateChanged,
            self.header.path_combo.currentIndexChanged,
            self.classification.currentIndexChanged,
            self.stage.currentIndexChanged,
            self.checklist.changed,
        ):
            signal.connect(self.refresh)
        self.next_date.dateChanged.connect(self._next_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 40, 80)

    def _next_edited(self) -> None:
        if not self._updating:
            self._next_touched = True

    _updating = False

    # --- reading and writing the form -------------------------------------------------------

    def value(self) -> VisitInput:
        path = self.header.path()
        values: dict[str, Any] = {}
        if path == "visit":
            values.update(self.checklist.value())
        values.update(self.social.value())
        return VisitInput(
            client_id=self._client_id,
            **self.header.value(),
            classification=self.classification.int_value() if path == "visit" else None,
            classification_override_reason=self.override_reason.text(),
            schedule_stage=str(self.stage.value()),
            next_visit_date=self.next_date.optional() if self._next_touched else None,
            escalation=self.escalation,
            **values,
        )

    def load(self, record: VisitRecord) -> None:
        data = record.data
        self._updating = True
        self.header.set_value(data)
        self.checklist.set_value(data)
        self.social.set_value(data)
        chosen = data.classification if data.classification != record.classification_suggested else None
        self.classification.set_value(chosen)
        self.override_reason.setText(data.classification_override_reason)
        approver = record.override_approved_by_name
        self.approved_by.setText(self.tr("批准：{name}（站长）").format(name=approver) if approver else "")
        self.stage.set_value(data.schedule_stage)
        self.next_date.set_optional(data.next_visit_date)
        self._next_touched = data.next_visit_date is not None
        self._updating = False
        self._show_addenda(record.addenda)

    def _show_addenda(self, addenda: tuple[AddendumRow, ...]) -> None:
        self.addenda_box.setVisible(bool(addenda) or bool(self.record and self.record.final))
        line = self.tr("{n}. {at} {author}：{text}")
        lines = [
            line.format(n=a.seq, at=f"{to_station(a.created_at):%Y-%m-%d %H:%M}", author=a.author_name, text=a.text)
            for a in addenda
        ]
        self.addenda_label.setText("\n".join(lines) or self.tr("（暂无）"))

    _read_only = False

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self.scroll.widget().findChildren(QWidget):
            if isinstance(widget, QGroupBox) or widget is self.addenda_label:
                continue
            if (
                hasattr(widget, "setReadOnly")
                or isinstance(widget, QCheckBox | QPushButton)
                or hasattr(widget, "setEditable")
            ):
                widget.setEnabled(not read_only)
        self.draft_button.setVisible(not read_only)
        self.final_button.setVisible(not read_only)
        self.addendum_button.setVisible(read_only)
        self.status_label.setText(self.tr("已定稿，只读") if read_only else self.tr("草稿"))

    # --- live feedback ----------------------------------------------------------------------

    def refresh(self) -> None:
        path = self.header.path()
        self.header.lost_box.setVisible(path == "lost")
        self.header.death_box.setVisible(path == "death")
        self.checklist.setVisible(path == "visit")
        self.class_box.setVisible(path == "visit")
        try:
            data = self.value()
            result = assess(data)
        except AppError as error:
            self.assessment = None
            self.warnings.setText(error.user_message())
            return
        self.assessment = result
        if result.suggested is None:
            self.suggestion.setText(self.tr("完成危险性评估后给出建议。"))
        else:
            name = label(CLASSIFICATION, result.suggested, current_language())
            reasons = self.tr("；").join(reason.message for reason in result.reasons)
            self.suggestion.setText(self.tr("<b>{name}</b>　{reasons}").format(name=name, reasons=reasons))
        chosen = data.classification or result.suggested
        editable = not self._read_only
        self.override_reason.setEnabled(editable and chosen != result.suggested and data.classification is not None)
        self.stage.setEnabled(editable and chosen == 2)
        if result.suggested_next is not None:
            self.next_hint.setText(self.tr("建议：{d}").format(d=result.suggested_next.isoformat()))
            if not self._next_touched:
                self._updating = True
                self.next_date.set_optional(result.suggested_next)
                self._updating = False
        else:
            self.next_hint.setText("")
        if result.needs_escalation:
            notified = self.tr("{party}{name}（{at} {channel}）")
            done = self.tr("、").join(
                notified.format(party=n.party, name=n.name, at=n.at, channel=n.channel) for n in self.escalation
            )
            self.escalation_label.setText(done or self.tr("危险性3级及以上：保存前须记录通知情况。"))
        else:
            self.escalation_label.setText(self.tr("无需上报"))
        self.escalation_button.setEnabled(editable and result.needs_escalation)
        self.warnings.setText(notices_html([(n.severity.value, n.user_message()) for n in result.warnings]))

    # --- actions ----------------------------------------------------------------------------

    def open_escalation(self, then_final: bool | None = None) -> None:
        try:
            required = required_parties(self.value())
        except AppError:
            required = ()
        dialog = EscalationDialog(self.header.visit_date.value(), self.escalation, self, required=required)
        self.escalation_dialog = dialog

        def accepted() -> None:
            self.escalation = dialog.notifications
            self.refresh()
            if then_final is not None:
                self.save(final=then_final)

        dialog.accepted.connect(accepted)
        dialog.open()

    def save(self, final: bool) -> None:
        if self.record is not None and self.record.final:
            dialogs.warn(self, self.tr("已定稿"), self.tr("该访视记录已定稿，不能修改；如需更正请添加补充说明。"))
            return
        try:
            data = self.value()
        except AppError as error:
            show_error(self, error)
            return
        if self.header.path() == "death" and (data.death_date is None or data.death_cause is None):
            # Without date and cause the record cannot say it is a death record at all.
            dialogs.warn(self, self.tr("请检查输入"), self.tr("请填写死亡日期和死亡原因。"))
            return
        if assess(data).needs_escalation and not self.escalation:
            self.open_escalation(then_final=final)
            return
        data = replace(data, escalation=self.escalation)
        self._busy(True)
        if not final:
            self._store(data, final=False)
            return
        ctx = self._ctx
        self._runner.run(lambda: review_visit(ctx, data), lambda review: self._confirm(review, data), self._failed)

    def _confirm(self, review: VisitReview, data: VisitInput) -> None:
        """The one-screen check; only a confirmed, complete record is finalised."""
        dialog = VisitReviewDialog(review, self)
        self.review_dialog = dialog
        dialog.accepted.connect(lambda: self._store(data, final=True))
        dialog.rejected.connect(lambda: self._busy(False))
        dialog.open()

    def _store(self, data: VisitInput, *, final: bool) -> None:
        ctx, visit_id = self._ctx, self.visit_id

        def work() -> VisitSummary:
            if final:
                if visit_id is None:
                    return visit_service.record_visit(ctx, data)
                return visit_service.finalise_visit(ctx, visit_id, data)
            return visit_service.save_visit(ctx, data, visit_id).summary

        self._runner.run(work, self._saved, self._failed)

    def _busy(self, busy: bool) -> None:
        self.draft_button.setEnabled(not busy)
        self.final_button.setEnabled(not busy)

    def _saved(self, visit: VisitSummary) -> None:
        self.saved = visit
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        show_error(self, error)

    def add_addendum(self) -> None:
        if self.record is None:
            return
        dialog = TextDialog(
            self.tr("添加补充说明"),
            self.tr("补充或更正的内容（原记录不变，补充说明与原记录一并保存和打印）："),
            self.tr("保存(&O)"),
            self,
        )
        self.addendum_dialog = dialog
        ctx, visit_id = self._ctx, self.record.id

        def accepted() -> None:
            text = dialog.text()
            self._runner.run(lambda: visit_service.add_addendum(ctx, visit_id, text), self._addendum_added)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _addendum_added(self, _row: AddendumRow) -> None:
        if self.record is None:
            return
        ctx, visit_id = self._ctx, self.record.id
        self._runner.run(lambda: visit_service.get_visit(ctx, visit_id), self._reloaded)

    def _reloaded(self, record: VisitRecord) -> None:
        self.record = record
        self._show_addenda(record.addenda)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.header.visit_date.setFocus()

    def save_from_guard(self) -> None:
        self.save(final=False)

    def keep_unasked(self, done: Callable[[bool], None]) -> None:
        """Save what is typed as a draft (草稿), asking nothing: the lock screen is quitting. A
        draft needs no escalation notes yet and no review; a form that does not make a visit at
        all (no valid date) cannot be kept."""
        if self.record is not None and self.record.final:
            done(False)
            return
        try:
            data = replace(self.value(), escalation=self.escalation)
        except AppError:
            done(False)
            return
        ctx, visit_id = self._ctx, self.visit_id

        def saved(visit: VisitSummary) -> None:
            self.saved = visit
            self.mark_clean()
            done(True)

        self._runner.run(lambda: visit_service.save_visit(ctx, data, visit_id).summary, saved, lambda _e: done(False))

    def form_kind(self) -> str:
        return self.tr("访视记录")

    def extra_state(self) -> object:
        return self.escalation  # recorded notifications are changes too

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a line edit must not close the form (it is not a default-button dialog).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
