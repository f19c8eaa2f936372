"""Entry points declared with `audit=` record the action so that the entry cannot be lost (ids only).

A write's entry commits in the write's own unit of work; a print, export, import or key change gets
an intent entry ("started") before and an outcome entry ("ok"/"failed") after.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desktop.domain.clock import station_today
from desktop.errors import NotFound
from desktop.models import AuditEvent
from desktop.services.casework.clients import ClientInput, create_client
from desktop.services.casework.visits import VisitInput, log_visit
from desktop.services.context import ServiceContext
from desktop.services.forms.casework import print_visit
from desktop.services.permissions import REGISTRY


def _events(ctx: ServiceContext, action: str) -> list[tuple[str, str, str, str, str]]:
    with ctx.db.read() as session:
        query = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)
        return [
            (e.object_type, e.object_id, e.username, e.result, repr(e.fields) + e.reason)
            for e in session.scalars(query)
        ]


def test_printing_a_visit_is_audited_with_intent_and_outcome(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="张三丰", id_number="11010519491231002X"))
    visit = log_visit(ctx, VisitInput(client.id, station_today(), narrative="入户访视"))
    print_visit(ctx, visit.id)
    intent, outcome = _events(ctx, "print")
    assert intent[:4] == ("visit", visit.id, "cw1", "started")
    assert outcome[:4] == ("visit", visit.id, "cw1", "ok")
    assert "张三丰" not in intent[4] + outcome[4] and "入户访视" not in intent[4] + outcome[4]


def test_a_failed_print_records_its_intent_and_the_failure(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        print_visit(ctx, "no-such-visit")
    assert [event[3] for event in _events(ctx, "print")] == ["started", "failed"]


def test_a_write_records_its_entry_in_its_own_transaction(ctx: ServiceContext) -> None:
    from desktop.services.volunteers.register import VolunteerInput, create_volunteer
    from tests.unit.kernel.helpers import as_user

    lead = as_user(ctx, "lead")
    seen: list[int] = []

    def count_in_commit(session: Session) -> None:
        seen.append(session.query(AuditEvent).filter(AuditEvent.action == "create").count())

    event.listen(Session, "before_commit", count_in_commit)
    try:
        volunteer = create_volunteer(lead, VolunteerInput(name="钱志愿"))
    finally:
        event.remove(Session, "before_commit", count_in_commit)
    creates = [e for e in _events(ctx, "create") if e[0] == "volunteer"]
    assert [e[:4] for e in creates] == [("volunteer", volunteer.id, "lead", "ok")]
    # One unit of work committed, and the entry was already in it (before: a second one wrote it).
    assert seen == [1]


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
