"""The 工作台 lists against a chosen day, the derived schedule table versus a full rebuild, and the
casework CLI (`visits due`, `visits list`, `clients search`) with its JSON shape."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.clock import station_today
from desktop.models import ClientSchedule
from desktop.paths import AppPaths
from desktop.services.casework.dashboard import dashboard
from desktop.services.casework.schedule_index import rebuild_schedule
from desktop.services.casework.visits import record_visit, save_visit
from desktop.services.context import ServiceContext
from tests.unit.casework.helpers import NOTIFIED, new_client, stable_visit

AS_OF = station_today()


def _populate(ctx: ServiceContext) -> dict[str, str]:
    ids = {
        "overdue": new_client(ctx, "过期甲"),
        "soon": new_client(ctx, "将到乙"),
        "later": new_client(ctx, "未到丙"),
        "risky": new_client(ctx, "风险丁"),
        "new": new_client(ctx, "新登记戊"),
    }
    # stable → due in 3 months, 基本稳定 → in 2 weeks, risk 4 → the 14-day follow-up
    record_visit(ctx, stable_visit(ids["overdue"], day=AS_OF - timedelta(days=120)))
    record_visit(ctx, stable_visit(ids["soon"], day=AS_OF - timedelta(days=20), risk_level=1))
    record_visit(ctx, stable_visit(ids["later"], day=AS_OF - timedelta(days=2)))
    record_visit(ctx, stable_visit(ids["risky"], day=AS_OF - timedelta(days=8), risk_level=4, escalation=NOTIFIED))
    save_visit(ctx, stable_visit(ids["later"], day=AS_OF))
    return ids


def test_dashboard_lists(ctx: ServiceContext) -> None:
    ids = _populate(ctx)
    board = dashboard(ctx, AS_OF)
    overdue = [e.client_id for e in board.overdue.entries]
    due_soon = [e.client_id for e in board.due_soon.entries]
    assert ids["overdue"] in overdue and ids["soon"] in overdue  # 20 days ago + 14 days
    assert ids["risky"] not in overdue and ids["risky"] in due_soon  # 14-day follow-up in 6 days
    assert ids["new"] not in overdue + due_soon  # a first visit is due within 2 weeks of registration
    assert ids["new"] in [e.client_id for e in dashboard(ctx, AS_OF + timedelta(days=7)).due_soon.entries]
    assert ids["later"] not in overdue + due_soon
    assert [e.client_id for e in board.high_risk.entries] == [ids["risky"]]
    assert board.drafts.total == 1 and board.drafts.entries[0].client_id == ids["later"]
    assert board.overdue.total == len(overdue)
    # the same data seen two weeks later: due soon has become overdue
    later = dashboard(ctx, AS_OF + timedelta(days=14))
    assert ids["risky"] in [e.client_id for e in later.overdue.entries]
    entry = next(e for e in later.overdue.entries if e.client_id == ids["risky"])
    assert entry.days == 8


def test_schedule_table_equals_a_full_rebuild(ctx: ServiceContext) -> None:
    _populate(ctx)

    def snapshot() -> list[tuple[object, ...]]:
        with ctx.db.read() as session:
            rows = session.scalars(select(ClientSchedule).order_by(ClientSchedule.client_id)).all()
            return [
                (
                    r.client_id,
                    r.last_visit_date,
                    r.next_due,
                    r.last_risk,
                    r.key_attention,
                    r.followup_due,
                    r.open_drafts,
                )
                for r in rows
            ]

    kept = snapshot()
    assert rebuild_schedule(ctx) == len(kept) == 5
    assert snapshot() == kept


@pytest.fixture(autouse=True)
def _signed_in(cli_admin: None) -> None:
    """The commands below run as the installation's first administrator."""


def _cli(installation: AppPaths, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, object]:
    code = main(["--data-dir", str(installation.data_dir), *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_cli_visits_due(ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _populate(ctx)
    code, result = _cli(installation, capsys, "visits", "due", "--as-of", AS_OF.isoformat(), "--json")
    assert code == 0 and isinstance(result, dict)
    assert {"overdue", "due_soon", "high_risk"} <= set(result)
    first = result["overdue"][0]
    assert {"client_id", "name", "due"} <= set(first)
    assert date.fromisoformat(first["due"]) < AS_OF
    assert all(AS_OF <= date.fromisoformat(e["due"]) <= AS_OF + timedelta(days=7) for e in result["due_soon"])
    assert [e["client_id"] for e in result["high_risk"]] == [ids["risky"]]
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(installation.data_dir), "visits", "due", "--as-of", "2026-13-40", "--json"])
    assert usage.value.code == 2


def test_cli_clients_search_is_masked(
    ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    new_client(ctx, "张三丰", id_number="11010519491231002X", phone="13812345678")
    code, result = _cli(installation, capsys, "clients", "search", "zsf", "--json")
    assert code == 0 and isinstance(result, list) and len(result) == 1
    assert result[0]["name"] == "张三丰" and {"id", "name"} <= set(result[0])
    text = json.dumps(result, ensure_ascii=False)
    assert "11010519491231002X" not in text and "13812345678" not in text
    assert result[0]["id_number"] == "110***********002X" and result[0]["phone"] == "138****5678"
    code, by_tail = _cli(installation, capsys, "clients", "search", "5678", "--json")
    assert code == 0 and [c["id"] for c in by_tail] == [result[0]["id"]]  # type: ignore[union-attr]


def test_cli_visits_list(ctx: ServiceContext, installation: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    client = new_client(ctx)
    older = record_visit(ctx, stable_visit(client, day=AS_OF - timedelta(days=40)))
    newer = record_visit(ctx, stable_visit(client, day=AS_OF - timedelta(days=1), mode=3))
    code, result = _cli(installation, capsys, "visits", "list", "--client", client, "--json")
    assert code == 0 and isinstance(result, list)
    assert [(v["id"], v["date"], v["mode"], v["classification"]) for v in result] == [
        (newer.id, newer.visit_date.isoformat(), 3, 3),
        (older.id, older.visit_date.isoformat(), 2, 3),
    ]
    code, error = _cli(installation, capsys, "visits", "list", "--client", "no-such-client", "--json")
    assert code == 1 and isinstance(error, dict) and error["error_code"] == "client.not_found"
