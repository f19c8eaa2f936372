"""Passwords (argon2id), log-in with lockout, log-out, password change and unlocking an idle lock.

Five failed log-ins lock the account for fifteen minutes. Failures, lockouts, log-ins and log-outs
are written to the audit log; the name typed for an unknown account is not (people type
passwords into the user-name box), only the fact of a failure.
"""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.session import Database
from desktop.domain.clock import to_station
from desktop.errors import AuthenticationError, ValidationError
from desktop.models import User
from desktop.models.types import utcnow
from desktop.services import audit, station_key, unlock_guard
from desktop.services.context import ADMIN_AND_LEAD, ANONYMOUS, SYSTEM_ACTOR, Actor, ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting

# One rule for the users table's counter and for wrong passwords at the key unwrap.
MAX_FAILURES, LOCKOUT = unlock_guard.MAX_FAILURES, unlock_guard.LOCKOUT
MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")
# Setting: the id of the user `init --admin` created; while their role stays admin they also act as
# the station lead (see ADMIN_AND_LEAD). Changing their role hands administration over for good.
FOUNDING_ADMIN = "founding_admin"

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "auth.password_short", "密码至少需要 {n} 个字符。", field="password", n=MIN_PASSWORD_LENGTH
        )


def check_username(username: str) -> None:
    if not USERNAME_PATTERN.match(username):
        raise ValidationError(
            "auth.username_invalid", "用户名只能包含字母、数字、点、下划线或连字符（2–32 个字符）。", field="username"
        )


def actor_of(user: User, *, founding: bool = False) -> Actor:
    role = ADMIN_AND_LEAD if founding and user.role == "admin" else user.role
    return Actor(user.id, user.username, user.display_name, role, user.team, user.must_change_password)


def _signed_in_actor(session: Session, user: User) -> Actor:
    return actor_of(user, founding=get_setting(session, FOUNDING_ADMIN) == user.id)


def _check_password(session: Session, user: User, password: str, failed_action: str) -> None:
    """Verify `password` for `user`, counting failures toward the lockout; raises on failure.

    A failure is committed (counter and audit rows) before the exception rolls the rest back.
    """
    now = utcnow()
    actor = actor_of(user)
    if user.locked_until is not None and user.locked_until > now:
        audit.record(session, actor, failed_action, "user", user.id, result="locked")
        session.commit()
        minutes = int((user.locked_until - now).total_seconds() // 60) + 1
        raise unlock_guard.locked_error(minutes)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        audit.record(session, actor, failed_action, "user", user.id, result="bad_password")
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            audit.record(session, actor, "lockout", "user", user.id, result=f"{int(LOCKOUT.total_seconds() // 60)}min")
        session.commit()
        raise AuthenticationError() from None
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)


@entry("session.login")
def login(ctx: ServiceContext, username: str, password: str, *, command: str = "") -> Actor:
    """Check the password; five failures lock the account for fifteen minutes.

    `command`: the command-line command this sign-in is for; its log-in row names it, so the audit
    log shows which command each user ran.
    """
    with ctx.db.write() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None or not user.active:
            # Same message for an unknown and an inactive account: the screen tells nobody which names exist.
            who = actor_of(user) if user is not None else ANONYMOUS
            result = "inactive" if user is not None else "unknown_user"
            audit.record(session, who, "login_failed", "user", user.id if user else "", result=result)
            session.commit()
            raise AuthenticationError()
        _check_password(session, user, password, "login_failed")
        user.last_login_at = utcnow()
        actor = _signed_in_actor(session, user)
        audited = _audit_unlock_failures(session, ctx, user)
        reason = f"cli: {command}" if command else ""
        audit.record(session, actor, "login", "user", user.id, result="cli" if command else "ok", reason=reason)
    if audited:
        unlock_guard.forget(ctx.paths.data_dir, user.username, audited)
    return actor


def _audit_unlock_failures(session: Session, ctx: ServiceContext, user: User) -> int:
    """Wrong passwords and lockouts at the key unwrap since the last log-in (the database was
    closed then: unlock_guard), written now with the station time they happened; returns how many."""
    events, dropped = unlock_guard.unaudited(ctx.paths.data_dir, user.username)
    actor = actor_of(user)
    if dropped:
        audit.record(
            session, actor, "login_failed", "user", user.id, result="unlock_bad_password", reason=f"+{dropped}"
        )
    for kind, at in events:
        when = to_station(at).strftime("%Y-%m-%d %H:%M")
        if kind == "lockout":
            minutes = f"{int(LOCKOUT.total_seconds() // 60)}min"
            audit.record(session, actor, "lockout", "user", user.id, result=minutes, reason=when)
        else:
            audit.record(session, actor, "login_failed", "user", user.id, result="unlock_bad_password", reason=when)
    return len(events)


@entry("account.self")
def logout(ctx: ServiceContext) -> None:
    with ctx.db.write() as session:
        audit.record(session, ctx.actor, "logout", "user", ctx.actor.user_id or "")


def _me(session: Session, ctx: ServiceContext) -> User:
    user = session.get(User, ctx.actor.user_id) if ctx.actor.user_id else None
    if user is None or not user.active:
        raise AuthenticationError("auth.inactive", "该账户已停用，请联系系统管理员。")
    return user


@entry("account.self")
def record_lock(ctx: ServiceContext) -> None:
    """The screen locked itself after the idle time (audited, so a gap in work is explained)."""
    with ctx.db.write() as session:
        audit.record(session, ctx.actor, "lock", "user", ctx.actor.user_id or "")


@entry("account.self")
def unlock(ctx: ServiceContext, password: str) -> None:
    """Check the current user's password to end an idle lock; failures count toward the lockout."""
    with ctx.db.write() as session:
        user = _me(session, ctx)
        _check_password(session, user, password, "unlock_failed")
        audit.record(session, ctx.actor, "unlock", "user", user.id)


@entry("account.self")
def change_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """Change the actor's own password after checking the old one."""
    check_password_strength(new_password)
    if new_password == old_password:
        raise ValidationError("auth.password_same", "新密码不能与旧密码相同。", field="new_password")
    with ctx.db.write() as session:
        user = _me(session, ctx)
        _check_password(session, user, old_password, "login_failed")
        user.password_hash = _hasher.hash(new_password)
        user.must_change_password = False
        user.updated_at = utcnow()
        audit.record(session, ctx.actor, "password_change", "user", user.id, ("password_hash",))
        # Inside the unit of work: if the keyring cannot be written, the password stays as it was.
        station_key.set_wrap(ctx.paths.data_dir, user.username, new_password)


def create_user(
    db: Database,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    team: str = "",
    actor: Actor = SYSTEM_ACTOR,
    must_change_password: bool = False,
) -> Actor:
    """Add a user (set-up, demo and the administrator's user management call this)."""
    from desktop.domain.codes import ROLES, values

    check_username(username)
    if role not in values(ROLES):
        raise ValidationError("auth.role_invalid", "未知的角色。", field="role")
    hashed = hash_password(password)
    with db.write() as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise ValidationError("auth.username_taken", "该用户名已被使用。", field="username")
        now = utcnow()
        user = User(
            username=username,
            display_name=display_name or username,
            role=role,
            password_hash=hashed,
            team=team.strip(),
            must_change_password=must_change_password,
            created_at=now,
            updated_at=now,
        )
        session.add(user)
        session.flush()
        audit.record(session, actor, "user_create", "user", user.id, ("username", "display_name", "role", "team"))
        station_key.set_wrap(db.path.parent, username, password)
        return actor_of(user)
