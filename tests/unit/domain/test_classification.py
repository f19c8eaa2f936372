"""Classification rules (docs/domain.md §2.2) and consistency warnings (§2.1), as tables."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.domain.classification import Checklist, classify, consistency_warnings
from desktop.domain.notices import Severity, codes_of
from desktop.errors import ValidationError

# A checklist in which every 稳定 criterion holds.
STABLE = Checklist(
    risk_level=0,
    insight=1,
    sf_selfcare=1,
    sf_housework=2,
    sf_work=9,
    sf_learning=2,
    sf_social=1,
    adverse_reaction=1,
)


@pytest.mark.parametrize(
    ("changes", "suggested", "reasons"),
    [
        ({}, 3, ("stable.all_criteria",)),
        ({"adverse_reaction": 2}, 3, ("stable.all_criteria",)),  # a mild reaction does not block 稳定
        ({"risk_level": 3}, 1, ("unstable.risk",)),
        ({"risk_level": 4}, 1, ("unstable.risk",)),
        ({"risk_level": 5}, 1, ("unstable.risk",)),
        ({"marked_psychotic_symptoms": True}, 1, ("unstable.psychotic_symptoms",)),
        ({"insight": 3}, 1, ("unstable.insight_absent",)),
        ({"serious_adverse_reaction": True, "adverse_reaction": 2}, 1, ("unstable.adverse_reaction",)),
        ({"serious_physical_illness": True}, 1, ("unstable.physical_illness",)),
        ({"risk_level": 1}, 2, ("basic.risk",)),
        ({"risk_level": 2}, 2, ("basic.risk",)),
        ({"symptoms": frozenset({1})}, 2, ("basic.symptoms",)),
        ({"symptoms": frozenset({12})}, 2, ("basic.symptoms",)),
        ({"insight": 2}, 2, ("basic.insight_partial",)),
        ({"sf_selfcare": 3}, 2, ("basic.social_function",)),
        ({"sf_work": 3}, 2, ("basic.social_function",)),
        ({"sf_social": 3, "sf_learning": 3}, 2, ("basic.social_function",)),
        ({"insight": None}, 2, ("basic.insight_unknown",)),
        ({"sf_housework": None}, 2, ("basic.social_function_unknown",)),
        ({"physical_illness_unstable": True}, 2, ("basic.physical_illness_unstable",)),
        ({"other_abnormality": True}, 2, ("basic.other_abnormality",)),
        # first matching class wins, and it lists all of its own criteria that matched
        ({"risk_level": 4, "insight": 3, "symptoms": frozenset({7})}, 1, ("unstable.risk", "unstable.insight_absent")),
        (
            {"risk_level": 2, "insight": 2, "sf_work": 3},
            2,
            ("basic.risk", "basic.insight_partial", "basic.social_function"),
        ),
        ({"risk_level": 1, "insight": None}, 2, ("basic.risk",)),
        ({"serious_physical_illness": True, "physical_illness_unstable": True}, 1, ("unstable.physical_illness",)),
    ],
)
def test_classify(changes: dict[str, Any], suggested: int, reasons: tuple[str, ...]) -> None:
    result = classify(replace(STABLE, **changes))
    assert result.suggested == suggested
    assert result.reason_codes == reasons
    assert all(reason.message for reason in result.reasons)


def test_risk_level_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        classify(replace(STABLE, risk_level=None))
    assert caught.value.code == "classification.risk_required"


def test_symptoms_accept_any_iterable() -> None:
    checklist = Checklist(risk_level=0, symptoms=[1, 3])  # type: ignore[arg-type]
    assert checklist.symptoms == frozenset({1, 3})
    assert hash(checklist)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"risk_level": 6}, "risk_level"),
        ({"risk_level": -1}, "risk_level"),
        ({"risk_level": True}, "risk_level"),
        ({"insight": 4}, "insight"),
        ({"sf_selfcare": 9}, "sf_selfcare"),  # only 生产劳动及工作 has 9 此项不适用
        ({"sf_work": 4}, "sf_work"),
        ({"adverse_reaction": 3}, "adverse_reaction"),
        ({"confinement": 0}, "confinement"),
        ({"hospitalisation": 3}, "hospitalisation"),
        ({"symptoms": frozenset({13})}, "symptoms"),
        ({"danger_selfharm": -1}, "danger_selfharm"),
    ],
)
def test_invalid_codes_are_refused(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        replace(STABLE, **changes)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("changes", "warnings"),
    [
        ({}, ()),
        ({"danger_selfharm": 1, "risk_level": 3}, ("risk.selfharm_below_4",)),
        ({"danger_suicide": 2, "risk_level": 0}, ("risk.selfharm_below_4",)),
        ({"danger_selfharm": 1, "risk_level": 4}, ()),
        ({"danger_serious": 1, "risk_level": 2}, ("risk.serious_harm_below_3",)),
        ({"danger_serious": 1, "risk_level": 3}, ()),
        ({"symptoms": frozenset({7}), "risk_level": 0}, ("risk.violence_symptom_at_0",)),
        ({"symptoms": frozenset({7}), "risk_level": 1}, ()),
        ({"danger_suicide": 1, "danger_serious": 1, "risk_level": None}, ()),
        ({"serious_adverse_reaction": True, "adverse_reaction": 1}, ("checklist.adverse_reaction_conflict",)),
        ({"confinement": 2}, ("welfare.confinement",)),
        ({"confinement": 3}, ()),
        ({"hospitalisation": 2}, ("hospital.discharge_date_missing",)),
        ({"hospitalisation": 2, "last_discharge_date": date(2026, 10, 1)}, ()),
        ({"hospitalisation": 1}, ()),
        (
            {"danger_selfharm": 1, "danger_serious": 1, "risk_level": 2, "confinement": 2},
            ("risk.selfharm_below_4", "risk.serious_harm_below_3", "welfare.confinement"),
        ),
    ],
)
def test_consistency_warnings(changes: dict[str, Any], warnings: tuple[str, ...]) -> None:
    assert codes_of(consistency_warnings(replace(STABLE, **changes))) == warnings


def test_confinement_is_an_alert() -> None:
    (notice,) = consistency_warnings(replace(STABLE, confinement=2))
    assert notice.severity is Severity.ALERT
