"""Revealing a masked value needs a reason, respects scope and is audited without the value."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.errors import OutOfScope, PermissionDenied, ValidationError
from desktop.models import AuditEvent
from desktop.services.casework.clients import ClientInput, create_client, get_client
from desktop.services.context import ServiceContext
from desktop.services.reveal import reveal_field
from tests.unit.kernel.helpers import as_user

ZHANG = ClientInput(name="张三丰", id_number="11010519491231002x", phone="138 1234 5678", address_detail="1弄2号301室")


def test_reveal_returns_the_value_and_audits_field_and_reason(ctx: ServiceContext) -> None:
    client = create_client(ctx, ZHANG)
    assert get_client(ctx, client.id).id_masked == "110***********002X"
    assert reveal_field(ctx, "client", client.id, "id_number", "核对医保信息") == "11010519491231002x"
    assert reveal_field(ctx, "client", client.id, "phone", "电话随访") == "138 1234 5678"
    assert reveal_field(ctx, "client", client.id, "address_detail", "上门访视") == "1弄2号301室"
    with ctx.db.read() as session:
        reveals = [
            (e.object_id, e.fields, e.reason, e.hash)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "reveal"))
        ]
    assert [(r[0], r[1], r[2]) for r in reveals] == [
        (client.id, ["id_number"], "核对医保信息"),
        (client.id, ["phone"], "电话随访"),
        (client.id, ["address_detail"], "上门访视"),
    ]


@pytest.mark.parametrize("reason", ["", " ", "x"])
def test_a_reason_is_required(ctx: ServiceContext, reason: str) -> None:
    client = create_client(ctx, ZHANG)
    with pytest.raises(ValidationError) as raised:
        reveal_field(ctx, "client", client.id, "id_number", reason)
    assert raised.value.code == "reveal.reason_required"


def test_unknown_fields_scope_and_roles_are_refused(ctx: ServiceContext) -> None:
    client = create_client(ctx, ZHANG)
    with pytest.raises(ValidationError):
        reveal_field(ctx, "client", client.id, "notes", "想看看")
    with pytest.raises(OutOfScope):
        reveal_field(as_user(ctx, "cw2"), "client", client.id, "id_number", "想看看")
    with pytest.raises(PermissionDenied):
        reveal_field(as_user(ctx, "coord"), "client", client.id, "id_number", "想看看")
    with pytest.raises(PermissionDenied):
        reveal_field(as_user(ctx, "admin"), "client", client.id, "id_number", "想看看")
    assert reveal_field(as_user(ctx, "lead"), "client", client.id, "phone", "站长核对") == "138 1234 5678"
