"""A client's profile, guardians, consents and visit history, with the actions on them.

ID number and phone are masked; "显示" asks for a reason, records it (services.reveal) and shows
the full value until another client is opened. Enter or a double click on a visit opens it: a
draft for editing, a finalised record read-only with its addenda.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import SEX, label
from desktop.i18n import current_language
from desktop.services.casework import client_people
from desktop.services.casework import clients as client_service
from desktop.services.casework import visits as visit_service
from desktop.services.casework.client_people import ConsentRow, GuardianRow
from desktop.services.casework.clients import ClientDetail
from desktop.services.casework.visits import VisitRecord, VisitSummary
from desktop.services.context import ServiceContext
from desktop.services.reveal import record_reveal

from desktop.ui.casework.visits_model import VisitHistoryModel
from desktop.ui.printing.printer import Printer
from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import FlowLayout, TallerWhenNarrow, flowing
from desktop.ui.tables.dto_table import Column, DtoTableModel
from desktop.ui.tables.view import table_view


def _forms() -> Any:
    """services.forms, imported on the first print: it pulls in ReportLab (~0.2 s at start-up)."""
    from desktop.services.forms import casework as forms

    return forms


class ClientDetailView(TallerWhenNarrow, QWidget):
    visit_logged = Signal(object)
    client_changed = Signal(str)

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.client: ClientDetail | None = None
        # Printing (issue 5): the profile and a blank field form for this client, a visit's record.
        self.printer = Printer(ctx, runner, self)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_fields())
        layout.addLayout(self._build_print_row())
        layout.addWidget(self._build_tabs(), 1)
        self._update_buttons()

    def _build_fields(self) -> QFormLayout:
        """The client's particulars, masked ID number and phone each with its reveal button."""
        self.fields: dict[str, QLabel] = {}
        self.reveal_buttons: dict[str, QPushButton] = {}
        form = QFormLayout()
        for key, caption in (
            ("sex_age", self.tr("性别 / 年龄")),
            ("id", self.tr("证件号码")),
            ("phone", self.tr("联系电话")),
            ("address", self.tr("住址")),
            ("household", self.tr("户别")),
            ("status", self.tr("管理状态")),
            ("diagnosis", self.tr("诊断")),
            ("caseworker", self.tr("负责社工")),
            ("tags", self.tr("服务对象类别")),
            ("care_team", self.tr("关爱帮扶小组")),
            ("committee", self.tr("居委联系人")),
        ):
            value = QLabel("")
            value.setWordWrap(key not in ("id", "phone"))  # a masked number is read whole
            self.fields[key] = value
            caption_label = QLabel(caption)
            caption_label.setWordWrap(True)  # a long English caption takes two lines, not the pane's width
            if key in ("id", "phone"):
                button = QPushButton(self.tr("显示…"))
                button.setObjectName(f"reveal_{key}")
                button.setEnabled(False)
                button.clicked.connect(lambda _c=False, k=key: self.reveal(k))
                self.reveal_buttons[key] = button
                # The button goes under the number when the pane is narrow: side by side they cut
                # the masked ID short in English at 150 % scaling (issue 19).
                form.addRow(caption_label, flowing(value, button))
            else:
                form.addRow(caption_label, value)
        return form

    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel(self.tr("请在左侧选择一位服务对象"))
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.log_button = QPushButton(self.tr("记录访视(&V)…"))
        for button in (self.edit_button, self.log_button):
            button.setEnabled(False)
        self.log_button.clicked.connect(lambda: self.open_visit_dialog())  # not clicked(bool) as the record
        self.edit_button.clicked.connect(self.edit_client)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        header.addWidget(self.log_button)
        return header

    def _build_print_row(self) -> FlowLayout:
        self.print_profile_button = QPushButton(self.tr("打印档案(&A)"))
        self.print_blank_button = QPushButton(self.tr("空白访视表(&B)"))
        self.print_visit_button = QPushButton(self.tr("打印访视记录(&P)"))
        self.print_national_button = QPushButton(self.tr("国家随访表(&N)"))
        self.print_profile_button.clicked.connect(self.print_profile)
        self.print_blank_button.clicked.connect(self.print_blank_form)
        self.print_visit_button.clicked.connect(lambda: self.print_visit(national=False))
        self.print_national_button.clicked.connect(lambda: self.print_visit(national=True))
        # The district moves a client to another station (it reads cases, and prints none).
        self.transfer_button = QPushButton(self.tr("转移到其他站点(&T)…"))
        self.transfer_button.setVisible(self.printer.can("sync.transfer"))
        self.transfer_button.clicked.connect(self.transfer)
        print_row = FlowLayout()  # wraps on a narrow pane rather than run off its edge
        for button in (
            self.print_profile_button,
            self.print_blank_button,
            self.print_visit_button,
            self.print_national_button,
            self.transfer_button,
        ):
            print_row.addWidget(button)
        return print_row

    def _build_tabs(self) -> QTabWidget:
        """The visit history, the guardians and the consents, each a table in a tab."""
        self.history_model = VisitHistoryModel(self)
        self.history = table_view(self.history_model)
        self.history.activated.connect(lambda index: self.open_visit_row(index.row()))
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)
        self.guardian_model: DtoTableModel[GuardianRow] = DtoTableModel(
            [
                Column(self.tr("姓名"), lambda g: g.name),
                Column(self.tr("关系"), lambda g: g.relationship),
                Column(self.tr("电话"), lambda g: g.phone_masked),
                Column(self.tr("同住"), lambda g: self.tr("是") if g.lives_with else ""),
                Column(self.tr("住址"), lambda g: g.address),
            ],
            self,
        )
        self.consent_model: DtoTableModel[ConsentRow] = DtoTableModel(
            [
                Column(self.tr("范围"), lambda c: c.scope_label),
                Column(self.tr("同意"), lambda c: self.tr("同意") if c.granted else self.tr("不同意")),
                Column(self.tr("签署人"), lambda c: f"{c.signer_label} {c.signer_name}".strip()),
                Column(self.tr("签署日期"), lambda c: c.signed_on.isoformat() if c.signed_on else ""),
                Column(self.tr("撤回"), lambda c: c.withdrawn_on.isoformat() if c.withdrawn_on else ""),
            ],
            self,
        )
        self.add_guardian_button = QPushButton(self.tr("添加监护人(&G)…"))
        self.add_consent_button = QPushButton(self.tr("记录知情同意(&K)…"))
        self.remove_guardian_button = QPushButton(self.tr("删除所选监护人"))
        self.withdraw_button = QPushButton(self.tr("撤回所选同意"))
        self.add_guardian_button.clicked.connect(lambda: self.add_guardian())  # clicked(False) would be row 0
        self.add_consent_button.clicked.connect(self.add_consent)
        self.remove_guardian_button.clicked.connect(self.remove_guardian)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        for button in (
            self.add_guardian_button,
            self.add_consent_button,
            self.remove_guardian_button,
            self.withdraw_button,
        ):
            button.setEnabled(False)
        self.guardians = table_view(self.guardian_model)
        self.guardians.activated.connect(lambda index: self.add_guardian(index.row()))
        self.consents = table_view(self.consent_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, self.tr("访视记录"))
        self.tabs.addTab(
            self._with_button(self.guardians, self.remove_guardian_button, self.add_guardian_button), self.tr("监护人")
        )
        self.tabs.addTab(
            self._with_button(self.consents, self.withdraw_button, self.add_consent_button), self.tr("知情同意")
        )
        return self.tabs

    @staticmethod
    def _with_button(view: QTableView, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def show_client(self, client_id: str) -> None:
        ctx = self._ctx

        def load() -> tuple[ClientDetail, list[VisitSummary], list[GuardianRow], list[ConsentRow]]:
            return (
                client_service.get_client(ctx, client_id),
                visit_service.list_visits(ctx, client_id),
                client_people.list_guardians(ctx, client_id),
                client_people.list_consents(ctx, client_id),
            )

        self._runner.run(load, self._loaded)

    def _loaded(self, result: tuple[ClientDetail, list[VisitSummary], list[GuardianRow], list[ConsentRow]]) -> None:
        client, visits, guardians, consents = result
        self.client = client
        self.title.setText(client.name + (self.tr("  ★重点关注") if client.key_attention else ""))
        sex = label(SEX, client.sex, current_language())
        self.fields["sex_age"].setText(f"{sex} / {client.age if client.age is not None else '—'}")
        self.fields["id"].setText(client.id_masked or "—")
        self.fields["phone"].setText(client.phone_masked or "—")
        uncoded = self.tr("（居委会待编码）") if client.address_uncoded else ""
        self.fields["address"].setText((client.address_text or "—") + uncoded)
        self.fields["household"].setText(client.household_label or "—")
        status = client.management_status_label
        if client.status_reason:
            status = self.tr("{status}（{reason}）").format(status=status, reason=client.status_reason)
        if client.status_date:
            status = self.tr("{status}　{day}").format(status=status, day=client.status_date.isoformat())
        self.fields["status"].setText(status)
        self.fields["diagnosis"].setText(client.diagnosis or "—")
        self.fields["caseworker"].setText(client.caseworker_name or "—")
        self.fields["tags"].setText("、".join(client.tags) or "—")
        self.fields["care_team"].setText("、".join(f"{role} {name}" for role, name in client.care_team) or "—")
        committee = " ".join(part for part in (client.committee_contact, client.committee_phone_masked) if part)
        self.fields["committee"].setText(committee or "—")
        self.reveal_buttons["id"].setEnabled(client.has_id)
        self.reveal_buttons["phone"].setEnabled(client.has_phone)
        self.history_model.set_rows(visits)
        self.guardian_model.set_rows(guardians)
        self.consent_model.set_rows(consents)
        for button in (
            self.edit_button,
            self.log_button,
            self.add_guardian_button,
            self.add_consent_button,
            self.remove_guardian_button,
            self.withdraw_button,
        ):
            button.setEnabled(self.printer.can("clients.write"))  # the district reads, never writes
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        may_print = self.client is not None and self.printer.can("print.case")
        self.print_profile_button.setEnabled(may_print)
        self.print_blank_button.setEnabled(may_print)
        self.transfer_button.setEnabled(self.client is not None and self.printer.can("sync.transfer"))
        chosen = self.selected_visit() is not None
        self.print_visit_button.setEnabled(may_print and chosen)
        self.print_national_button.setEnabled(may_print and chosen)

    def selected_visit(self) -> VisitSummary | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history_model.row_at(rows[0].row()) if rows else None

    def print_profile(self) -> None:
        if self.client is not None:
            client_id = self.client.id
            self.printer.preview(lambda ctx: _forms().print_client(ctx, client_id), self.tr("服务对象档案"))

    def print_blank_form(self) -> None:
        if self.client is not None:
            client_id = self.client.id
            self.printer.preview(
                lambda ctx: _forms().print_blank_visit(ctx, client_id), self.tr("空白访视表（现场填写）")
            )

    def print_visit(self, *, national: bool) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        title = self.tr("严重精神障碍患者随访服务记录表") if national else self.tr("家庭访视记录")
        self.printer.preview(lambda ctx: _forms().print_visit(ctx, visit.id, national=national), title)

    def transfer(self) -> None:
        if self.client is None:
            return
        from desktop.ui.exchange.transfer_dialog import open_transfer

        self.transfer_dialog = open_transfer(
            self, self._ctx, self._runner, self.client.id, self.client.name, self.client_changed.emit
        )

    def reveal(self, key: str) -> None:
        """Ask for a reason (dialogs choke point), then show the full value; the service audits it."""
        if self.client is None:
            return
        reason = dialogs.ask_text(
            self,
            self.tr("显示完整信息"),
            self.tr("查看完整的证件号码或电话会被记录（谁、何时、为什么）。请填写原因："),
        )
        if not reason:
            return
        ctx, client_id = self._ctx, self.client.id
        field = "id_number" if key == "id" else "phone"

        def shown(value: str) -> None:
            if self.client is None or self.client.id != client_id:
                return  # another client was opened meanwhile
            self.fields[key].setText(value)
            self.reveal_buttons[key].setEnabled(False)

        self._runner.run(lambda: record_reveal(ctx, client_id, field, reason), shown)

    def open_visit_dialog(self, record: VisitRecord | None = None) -> None:
        if self.client is None:
            return
        from desktop.ui.casework.visit_dialog import VisitDialog

        dialog = VisitDialog(self._ctx, self._runner, self.client.id, self.client.name, self, record=record)
        self.visit_dialog = dialog

        def finished(_result: int) -> None:
            if dialog.saved is not None:
                self.visit_logged.emit(dialog.saved)
            if self.client is not None:
                self.show_client(self.client.id)

        dialog.finished.connect(finished)
        dialog.open()

    def open_visit_row(self, row: int) -> None:
        visit = self.history_model.row_at(row)
        if visit is not None:
            self.open_visit(visit.id)

    def open_visit(self, visit_id: str) -> None:
        ctx = self._ctx
        self._runner.run(lambda: visit_service.get_visit(ctx, visit_id), lambda r: self.open_visit_dialog(r))

    def edit_client(self) -> None:
        if self.client is None:
            return
        from desktop.ui.casework.client_form import ClientFormDialog

        dialog = ClientFormDialog(self._ctx, self._runner, self, client_id=self.client.id)
        self.client_form = dialog
        dialog.finished.connect(lambda _r: self._after_edit(dialog))
        dialog.open()

    def _after_edit(self, dialog: Any) -> None:
        if dialog.saved is not None:
            self.show_client(dialog.saved.id)
            self.client_changed.emit(dialog.saved.id)

    def add_guardian(self, row: int | None = None) -> None:
        """Add a guardian, or edit the one in `row` of the guardian table."""
        if self.client is None:
            return
        from desktop.ui.casework.client_people_dialogs import GuardianDialog

        guardian = self.guardian_model.row_at(row) if isinstance(row, int) else None
        dialog = GuardianDialog(self._ctx, self._runner, self.client.id, self, guardian.id if guardian else None)
        dialog.finished.connect(lambda _r: self.client and self.show_client(self.client.id))
        dialog.open()

    def add_consent(self) -> None:
        if self.client is None:
            return
        from desktop.ui.casework.client_people_dialogs import ConsentDialog

        dialog = ConsentDialog(self._ctx, self._runner, self.client.id, self)
        dialog.finished.connect(lambda _r: self.client and self.show_client(self.client.id))
        dialog.open()

    def _selected(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def remove_guardian(self) -> None:
        row = self._selected(self.guardians)
        guardian = self.guardian_model.row_at(row) if row is not None else None
        if guardian is None or self.client is None:
            return
        if not dialogs.confirm(
            self, self.tr("删除监护人"), self.tr("删除所选监护人记录？（记录保留为已删除，可追溯）")
        ):
            return
        ctx, client_id = self._ctx, self.client.id
        self._runner.run(
            lambda: client_people.remove_guardian(ctx, guardian.id), lambda _r: self.show_client(client_id)
        )

    def withdraw_consent(self) -> None:
        row = self._selected(self.consents)
        consent = self.consent_model.row_at(row) if row is not None else None
        if consent is None or self.client is None or not consent.in_force:
            return
        if not dialogs.confirm(self, self.tr("撤回同意"), self.tr("记录服务对象（或监护人）于今天撤回所选同意？")):
            return
        ctx, client_id = self._ctx, self.client.id
        self._runner.run(
            lambda: client_people.withdraw_consent(ctx, consent.id), lambda _r: self.show_client(client_id)
        )
