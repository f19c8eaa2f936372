"""Every service entry point refuses a role without its permission, before doing any work.

The registry is filled by importing every module of desktop.services; a public function that
takes a ServiceContext but is neither an `@entry` nor a declared `@helper` fails the suite, so a
new service cannot skip the role check unnoticed.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any

import pytest

import desktop.services
from desktop.domain.codes import ROLES, values
from desktop.errors import PermissionDenied
from desktop.services.context import Actor, ServiceContext
from desktop.services.permissions import HELPERS, PERMISSIONS, REGISTRY, allowed

MODULES = [
    importlib.import_module(f"desktop.services.{info.name}") for info in pkgutil.iter_modules(desktop.services.__path__)
]
ALL_ROLES = (*values(ROLES), "anonymous")
# Entries every role may call (log-in before anyone is logged in): nobody to refuse.
OPEN_TO_ALL = {"desktop.services.auth.login"}


class Tripwire:
    """Stands in for the database and the paths: any use means work started before the check."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"touched {name} before the permission check")


def _cases() -> list[tuple[str, str]]:
    cases = []
    for name, entry in sorted(REGISTRY.items()):
        refused = [role for role in ALL_ROLES if not allowed(str(role), entry.permission)]
        cases.extend((name, str(role)) for role in refused)
    return cases


def _dummy_arguments(function: Any) -> tuple[list[Any], dict[str, Any]]:
    signature = inspect.signature(inspect.unwrap(function))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = None
        elif parameter.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
            args.append(None)
    return args, kwargs


def test_the_registry_is_populated() -> None:
    assert len(MODULES) >= 10
    assert {"desktop.services.casework.clients.get_client", "desktop.services.casework.visits.log_visit"} <= set(
        REGISTRY
    )
    assert all(entry.permission in PERMISSIONS for entry in REGISTRY.values())


@pytest.mark.parametrize(("name", "role"), _cases())
def test_entry_refuses_a_role_without_the_permission(name: str, role: str) -> None:
    entry = REGISTRY[name]
    ctx = ServiceContext(Tripwire(), Tripwire(), Actor("u-1", "someone", "某人", role))  # type: ignore[arg-type]
    args, kwargs = _dummy_arguments(entry.function)
    with pytest.raises(PermissionDenied) as raised:
        entry.function(ctx, *args, **kwargs)
    assert raised.value.code == "permission.denied"


def test_every_entry_refuses_someone_or_is_known_to_be_open() -> None:
    open_entries = {
        name for name, entry in REGISTRY.items() if all(allowed(str(r), entry.permission) for r in ALL_ROLES)
    }
    assert open_entries == OPEN_TO_ALL


def _takes_context(function: Any) -> bool:
    parameters = list(inspect.signature(inspect.unwrap(function)).parameters.values())
    if not parameters:
        return False
    first = parameters[0]
    return first.name == "ctx" or "ServiceContext" in str(first.annotation)


def unguarded(modules: list[Any]) -> list[str]:
    """Public functions of `modules` that take a ServiceContext but are neither entries nor helpers."""
    registered = {id(entry.function) for entry in REGISTRY.values()}
    helpers = {id(function) for function in HELPERS.values()}
    found = []
    for module in modules:
        if module.__name__ == "desktop.services.permissions":
            continue  # `require` is the check itself
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function):
                continue
            if inspect.unwrap(function).__module__ != module.__name__:
                continue  # imported from elsewhere; checked in its own module
            if _takes_context(function) and id(function) not in registered | helpers:
                found.append(f"{module.__name__}.{name}")
    return found


def test_every_public_function_taking_a_context_is_registered() -> None:
    assert unguarded(MODULES) == [], "service functions without @entry"


def test_the_check_catches_an_unguarded_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The detector itself works: a new service module with one forgotten decorator is reported."""
    package = tmp_path / "fake_services"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "leaky.py").write_text(
        "from desktop.services.context import ServiceContext\n"
        "from desktop.services.permissions import entry\n"
        "@entry('clients.read')\n"
        "def guarded(ctx: ServiceContext, client_id: str) -> None: ...\n"
        "def forgot(ctx: ServiceContext, client_id: str) -> None: ...\n"
        "def no_context(text: str) -> None: ...\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    leaky = importlib.import_module("fake_services.leaky")
    try:
        assert unguarded([leaky]) == ["fake_services.leaky.forgot"]
    finally:
        REGISTRY.pop("fake_services.leaky.guarded", None)
