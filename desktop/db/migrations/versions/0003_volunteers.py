"""Volunteers: pinyin-initials search, reviewed flag of auto-closed attendance, certificate blocks, indexes.

Revision ID: 0003_volunteers
Revises: 0001_initial
Create Date: 2026-11-23 19:00:00

Existing rows get server defaults so the NOT NULL columns can be added to a filled database.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_volunteers"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index("ix_attendance_shift", ["shift_id"], unique=False)
        batch_op.create_index("ix_attendance_check_in", ["check_in"], unique=False)

    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index("ix_shifts_template", ["template_id"], unique=False)

    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("volunteer_name", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("id_type", sa.String(length=24), nullable=False, server_default="id_card"))
        batch_op.add_column(sa.Column("id_number", sa.String(length=32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("volunteer_no", sa.String(length=32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("service_lines", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("rounding", sa.String(length=8), nullable=False, server_default="0.5"))

    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_initials", sa.String(length=32), nullable=False, server_default=""))
        batch_op.create_index("ix_volunteers_name_initials", ["name_initials"], unique=False)
        batch_op.create_index("ix_volunteers_name_pinyin", ["name_pinyin"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("volunteers", schema=None) as batch_op:
        batch_op.drop_index("ix_volunteers_name_pinyin")
        batch_op.drop_index("ix_volunteers_name_initials")
        batch_op.drop_column("name_initials")

    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_column("rounding")
        batch_op.drop_column("service_lines")
        batch_op.drop_column("volunteer_no")
        batch_op.drop_column("id_number")
        batch_op.drop_column("id_type")
        batch_op.drop_column("volunteer_name")

    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index("ix_shifts_template")

    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_check_in")
        batch_op.drop_index("ix_attendance_shift")
        batch_op.drop_column("reviewed")
