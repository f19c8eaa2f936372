"""Revealing a masked value (ID number, phone, house number) is an explicit, recorded action.

DOMAIN §5.2: S2 values are masked on screen by default; showing one needs a reason and is logged
with who, when, which client and which field — never the value. Everything goes through
`record_reveal`, so the audit log (security issue) can take these entries over in one place.
"""

from __future__ import annotations

from sqlalchemy import insert

from desktop.domain.phone import parse_phone
from desktop.errors import NotFound, ValidationError
from desktop.models import Client, Guardian, RevealLog
from desktop.models.types import utcnow
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry

REVEALABLE = ("id_number", "phone", "address_detail", "committee_phone", "guardian_phone")


def _value(client: Client, field: str) -> str:
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
    """Log the reveal of `field` of a client (or of one of its guardians) and return the full value."""
    reason = reason.strip()
    if field not in REVEALABLE:
        raise ValidationError("reveal.field", "该项不能显示完整内容。", field="field")
    if len(reason) < 2:
        raise ValidationError("reveal.reason_required", "请填写查看完整信息的原因。", field="reason")
    with ctx.db.write() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
        if field == "guardian_phone":
            guardian = session.get(Guardian, guardian_id)
            if guardian is None or guardian.client_id != client_id:
                raise NotFound("guardian.not_found", "找不到该监护人记录。")
            value = parse_phone(guardian.phone).national if guardian.phone else ""
        else:
            value = _value(client, field)
        session.execute(
            insert(RevealLog),
            [
                {
                    "at": utcnow(),
                    "user_id": ctx.actor.user_id or "",
                    "username": ctx.actor.username,
                    "role": ctx.actor.role,
                    "client_id": client_id,
                    "field": field,
                    "reason": reason[:255],
                }
            ],
        )
        return value
