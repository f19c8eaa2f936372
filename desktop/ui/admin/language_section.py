"""设置 → 本机 → 语言: the interface language of this computer, and the station's language for
printed forms (lead and administrator)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop.i18n import SUPPORTED, current_language
from desktop.preferences import save_ui_language, saved_ui_language
from desktop.services.admin.language import forms_language, set_forms_language
from desktop.services.context import ServiceContext
from desktop.services.permissions import allowed

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

# Each language is named in itself, so that someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}  # i18n: keep


class LanguageSection(QGroupBox):
    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("语言"), parent)
        self._ctx, self._runner = ctx, runner
        self.interface = QComboBox()
        self.printing = QComboBox()
        for combo in (self.interface, self.printing):
            for code in SUPPORTED:
                combo.addItem(LANGUAGE_NAMES[code], code)
        # The language the window is in now: `--lang en` shows English even when this computer's
        # saved choice is Chinese (saving then makes it this computer's choice too).
        self._select(self.interface, current_language())
        self.can_configure = allowed(ctx.actor.role, "station.configure")
        self.printing.setEnabled(self.can_configure)
        self.save_button = QPushButton(self.tr("保存语言设置(&G)"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("界面语言（本机）(&I)"), self.interface)
        form.addRow(self.tr("打印表单语言（全站）(&P)"), self.printing)
        note = QLabel(self.tr("界面语言在重新启动程序后生效。打印表单语言只有站长和系统管理员可以修改。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow("", note)
        form.addRow("", self.save_button)

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: forms_language(ctx), lambda code: self._select(self.printing, code))

    def save(self) -> None:
        ctx = self._ctx
        interface = str(self.interface.currentData())
        printing = str(self.printing.currentData())
        changed_interface = interface != saved_ui_language(ctx.paths)
        try:
            save_ui_language(ctx.paths, interface)
        except OSError:
            dialogs.warn(self, self.tr("语言"), self.tr("无法保存本机的语言设置：数据目录不可写。"))
            return

        def done(_saved: object = None) -> None:
            text = self.tr("语言设置已保存。")
            if changed_interface:
                text += "\n" + self.tr("界面语言将在重新启动程序后生效。")
            dialogs.inform(self, self.tr("语言"), text)

        if self.can_configure:
            self._runner.run(lambda: set_forms_language(ctx, printing), done, lambda e: show_error(self, e))
        else:
            done()
