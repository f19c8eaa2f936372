"""Register or edit a client: identity with the ID checksum, address 区→街道/镇→居委会, status, team.

The ID number is checked as it is typed (GB 11643: sex and birth date derived, a mismatch with
what was entered is warned). Before a new client is saved the register is searched for the same
ID number (by its keyed hash) or the same name and birth date, and the caseworker decides.
A committee missing from the reference list can be typed by hand; it is flagged for coding.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import address
from desktop.domain.codes import (
    CARE_TEAM_ROLES,
    CLIENT_TAGS,
    ECONOMIC_STATUS,
    EMPLOYMENT,
    HOUSEHOLD_TYPE,
    ID_TYPE,
    MANAGEMENT_STATUS,
    SEX,
    text_of,
)
from desktop.domain.idnumber import mismatch_warnings, parse_id
from desktop.errors import AppError
from desktop.services.admin.users import caseworkers
from desktop.services.casework import clients as client_service
from desktop.services.casework.clients import ClientDetail, ClientInput, DuplicateMatch
from desktop.services.context import ServiceContext

from desktop.ui.shell import dialogs
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.unsaved import UnsavedChangesGuard, fills_form
from desktop.ui.shell.widgets import CodeCombo, OptionalDateEdit, flowing, hbox

UNLISTED = "__free__"
TEAM_ROWS = 4


class ClientFormDialog(UnsavedChangesGuard, QDialog):
    def __init__(
        self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None, client_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self.client_id = ctx, runner, client_id
        self.saved: ClientDetail | None = None
        self.setWindowTitle(self.tr("编辑服务对象") if client_id else self.tr("登记服务对象"))
        self.resize(760, 700)
        self._build_fields()
        self._build_layout(self._build_form())
        self._connect()
        self.caseworker.addItem(self.tr("（我自己）"), "")
        self._runner.run(lambda: caseworkers(ctx.db), self._caseworkers_loaded)
        if client_id:
            self._runner.run(
                lambda: (
                    client_service.edit_form_values(ctx, client_id, masked=True),
                    client_service.get_client(ctx, client_id),
                ),
                lambda result: self.load(*result),
            )
        self.name.setFocus()

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.id_type = CodeCombo(ID_TYPE)
        self.id_number = QLineEdit()
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.sex = CodeCombo(SEX, blank=self.tr("（按证件号码）"))
        self.birth = OptionalDateEdit()
        self.phone = QLineEdit()
        self.district = QComboBox()
        self.township = QComboBox()
        self.village = QComboBox()
        self.village_text = QLineEdit()
        self.village_text.setPlaceholderText(self.tr("列表中没有时手工填写，日后编码"))
        self.detail = QLineEdit()
        self.household = CodeCombo(HOUSEHOLD_TYPE, blank=self.tr("（未填）"), numbered=True)
        self.diagnosis = QLineEdit()
        self.employment = CodeCombo(EMPLOYMENT, blank=self.tr("（未填）"), numbered=True)
        self.economic = CodeCombo(ECONOMIC_STATUS, blank=self.tr("（未填）"), numbered=True)
        self.flags = {
            "targeted_poverty": QCheckBox(self.tr("精准扶贫对象")),
            "guardian_subsidy": QCheckBox(self.tr("监护补助对象")),
            "family_doctor": QCheckBox(self.tr("家庭医生签约")),
            "community_rehab": QCheckBox(self.tr("参加社区康复")),
        }
        self.disability = QComboBox()
        grades = (self.tr("（无精神残疾证）"), self.tr("一级"), self.tr("二级"), self.tr("三级"), self.tr("四级"))
        for grade, text in enumerate(grades):
            self.disability.addItem(text, grade)
        self.status = CodeCombo(MANAGEMENT_STATUS)
        self.status_reason = QLineEdit()
        self.status_reason.setPlaceholderText(self.tr("失访、死亡、迁出、结案须写明原因"))
        self.status_date = OptionalDateEdit()
        self.caseworker = QComboBox()
        self.tags = {str(c.value): QCheckBox(text_of(c)) for c in CLIENT_TAGS}
        self.team = [(CodeCombo(CARE_TEAM_ROLES, blank=self.tr("（角色）")), QLineEdit()) for _ in range(TEAM_ROWS)]
        self.committee_contact = QLineEdit()
        self.committee_phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("姓名(&N)"), self.name)
        form.addRow(self.tr("证件类型"), self.id_type)
        form.addRow(self.tr("证件号码(&I)"), self.id_number)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("性别"), self.sex)
        form.addRow(self.tr("出生日期(&B)"), self.birth)
        form.addRow(self.tr("联系电话(&P)"), self.phone)
        form.addRow(self.tr("区"), self.district)
        form.addRow(self.tr("街道 / 镇"), self.township)
        form.addRow(self.tr("居委会 / 村委会"), self.village)
        form.addRow("", self.village_text)
        form.addRow(self.tr("详细地址(&A)"), self.detail)
        form.addRow(self.tr("户别"), self.household)
        form.addRow(self.tr("诊断"), self.diagnosis)
        form.addRow(self.tr("就业 / 经济"), hbox(self.employment, self.economic, stretch=False))
        form.addRow(self.tr("精神残疾证"), self.disability)
        form.addRow(self.tr("其他情况"), flowing(*self.flags.values()))
        form.addRow(self.tr("管理状态(&S)"), hbox(self.status, self.status_date, stretch=False))
        form.addRow(self.tr("状态原因"), self.status_reason)
        form.addRow(self.tr("负责社工(&W)"), self.caseworker)
        # Check boxes wrap onto further lines: in English four of them side by side are wider than
        # the form at 150 % scaling, which then scrolled sideways (issue 19).
        form.addRow(self.tr("服务对象类别"), flowing(*self.tags.values()))
        for n, (role, person) in enumerate(self.team):
            form.addRow(self.tr("关爱帮扶小组") if n == 0 else "", hbox(role, person, stretch=False))
        form.addRow(self.tr("居委联系人 / 电话"), hbox(self.committee_contact, self.committee_phone, stretch=False))
        form.addRow(self.tr("备注"), self.notes)
        return form

    def _build_layout(self, form: QFormLayout) -> None:
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        """The address lists fill one another; the ID number is checked as it is typed."""
        self.district.addItem(self.tr("（请选择区）"), "")
        for unit in address.districts():
            self.district.addItem(unit.name, unit.code)
        self.district.currentIndexChanged.connect(self._district_changed)
        self.township.currentIndexChanged.connect(self._township_changed)
        self.village.currentIndexChanged.connect(self._village_changed)
        self.id_number.textChanged.connect(self._check_id)
        self.id_type.currentIndexChanged.connect(self._check_id)
        self.sex.currentIndexChanged.connect(self._check_id)
        self.birth.dateChanged.connect(self._check_id)
        self._district_changed()

    def _district_changed(self) -> None:
        self.township.clear()
        self.township.addItem(self.tr("（请选择街道/镇）"), "")
        code = self.district.currentData()
        for unit in address.townships(code) if code else ():
            self.township.addItem(unit.name, unit.code)

    def _township_changed(self) -> None:
        self.village.clear()
        self.village.addItem(self.tr("（请选择居委会）"), "")
        code = self.township.currentData()
        for unit in address.villages(code) if code else ():
            self.village.addItem(unit.name, unit.code)
        if code:
            self.village.addItem(self.tr("（不在列表中，手工填写）"), UNLISTED)
        self._village_changed()

    def _village_changed(self) -> None:
        self.village_text.setEnabled(self.village.currentData() == UNLISTED)

    @fills_form
    def _caseworkers_loaded(self, rows: list[tuple[str, str]]) -> None:
        for user_id, name in rows:
            self.caseworker.addItem(name, (user_id, name))
        if self._pending_caseworker:
            self._select_caseworker(self._pending_caseworker)

    _pending_caseworker = ""

    def _select_caseworker(self, user_id: str) -> None:
        for index in range(self.caseworker.count()):
            data = self.caseworker.itemData(index)
            if isinstance(data, tuple) and data[0] == user_id:
                self.caseworker.setCurrentIndex(index)
                return
        self._pending_caseworker = user_id

    # --- identity check as you type ------------------------------------------------------------

    def _check_id(self) -> None:
        text = self.id_number.text().strip()
        if not text:
            self.id_hint.setText("")
            return
        try:
            parsed = parse_id(text, str(self.id_type.value()))
        except AppError as error:
            self.id_hint.setText(f'<span style="color:#b00020">{error.user_message()}</span>')
            return
        parts = []
        if parsed.birth_date is not None:
            sex = next(text_of(c) for c in SEX if c.value == parsed.sex)
            parts.append(self.tr("号码有效：{sex}，{birth} 出生").format(sex=sex, birth=parsed.birth_date.isoformat()))
        sex_value = self.sex.value()
        notices = [
            *parsed.warnings,
            *mismatch_warnings(parsed, sex_value if isinstance(sex_value, int) else None, self.birth.optional()),
        ]
        parts.extend(f'<span style="color:#8a5300">{n.user_message()}</span>' for n in notices)
        self.id_hint.setText("<br>".join(parts) or self.tr("号码有效"))

    # --- values -------------------------------------------------------------------------------

    def value(self) -> ClientInput:
        village = self.village.currentData()
        caseworker = self.caseworker.currentData()
        sex = self.sex.value()
        return ClientInput(
            name=self.name.text(),
            sex=int(sex) if sex is not None else None,
            birth_date=self.birth.optional(),
            id_type=str(self.id_type.value()),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            district_code=self.district.currentData() or "",
            township_code=self.township.currentData() or "",
            village_code="" if village in (UNLISTED, None) else village,
            village_free_text=self.village_text.text() if village == UNLISTED else "",
            address_detail=self.detail.text(),
            household_type=self.household.int_value(),
            management_status=str(self.status.value()),
            status_reason=self.status_reason.text(),
            status_date=self.status_date.optional(),
            diagnosis=self.diagnosis.text(),
            caseworker_id=caseworker[0] if isinstance(caseworker, tuple) else "",
            caseworker_name=caseworker[1] if isinstance(caseworker, tuple) else "",
            tags=tuple(tag for tag, check in self.tags.items() if check.isChecked()),
            care_team=tuple(
                (str(role.value()), person.text())
                for role, person in self.team
                if role.value() and person.text().strip()
            ),
            committee_contact=self.committee_contact.text(),
            committee_phone=self.committee_phone.text(),
            employment=self.employment.int_value(),
            economic_status=self.economic.int_value(),
            disability_grade=int(self.disability.currentData() or 0),
            notes=self.notes.toPlainText(),
            keep_identity=self._keep_identity,
            **{name: check.isChecked() for name, check in self.flags.items()},
        )

    _keep_identity = False

    @fills_form
    def load(self, data: ClientInput, shown: ClientDetail | None = None) -> None:
        """Fill the form; stored numbers stay hidden: their masks are hints, an empty field keeps them."""
        self._keep_identity = data.keep_identity
        if shown is not None:
            keep = self.tr("（不修改请留空）")
            self.id_number.setPlaceholderText(f"{shown.id_masked}{keep}" if shown.has_id else "")
            self.phone.setPlaceholderText(f"{shown.phone_masked}{keep}" if shown.has_phone else "")
            self.committee_phone.setPlaceholderText(shown.committee_phone_masked)
        self.name.setText(data.name)
        self.id_type.set_value(data.id_type)
        self.id_number.setText(data.id_number)
        self.sex.set_value(data.sex if data.sex else None)
        self.birth.set_optional(data.birth_date)
        self.phone.setText(data.phone)
        for combo, code in ((self.district, data.district_code), (self.township, data.township_code)):
            combo.setCurrentIndex(max(combo.findData(code), 0))
        if data.village_code:
            self.village.setCurrentIndex(max(self.village.findData(data.village_code), 0))
        elif data.village_free_text:
            self.village.setCurrentIndex(max(self.village.findData(UNLISTED), 0))
            self.village_text.setText(data.village_free_text)
        self.detail.setText(data.address_detail)
        self.household.set_value(data.household_type)
        self.status.set_value(data.management_status)
        self.status_reason.setText(data.status_reason)
        self.status_date.set_optional(data.status_date)
        self.diagnosis.setText(data.diagnosis)
        self._select_caseworker(data.caseworker_id)
        for tag, check in self.tags.items():
            check.setChecked(tag in data.tags)
        for n, (role, person) in enumerate(self.team):
            member = data.care_team[n] if n < len(data.care_team) else (None, "")
            role.set_value(member[0])
            person.setText(member[1])
        self.committee_contact.setText(data.committee_contact)
        self.committee_phone.setText(data.committee_phone)
        self.notes.setPlainText(data.notes)
        self.employment.set_value(data.employment)
        self.economic.set_value(data.economic_status)
        self.disability.setCurrentIndex(max(self.disability.findData(data.disability_grade), 0))
        for name, check in self.flags.items():
            check.setChecked(bool(getattr(data, name)))

    # --- saving ---------------------------------------------------------------------------------

    def form_kind(self) -> str:
        return self.tr("服务对象信息")

    def save(self) -> None:
        data, ctx, client_id = self.value(), self._ctx, self.client_id
        self.buttons.setEnabled(False)
        if client_id:
            self._runner.run(lambda: client_service.update_client(ctx, client_id, data), self._saved, self._failed)
        else:
            self._runner.run(lambda: client_service.find_duplicates(ctx, data), self._checked, self._failed)

    def _checked(self, matches: list[DuplicateMatch]) -> None:
        if matches:
            lines = "\n".join(
                f"· {m.name}　{m.birth_date or ''}　{m.village}　{m.management_status}　"
                + (self.tr("证件号码相同") if m.reason == "id_number" else self.tr("姓名和出生日期相同"))
                for m in matches
            )
            if not dialogs.confirm(
                self,
                self.tr("可能重复登记"),
                self.tr("登记册中已有可能是同一人的服务对象：\n{lines}\n\n仍要登记为新的服务对象吗？").format(
                    lines=lines
                ),
            ):
                self.buttons.setEnabled(True)
                return
        data, ctx = self.value(), self._ctx
        self._runner.run(
            lambda: client_service.create_client(ctx, data, allow_duplicate=True), self._saved, self._failed
        )

    def _saved(self, detail: ClientDetail) -> None:
        self.saved = detail
        if detail.warnings:
            dialogs.inform(
                self, self.tr("已保存，请核对"), "\n".join(notice.user_message() for notice in detail.warnings)
            )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, error)
