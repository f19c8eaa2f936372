"""Users of this installation: look-ups for other services, and the administrator's user management.

The administrator creates users, changes role, team and display name, deactivates and reactivates
them and resets passwords (the user must then choose a new one at the next log-in). Users are
never deleted: audit rows point at them. The last active administrator cannot be deactivated or
demoted, so the installation always has someone who can manage users.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.db.session import Database
from desktop.domain.codes import ROLES, values
from desktop.errors import NotFound, ValidationError
from desktop.models import User
from desktop.models.types import utcnow
from desktop.services import audit, station_key
from desktop.services.auth import FOUNDING_ADMIN, actor_of, create_user, hash_password
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting, put_setting


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    active: bool


@dataclass(frozen=True)
class UserAccount:
    """One user as the administrator's list shows it."""

    id: str
    username: str
    display_name: str
    role: str
    team: str
    active: bool
    locked: bool
    must_change_password: bool
    last_login_at: datetime | None
    # The rights the user signs in with: "admin+lead" for the founding administrator until the lead
    # takes administration over (services/auth.py, FOUNDING_ADMIN); else the role.
    acts_as: str = ""


@dataclass(frozen=True)
class NewUser:
    username: str
    display_name: str
    role: str
    password: str
    team: str = ""


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


def _account(user: User, founding: str | None = None) -> UserAccount:
    now = utcnow()
    return UserAccount(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        team=user.team,
        active=user.active,
        locked=user.locked_until is not None and user.locked_until > now,
        must_change_password=user.must_change_password,
        last_login_at=user.last_login_at,
        acts_as=actor_of(user, founding=user.id == founding).role,
    )


@entry("users.manage")
def list_accounts(ctx: ServiceContext) -> list[UserAccount]:
    with ctx.db.read() as session:
        founding = get_setting(session, FOUNDING_ADMIN)
        users = session.scalars(select(User).order_by(User.active.desc(), User.username))
        return [_account(u, founding) for u in users]


@entry("users.manage")
def create_account(ctx: ServiceContext, data: NewUser) -> UserAccount:
    """A new user who must choose their own password at the first log-in."""
    created = create_user(
        ctx.db,
        username=data.username.strip(),
        display_name=data.display_name.strip(),
        role=data.role,
        password=data.password,
        team=data.team,
        actor=ctx.actor,
        must_change_password=True,
    )
    with ctx.db.read() as session:
        return _account(_user(session, created.user_id or ""), get_setting(session, FOUNDING_ADMIN))


def _user(session: Session, user_id: str) -> User:
    user = session.get(User, user_id) if user_id else None
    if user is None:
        raise NotFound("user.not_found", "找不到该用户。")
    return user


def _other_active_admins(session: Session, user: User) -> int:
    query = select(func.count(User.id)).where(User.role == "admin", User.active.is_(True), User.id != user.id)
    return int(session.scalar(query) or 0)


@entry("users.manage")
def update_account(ctx: ServiceContext, user_id: str, *, display_name: str, role: str, team: str) -> UserAccount:
    """Change a user's display name, role and team (team decides which colleagues' cases they see)."""
    if role not in values(ROLES):
        raise ValidationError("auth.role_invalid", "未知的角色。", field="role")
    if not display_name.strip():
        raise ValidationError("user.name_required", "请填写显示名称。", field="display_name")
    with ctx.db.write() as session:
        user = _user(session, user_id)
        if user.role == "admin" and role != "admin" and user.active and not _other_active_admins(session, user):
            raise ValidationError("user.last_admin", "至少需要保留一位启用的系统管理员。", field="role")
        new = {"display_name": display_name.strip(), "role": role, "team": team.strip()}
        changed = [name for name, value in new.items() if getattr(user, name) != value]
        for name, value in new.items():
            setattr(user, name, value)
        if changed:
            user.updated_at = utcnow()
            audit.record(session, ctx.actor, "user_update", "user", user.id, changed)
        if "role" in changed and get_setting(session, FOUNDING_ADMIN) == user.id:
            # Administration handed over: from now on this user has only the role they hold.
            put_setting(session, FOUNDING_ADMIN, "")
        return _account(user, get_setting(session, FOUNDING_ADMIN))


@entry("users.manage")
def set_active(ctx: ServiceContext, user_id: str, active: bool) -> UserAccount:
    """Deactivate (the user can no longer log in) or reactivate a user."""
    with ctx.db.write() as session:
        user = _user(session, user_id)
        if not active and user.id == ctx.actor.user_id:
            raise ValidationError("user.self_deactivate", "不能停用自己的账户。", field="active")
        if not active and user.role == "admin" and not _other_active_admins(session, user):
            raise ValidationError("user.last_admin", "至少需要保留一位启用的系统管理员。", field="active")
        if user.active != active:
            user.active = active
            user.updated_at = utcnow()
            action = "user_activate" if active else "user_deactivate"
            audit.record(session, ctx.actor, action, "user", user.id, ("active",))
            if not active:  # re-enabled users unlock again after a password reset (docs/security.md)
                station_key.remove_wrap(ctx.paths.data_dir, user.username)
        return _account(user, get_setting(session, FOUNDING_ADMIN))


@entry("users.manage")
def reset_password(ctx: ServiceContext, user_id: str, new_password: str) -> UserAccount:
    """Set a temporary password, lift any lockout; the user must change it at the next log-in."""
    hashed = hash_password(new_password)
    with ctx.db.write() as session:
        user = _user(session, user_id)
        user.password_hash = hashed
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        user.updated_at = utcnow()
        audit.record(session, ctx.actor, "user_password_reset", "user", user.id, ("password_hash", "locked_until"))
        station_key.set_wrap(ctx.paths.data_dir, user.username, new_password)
        return _account(user, get_setting(session, FOUNDING_ADMIN))
