"""Issue 18 (brief c18, 2): 末次出院时间 as a partial date — a year, a year and month, or a full date —
through VisitInput, `visits record --json` and back out of `visits show`, checked (not in the future,
not before birth) and printed as far as it is known."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.errors import ValidationError
from desktop.models import Visit
from desktop.paths import AppPaths
from desktop.services.casework.visit_json import document, parse
from desktop.services.casework.visit_review import review_visit
from desktop.services.casework.visits import get_visit, record_visit, save_visit
from desktop.services.context import ServiceContext
from desktop.services.forms import casework as forms
from tests.conftest import STAFF_PASSWORD
from tests.unit.casework.helpers import TODAY, new_client, stable_visit
from tests.unit.pdf.helpers import squash, text

BIRTH = date(1980, 5, 10)


def _discharged(client: str, value: date, precision: str) -> Any:
    return stable_visit(client, hospitalisation=2, last_discharge_date=value, last_discharge_precision=precision)


def _stored(ctx: ServiceContext, visit_id: str) -> tuple[date | None, str]:
    with ctx.db.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit.last_discharge_date, visit.last_discharge_precision


@pytest.mark.parametrize(
    ("typed", "precision", "stored"),
    [
        (date(2024, 6, 17), "YM", date(2024, 6, 1)),  # the day is not known: the month's first day is stored
        (date(2023, 9, 30), "Y", date(2023, 1, 1)),
        (date(2024, 6, 17), "YMD", date(2024, 6, 17)),
    ],
)
def test_a_partial_discharge_date_is_stored_with_its_precision(
    ctx: ServiceContext, typed: date, precision: str, stored: date
) -> None:
    client = new_client(ctx, birth_date=BIRTH)
    final = record_visit(ctx, _discharged(client, typed, precision))
    assert _stored(ctx, final.id) == (stored, precision)
    data = get_visit(ctx, final.id).data
    assert (data.last_discharge_date, data.last_discharge_precision) == (stored, precision)


def test_both_visit_forms_print_only_what_is_known(ctx: ServiceContext) -> None:
    client = new_client(ctx, birth_date=BIRTH)
    by_month = record_visit(ctx, _discharged(client, date(2024, 6, 17), "YM"))
    by_year = record_visit(
        ctx, replace(_discharged(client, date(2023, 9, 30), "Y"), visit_date=TODAY - timedelta(days=1))
    )
    for national in (False, True):
        body = squash(text(forms.print_visit(ctx, by_month.id, national=national).content))
        assert "2024年6月" in body and "2024年6月1日" not in body and "2024年6月17日" not in body, national
        body = squash(text(forms.print_visit(ctx, by_year.id, national=national).content))
        assert "2023年" in body and "2023年1月" not in body, national


@pytest.mark.parametrize(
    ("value", "precision", "code"),
    [
        (date(TODAY.year + 1, 1, 1), "Y", "visit.discharge_future"),
        (TODAY + timedelta(days=40), "YM", "visit.discharge_future"),
        (date(1979, 12, 31), "YMD", "visit.discharge_before_birth"),
        (date(1979, 6, 1), "Y", "visit.discharge_before_birth"),  # all of 1979 lies before the birth
        (date(1980, 4, 1), "YM", "visit.discharge_before_birth"),
        (date(2024, 6, 1), "D", "visit.code_invalid"),
    ],
)
def test_an_impossible_discharge_date_is_refused_and_nothing_is_stored(
    ctx: ServiceContext, value: date, precision: str, code: str
) -> None:
    client = new_client(ctx, birth_date=BIRTH)
    data = _discharged(client, value, precision)
    for attempt in (lambda: save_visit(ctx, data), lambda: record_visit(ctx, data), lambda: review_visit(ctx, data)):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.code == code
        assert refused.value.field in ("last_discharge_date", "last_discharge_precision")
    with ctx.db.read() as session:
        assert session.query(Visit).count() == 0


@pytest.mark.parametrize(("value", "precision"), [(date(1980, 1, 1), "Y"), (date(1980, 5, 1), "YM")])
def test_a_partial_date_that_may_include_the_birth_is_accepted(
    ctx: ServiceContext, value: date, precision: str
) -> None:
    client = new_client(ctx, birth_date=BIRTH)
    assert record_visit(ctx, _discharged(client, value, precision)).status == "final"


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [("2024", date(2024, 1, 1), "Y"), ("2024-06", date(2024, 6, 1), "YM"), ("2024-06-17", date(2024, 6, 17), "YMD")],
)
def test_the_visit_document_writes_the_precision_in_the_date(written: str, value: date, precision: str) -> None:
    data = parse({"client_id": "c", "visit_date": "2026-01-05", "last_discharge_date": written})
    assert (data.last_discharge_date, data.last_discharge_precision) == (value, precision)
    assert document(data)["last_discharge_date"] == written
    assert "last_discharge_precision" not in document(data)


@pytest.mark.parametrize(
    ("doc", "code"),
    [
        ({"last_discharge_date": "2024-6"}, "visit_json.partial_date"),
        ({"last_discharge_date": "2024-13"}, "visit_json.partial_date"),
        ({"last_discharge_date": 2024}, "visit_json.partial_date"),
        ({"last_discharge_precision": "YM"}, "visit_json.unknown_field"),
    ],
)
def test_a_bad_partial_date_in_a_document_is_refused(doc: dict[str, Any], code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse({"client_id": "c", "visit_date": "2026-01-05", **doc})
    assert refused.value.code == code


def test_visits_record_takes_a_month_and_visits_show_gives_it_back(
    ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    client = new_client(ctx, birth_date=BIRTH)
    doc = document(_discharged(client, date(2024, 6, 1), "YM"))
    assert doc["last_discharge_date"] == "2024-06"
    path, password = tmp_path / "visit.json", tmp_path / "pw.txt"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    password.write_text(STAFF_PASSWORD + "\n", encoding="utf-8")
    common = ["--data-dir", str(installation.data_dir)]
    login = ["--user", "cw1", "--password-file", str(password)]
    code = main(
        [*common, "visits", "record", "--client", client, "--json-file", str(path), *login, "--json", "--final"]
    )
    recorded = json.loads(capsys.readouterr().out)
    assert code == 0, recorded
    assert _stored(ctx, recorded["id"]) == (date(2024, 6, 1), "YM")
    assert main([*common, "visits", "show", recorded["id"], "--json", *login]) == 0
    assert json.loads(capsys.readouterr().out)["last_discharge_date"] == "2024-06"
