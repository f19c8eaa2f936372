"""Entry points declared with `audit=` record the completed action (ids only, never values)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.errors import NotFound
from desktop.models import AuditEvent
from desktop.services.casework.clients import ClientInput, create_client
from desktop.services.casework.visits import VisitInput, log_visit
from desktop.services.context import ServiceContext
from desktop.services.forms.casework import print_visit
from desktop.services.permissions import REGISTRY


def _events(ctx: ServiceContext, action: str) -> list[tuple[str, str, str, str]]:
    with ctx.db.read() as session:
        query = select(AuditEvent).where(AuditEvent.action == action)
        return [(e.object_type, e.object_id, e.username, repr(e.fields) + e.reason) for e in session.scalars(query)]


def test_printing_a_visit_is_audited_with_its_id(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="张三丰", id_number="11010519491231002X"))
    visit = log_visit(ctx, VisitInput(client.id, date.today(), narrative="入户访视"))
    print_visit(ctx, visit.id)
    (event,) = _events(ctx, "print")
    assert event[:3] == ("visit", visit.id, "cw1")
    assert "张三丰" not in event[3] and "入户访视" not in event[3]


def test_a_failed_print_records_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        print_visit(ctx, "no-such-visit")
    assert _events(ctx, "print") == []


def test_prints_exports_imports_and_key_changes_are_all_audited() -> None:
    import importlib
    import pkgutil

    import desktop.services

    for module in pkgutil.walk_packages(desktop.services.__path__, "desktop.services."):
        importlib.import_module(module.name)
    audited = {name for name in REGISTRY if name.rsplit(".", 1)[1].startswith("print_")}
    assert audited, "no print entry points registered"
    for name in (
        *audited,
        "desktop.services.exchange.exporter.export_bundle",
        "desktop.services.exchange.importer.import_bundle",
        "desktop.services.exchange.keys.trust_peer",
        "desktop.services.exchange.keys.change_passphrase",
    ):
        assert REGISTRY[name].audit is not None, f"{name} is not audited"
    assert REGISTRY["desktop.services.exchange.keys.trust_peer"].audit == ("key_change", "peer")
