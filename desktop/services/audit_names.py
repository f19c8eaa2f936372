"""Who an audit event is about, by name: the log stores ids only (docs/domain.md, audit log), and a
reader should not have to look a UUID up. Staff accounts show their display name; clients and
volunteers their name masked as the lists mask it (张**), so the log shows no more than a list
does — the lead reveals a full name on the record itself, with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.masking import mask_name
from desktop.models import Certificate, Client, User, Visit, Volunteer

# Object types whose id names a user, a client or a volunteer (directly or through the record).
NAMED = frozenset({"user", "client", "visit", "volunteer", "certificate"})


def object_names(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(object_type, object_id) → the name to show, for the keys that name a person."""
    wanted: dict[str, set[str]] = {}
    for object_type, object_id in keys:
        if object_type in NAMED and object_id:
            wanted.setdefault(object_type, set()).add(object_id)
    names: dict[tuple[str, str], str] = {}
    if ids := wanted.get("user"):
        for user_id, display in session.execute(select(User.id, User.display_name).where(User.id.in_(ids))):
            names["user", user_id] = display
    if ids := wanted.get("client"):
        for client_id, name in session.execute(select(Client.id, Client.name).where(Client.id.in_(ids))):
            names["client", client_id] = mask_name(name)
    if ids := wanted.get("visit"):
        query = select(Visit.id, Client.name).join(Client, Client.id == Visit.client_id).where(Visit.id.in_(ids))
        for visit_id, name in session.execute(query):
            names["visit", visit_id] = mask_name(name)
    if ids := wanted.get("volunteer"):
        for volunteer_id, name in session.execute(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(ids))):
            names["volunteer", volunteer_id] = mask_name(name)
    if ids := wanted.get("certificate"):
        query = select(Certificate.id, Certificate.volunteer_name).where(Certificate.id.in_(ids))
        for certificate_id, name in session.execute(query):
            names["certificate", certificate_id] = mask_name(name)
    return names
