"""the schedule follows only follow-ups: rebuild client_schedule and the 重点关注 flag

Before this revision the derived schedule read the last contact of any status and mode, so a
draft or a case conference could move a client's due date and clear 重点关注. The rows are
recomputed here with the rule of desktop.domain.followups (the same function the services use),
and the clients' 重点关注 flag is set to what the rebuilt rows say.

Revision ID: 0009_followups
Revises: 0008_lists2
Create Date: 2026-12-10 09:00:00
"""

from __future__ import annotations

import json
from datetime import date
from itertools import groupby
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.domain import followups
from desktop.domain.clock import station_today

revision = "0009_followups"
down_revision = "0008_lists2"
branch_labels = None
depends_on = None

_CHUNK = 20_000


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _objects(value: Any) -> list[int]:
    if isinstance(value, list):
        return value
    try:
        parsed = json.loads(value) if value else []
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []


def _facts(row: Any) -> followups.VisitFacts:
    lost = row.lost_reason
    return followups.VisitFacts(
        visit_date=_day(row.visit_date),  # type: ignore[arg-type]
        risk_level=row.risk_level,
        next_visit_date=_day(row.next_visit_date),
        status=row.status,
        escalation_followup_due=_day(row.escalation_followup_due),
        order=str(row.created_at),
        followup=followups.counts_as_followup(
            row.status, row.mode, _objects(row.objects_seen), lost, _day(row.death_date)
        ),
    )


def upgrade() -> None:
    connection = op.get_bind()
    clients = {
        row.id: (
            followups.ClientFacts(
                _day(row.registered_on) or _day(row.created_at), row.management_status, row.caseworker_id
            ),
            bool(row.key_attention),
        )
        for row in connection.execute(
            sa.text(
                "SELECT id, registered_on, created_at, management_status, caseworker_id, key_attention "
                "FROM clients WHERE deleted = 0"
            )
        )
    }
    visits = connection.execute(
        sa.text(
            "SELECT client_id, visit_date, risk_level, next_visit_date, status, escalation_followup_due, created_at, "
            "mode, objects_seen, lost_reason, death_date FROM visits WHERE deleted = 0 ORDER BY client_id"
        )
    )
    by_client = {
        client_id: [_facts(row) for row in group] for client_id, group in groupby(visits, lambda r: r.client_id)
    }
    today = station_today()
    rows: list[dict[str, Any]] = []
    flag_changes: list[dict[str, Any]] = []
    connection.execute(sa.text("DELETE FROM client_schedule"))
    insert = sa.text(
        "INSERT INTO client_schedule (client_id, status, caseworker_id, last_visit_date, next_due, last_risk, "
        "key_attention, key_attention_since, followup_due, open_drafts) VALUES (:client_id, :status, "
        ":caseworker_id, :last_visit_date, :next_due, :last_risk, :key_attention, :key_attention_since, "
        ":followup_due, :open_drafts)"
    )
    for client_id, (facts, flagged) in clients.items():
        row = followups.compute(client_id, facts, by_client.get(client_id, ()), today)
        rows.append({k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()})
        if row["key_attention"] != flagged:
            flag_changes.append({"id": client_id, "flag": row["key_attention"]})
        if len(rows) >= _CHUNK:
            connection.execute(insert, rows)
            rows.clear()
    if rows:
        connection.execute(insert, rows)
    if flag_changes:
        connection.execute(sa.text("UPDATE clients SET key_attention = :flag WHERE id = :id"), flag_changes)


def downgrade() -> None:
    # The rows stay valid for the older code (same columns); it recomputes a client on its next write.
    pass
