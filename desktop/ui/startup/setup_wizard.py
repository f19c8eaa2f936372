"""First-run wizard: the station's identity and mode, then the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain import address
from desktop.paths import AppPaths
from desktop.services.admin.setup import StationInfo, initialise

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner


class SetupWizard(QWizard):
    def __init__(self, paths: AppPaths, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths, self._runner = paths, runner
        self.result_info: StationInfo | None = None
        self._done = False
        self.setWindowTitle(self.tr("初始设置 — 社工站工作台"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

        station = QWizardPage()
        station.setTitle(self.tr("本机所属站点"))
        station.setSubTitle(self.tr("这些信息用于表单页眉和与区里交换数据，站点代码设定后不能更改。"))
        self.station_code = QLineEdit()
        self.station_code.setPlaceholderText(self.tr("如 XH-LYL"))
        self.station_name = QLineEdit()
        self.station_name.setPlaceholderText(self.tr("如 凌云路街道精神健康社工站"))
        self.district = QComboBox()
        for unit in address.districts():
            self.district.addItem(unit.name)
        self.mode_station = QRadioButton(self.tr("社工站"))
        self.mode_station.setChecked(True)
        self.mode_district = QRadioButton(self.tr("区级（区精神卫生中心 / 区社工总站）"))
        form = QFormLayout(station)
        form.addRow(self.tr("站点代码"), self.station_code)
        form.addRow(self.tr("站点名称"), self.station_name)
        form.addRow(self.tr("所属区"), self.district)
        modes = QVBoxLayout()
        modes.addWidget(self.mode_station)
        modes.addWidget(self.mode_district)
        form.addRow(self.tr("模式"), modes)
        station.registerField("station_code*", self.station_code)
        station.registerField("station_name*", self.station_name)
        self.addPage(station)

        admin = QWizardPage()
        admin.setTitle(self.tr("第一位管理员"))
        admin.setSubTitle(self.tr("管理员负责添加其他用户；按规定，管理员账户默认不查看个案内容。"))
        self.admin_username = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        admin_form = QFormLayout(admin)
        admin_form.addRow(self.tr("用户名"), self.admin_username)
        admin_form.addRow(self.tr("姓名"), self.admin_name)
        admin_form.addRow(self.tr("密码（至少 8 位）"), self.password)
        admin_form.addRow(self.tr("再次输入密码"), self.password_again)
        admin_form.addRow(self.message)
        admin.registerField("admin_username*", self.admin_username)
        admin.registerField("password*", self.password)
        self.addPage(admin)

    def accept(self) -> None:
        if self._done:
            super().accept()
            return
        if self.password.text() != self.password_again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return
        paths = self._paths
        values = {
            "station_code": self.station_code.text(),
            "station_name": self.station_name.text(),
            "district": self.district.currentText(),
            "mode": "district" if self.mode_district.isChecked() else "station",
            "admin_username": self.admin_username.text().strip(),
            "admin_password": self.password.text(),
            "admin_display_name": self.admin_name.text().strip(),
        }
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._runner.run(lambda: initialise(paths, **values), self._finished, self._failed)

    def _finished(self, info: StationInfo) -> None:
        self.result_info = info
        self._done = True
        if info.recovery_key:
            # Shown once: the database is encrypted and this key opens it when every password is lost.
            dialogs.inform(
                self,
                self.tr("数据库恢复密钥"),
                self.tr(
                    "本站的数据库已加密。请把下面的恢复密钥抄写或打印下来，锁入站点的保险柜；"
                    "忘记密码或站长离任时，凭它可以为用户设置新密码。它不会再次显示。\n\n{key}"
                ).format(key=info.recovery_key),
                secret=True,
            )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, error)
