"""the rota's week and the hours ledger from covering indexes

The rota page reads a week's shifts (≈ 1,000 on a busy station) and their crews. Their rows lie
scattered over the shifts and shift_assignments tables (a year of shifts generated template by
template, crews added over time), so reading them through the narrow date and shift indexes
fetched nearly every page of both tables: with 16 KiB encrypted pages the first opening of the
page took ≈ 130 ms in these two queries at full size. The hours tab's first hundred entries of a
month were as many scattered attendance rows (10 ms with the file in the system's cache, 80 ms
without). These indexes hold every column those lists read, in the order they list them, so each
comes from a few adjacent index pages.

Revision ID: 0015_rota
Revises: 0014_pace
Create Date: 2026-12-06 13:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
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
LEDGER_COLUMNS = [
    "check_in",
    "id",
    "deleted",
    "volunteer_id",
    "shift_id",
    "activity",
    "check_out",
    "break_minutes",
    "auto_closed",
    "reviewed",
    "status",
    "reported_on",
    "void_reason",
]


def upgrade() -> None:
    # Only what is missing is added (as in 0014): a file stamped older than its tables may hold them.
    inspector = sa.inspect(op.get_bind())
    for table, name, columns in (
        ("shifts", "ix_shifts_week", WEEK_COLUMNS),
        ("shift_assignments", "ix_shift_assignments_crew", CREW_COLUMNS),
        ("attendance", "ix_attendance_ledger", LEDGER_COLUMNS),
    ):
        if name not in {index["name"] for index in inspector.get_indexes(table)}:
            op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_ledger")
    with op.batch_alter_table("shift_assignments", schema=None) as batch_op:
        batch_op.drop_index("ix_shift_assignments_crew")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index("ix_shifts_week")
