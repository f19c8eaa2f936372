"""Passwords (argon2id) and log-in with lockout after repeated failures."""

from __future__ import annotations

import re
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desktop.db.session import Database
from desktop.errors import AuthenticationError, ValidationError
from desktop.models import User
from desktop.models.types import utcnow
from desktop.services.context import Actor, ServiceContext

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")

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


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.team)


def login(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check the password; five failures lock the account for fifteen minutes."""
    with ctx.db.write() as session:
        user = session.scalar(select(User).where(User.username == username.strip()))
        now = utcnow()
        if user is None or not user.active:
            raise AuthenticationError()
        if user.locked_until is not None and user.locked_until > now:
            minutes = int((user.locked_until - now).total_seconds() // 60) + 1
            raise AuthenticationError(
                "auth.locked", "登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。", minutes=minutes
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
            session.commit()
            raise AuthenticationError() from None
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        return actor_of(user)


def create_user(db: Database, *, username: str, display_name: str, role: str, password: str, team: str = "") -> Actor:
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
            team=team,
            created_at=now,
            updated_at=now,
        )
        session.add(user)
        session.flush()
        return actor_of(user)
