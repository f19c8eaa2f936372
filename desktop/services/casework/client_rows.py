"""Rows the register hands out: list summaries and the client detail, built from the ORM row.

Shared by `clients` (writes), `client_lists` (sorted pages and search) and the dashboard.
Masking happens here, so no screen gets a full ID number or phone by accident (docs/domain.md §5.2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from desktop.domain import address
from desktop.domain.clock import station_today
from desktop.domain.codes import HOUSEHOLD_TYPE, INACTIVE_STATUSES, MANAGEMENT_STATUS, SEX, label
from desktop.domain.masking import mask_id, mask_phone
from desktop.domain.notices import Notice
from desktop.i18n import current_language
from desktop.models import Client


@dataclass(frozen=True)
class DuplicateMatch:
    """A register entry that may be the same person; `reason` is "id_number" or "name_birth"."""

    id: str
    name: str
    birth_date: date | None
    village: str
    management_status: str
    reason: str


SORT_COLUMNS = ("name", "birth_date", "village", "status", "caseworker")


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list; ID number and phone masked."""

    id: str
    name: str
    sex: str
    age: int | None
    id_masked: str
    phone_masked: str
    village: str
    management_status: str
    caseworker_name: str
    key_attention: bool
    sort_key: str
    # The values the keyset continues from for each sortable column (see SORT_COLUMNS).
    sort_values: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class ClientDetail:
    id: str
    name: str
    sex: int
    birth_date: date | None
    age: int | None
    id_type: str
    id_masked: str
    phone_masked: str
    address_text: str
    address_uncoded: bool
    household_type: int | None
    management_status: str
    management_status_label: str
    diagnosis: str
    caseworker_name: str
    tags: tuple[str, ...]
    key_attention: bool
    notes: str
    warnings: tuple[Notice, ...] = field(default=())
    status_reason: str = ""
    status_date: date | None = None
    household_label: str = ""
    care_team: tuple[tuple[str, str], ...] = ()
    committee_contact: str = ""
    committee_phone_masked: str = ""
    address_detail_hidden: bool = False
    has_id: bool = False
    has_phone: bool = False
    active: bool = True


def _age(birth: date | None, today: date | None = None) -> int | None:
    if birth is None:
        return None
    today = today or station_today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# The columns a list row needs: selecting them, not whole ORM objects, keeps JSON columns undecoded
# and search within budget (docs/architecture.md §8).
SUMMARY_COLUMNS = (
    Client.id,
    Client.name,
    Client.sex,
    Client.birth_date,
    Client.id_number,
    Client.phone,
    Client.village_code,
    Client.village_free_text,
    Client.management_status,
    Client.caseworker_name,
    Client.key_attention,
    Client.name_pinyin,
)


_STORED_MOBILE = re.compile(r"\+861[3-9]\d{9}")


def masked_phone(stored: str) -> str:
    """mask_phone for a stored (normalised) number, with a fast path for mobiles.

    Lists mask a hundred numbers per keystroke; parsing each again costs more than the query.
    The fast path gives exactly mask_phone's result (a test checks it).
    """
    if _STORED_MOBILE.fullmatch(stored):
        return stored[3:6] + "****" + stored[-4:]
    return mask_phone(stored)


def _village_name(client: Any) -> str:
    if client.village_code:
        unit = address.get(client.village_code)
        if unit is not None:
            return unit.name
    return client.village_free_text


def _address_text(client: Client) -> str:
    return address.display_text(
        client.district_code or None,
        client.township_code or None,
        client.village_code or None,
        free_text=client.village_free_text or None,
    )


def _summary(client: Any) -> ClientSummary:
    """A list row from a Client or a row of SUMMARY_COLUMNS."""
    return ClientSummary(
        id=client.id,
        name=client.name,
        sex=label(SEX, client.sex, current_language()),
        age=_age(client.birth_date),
        id_masked=mask_id(client.id_number),
        phone_masked=masked_phone(client.phone),
        village=_village_name(client),
        management_status=label(MANAGEMENT_STATUS, client.management_status, current_language()),
        caseworker_name=client.caseworker_name,
        key_attention=client.key_attention,
        sort_key=client.name_pinyin,
        sort_values=(
            client.name_pinyin,
            client.birth_date.isoformat() if client.birth_date else None,
            client.village_code,
            client.management_status,
            client.caseworker_name,
        ),
    )


def _detail(client: Client, warnings: tuple[Notice, ...] = ()) -> ClientDetail:
    return ClientDetail(
        id=client.id,
        name=client.name,
        sex=client.sex,
        birth_date=client.birth_date,
        age=_age(client.birth_date),
        id_type=client.id_type,
        id_masked=mask_id(client.id_number),
        phone_masked=mask_phone(client.phone),
        # 区 + 街道/镇 + 居委会 only; the house number is behind "reveal" (docs/domain.md §5.2).
        address_text=_address_text(client),
        address_uncoded=bool(client.village_free_text and not client.village_code),
        household_type=client.household_type,
        management_status=client.management_status,
        management_status_label=label(MANAGEMENT_STATUS, client.management_status, current_language()),
        diagnosis=client.diagnosis,
        caseworker_name=client.caseworker_name,
        tags=tuple(client.tags or ()),
        key_attention=client.key_attention,
        notes=client.notes,
        warnings=warnings,
        status_reason=client.status_reason,
        status_date=client.status_date,
        household_label=label(HOUSEHOLD_TYPE, client.household_type, current_language()),
        care_team=tuple((str(m.get("role", "")), str(m.get("name", ""))) for m in client.care_team or ()),
        committee_contact=client.committee_contact,
        committee_phone_masked=mask_phone(client.committee_phone),
        address_detail_hidden=bool(client.address_detail),
        has_id=bool(client.id_number),
        has_phone=bool(client.phone),
        active=client.management_status not in INACTIVE_STATUSES,
    )


def _active() -> Select[tuple[Client]]:
    return select(Client).where(Client.deleted.is_(False))


def _active_rows() -> Select[Any]:
    return select(*SUMMARY_COLUMNS).where(Client.deleted.is_(False))
