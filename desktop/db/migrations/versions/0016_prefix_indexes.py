"""drop the indexes that are the leading columns of another index of the same table

An index on (a) serves nothing that the index on (a, b, …) does not serve as well: SQLite seeks,
ranges and orders by the leading columns of the longer one. Each of these cost every insert and
update of its table, and a district import its rebuild over the whole table:
visits (visit_date) ⊂ (visit_date, id); visits (status) ⊂ (status, visit_date, id);
clients (name) ⊂ (name, birth_date); (caseworker_id) ⊂ (caseworker_id, name_pinyin, id);
(village_code) ⊂ (village_code, id); (management_status) ⊂ (management_status, id);
shifts (shift_date), shift_assignments (shift_id) and attendance (check_in) ⊂ the covering
indexes of 0015_rota that begin with them.

Revision ID: 0016_prefix_indexes
Revises: 0015_rota
Create Date: 2026-12-06 13:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0016_prefix_indexes"
down_revision = "0015_rota"
branch_labels = None
depends_on = None

_DROPPED = {
    "visits": {"ix_visits_date": ["visit_date"], "ix_visits_status": ["status"]},
    "clients": {
        "ix_clients_name": ["name"],
        "ix_clients_caseworker": ["caseworker_id"],
        "ix_clients_village": ["village_code"],
        "ix_clients_management_status": ["management_status"],
    },
    "shifts": {"ix_shifts_date": ["shift_date"]},
    "shift_assignments": {"ix_shift_assignments_shift": ["shift_id"]},
    "attendance": {"ix_attendance_check_in": ["check_in"]},
}


def upgrade() -> None:
    for indexes in _DROPPED.values():
        for name in indexes:
            op.execute(f'DROP INDEX IF EXISTS "{name}"')


def downgrade() -> None:
    for table, indexes in _DROPPED.items():
        for name, columns in indexes.items():
            op.create_index(name, table, columns)
