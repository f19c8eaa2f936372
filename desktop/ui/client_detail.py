"""A client's profile and visit history, with the buttons to log a visit and to print its forms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import SEX, label
from desktop.i18n import current_language
from desktop.services import clients as client_service
from desktop.services import forms as form_service
from desktop.services import visits as visit_service
from desktop.services.clients import ClientDetail
from desktop.services.context import ServiceContext
from desktop.services.reveal import reveal_field
from desktop.services.visits import VisitSummary

from desktop.ui import dialogs
from desktop.ui.errors import show_error
from desktop.ui.item_models.visits_model import VisitHistoryModel
from desktop.ui.printing import Printer
from desktop.ui.tasks import TaskRunner
from desktop.ui.visit_dialog import VisitDialog


class ClientDetailView(QWidget):
    visit_logged = Signal(object)

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.client: ClientDetail | None = None

        self.title = QLabel(self.tr("请在左侧选择一位服务对象"))
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.fields: dict[str, QLabel] = {}
        # Masked values get a "显示" button: the full value needs a reason and is audited.
        self.reveal_buttons: dict[str, QToolButton] = {}
        revealable = {"id": "id_number", "phone": "phone", "address": "address_detail"}
        form = QFormLayout()
        for key, caption in (
            ("sex_age", self.tr("性别 / 年龄")),
            ("id", self.tr("身份证号")),
            ("phone", self.tr("联系电话")),
            ("address", self.tr("住址")),
            ("status", self.tr("管理状态")),
            ("diagnosis", self.tr("诊断")),
            ("caseworker", self.tr("负责社工")),
        ):
            value = QLabel("")
            value.setWordWrap(True)
            self.fields[key] = value
            if key in revealable:
                button = QToolButton()
                button.setText(self.tr("显示"))
                button.setToolTip(self.tr("显示完整信息（需填写原因，记入审计日志）"))
                button.setAutoRaise(True)
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setStyleSheet("QToolButton { color: #1565c0; } QToolButton:disabled { color: #999; }")
                button.setEnabled(False)
                button.clicked.connect(lambda _checked=False, k=key, f=revealable[key]: self.reveal(k, f))
                self.reveal_buttons[key] = button
                row = QHBoxLayout()
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(value, 1)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                form.addRow(caption, row)
            else:
                form.addRow(caption, value)

        self.log_button = QPushButton(self.tr("记录访视(&V)…"))
        self.log_button.setEnabled(False)
        self.log_button.clicked.connect(self.open_visit_dialog)
        self.printer = Printer(ctx, runner, self)
        self.print_profile_button = QPushButton(self.tr("打印档案(&A)"))
        self.print_blank_button = QPushButton(self.tr("空白访视表(&B)"))
        self.print_profile_button.clicked.connect(self.print_profile)
        self.print_blank_button.clicked.connect(self.print_blank_form)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.print_profile_button)
        header.addWidget(self.print_blank_button)
        header.addWidget(self.log_button)

        self.history_model = VisitHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)

        self.print_visit_button = QPushButton(self.tr("打印访视记录(&R)"))
        self.print_national_button = QPushButton(self.tr("国家随访表(&N)"))
        self.print_visit_button.clicked.connect(lambda: self.print_visit(national=False))
        self.print_national_button.clicked.connect(lambda: self.print_visit(national=True))
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)
        history_bar = QHBoxLayout()
        history_bar.addWidget(QLabel(self.tr("访视记录")), 1)
        history_bar.addWidget(self.print_visit_button)
        history_bar.addWidget(self.print_national_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addLayout(history_bar)
        layout.addWidget(self.history, 1)
        self._update_buttons()

    def show_client(self, client_id: str) -> None:
        ctx = self._ctx

        def load() -> tuple[ClientDetail, list[VisitSummary]]:
            return client_service.get_client(ctx, client_id), visit_service.list_visits(ctx, client_id)

        self._runner.run(load, self._loaded)

    def _loaded(self, result: tuple[ClientDetail, list[VisitSummary]]) -> None:
        client, visits = result
        self.client = client
        self.title.setText(client.name + (self.tr("  ★重点关注") if client.key_attention else ""))
        sex = label(SEX, client.sex, current_language())
        self.fields["sex_age"].setText(f"{sex} / {client.age if client.age is not None else '—'}")
        self.fields["id"].setText(client.id_masked or "—")
        self.fields["phone"].setText(client.phone_masked or "—")
        self.fields["address"].setText(
            (client.address_text + (" ****" if client.address_masked else "")).strip() or "—"
        )
        self.fields["status"].setText(client.management_status_label)
        self.fields["diagnosis"].setText(client.diagnosis or "—")
        self.fields["caseworker"].setText(client.caseworker_name or "—")
        self.history_model.set_rows(visits)
        self.log_button.setEnabled(True)
        has_value = {"id": bool(client.id_masked), "phone": bool(client.phone_masked), "address": client.address_masked}
        for key, button in self.reveal_buttons.items():
            button.setEnabled(has_value[key])
            button.setVisible(has_value[key])
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        may_print = self.client is not None and self.printer.can("print.case")
        self.print_profile_button.setEnabled(may_print)
        self.print_blank_button.setEnabled(may_print)
        chosen = self.selected_visit() is not None
        self.print_visit_button.setEnabled(may_print and chosen)
        self.print_national_button.setEnabled(may_print and chosen)

    def selected_visit(self) -> VisitSummary | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history_model.row_at(rows[0].row()) if rows else None

    def print_profile(self) -> None:
        if self.client is not None:
            client_id = self.client.id
            self.printer.preview(lambda ctx: form_service.print_client(ctx, client_id), self.tr("服务对象档案"))

    def print_blank_form(self) -> None:
        if self.client is not None:
            client_id = self.client.id
            self.printer.preview(
                lambda ctx: form_service.print_blank_visit(ctx, client_id), self.tr("空白访视表（现场填写）")
            )

    def print_visit(self, *, national: bool) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        title = self.tr("严重精神障碍患者随访服务记录表") if national else self.tr("家庭访视记录")
        self.printer.preview(lambda ctx: form_service.print_visit(ctx, visit.id, national=national), title)

    def reveal(self, key: str, field: str) -> None:
        """Ask for a reason, then show the full value in place of the mask (audited by the service)."""
        if self.client is None:
            return
        captions = {"id": self.tr("身份证号"), "phone": self.tr("联系电话"), "address": self.tr("详细地址")}
        reason = dialogs.ask_text(
            self,
            self.tr("显示完整信息"),
            self.tr("查看{what}的完整内容需要说明原因（将记入审计日志）：").format(what=captions[key]),
        )
        if reason is None:
            return
        ctx, client_id = self._ctx, self.client.id

        def shown(value: str) -> None:
            if self.client is None or self.client.id != client_id:
                return  # another client was opened meanwhile
            label = self.fields[key]
            label.setText(f"{self.client.address_text} {value}".strip() if key == "address" else value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.reveal_buttons[key].setEnabled(False)

        self._runner.run(
            lambda: reveal_field(ctx, "client", client_id, field, reason), shown, lambda e: show_error(self, e)
        )

    def open_visit_dialog(self) -> None:
        if self.client is None:
            return
        dialog = VisitDialog(self._ctx, self._runner, self.client.id, self.client.name, self)
        if dialog.exec() and dialog.saved is not None:
            self.visit_logged.emit(dialog.saved)
            self.show_client(self.client.id)
