"""Add a guardian or record a consent (docs/domain.md §1.3, §5.2) for the client shown in the detail."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.clock import station_today
from desktop.domain.codes import CONSENT_SCOPE, CONSENT_SIGNER, RELATIONSHIP
from desktop.services.casework.client_people import (
    ConsentInput,
    GuardianInput,
    guardian_form_values,
    record_consent,
    save_guardian,
)
from desktop.services.context import ServiceContext

from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard, fills_form
from desktop.ui.shell.widgets import CodeCombo, DateEdit


class _Form(UnsavedChangesGuard, QDialog):
    def __init__(self, runner: TaskRunner, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Each form saves its own record (overridden)."""

    def _run(self, work: object) -> None:
        self.buttons.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            show_error(self, error)

        self._runner.run(work, lambda _r: self.accept(), failed)  # type: ignore[arg-type]


class GuardianDialog(_Form):
    def __init__(
        self,
        ctx: ServiceContext,
        runner: TaskRunner,
        client_id: str,
        parent: QWidget | None = None,
        guardian_id: str | None = None,
    ) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("编辑监护人") if guardian_id else self.tr("添加监护人"))
        self._ctx, self._client_id, self._guardian_id = ctx, client_id, guardian_id
        self.name = QLineEdit()
        self.relationship = CodeCombo(RELATIONSHIP, blank=self.tr("（请选择）"))
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.lives_with = QCheckBox(self.tr("与服务对象同住"))
        self.form.addRow(self.tr("姓名(&N)"), self.name)
        self.form.addRow(self.tr("与服务对象关系(&R)"), self.relationship)
        self.form.addRow(self.tr("电话(&P)"), self.phone)
        self.form.addRow(self.tr("住址(&A)"), self.address)
        self.form.addRow("", self.lives_with)
        if guardian_id:
            runner.run(lambda: guardian_form_values(ctx, guardian_id), self.load)

    @fills_form
    def load(self, data: GuardianInput) -> None:
        self.name.setText(data.name)
        self.relationship.set_value(data.relationship or None)
        self.phone.setText(data.phone)
        self.address.setText(data.address)
        self.lives_with.setChecked(data.lives_with)

    def value(self) -> GuardianInput:
        return GuardianInput(
            name=self.name.text(),
            relationship=str(self.relationship.value() or ""),
            phone=self.phone.text(),
            address=self.address.text(),
            lives_with=self.lives_with.isChecked(),
        )

    def save(self) -> None:
        ctx, client_id, data, guardian_id = self._ctx, self._client_id, self.value(), self._guardian_id
        self._run(lambda: save_guardian(ctx, client_id, data, guardian_id))


class ConsentDialog(_Form):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(runner, "", parent)
        self.setWindowTitle(self.tr("记录知情同意"))
        self._ctx, self._client_id = ctx, client_id
        self.scope = CodeCombo(CONSENT_SCOPE)
        self.granted = CodeCombo(())
        self.granted.addItem(self.tr("同意"), True)
        self.granted.addItem(self.tr("不同意"), False)
        self.signer = CodeCombo(CONSENT_SIGNER)
        self.signer_name = QLineEdit()
        self.relationship = CodeCombo(RELATIONSHIP, blank=self.tr("（本人签署不填）"))
        self.signed_on = DateEdit(station_today())
        self.notice_version = QLineEdit()
        self.form.addRow(self.tr("同意范围(&C)"), self.scope)
        self.form.addRow(self.tr("意见(&Y)"), self.granted)
        self.form.addRow(self.tr("签署人(&W)"), self.signer)
        self.form.addRow(self.tr("监护人姓名"), self.signer_name)
        self.form.addRow(self.tr("与服务对象关系"), self.relationship)
        self.form.addRow(self.tr("签署日期(&D)"), self.signed_on)
        self.form.addRow(self.tr("告知书版本"), self.notice_version)

    def value(self) -> ConsentInput:
        return ConsentInput(
            scope=str(self.scope.value()),
            granted=bool(self.granted.currentData()),
            signer=str(self.signer.value()),
            signer_name=self.signer_name.text(),
            signer_relationship=str(self.relationship.value() or ""),
            signed_on=self.signed_on.value(),
            notice_version=self.notice_version.text(),
        )

    def save(self) -> None:
        ctx, client_id, data = self._ctx, self._client_id, self.value()
        self._run(lambda: record_consent(ctx, client_id, data))
