"""A client's guardians and family contacts (docs/domain.md §1.3 #2–#5) and consent records (§5.2).

Consents are kept per scope; a new record for a scope does not overwrite the old one (the old
stays as history), and withdrawing sets the withdrawal date. Removing a guardian tombstones it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.clock import station_today
from desktop.domain.codes import CONSENT_SCOPE, CONSENT_SIGNER, RELATIONSHIP, label, values
from desktop.domain.masking import mask_phone
from desktop.domain.phone import parse_phone
from desktop.errors import NotFound, ValidationError
from desktop.i18n import current_language
from desktop.models import Client, Consent, Guardian
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.scope import visible_client


@dataclass(frozen=True)
class GuardianInput:
    name: str
    relationship: str = ""
    phone: str = ""
    address: str = ""
    lives_with: bool = False
    is_primary: bool = True


@dataclass(frozen=True)
class GuardianRow:
    id: str
    name: str
    relationship: str
    phone_masked: str
    address: str
    lives_with: bool
    is_primary: bool


@dataclass(frozen=True)
class ConsentInput:
    scope: str
    granted: bool = True
    signer: str = "self"
    signer_name: str = ""
    signer_relationship: str = ""
    signed_on: date | None = None
    notice_version: str = ""


@dataclass(frozen=True)
class ConsentRow:
    id: str
    scope: str
    scope_label: str
    granted: bool
    signer_label: str
    signer_name: str
    signed_on: date | None
    withdrawn_on: date | None

    @property
    def in_force(self) -> bool:
        return self.granted and self.withdrawn_on is None


def _client(ctx: ServiceContext, session: Session, client_id: str) -> Client:
    return visible_client(ctx, session, client_id)


def _guardian_row(g: Guardian) -> GuardianRow:
    return GuardianRow(g.id, g.name, g.relationship, mask_phone(g.phone), g.address, g.lives_with, g.is_primary)


def _validate_guardian(data: GuardianInput) -> str:
    if not data.name.strip():
        raise ValidationError("guardian.name_required", "请填写监护人姓名。", field="name")
    if data.relationship and data.relationship not in values(RELATIONSHIP):
        raise ValidationError("guardian.relationship", "与服务对象的关系无效。", field="relationship")
    return parse_phone(data.phone).normalised if data.phone.strip() else ""


@entry("clients.write", audit=("update", "guardian"))
def save_guardian(
    ctx: ServiceContext, client_id: str, data: GuardianInput, guardian_id: str | None = None
) -> GuardianRow:
    """Add a guardian (no `guardian_id`) or change one."""
    phone = _validate_guardian(data)
    with ctx.db.write() as session:
        _client(ctx, session, client_id)
        if guardian_id is None:
            guardian = Guardian(client_id=client_id)
        else:
            found = session.get(Guardian, guardian_id)
            if found is None or found.deleted or found.client_id != client_id:
                raise NotFound("guardian.not_found", "找不到该监护人记录。")
            guardian = found
        guardian.name = data.name.strip()
        guardian.relationship = data.relationship
        guardian.phone = phone
        guardian.address = data.address.strip()
        guardian.lives_with = data.lives_with
        guardian.is_primary = data.is_primary
        session.add(guardian)
        session.flush()
        return _guardian_row(guardian)


@entry("clients.write", audit=("delete", "guardian"))
def remove_guardian(ctx: ServiceContext, guardian_id: str) -> None:
    with ctx.db.write() as session:
        guardian = session.get(Guardian, guardian_id)
        if guardian is None or guardian.deleted:
            raise NotFound("guardian.not_found", "找不到该监护人记录。")
        guardian.deleted = True


@entry("clients.read")
def list_guardians(ctx: ServiceContext, client_id: str) -> list[GuardianRow]:
    query = (
        select(Guardian)
        .where(Guardian.client_id == client_id, Guardian.deleted.is_(False))
        .order_by(Guardian.is_primary.desc(), Guardian.created_at)
    )
    with ctx.db.read() as session:
        return [_guardian_row(g) for g in session.scalars(query)]


@entry("clients.read")
def guardian_form_values(ctx: ServiceContext, guardian_id: str) -> GuardianInput:
    """A guardian's stored values for the edit form (phone in full: the form needs it)."""
    with ctx.db.read() as session:
        g = session.get(Guardian, guardian_id)
        if g is None or g.deleted:
            raise NotFound("guardian.not_found", "找不到该监护人记录。")
        return GuardianInput(g.name, g.relationship, g.phone, g.address, g.lives_with, g.is_primary)


def _consent_row(c: Consent) -> ConsentRow:
    return ConsentRow(
        c.id,
        c.scope,
        label(CONSENT_SCOPE, c.scope, current_language()),
        c.granted,
        label(CONSENT_SIGNER, c.signer, current_language()),
        c.signer_name,
        c.signed_on,
        c.withdrawn_on,
    )


@entry("clients.write", audit=("create", "consent"))
def record_consent(ctx: ServiceContext, client_id: str, data: ConsentInput) -> ConsentRow:
    """Record a signed consent (or refusal) for one scope; earlier records stay as history."""
    if data.scope not in values(CONSENT_SCOPE):
        raise ValidationError("consent.scope", "未知的同意范围。", field="scope")
    if data.signer not in values(CONSENT_SIGNER):
        raise ValidationError("consent.signer", "签署人须为本人或监护人。", field="signer")
    if data.signer == "guardian" and not data.signer_name.strip():
        raise ValidationError("consent.guardian_name", "由监护人签署时须填写监护人姓名。", field="signer_name")
    signed = data.signed_on or station_today()
    if signed > station_today():
        raise ValidationError("consent.date_future", "签署日期不能晚于今天。", field="signed_on")
    with ctx.db.write() as session:
        _client(ctx, session, client_id)
        consent = Consent(
            client_id=client_id,
            scope=data.scope,
            granted=data.granted,
            signer=data.signer,
            signer_name=data.signer_name.strip(),
            signer_relationship=data.signer_relationship,
            signed_on=signed,
            notice_version=data.notice_version.strip(),
        )
        session.add(consent)
        session.flush()
        return _consent_row(consent)


@entry("clients.write", audit=("update", "consent"))
def withdraw_consent(ctx: ServiceContext, consent_id: str, on: date | None = None) -> ConsentRow:
    with ctx.db.write() as session:
        consent = session.get(Consent, consent_id)
        if consent is None or consent.deleted:
            raise NotFound("consent.not_found", "找不到该知情同意记录。")
        if consent.withdrawn_on is None:
            consent.withdrawn_on = on or station_today()
        return _consent_row(consent)


@entry("clients.read")
def list_consents(ctx: ServiceContext, client_id: str) -> list[ConsentRow]:
    """Every consent record of the client, newest first within each scope order."""
    order = {scope: n for n, scope in enumerate(values(CONSENT_SCOPE))}
    query = select(Consent).where(Consent.client_id == client_id, Consent.deleted.is_(False))
    with ctx.db.read() as session:
        rows = [_consent_row(c) for c in session.scalars(query)]
    rows.sort(key=lambda r: (order.get(r.scope, 99), -(r.signed_on or date.min).toordinal()))
    return rows
