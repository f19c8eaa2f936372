"""Revealing a masked value (ID number, phone, address detail) in full: a reason, a check, an audit row.

Lists, detail screens and printouts show masks by default (desktop.domain.masking). A user who
needs the full value asks for it with a reason; the service checks the role and the record scope,
writes a "reveal" audit event naming the record and the field (never the value) with the reason,
and returns the value for display.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models import Guardian, Volunteer
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry, require
from desktop.services.scope import visible_client

MIN_REASON = 2
# (object type, field) → the permission to read that kind of record.
REVEALABLE: dict[tuple[str, str], str] = {
    ("client", "id_number"): "clients.read",
    ("client", "phone"): "clients.read",
    ("client", "address_detail"): "clients.read",
    ("guardian", "phone"): "clients.read",
    ("volunteer", "id_number"): "volunteers.read",
    ("volunteer", "phone"): "volunteers.read",
}


def _client_value(ctx: ServiceContext, session: Session, object_id: str, field: str) -> str:
    client = visible_client(ctx, session, object_id)
    if field == "id_number":
        return client.id_original or client.id_number
    if field == "phone":
        return client.phone_original or client.phone
    return client.address_detail


def _value(ctx: ServiceContext, session: Session, object_type: str, object_id: str, field: str) -> str:
    if object_type == "client":
        return _client_value(ctx, session, object_id, field)
    if object_type == "guardian":
        guardian = session.get(Guardian, object_id)
        if guardian is None or guardian.deleted:
            raise NotFound()
        visible_client(ctx, session, guardian.client_id)
        return guardian.phone
    volunteer = session.get(Volunteer, object_id)
    if volunteer is None or volunteer.deleted:
        raise NotFound()
    return str(getattr(volunteer, field, "") or "")


@entry("records.reveal")
def reveal_field(ctx: ServiceContext, object_type: str, object_id: str, field: str, reason: str) -> str:
    """The full value of one masked field, for someone who gives a reason (audited)."""
    permission = REVEALABLE.get((object_type, field))
    if permission is None:
        raise ValidationError("reveal.field_unknown", "该字段不能显示。", field="field")
    require(ctx, permission)
    if len(reason.strip()) < MIN_REASON:
        raise ValidationError("reveal.reason_required", "请填写查看完整信息的原因。", field="reason")
    with ctx.db.write() as session:
        value = _value(ctx, session, object_type, object_id, field)
        audit.record(session, ctx.actor, "reveal", object_type, object_id, (field,), reason=reason)
        return value
