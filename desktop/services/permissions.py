"""Roles, permissions, and the registry of service entry points that checks them.

Every public service function is declared with `@entry("permission")`; the decorator refuses a
caller whose role lacks the permission before any work is done, and records the function in
`REGISTRY`, so a test can walk every entry point (docs/domain.md §5.2: roles are enforced in services,
not only by hiding buttons).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from desktop.errors import PermissionDenied
from desktop.services import audit_chain, audit_unit
from desktop.services.context import ADMIN_AND_LEAD, ServiceContext

P = ParamSpec("P")
R = TypeVar("R")

STAFF = frozenset({"caseworker", "lead", "coordinator", "district_admin", "admin"})
CASE = frozenset({"caseworker", "lead"})
CASE_READERS = CASE | {"district_admin"}
VOLUNTEER = frozenset({"coordinator", "lead"})

PERMISSIONS: dict[str, frozenset[str]] = {
    "station.read": STAFF,
    # Log-in is the one entry open to the anonymous context that exists before anyone logs in.
    "session.login": STAFF | {"anonymous"},
    # What every logged-in user may do to their own account: change password, unlock, log out.
    "account.self": STAFF,
    "clients.read": CASE_READERS,
    "clients.write": CASE,
    # Showing a masked ID number or phone in full (docs/domain.md §5.2: explicit action with a reason).
    "clients.reveal": CASE,
    "visits.read": CASE_READERS,
    "visits.write": CASE,
    "volunteers.read": VOLUNTEER,
    "volunteers.write": VOLUNTEER,
    # The front-desk kiosk actor (services/kiosk.py) holds only this; coordinators may run the kiosk too.
    "kiosk.checkin": VOLUNTEER | {"kiosk"},
    "users.manage": frozenset({"admin"}),
    # Showing a masked value in full (with a reason, audited); the record type decides further.
    "records.reveal": CASE_READERS | VOLUNTEER,
    "audit.read": frozenset({"lead", "admin"}),
    "backup.manage": frozenset({"lead", "admin"}),
    "security.configure": frozenset({"lead", "admin"}),
    # Station-wide settings that are not about security (the language of printed forms).
    "station.configure": frozenset({"lead", "admin"}),
    "demo.generate": frozenset({"admin", "lead"}),
    # Printing (docs/domain.md §5.2): case forms for case staff, volunteer forms for the volunteer team,
    # the station's monthly statistics for the lead and the district.
    "print.case": CASE,
    "print.volunteer": VOLUNTEER,
    "print.monthly": frozenset({"lead", "district_admin"}),
    # Spreadsheets: the kind-specific write/read permission is checked as well (desktop/services/sheets).
    "sheets.import": CASE | VOLUNTEER,
    "sheets.export": CASE_READERS | VOLUNTEER,
    # Data exchange with the district (docs/domain.md §5.2: bulk export needs the station lead).
    "sync.read": frozenset({"caseworker", "lead", "coordinator", "district_admin", "admin"}),
    "sync.exchange": frozenset({"lead", "district_admin", "admin"}),
    "sync.keys": frozenset({"lead", "district_admin", "admin"}),
    "sync.conflicts": CASE_READERS,
    "sync.transfer": frozenset({"district_admin"}),
}


@dataclass(frozen=True)
class Entry:
    name: str
    permission: str
    function: Callable[..., object]
    audit: tuple[str, str] | None = None


REGISTRY: dict[str, Entry] = {}
# Public functions that take a ServiceContext but are not entry points: they are called from inside
# an entry (which has checked the role already) and read no records themselves — scope filters,
# the pre-import backup. Declared with `@helper` so the registry test can tell them from a service
# someone forgot to guard.
HELPERS: dict[str, Callable[..., object]] = {}


def allowed(role: str, permission: str) -> bool:
    if role == "system":
        return True
    if role == ADMIN_AND_LEAD:
        return bool({"admin", "lead"} & PERMISSIONS[permission])
    return role in PERMISSIONS[permission]


def require(ctx: ServiceContext, permission: str) -> None:
    if not allowed(ctx.actor.role, permission):
        raise PermissionDenied(permission=permission)


def _audit_after(
    ctx: ServiceContext, audit: tuple[str, str], args: tuple[object, ...], result: object, outcome: str = "ok"
) -> None:
    """Record in a unit of its own: an outcome, or a call that committed no change (ids only, never values)."""
    action, object_type = audit
    object_id = getattr(result, "id", None)
    if not isinstance(object_id, str):
        object_id = audit_unit.id_argument(args)
    with ctx.db.write() as session:
        audit_chain.record(session, ctx.actor, action, object_type, object_id[:36], result=outcome)


def _audited(
    ctx: ServiceContext, audit: tuple[str, str], function: Callable[..., R], args: tuple[object, ...], kwargs: dict
) -> R:
    """Run an audited call so that its entry cannot be lost (see desktop.services.audit_unit)."""
    if audit[0] in audit_unit.FILE_ACTIONS:
        _audit_after(ctx, audit, args, None, "started")
        try:
            result = function(ctx, *args, **kwargs)
        except Exception:
            _audit_after(ctx, audit, args, None, "failed")
            raise
        _audit_after(ctx, audit, args, result)
        return result
    with audit_unit.pending(ctx.actor, *audit, args) as waiting:
        result = function(ctx, *args, **kwargs)
    if not waiting.written:
        _audit_after(ctx, audit, args, result)
    return result


def entry(
    permission: str, *, audit: tuple[str, str] | None = None
) -> Callable[[Callable[Concatenate[ServiceContext, P], R]], Callable[Concatenate[ServiceContext, P], R]]:
    """Declare a service entry point guarded by `permission`.

    `audit=(action, object_type)` records the call in the audit log — for entry points whose own
    unit of work does not already record it (prints, exports, imports, key changes,
    volunteer-module writes): a write's entry commits in the call's own unit of work, a file
    action gets an intent entry before and an outcome entry after (desktop.services.audit_unit).
    """
    if permission not in PERMISSIONS:
        raise KeyError(permission)

    def decorate(function: Callable[Concatenate[ServiceContext, P], R]) -> Callable[Concatenate[ServiceContext, P], R]:
        @wraps(function)
        def guarded(ctx: ServiceContext, /, *args: P.args, **kwargs: P.kwargs) -> R:
            require(ctx, permission)
            if audit is None:
                return function(ctx, *args, **kwargs)
            return _audited(ctx, audit, function, args, kwargs)

        name = f"{function.__module__}.{function.__qualname__}"
        REGISTRY[name] = Entry(name, permission, guarded, audit)
        return guarded

    return decorate


F = TypeVar("F", bound=Callable[..., object])


def helper(function: F) -> F:
    """Mark a ctx-taking function as a helper called from inside entry points (see HELPERS)."""
    HELPERS[f"{function.__module__}.{function.__qualname__}"] = function
    return function
