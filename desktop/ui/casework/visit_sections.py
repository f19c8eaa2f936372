"""The parts of the visit form: the national checklist (docs/domain.md §1.1/§1.2) with information sources,
the medication rows, and the social-work record. Each part reads and writes plain dicts of
`VisitInput` fields, so the dialog only assembles them.

Combos are numbered as on the paper form ("1 良好"): typing the digit picks the answer, so the
whole form can be filled with Tab, digits, Space and Ctrl+Enter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.codes import (
    ADHERENCE,
    ADVERSE_REACTION,
    CONDITION,
    CONFINEMENT,
    DANGER_BEHAVIOURS,
    HOSPITALISATION,
    INFO_SOURCE,
    INSIGHT,
    LAB_TESTS,
    REHAB_MEASURES,
    RISK_LEVEL,
    SOCIAL_FUNCTION_ITEMS,
    SYMPTOMS,
    TREATMENT_EFFECT,
    WORK_CONDITION,
    YES_NO_REFERRAL,
    text_of,
)
from desktop.i18n import mark
from desktop.services.casework.visit_input import MAX_DRUGS, Medication

from desktop.ui.casework.partial_date_edit import PartialDateEdit
from desktop.ui.shell.widgets import CodeCombo, flowing, hbox


def _checks(codes: Any) -> tuple[QWidget, dict[int, QCheckBox]]:
    """Check boxes in even columns that reflow to the form's width (English labels at 150 %
    scaling made a fixed grid wider than the form, which then scrolled sideways)."""
    checks = {int(code.value): QCheckBox(f"{code.value} {text_of(code)}") for code in codes}
    return flowing(*checks.values(), even=True), checks


def _labelled(caption: str, field: QWidget) -> QWidget:
    """A caption above its field, one cell of a row that reflows."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(caption))
    column.addWidget(field)
    return cell


class SourceCombo(CodeCombo):
    """信息来源 of one clinical item (docs/domain.md §0)."""

    def __init__(self) -> None:
        super().__init__(INFO_SOURCE, blank=QCoreApplication.translate("SourceCombo", "（信息来源）"), numbered=True)
        self.setToolTip(self.tr("信息来源：患者/家属自述、精防医生告知、病历/出院小结或社工观察"))


