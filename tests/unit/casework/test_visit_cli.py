"""Scripted entry (issue 18 item 8): `visits show --json` and `visits record --json-file`, as the
signed-in user, through the rules of the form; and the acceptance cases of items 1 and 2."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.errors import ValidationError
from desktop.paths import AppPaths
from desktop.services.casework.clients import get_client
from desktop.services.casework.dashboard import dashboard
from desktop.services.casework.visit_json import document, parse
from desktop.services.casework.visits import get_visit, record_visit
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD, sign_in_cli
from tests.unit.casework.helpers import NOTIFIED, TODAY, VISIT_DAY, new_client, stable_visit


@pytest.fixture(autouse=True)
def _signed_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Commands without their own `--user` sign in as caseworker cw1, who made the clients below."""
    sign_in_cli(monkeypatch, tmp_path, "cw1", STAFF_PASSWORD)


def _cli(installation: AppPaths, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(installation.data_dir), *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def _record(
    installation: AppPaths,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    client: str,
    doc: dict[str, Any],
    *extra: str,
) -> tuple[int, Any]:
    password = tmp_path / "pw.txt"
    password.write_text(STAFF_PASSWORD + "\n", encoding="utf-8")
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return _cli(
        installation, capsys, "visits", "record", "--client", client, "--json-file", str(path),
        "--user", "cw1", "--password-file", str(password), "--json", *extra,
    )  # fmt: skip


def _high_risk(ctx: ServiceContext) -> str:
    client = new_client(ctx)
    record_visit(ctx, stable_visit(client, day=VISIT_DAY - timedelta(days=5), risk_level=4, escalation=NOTIFIED))
    return client


def test_a_draft_at_risk_1_leaves_a_high_risk_client_flagged_with_the_14_day_task(
    ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    client = _high_risk(ctx)
    doc = document(stable_visit(client, mode=7, risk_level=1))
    code, result = _record(installation, capsys, tmp_path, client, doc)
    assert code == 0 and result["status"] == "draft" and result["visitor"] == "李社工"
    assert get_client(ctx, client).key_attention
    entry = next(e for e in dashboard(ctx, TODAY).high_risk.entries if e.client_id == client)
    assert entry.followup_due == VISIT_DAY - timedelta(days=5) + timedelta(days=14) and entry.last_risk == 4
    code, due = _cli(installation, capsys, "visits", "due", "--json")
    assert client in [e["client_id"] for e in due["high_risk"]]


def test_a_final_risk_4_visit_classed_stable_is_refused(
    ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    client = new_client(ctx)
    doc = document(
        stable_visit(client, risk_level=4, escalation=NOTIFIED, classification=3,
                     classification_override_reason="家属称已无异常，按稳定管理即可")
    )  # fmt: skip
    code, error = _record(installation, capsys, tmp_path, client, doc, "--final")
    assert code == 1 and error["error_code"] == "visit.risk_requires_unstable"
    assert "不稳定" in error["message"]


def test_a_final_risk_4_visit_classed_unstable_with_notifications_is_accepted(
    ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    client = new_client(ctx)
    doc = document(stable_visit(client, risk_level=4, escalation=NOTIFIED, classification=1))
    code, result = _record(installation, capsys, tmp_path, client, doc, "--final")
    assert code == 0, result
    assert result["status"] == "final" and result["classification"] == 1
    assert VISIT_DAY < date_of(result["next_visit_date"]) <= VISIT_DAY + timedelta(days=14)
    assert get_client(ctx, client).key_attention


def date_of(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


def test_show_then_record_for_another_date_records_the_same_answers(
    ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    client = new_client(ctx)
    other = new_client(ctx, "李梅")
    first = record_visit(ctx, stable_visit(client, day=VISIT_DAY - timedelta(days=20), symptoms=(11,)))
    code, shown = _cli(installation, capsys, "visits", "show", first.id, "--json")
    assert code == 0 and shown["id"] == first.id and shown["status"] == "final"
    later = VISIT_DAY.isoformat()
    code, result = _record(installation, capsys, tmp_path, other, shown, "--date", later, "--final")
    assert code == 0, result
    again = get_visit(ctx, result["id"])
    assert again.data.visit_date == VISIT_DAY and again.data.client_id == other
    before = document(get_visit(ctx, first.id).data)
    after = document(again.data)
    for key in ("client_id", "visit_date", "next_visit_date"):
        before.pop(key), after.pop(key)
    assert before == after


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"risk_level": "4"}, "visit_json.type"),
        ({"colour": "red"}, "visit_json.unknown_field"),
        ({"visit_date": "2026-02-30"}, "visit_json.date"),
        ({"mode": 9}, "visit.mode_invalid"),
        ({"narrative": ""}, "visit.incomplete"),
        ({"risk_level": 3}, "visit.escalation_required"),
    ],
)
def test_refusals_exit_1_with_a_specific_code(
    ctx: ServiceContext,
    installation: AppPaths,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    change: dict[str, Any],
    code: str,
) -> None:
    client = new_client(ctx)
    doc = {**document(stable_visit(client)), **change}
    exit_code, error = _record(installation, capsys, tmp_path, client, doc, "--final")
    assert exit_code == 1 and error["error_code"] == code


def test_record_needs_a_signed_in_user(
    installation: AppPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STATIONDESK_USER")
    monkeypatch.delenv("STATIONDESK_PASSWORD_FILE")
    path = tmp_path / "v.json"
    path.write_text(json.dumps(document(stable_visit("x")), ensure_ascii=False), encoding="utf-8")
    code, error = _cli(installation, capsys, "visits", "record", "--client", "x", "--json-file", str(path), "--json")
    assert code == 1 and error["error_code"] == "auth.required"


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 20) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_KEYS = st.sampled_from(sorted(document(stable_visit("c")))) | st.text(max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_KEYS, _json_values, max_size=6))
def test_the_document_parser_refuses_with_a_code_or_builds_an_input(changes: dict[str, Any]) -> None:
    doc = {**document(stable_visit("c")), **changes}
    try:
        data = parse(doc)
    except ValidationError as error:
        assert error.code.startswith("visit_json.")
        return
    assert document(data)["client_id"] == doc["client_id"] or "client_id" not in changes


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([None, 0, 1, 2, 3, 4, 5]), st.lists(st.integers(1, 12), max_size=4, unique=True))
def test_document_round_trip(risk: int | None, symptoms: list[int]) -> None:
    data = stable_visit("c", risk_level=risk, symptoms=tuple(symptoms), escalation=NOTIFIED)
    assert parse(json.loads(json.dumps(document(data), ensure_ascii=False))) == data
