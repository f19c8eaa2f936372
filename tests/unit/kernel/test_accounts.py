"""Password change, unlock and the administrator's user management."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.errors import AuthenticationError, NotFound, ValidationError
from desktop.models import AuditEvent
from desktop.services.admin.users import (
    NewUser,
    create_account,
    list_accounts,
    reset_password,
    set_active,
    update_account,
)
from desktop.services.auth import MAX_FAILURES, change_password, login, unlock
from desktop.services.context import ANONYMOUS, ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.unit.kernel.helpers import as_user


def _actions(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [(e.action, e.object_id) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]


def test_change_own_password(ctx: ServiceContext) -> None:
    with pytest.raises(AuthenticationError):
        change_password(ctx, "not-my-password", "new-password-9")
    with pytest.raises(ValidationError) as short:
        change_password(ctx, STAFF_PASSWORD, "short")
    assert short.value.code == "auth.password_short"
    with pytest.raises(ValidationError):
        change_password(ctx, STAFF_PASSWORD, STAFF_PASSWORD)
    change_password(ctx, STAFF_PASSWORD, "new-password-9")
    anonymous = ctx.as_actor(ANONYMOUS)
    with pytest.raises(AuthenticationError):
        login(anonymous, "cw1", STAFF_PASSWORD)
    assert login(anonymous, "cw1", "new-password-9").username == "cw1"
    assert ("password_change", ctx.actor.user_id) in _actions(ctx)


def test_unlock_checks_the_current_users_password_and_counts_failures(ctx: ServiceContext) -> None:
    unlock(ctx, STAFF_PASSWORD)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            unlock(ctx, "wrong-password")
    with pytest.raises(AuthenticationError) as locked:
        unlock(ctx, STAFF_PASSWORD)
    assert locked.value.code == "auth.locked"
    actions = [a for a, _ in _actions(ctx)]
    assert actions.count("unlock_failed") == MAX_FAILURES + 1 and "lockout" in actions and "unlock" in actions


def test_admin_creates_a_user_who_must_change_the_password(ctx: ServiceContext) -> None:
    admin = as_user(ctx, "admin")
    account = create_account(admin, NewUser("cw9", "钱社工", "caseworker", "temp-pass-1", team="一组"))
    assert (account.role, account.team, account.must_change_password, account.active) == (
        "caseworker",
        "一组",
        True,
        True,
    )
    actor = login(ctx.as_actor(ANONYMOUS), "cw9", "temp-pass-1")
    assert actor.must_change_password
    with pytest.raises(ValidationError) as taken:
        create_account(admin, NewUser("cw9", "重名", "caseworker", "temp-pass-1"))
    assert taken.value.code == "auth.username_taken"
    assert ("user_create", account.id) in _actions(ctx)


def test_deactivate_reset_and_change_role(ctx: ServiceContext) -> None:
    admin = as_user(ctx, "admin")
    accounts = {a.username: a for a in list_accounts(admin)}
    cw2 = accounts["cw2"].id
    set_active(admin, cw2, False)
    with pytest.raises(AuthenticationError):
        login(ctx.as_actor(ANONYMOUS), "cw2", STAFF_PASSWORD)
    set_active(admin, cw2, True)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            login(ctx.as_actor(ANONYMOUS), "cw2", "wrong-password")
    assert {a.username: a for a in list_accounts(admin)}["cw2"].locked
    reset = reset_password(admin, cw2, "temp-pass-2")
    assert not reset.locked and reset.must_change_password
    assert login(ctx.as_actor(ANONYMOUS), "cw2", "temp-pass-2").must_change_password
    changed = update_account(admin, cw2, display_name="赵站长", role="lead", team="")
    assert (changed.role, changed.display_name) == ("lead", "赵站长")
    actions = [a for a, target in _actions(ctx) if target == cw2]
    assert {"user_deactivate", "user_activate", "user_password_reset", "user_update"} <= set(actions)


def test_the_last_admin_stays_and_nobody_deactivates_themselves(ctx: ServiceContext) -> None:
    admin = as_user(ctx, "admin")
    me = admin.actor.user_id or ""
    with pytest.raises(ValidationError) as self_off:
        set_active(admin, me, False)
    assert self_off.value.code == "user.self_deactivate"
    with pytest.raises(ValidationError) as demote:
        update_account(admin, me, display_name="管理员", role="lead", team="")
    assert demote.value.code == "user.last_admin"
    with pytest.raises(NotFound):
        set_active(admin, "no-such-id", False)