class MedicationRows(QWidget):
    """Up to three drugs: name, 早/中/晚 mg, or a depot every N weeks at a dose (2018 layout)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate(
            (
                self.tr("药物名称"),
                self.tr("早 mg"),
                self.tr("中 mg"),
                self.tr("晚 mg"),
                self.tr("长效"),
                self.tr("每几周"),
                self.tr("每次 mg"),
            )
        ):
            grid.addWidget(QLabel(text), 0, col)
        self.rows: list[
            tuple[QLineEdit, QDoubleSpinBox, QDoubleSpinBox, QDoubleSpinBox, QCheckBox, QSpinBox, QDoubleSpinBox]
        ] = []
        for r in range(MAX_DRUGS):
            name = QLineEdit()
            name.setMinimumWidth(120)
            doses = [self._dose() for _ in range(3)]
            depot = QCheckBox()
            weeks = QSpinBox()
            weeks.setRange(0, 52)
            weeks.setSpecialValueText("—")
            dose = self._dose()
            for col, widget in enumerate((name, *doses, depot, weeks, dose)):
                grid.addWidget(widget, r + 1, col)
            name.textChanged.connect(self.changed)
            self.rows.append((name, doses[0], doses[1], doses[2], depot, weeks, dose))

    @staticmethod
    def _dose() -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 5000)
        spin.setDecimals(1)
        spin.setSpecialValueText("—")
        return spin

    def value(self) -> tuple[Medication, ...]:
        result = []
        for name, morning, noon, evening, depot, weeks, dose in self.rows:
            if not name.text().strip():
                continue
            result.append(
                Medication(
                    name=name.text().strip(),
                    morning_mg=morning.value() or None,
                    noon_mg=noon.value() or None,
                    evening_mg=evening.value() or None,
                    long_acting=depot.isChecked(),
                    every_weeks=weeks.value() or None,
                    dose_mg=dose.value() or None,
                )
            )
        return tuple(result)

    def set_value(self, drugs: tuple[Medication, ...]) -> None:
        for n, (name, morning, noon, evening, depot, weeks, dose) in enumerate(self.rows):
            drug = drugs[n] if n < len(drugs) else Medication("")
            name.setText(drug.name)
            morning.setValue(drug.morning_mg or 0)
            noon.setValue(drug.noon_mg or 0)
            evening.setValue(drug.evening_mg or 0)
            depot.setChecked(drug.long_acting)
            weeks.setValue(drug.every_weeks or 0)
            dose.setValue(drug.dose_mg or 0)


class ChecklistSection(QGroupBox):
    """随访检查表: risk, symptoms, insight … rehabilitation, each clinical item with its source."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("随访检查表（临床项目请注明信息来源，社工记录而不作诊断）"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.combos: dict[str, CodeCombo] = {}
        self.sources: dict[str, SourceCombo] = {}
        # The rows are added in the order of the paper form, which is also the order of Tab.
        self._build_condition_rows(form)
        self._build_behaviour_rows(form)
        self._build_treatment_rows(form)
        for check in self.symptoms.values():
            check.toggled.connect(self.changed)

    def _combo(self, name: str, codes: Any) -> CodeCombo:
        widget = CodeCombo(codes, blank=self.tr("（未填）"), numbered=True)
        widget.currentIndexChanged.connect(self.changed)
        self.combos[name] = widget
        return widget

    def _source(self, item: str) -> SourceCombo:
        widget = SourceCombo()
        widget.currentIndexChanged.connect(self.changed)
        self.sources[item] = widget
        return widget

    def _build_condition_rows(self, form: QFormLayout) -> None:
        """Risk, symptoms, insight, sleep and diet, social functioning."""
        self.risk = CodeCombo(RISK_LEVEL, blank=self.tr("（未评估）"), numbered=True)
        self.risk.currentIndexChanged.connect(self.changed)
        self.combos["risk_level"] = self.risk
        form.addRow(self.tr("危险性评估(&R)"), flowing(self.risk, self._source("risk_level")))

        symptoms, self.symptoms = _checks(SYMPTOMS)
        self.symptoms_other = QLineEdit()
        self.symptoms_other.setPlaceholderText(self.tr("其他症状"))
        self.psychotic = QCheckBox(self.tr("精神症状明显"))
        form.addRow(self.tr("目前症状(&Y)"), symptoms)
        form.addRow("", hbox(self.symptoms_other, self.psychotic, self._source("symptoms")))
        form.addRow(self.tr("自知力(&I)"), hbox(self._combo("insight", INSIGHT), self._source("insight")))
        form.addRow(self.tr("睡眠 / 饮食"), hbox(self._combo("sleep", CONDITION), self._combo("diet", CONDITION)))
        social = [
            self._combo(item.value, WORK_CONDITION if item.value == "sf_work" else CONDITION)
            for item in SOCIAL_FUNCTION_ITEMS
        ]  # type: ignore[arg-type]
        cells = [_labelled(text_of(item), widget) for item, widget in zip(SOCIAL_FUNCTION_ITEMS, social, strict=True)]
        form.addRow(self.tr("社会功能(&U)"), flowing(*cells, even=True))

    def _build_behaviour_rows(self, form: QFormLayout) -> None:
        """Dangerous behaviour, confinement, hospital, tests, adherence, side effects, physical health,
        treatment effect."""
        self.danger: dict[str, QSpinBox] = {}
        cells = []
        for item in DANGER_BEHAVIOURS:
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setSuffix(self.tr(" 次"))
            spin.valueChanged.connect(self.changed)
            self.danger[str(item.value)] = spin
            cells.append(_labelled(text_of(item), spin))
        form.addRow(self.tr("危险行为(&B)"), flowing(*cells, even=True))
        form.addRow(self.tr("关锁情况"), self._combo("confinement", CONFINEMENT))
        self.discharge = PartialDateEdit()  # the national form allows a year or a year and month
        self.discharge.changed.connect(self.changed)
        form.addRow(
            self.tr("住院情况(&H)"),
            flowing(
                self._combo("hospitalisation", HOSPITALISATION),
                hbox(QLabel(self.tr("末次出院")), self.discharge, stretch=False),
                self._source("hospitalisation"),
            ),
        )
        self.lab_text = QLineEdit()
        self.lab_text.setPlaceholderText(self.tr("检查结果"))
        form.addRow(
            self.tr("实验室检查"),
            flowing(self._combo("lab_tests", LAB_TESTS), self.lab_text, self._source("lab_tests")),
        )
        form.addRow(self.tr("用药依从性(&J)"), hbox(self._combo("adherence", ADHERENCE), self._source("adherence")))
        self.adverse_text = QLineEdit()
        self.adverse_text.setPlaceholderText(self.tr("何种药物、何种反应"))
        self.adverse_serious = QCheckBox(self.tr("急性或严重"))
        self.adverse_serious.toggled.connect(self.changed)
        form.addRow(
            self.tr("药物不良反应"),
            flowing(
                self._combo("adverse_reaction", ADVERSE_REACTION),
                self.adverse_text,
                self.adverse_serious,
                self._source("adverse_reaction"),
            ),
        )
        self.physical = QCheckBox(self.tr("有严重躯体疾病"))
        self.physical.toggled.connect(self.changed)
        self.physical_unstable = QCheckBox(self.tr("躯体疾病不稳定"))
        self.physical_unstable.toggled.connect(self.changed)
        self.other_abnormal = QCheckBox(self.tr("有其他异常"))
        self.other_abnormal.toggled.connect(self.changed)
        self.psychotic.toggled.connect(self.changed)
        form.addRow(self.tr("躯体及其他"), flowing(self.physical, self.physical_unstable, self.other_abnormal))
        form.addRow(
            self.tr("治疗效果"),
            hbox(self._combo("treatment_effect", TREATMENT_EFFECT), self._source("treatment_effect")),
        )

    def _build_treatment_rows(self, form: QFormLayout) -> None:
        """Referral, medication and its guidance, rehabilitation."""
        self.referral_reason = QLineEdit()
        self.referral_reason.setPlaceholderText(self.tr("转诊原因"))
        self.referral_to = QLineEdit()
        self.referral_to.setPlaceholderText(self.tr("转诊至机构及科室"))
        form.addRow(
            self.tr("转诊(&Z)"),
            flowing(
                hbox(QLabel(self.tr("建议转诊")), self._combo("referral_suggested", YES_NO_REFERRAL), stretch=False),
                hbox(QLabel(self.tr("已转诊")), self._combo("referral_done", YES_NO_REFERRAL), stretch=False),
                self._source("referral"),
            ),
        )
        form.addRow("", hbox(self.referral_reason, self.referral_to))
        self.medications = MedicationRows()
        self.guidance = MedicationRows()
        form.addRow(self.tr("用药情况"), self.medications)
        form.addRow("", self._source("medications"))
        form.addRow(self.tr("用药指导"), self.guidance)
        form.addRow("", self._source("medication_guidance"))
        rehab, self.rehab = _checks(REHAB_MEASURES)
        self.rehab_other = QLineEdit()
        self.rehab_other.setPlaceholderText(self.tr("其他康复措施"))
        form.addRow(self.tr("康复措施(&K)"), rehab)
        form.addRow("", self.rehab_other)

    def value(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: widget.int_value() for name, widget in self.combos.items()}
        values.update({name: spin.value() for name, spin in self.danger.items()})
        values["last_discharge_date"], values["last_discharge_precision"] = self.discharge.value()
        values.update(
            symptoms=tuple(code for code, check in self.symptoms.items() if check.isChecked()),
            symptoms_other=self.symptoms_other.text(),
            marked_psychotic_symptoms=self.psychotic.isChecked(),
            lab_tests_text=self.lab_text.text(),
            adverse_reaction_text=self.adverse_text.text(),
            adverse_reaction_serious=self.adverse_serious.isChecked(),
            serious_physical_illness=self.physical.isChecked(),
            physical_illness_unstable=self.physical_unstable.isChecked(),
            other_abnormality=self.other_abnormal.isChecked(),
            referral_reason=self.referral_reason.text(),
            referral_to=self.referral_to.text(),
            medications=self.medications.value(),
            medication_guidance=self.guidance.value(),
            rehab_measures=tuple(code for code, check in self.rehab.items() if check.isChecked()),
            rehab_other=self.rehab_other.text(),
            sources={item: int(w.value()) for item, w in self.sources.items() if w.value() is not None},  # type: ignore[arg-type]
        )
        return values

    def set_value(self, data: Any) -> None:
        for name, widget in self.combos.items():
            widget.set_value(getattr(data, name))
        for name, spin in self.danger.items():
            spin.setValue(getattr(data, name))
        for code, check in self.symptoms.items():
            check.setChecked(code in data.symptoms)
        for code, check in self.rehab.items():
            check.setChecked(code in data.rehab_measures)
        self.symptoms_other.setText(data.symptoms_other)
        self.psychotic.setChecked(data.marked_psychotic_symptoms)
        self.discharge.set_value(data.last_discharge_date, data.last_discharge_precision)
        self.lab_text.setText(data.lab_tests_text)
        self.adverse_text.setText(data.adverse_reaction_text)
        self.adverse_serious.setChecked(data.adverse_reaction_serious)
        self.physical.setChecked(data.serious_physical_illness)
        self.physical_unstable.setChecked(data.physical_illness_unstable)
        self.other_abnormal.setChecked(data.other_abnormality)
        self.referral_reason.setText(data.referral_reason)
        self.referral_to.setText(data.referral_to)
        self.medications.set_value(data.medications)
        self.guidance.set_value(data.medication_guidance)
        self.rehab_other.setText(data.rehab_other)
        for item, widget in self.sources.items():
            widget.set_value(data.sources.get(item))


