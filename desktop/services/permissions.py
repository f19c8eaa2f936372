"""Roles, permissions, and the registry of service entry points that checks them.

Every public service function is declared with `@entry("permission")`; the decorator refuses a
caller whose role lacks the permission before any work is done, and records the function in
`REGISTRY`, so a test can walk every entry point (DOMAIN §5.2: roles are enforced in services,
not only by hiding buttons).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from desktop.errors import PermissionDenied
from desktop.services.context import ServiceContext

P = ParamSpec("P")
R = TypeVar("R")

CASE = frozenset({"caseworker", "lead"})
CASE_READERS = CASE | {"district_admin"}
VOLUNTEER = frozenset({"coordinator", "lead"})

PERMISSIONS: dict[str, frozenset[str]] = {
    "station.read": frozenset({"caseworker", "lead", "coordinator", "district_admin", "admin"}),
    "clients.read": CASE_READERS,
    "clients.write": CASE,
    "visits.read": CASE_READERS,
    "visits.write": CASE,
    "volunteers.read": VOLUNTEER,
    "volunteers.write": VOLUNTEER,
    "users.manage": frozenset({"admin"}),
    "demo.generate": frozenset({"admin", "lead"}),
    # Data exchange with the district (DOMAIN §5.2: bulk export needs the station lead).
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


REGISTRY: dict[str, Entry] = {}


def allowed(role: str, permission: str) -> bool:
    if role == "system":
        return True
    return role in PERMISSIONS[permission]


def require(ctx: ServiceContext, permission: str) -> None:
    if not allowed(ctx.actor.role, permission):
        raise PermissionDenied(permission=permission)


def entry(
    permission: str,
) -> Callable[[Callable[Concatenate[ServiceContext, P], R]], Callable[Concatenate[ServiceContext, P], R]]:
    """Declare a service entry point guarded by `permission`."""
    if permission not in PERMISSIONS:
        raise KeyError(permission)

    def decorate(function: Callable[Concatenate[ServiceContext, P], R]) -> Callable[Concatenate[ServiceContext, P], R]:
        @wraps(function)
        def guarded(ctx: ServiceContext, /, *args: P.args, **kwargs: P.kwargs) -> R:
            require(ctx, permission)
            return function(ctx, *args, **kwargs)

        name = f"{function.__module__}.{function.__qualname__}"
        REGISTRY[name] = Entry(name, permission, guarded)
        return guarded

    return decorate
