"""the year's follow-up pace on the schedule rows, and who approved a classification override

1. client_schedule gains the ≥ 4 follow-ups a year pace (pace_year, year_followups,
   pace_needed_by, pace_late) with the two indexes the 工作台's 随访进度落后 list reads; the values
   are filled here for the current year from the stored visits.
2. visits gain override_approved_by_id / override_approved_by_name: the station lead who
   finalised a class other than the suggested one. Earlier overrides name nobody (left empty):
   who finalised them was not recorded.

The counting rule is written out here rather than imported (docs/architecture.md §4.7): a
follow-up is a finalised, not deleted contact in a mode of the national 随访形式 (1–6), not a
失访 or 死亡 record, that reached someone; several on one day count once. The k-th follow-up of
the year is needed by the end of quarter k (docs/domain-followups.md, Pace).

Revision ID: 0014_pace
Revises: 0013_bounds
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

from desktop.domain.clock import station_today

revision = "0014_pace"
down_revision = "0013_bounds"
branch_labels = None
depends_on = None

_PACE = ("pace_year", "pace_needed_by", "client_id", "status", "pace_late", "next_due")
_COUNTED_MODES = (1, 2, 3, 4, 5, 6)


def _quarter_end(year: int, quarter: int) -> date:
    month = 3 * quarter
    return date(year, month, calendar.monthrange(year, month)[1])


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _fill(connection: sa.Connection, today: date) -> None:
    counted = connection.execute(
        sa.text(
            "SELECT client_id, COUNT(DISTINCT visit_date) FROM visits WHERE deleted = 0 AND status = 'final' "
            f"AND mode IN ({', '.join(map(str, _COUNTED_MODES))}) AND lost_reason IS NULL AND death_date IS NULL "
            "AND json_array_length(objects_seen) > 0 AND visit_date >= :start AND visit_date <= :today "
            "GROUP BY client_id"
        ),
        {"start": date(today.year, 1, 1).isoformat(), "today": today.isoformat()},
    )
    counts = dict(counted.all())
    rows = []
    for client_id, next_due in connection.execute(sa.text("SELECT client_id, next_due FROM client_schedule")):
        count = int(counts.get(client_id, 0))
        needed_by = _quarter_end(today.year, count + 1) if count < 4 else None
        due = _day(next_due)
        late = needed_by is not None and due is not None and due > needed_by
        rows.append(
            {
                "id": client_id,
                "year": today.year,
                "count": count,
                "needed_by": needed_by.isoformat() if needed_by else None,
                "late": late,
            }
        )
    if rows:
        connection.execute(
            sa.text(
                "UPDATE client_schedule SET pace_year = :year, year_followups = :count, "
                "pace_needed_by = :needed_by, pace_late = :late WHERE client_id = :id"
            ),
            rows,
        )


def upgrade() -> None:
    # Only what is missing is added: a database stamped older than its tables (a restored or
    # hand-repaired file) may hold some of it already, as 0012 folds reveal_log only where it exists.
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    have = {table: {c["name"] for c in inspector.get_columns(table)} for table in ("client_schedule", "visits")}
    indexes = {i["name"] for i in inspector.get_indexes("client_schedule")}
    wanted = {
        "client_schedule": [
            sa.Column("pace_year", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("year_followups", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("pace_needed_by", sa.Date(), nullable=True),
            sa.Column("pace_late", sa.Boolean(), nullable=False, server_default=sa.false()),
        ],
        "visits": [
            sa.Column("override_approved_by_id", sa.String(length=36), nullable=False, server_default=""),
            sa.Column("override_approved_by_name", sa.String(length=64), nullable=False, server_default=""),
        ],
    }
    for table, columns in wanted.items():
        for column in columns:
            if column.name not in have[table]:
                op.add_column(table, column)
    for name, columns in (("ix_client_schedule_pace", list(_PACE)), ("ix_client_schedule_cw_pace", ["caseworker_id", *_PACE])):
        if name not in indexes:
            op.create_index(name, "client_schedule", columns, unique=False)
    _fill(bind, station_today())


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("override_approved_by_name")
        batch_op.drop_column("override_approved_by_id")
    with op.batch_alter_table("client_schedule", schema=None) as batch_op:
        batch_op.drop_index("ix_client_schedule_cw_pace")
        batch_op.drop_index("ix_client_schedule_pace")
        batch_op.drop_column("pace_late")
        batch_op.drop_column("pace_needed_by")
        batch_op.drop_column("year_followups")
        batch_op.drop_column("pace_year")