class SocialWorkSection(QGroupBox):
    """社工服务记录 (docs/domain.md §3.2(d)): purpose, what happened, state, needs, services, plan."""

    FIELDS = (
        ("purpose", mark("SocialWorkSection", "本次目标(&G)")),
        ("narrative", mark("SocialWorkSection", "服务内容与过程(&T)")),
        ("client_state", mark("SocialWorkSection", "服务对象状态")),
        ("needs", mark("SocialWorkSection", "需求")),
        ("services_provided", mark("SocialWorkSection", "提供的服务")),
        ("plan", mark("SocialWorkSection", "下一步计划(&L)")),
    )

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("社工服务记录"))
        layout = QFormLayout(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        for name, caption in self.FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80 if name == "narrative" else 48)
            self.edits[name] = edit
            layout.addRow(self.tr(caption), edit)

    def value(self) -> dict[str, str]:
        return {name: edit.toPlainText() for name, edit in self.edits.items()}

    def set_value(self, data: Any) -> None:
        for name, edit in self.edits.items():
            edit.setPlainText(getattr(data, name))


def notices_html(messages: list[tuple[str, str]]) -> str:
    """Warnings as a short list; alerts in red."""
    if not messages:
        return ""
    items = "".join(
        f'<li style="color:{"#b00020" if severity == "alert" else "#8a5300"}">{text}</li>'
        for severity, text in messages
    )
    return f"<ul style='margin:0'>{items}</ul>"


__all__ = ["ChecklistSection", "MedicationRows", "SocialWorkSection", "SourceCombo", "notices_html"]
