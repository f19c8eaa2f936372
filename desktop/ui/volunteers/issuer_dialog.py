"""出具单位信息: who issues the station's certificates (organisation, 负责人, contact, project).

Opened from the 服务证明 tab's button, and before issuing when a field the regulation asks for is
empty: the dialog then says which fields are missing and marks them, instead of the issue failing
with "请填写负责人。" and no hint where that is entered (issue 19).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.volunteers.settings import IssuerSettings

# Wide enough for a full station name such as "上海市徐汇区凌云街道精神健康社会工作服务站".
FIELD_WIDTH = 420


def missing_issuer_fields(value: IssuerSettings) -> list[str]:
    """The fields a certificate needs that are empty (`IssuerSettings` attribute names)."""
    return [name for name in ("organisation", "responsible_person", "contact") if not getattr(value, name).strip()]


class IssuerDialog(QDialog):
    def __init__(
        self, current: IssuerSettings, missing: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("出具单位信息"))
        self.captions = {
            "organisation": self.tr("出具主体名称"),
            "responsible_person": self.tr("负责人"),
            "contact": self.tr("联系方式"),
            "project_name": self.tr("上海志愿者网项目名称"),
        }
        self.edits = {name: QLineEdit(getattr(current, name)) for name in self.captions}
        self.edits["responsible_person"].setPlaceholderText(self.tr("在证明上签字的负责人姓名"))
        self.edits["contact"].setPlaceholderText(self.tr("如 021-64381234"))
        form = QFormLayout()
        for name, caption in self.captions.items():
            self.edits[name].setMinimumWidth(FIELD_WIDTH)
            form.addRow(caption, self.edits[name])
        self.note = QLabel("")
        self.note.setWordWrap(True)
        if missing:
            names = self.tr("、").join(self.captions[name] for name in missing)
            self.note.setText(self.tr("出具证明前请先填写：{fields}。这些信息会印在每份证明上。").format(fields=names))
            self.note.setStyleSheet("color: #a40000;")
            for name in missing:
                self.edits[name].setStyleSheet("border: 1px solid #c00;")
            self.edits[missing[0]].setFocus()
        self._required = bool(missing)
        self.note.setVisible(self._required)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> IssuerSettings:
        return IssuerSettings(*(self.edits[name].text().strip() for name in self.captions))

    def _save(self) -> None:
        still = missing_issuer_fields(self.value())
        if still and self._required:
            names = self.tr("、").join(self.captions[name] for name in still)
            self.note.setText(self.tr("还需填写：{fields}。").format(fields=names))
            self.edits[still[0]].setFocus()
            return
        self.accept()
