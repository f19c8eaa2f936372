"""the rota's week from two covering indexes

The rota page reads a week's shifts (≈ 1,000 on a busy station) and their crews. Their rows lie
scattered over the shifts and shift_assignments tables (a year of shifts generated template by
template, crews added over time), so reading them through the narrow date and shift indexes
fetched nearly every page of both tables: with 16 KiB encrypted pages the first opening of the
page took ≈ 130 ms in these two queries at full size. These indexes hold every column the week
reads, in the order it lists them, so the week comes from a few adjacent index pages.

Revision ID: 0015_rota
Revises: 0014_pace
Create Date: 2026-12-06 13:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0015_rota"
down_revision = "0014_pace"
branch_labels = None
depends_on = None

WEEK_COLUMNS = [
    "shift_date",
    "start_time",
    "title",
    "deleted",
    "cancelled",
    "id",
    "end_time",
    "location",
    "capacity",
    "required_skill",
    "village_code",
    "template_id",
]
CREW_COLUMNS = ["shift_id", "deleted", "created_at", "volunteer_id"]


def upgrade() -> None:
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index("ix_shifts_week", WEEK_COLUMNS, unique=False)
    with op.batch_alter_table("shift_assignments", schema=None) as batch_op:
        batch_op.create_index("ix_shift_assignments_crew", CREW_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("shift_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_shift_assignments_crew")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index("ix_shifts_week")
