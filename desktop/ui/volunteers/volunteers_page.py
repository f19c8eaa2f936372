"""志愿者: the register (search, add, edit, status), the hours ledger, the certificate register,
and the button that opens the check-in kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import VOLUNTEER_STATUS, text_of
from desktop.services.context import ServiceContext
from desktop.services.volunteers import register as volunteer_service
from desktop.services.volunteers.kiosk import KIOSK_ACTOR
from desktop.services.volunteers.register import VolunteerInput, VolunteerSummary

from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import FlowLayout, sized_by_current
from desktop.ui.tables.view import enable_with_selection, table_view
from desktop.ui.volunteers.certificates_tab import CertificatesTab
from desktop.ui.volunteers.hours_tab import HoursTab
from desktop.ui.volunteers.models import VolunteerTableModel
from desktop.ui.volunteers.volunteer_dialog import VolunteerDialog

# Keystroke to painted results ≤ 50 ms (docs/architecture.md §8), as on the clients page: the search itself takes a
# few ms on 2,000 volunteers, so the pause only merges a fast typist's keystrokes.
SEARCH_DELAY_MS = 20


class RegisterTab(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self.kiosk: QWidget | None = None
        self.district = ""
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母（如 zsf）、手机尾号"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for code in VOLUNTEER_STATUS:
            self.status_filter.addItem(text_of(code), code.value)
        self.status_filter.setCurrentIndex(1)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = VolunteerTableModel(self)
        self.table = table_view(self.model)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.count = QLabel("")

        self.add_button = QPushButton(self.tr("登记志愿者(&N)…"))
        self.edit_button = QPushButton(self.tr("编辑(&E)…"))
        self.pause_button = QPushButton(self.tr("暂停"))
        self.leave_button = QPushButton(self.tr("退出"))
        self.resume_button = QPushButton(self.tr("恢复在岗"))
        self.card_button = QPushButton(self.tr("志愿者卡内容…"))
        self.kiosk_button = QPushButton(self.tr("打开签到终端(&K)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button.clicked.connect(lambda: self.set_status("paused"))
        self.leave_button.clicked.connect(lambda: self.set_status("left"))
        self.resume_button.clicked.connect(lambda: self.set_status("active"))
        self.card_button.clicked.connect(self.show_card)
        self.kiosk_button.clicked.connect(self.open_kiosk)
        about_one = (self.edit_button, self.pause_button, self.leave_button, self.resume_button, self.card_button)
        enable_with_selection(self.table, *about_one)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.status_filter)
        buttons = FlowLayout(right=False)  # wraps on a small screen instead of running off it
        for button in (self.add_button, self.edit_button, self.pause_button, self.leave_button, self.resume_button):
            buttons.addWidget(button)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.kiosk_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _t: self._debounce.start())
        self.setFocusProxy(self.search_box)

    def refresh(self) -> None:
        if not self.district:
            from desktop.services.admin.setup import station_info

            db = self._ctx.db
            self._runner.run(lambda: station_info(db).district, lambda name: setattr(self, "district", name))
        ctx, text, status = self._ctx, self.search_box.text(), self.status_filter.currentData()
        self._runner.run(lambda: volunteer_service.search_volunteers(ctx, text, status=status), self._loaded)

    def _loaded(self, rows: list[VolunteerSummary]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("显示 {n} 位志愿者").format(n=len(rows)))

    def selected(self) -> VolunteerSummary | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> None:
        dialog = VolunteerDialog(self._ctx, self._runner, parent=self, district=self.district)
        if dialog.exec():
            self.refresh()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, volunteer_id = self._ctx, row.id
        self._runner.run(
            lambda: volunteer_service.volunteer_form_values(ctx, volunteer_id),
            lambda values: self._open_editor(volunteer_id, values),
        )

    def _open_editor(self, volunteer_id: str, values: VolunteerInput) -> None:
        dialog = VolunteerDialog(self._ctx, self._runner, volunteer_id, values, self, district=self.district)
        if dialog.exec():
            self.refresh()

    def set_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, volunteer_id = self._ctx, row.id
        self._runner.run(
            lambda: volunteer_service.set_volunteer_status(ctx, volunteer_id, status), lambda _d: self.refresh()
        )

    def show_card(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, volunteer_id, name = self._ctx, row.id, row.name
        self._runner.run(
            lambda: volunteer_service.volunteer_card_text(ctx, volunteer_id),
            lambda text: dialogs.ask_text(
                self, self.tr("志愿者卡"), self.tr("{name} 的志愿者卡二维码内容：").format(name=name), text
            ),
        )

    def open_kiosk(self) -> None:
        """The kiosk in full screen, acting as the kiosk actor: no way back without a password."""
        from desktop.ui.volunteers.kiosk import KioskWindow

        if self.kiosk is not None and self.kiosk.isVisible():
            self.kiosk.activateWindow()
            return
        self.kiosk = KioskWindow(self._ctx.as_actor(KIOSK_ACTOR), self._runner)
        self.kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if dialogs.headless:
            self.kiosk.show()
        else:
            self.kiosk.showFullScreen()


class VolunteersPage(QWidget):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("志愿者"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.register = RegisterTab(ctx, runner)
        self.hours = HoursTab(ctx, runner)
        self.certificates = CertificatesTab(ctx, runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.register, self.tr("志愿者名册(&1)"))
        self.tabs.addTab(self.hours, self.tr("服务时长(&2)"))
        self.tabs.addTab(self.certificates, self.tr("服务证明(&3)"))
        sized_by_current(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.register)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
