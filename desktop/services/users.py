"""Users of this installation as other services and screens need them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.db.session import Database
from desktop.models import User


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    active: bool


def caseworkers(db: Database) -> list[tuple[str, str]]:
    """(id, display name) of active caseworkers and leads, who own cases."""
    query = select(User.id, User.display_name).where(User.active.is_(True), User.role.in_(("caseworker", "lead")))
    with db.read() as session:
        return [(row.id, row.display_name) for row in session.execute(query.order_by(User.username))]


def list_users(db: Database) -> list[UserRow]:
    with db.read() as session:
        return [
            UserRow(u.id, u.username, u.display_name, u.role, u.active)
            for u in session.scalars(select(User).order_by(User.username))
        ]
