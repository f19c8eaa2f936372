"""Revealing a masked value (ID number, phone, address detail) in full: a reason, a check, an audit row.

Lists, detail screens and printouts show masks by default (desktop.domain.masking). A user who
needs the full value asks for it with a reason; the service checks the role and the record scope,
writes a "reveal" audit event naming the record and the field (never the value) with the reason,
and returns the value for display.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.phone import parse_phone
from desktop.errors import NotFound, ValidationError
from desktop.models import Client, Guardian, Volunteer
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


CLIENT_REVEALABLE = ("id_number", "phone", "address_detail", "committee_phone", "guardian_phone")


def _client_field(client: Client, field: str) -> str:
    if field == "phone" or field == "committee_phone":
        raw = getattr(client, field)
        if not raw:
            return ""
        try:
            return parse_phone(raw).national
        except ValidationError:  # a stored number that no longer parses is still shown as stored
            return raw
    return str(getattr(client, field) or "")


@entry("clients.reveal")
def record_reveal(ctx: ServiceContext, client_id: str, field: str, reason: str, guardian_id: str = "") -> str:
    """Audit the reveal of `field` of a client (or of one of its guardians) and return the full value.

    The audit log is the only record of reveals (the separate reveal_log went in migration 0012).
    """
    reason = reason.strip()
    if field not in CLIENT_REVEALABLE:
        raise ValidationError("reveal.field", "该项不能显示完整内容。", field="field")
    if len(reason) < 2:
        raise ValidationError("reveal.reason_required", "请填写查看完整信息的原因。", field="reason")
    with ctx.db.write() as session:
        client = visible_client(ctx, session, client_id)
        if field == "guardian_phone":
            guardian = session.get(Guardian, guardian_id)
            if guardian is None or guardian.client_id != client_id:
                raise NotFound("guardian.not_found", "找不到该监护人记录。")
            value = parse_phone(guardian.phone).national if guardian.phone else ""
        else:
            value = _client_field(client, field)
        audit.record(session, ctx.actor, "reveal", "client", client_id, fields=[field], reason=reason[:255])
        return value
