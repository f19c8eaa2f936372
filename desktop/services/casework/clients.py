"""The client register: create, update (with the status life cycle), read, duplicates, sorted lists.

Guardians and consents are in `client_people`, revealing a masked value in `reveal`, search keys in
`search_keys`. Lists are sorted in SQL and paged by keyset (docs/architecture.md §8a), never by OFFSET.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from desktop.domain import address
from desktop.domain.clock import station_today
from desktop.domain.codes import (
    CARE_TEAM_ROLES,
    ECONOMIC_STATUS,
    EMPLOYMENT,
    HOUSEHOLD_TYPE,
    MANAGEMENT_STATUS,
    label,
    values,
)
from desktop.domain.idnumber import IdNumber, id_lookup_hash, mismatch_warnings, parse_id
from desktop.domain.notices import Notice
from desktop.domain.phone import parse_phone
from desktop.errors import ConflictError, ValidationError
from desktop.i18n import current_language
from desktop.models import SYNC_COLUMNS, Client
from desktop.services import audit
from desktop.services.casework.client_rows import DuplicateMatch, _active, _detail, _village_name
from desktop.services.casework.schedule_index import refresh_clients
from desktop.services.casework.search_keys import keys_for, replace_keys
from desktop.services.context import ServiceContext
from desktop.services.ownership import check_owned
from desktop.services.permissions import entry
from desktop.services.scope import visible_client
from desktop.services.settings import get_setting


@dataclass(frozen=True)
class ClientInput:
    """What a caseworker enters for a client; derived values (age, search keys) are computed."""

    name: str
    sex: int | None = None
    birth_date: date | None = None
    id_type: str = "id_card"
    id_number: str = ""
    phone: str = ""
    district_code: str = ""
    township_code: str = ""
    village_code: str = ""
    village_free_text: str = ""
    address_detail: str = ""
    household_type: int | None = None
    management_status: str = "registered"
    status_reason: str = ""
    status_date: date | None = None
    diagnosis: str = ""
    caseworker_id: str = ""
    caseworker_name: str = ""
    tags: tuple[str, ...] = ()
    # 关爱帮扶小组: (role from codes.CARE_TEAM_ROLES, name) pairs.
    care_team: tuple[tuple[str, str], ...] = ()
    committee_contact: str = ""
    committee_phone: str = ""
    registered_on: date | None = None
    employment: int | None = None
    economic_status: int | None = None
    # 2018 表7 flags (docs/domain.md §1.3): 精准扶贫, 监护补助, 精神残疾等级 (0 = none), 家庭医生签约, 社区康复.
    targeted_poverty: bool = False
    guardian_subsidy: bool = False
    disability_grade: int = 0
    family_doctor: bool = False
    community_rehab: bool = False
    notes: str = ""
    # Edit forms never show the stored ID number and phones in full (docs/domain.md §5.2): with this set,
    # an empty ID number or phone means "keep what is stored", not "erase it".
    keep_identity: bool = False


class DuplicateClient(ConflictError):
    """Creating this client would register someone who is probably already on the register."""

    default_code = "client.duplicate"
    default_message = "登记册中已有 {count} 位可能是同一人的服务对象（证件号码或姓名加出生日期相同）。"


def _validate(data: ClientInput) -> tuple[ClientInput, IdNumber | None, list[Notice]]:
    name = data.name.strip()
    if not name:
        raise ValidationError("client.name_required", "请填写姓名。", field="name")
    if len(name) > 64:
        raise ValidationError("client.name_long", "姓名过长。", field="name")
    if data.management_status not in values(MANAGEMENT_STATUS):
        raise ValidationError("client.status_invalid", "未知的管理状态。", field="management_status")
    if data.management_status not in ("registered", "managed") and not data.status_reason.strip():
        raise ValidationError(
            "client.status_reason_required", "失访、死亡、迁出或结案须填写原因。", field="status_reason"
        )
    if data.status_date is not None and data.status_date > station_today():
        raise ValidationError("client.status_date_future", "状态变更日期不能晚于今天。", field="status_date")
    if data.household_type is not None and data.household_type not in values(HOUSEHOLD_TYPE):
        raise ValidationError("client.household_invalid", "未知的户别。", field="household_type")
    roles = values(CARE_TEAM_ROLES)
    if any(role not in roles for role, _name in data.care_team):
        raise ValidationError("client.care_team_role", "关爱帮扶小组成员的角色无效。", field="care_team")
    if data.committee_phone.strip():
        parse_phone(data.committee_phone)
    if data.employment is not None and data.employment not in values(EMPLOYMENT):
        raise ValidationError("client.employment_invalid", "未知的就业情况。", field="employment")
    if data.economic_status is not None and data.economic_status not in values(ECONOMIC_STATUS):
        raise ValidationError("client.economic_invalid", "未知的经济状况。", field="economic_status")
    if data.disability_grade not in range(5):
        raise ValidationError("client.disability_grade", "精神残疾等级应为一级至四级。", field="disability_grade")
    notices: list[Notice] = []
    parsed = None
    sex, birth = data.sex, data.birth_date
    if data.id_number.strip():
        parsed = parse_id(data.id_number, data.id_type)
        notices.extend(parsed.warnings)
        notices.extend(mismatch_warnings(parsed, sex, birth))
        sex = sex if sex not in (None, 0) else parsed.sex
        birth = birth or parsed.birth_date
    for code, kind in (
        (data.district_code, "district"),
        (data.township_code, "township"),
        (data.village_code, "village"),
    ):
        if code and (address.get(code) is None or address.get(code).level != kind):  # type: ignore[union-attr]
            raise ValidationError("client.address_code", "地址代码不在区划表中。", field=f"{kind}_code")
    return replace(data, name=name, sex=sex or 0, birth_date=birth), parsed, notices


def _apply(session: Session, client: Client, data: ClientInput, parsed: IdNumber | None, secret: str) -> None:
    from desktop.domain.pinyin import full_pinyin

    client.name = data.name
    client.name_pinyin = full_pinyin(data.name)
    client.sex = data.sex or 0
    client.birth_date = data.birth_date
    keep = data.keep_identity
    if not (keep and parsed is None):
        client.id_type = data.id_type
        client.id_number = parsed.normalised if parsed else ""
        client.id_original = parsed.original if parsed else ""
        client.id_hash = id_lookup_hash(bytes.fromhex(secret), parsed.normalised) if parsed else ""
    if keep and not data.phone.strip():
        pass
    elif data.phone.strip():
        phone = parse_phone(data.phone)
        client.phone, client.phone_original = phone.normalised, phone.original
    else:
        client.phone, client.phone_original = "", ""
    client.district_code = data.district_code
    client.township_code = data.township_code
    client.village_code = data.village_code
    client.village_free_text = "" if data.village_code else data.village_free_text.strip()
    client.address_dict_year = address.DICT_YEAR if data.village_code or data.township_code else None
    client.address_detail = data.address_detail.strip()
    client.household_type = data.household_type
    if client.management_status != data.management_status or not client.status_date:
        client.status_date = data.status_date or station_today()
    client.management_status = data.management_status
    client.status_reason = data.status_reason.strip()
    if data.status_date is not None:
        client.status_date = data.status_date
    client.registered_on = data.registered_on or client.registered_on or station_today()
    client.care_team = [{"role": role, "name": name.strip()} for role, name in data.care_team if name.strip()]
    client.committee_contact = data.committee_contact.strip()
    if data.committee_phone.strip():
        client.committee_phone = parse_phone(data.committee_phone).normalised
    elif not keep:
        client.committee_phone = ""
    client.diagnosis = data.diagnosis.strip()
    client.employment = data.employment
    client.economic_status = data.economic_status
    client.targeted_poverty = data.targeted_poverty
    client.guardian_subsidy = data.guardian_subsidy
    client.disability_grade = data.disability_grade
    client.family_doctor = data.family_doctor
    client.community_rehab = data.community_rehab
    if data.caseworker_id:  # an edit form without a caseworker keeps the one assigned
        client.caseworker_id = data.caseworker_id
        client.caseworker_name = data.caseworker_name
    client.tags = list(data.tags)
    client.notes = data.notes
    session.add(client)
    session.flush()
    replace_keys(session, client.id, keys_for(client.name, client.id_number, client.phone, _village_name(client)))
    refresh_clients(session, [client.id])


def _duplicates(
    session: Session, id_hash: str, name: str, birth: date | None, exclude: str | None
) -> list[DuplicateMatch]:
    conditions = []
    if id_hash:
        conditions.append(Client.id_hash == id_hash)
    if name and birth is not None:
        conditions.append(and_(Client.name == name, Client.birth_date == birth))
    if not conditions:
        return []
    query = _active().where(or_(*conditions)).limit(20)
    if exclude:
        query = query.where(Client.id != exclude)
    return [
        DuplicateMatch(
            id=c.id,
            name=c.name,
            birth_date=c.birth_date,
            village=_village_name(c),
            management_status=label(MANAGEMENT_STATUS, c.management_status, current_language()),
            reason="id_number" if id_hash and c.id_hash == id_hash else "name_birth",
        )
        for c in session.scalars(query)
    ]


@entry("clients.read")
def find_duplicates(ctx: ServiceContext, data: ClientInput, exclude_id: str | None = None) -> list[DuplicateMatch]:
    """Register entries with the same ID number (by its keyed hash) or the same name and birth date."""
    data, parsed, _notices = _validate(data)
    with ctx.db.read() as session:
        secret = get_setting(session, "id_hash_secret")
        id_hash = id_lookup_hash(bytes.fromhex(secret), parsed.normalised) if parsed else ""
        return _duplicates(session, id_hash, data.name, data.birth_date, exclude_id)


@entry("clients.write")
def create_client(ctx: ServiceContext, data: ClientInput, *, allow_duplicate: bool = False) -> ClientDetail:
    """Register a new client; warnings (e.g. sex differs from the ID number) come back with it.

    A probable duplicate (same ID number, or same name and birth date) is refused with
    `DuplicateClient` unless the caseworker has seen the matches and confirmed (`allow_duplicate`).
    """
    data, parsed, notices = _validate(data)
    if not data.caseworker_id and ctx.actor.user_id:
        data = replace(data, caseworker_id=ctx.actor.user_id, caseworker_name=ctx.actor.display_name)
    with ctx.db.write() as session:
        secret = get_setting(session, "id_hash_secret")
        if not allow_duplicate:
            id_hash = id_lookup_hash(bytes.fromhex(secret), parsed.normalised) if parsed else ""
            matches = _duplicates(session, id_hash, data.name, data.birth_date, None)
            if matches:
                raise DuplicateClient(count=len(matches))
        client = Client(station_code=ctx.station_code)
        _apply(session, client, data, parsed, secret)
        written = [name for name, value in _snapshot(client).items() if value not in (None, "", [], False, 0)]
        audit.record(session, ctx.actor, "create", "client", client.id, written)
        return _detail(client, tuple(notices))


_TRACKED = tuple(c.key for c in Client.__mapper__.column_attrs if c.key not in SYNC_COLUMNS)


def _snapshot(client: Client) -> dict[str, object]:
    return {name: getattr(client, name) for name in _TRACKED}


@entry("clients.write")
def update_client(ctx: ServiceContext, client_id: str, data: ClientInput) -> ClientDetail:
    data, parsed, notices = _validate(data)
    with ctx.db.write() as session:
        secret = get_setting(session, "id_hash_secret")
        client = visible_client(ctx, session, client_id)
        check_owned(session, ctx, client)  # a transferred client is read-only history here
        before = _snapshot(client)
        _apply(session, client, data, parsed, secret)
        changed = [name for name, value in _snapshot(client).items() if before[name] != value]
        if changed:
            audit.record(session, ctx.actor, "update", "client", client.id, changed)
        return _detail(client, tuple(notices))


@entry("clients.read")
def get_client(ctx: ServiceContext, client_id: str) -> ClientDetail:
    """A client's record; opening it is an audited read ("open_client")."""
    with ctx.db.write() as session:
        client = visible_client(ctx, session, client_id)
        audit.record(session, ctx.actor, "open_client", "client", client.id)
        return _detail(client)


@entry("clients.read")
def edit_form_values(ctx: ServiceContext, client_id: str, *, masked: bool = False) -> ClientInput:
    """The stored values as a ClientInput for an edit form.

    With `masked` (what the screens use) the ID number and phones are left empty and
    `keep_identity` is set, so editing a client reveals nothing; a new number typed in replaces
    the stored one. Without it, the values come in full (scripts, tests).
    """
    with ctx.db.write() as session:
        client = visible_client(ctx, session, client_id)
        if not masked:
            audit.record(session, ctx.actor, "open_client", "client", client.id, ("id_number", "phone"))
        names = {f.name for f in fields(ClientInput)}
        values_ = {name: getattr(client, name) for name in names if hasattr(client, name)}
        values_["id_number"] = client.id_original or client.id_number
        values_["phone"] = client.phone_original or client.phone
        values_["tags"] = tuple(client.tags or ())
        values_["care_team"] = tuple((str(m.get("role", "")), str(m.get("name", ""))) for m in client.care_team or ())
        values_["committee_phone"] = client.committee_phone
        if masked:
            values_.update(id_number="", phone="", committee_phone="", keep_identity=True)
        return ClientInput(**values_)


# Listing and search live in client_lists; re-exported for callers that know them from here.
from desktop.services.casework.client_lists import PAGE_SIZE, count_clients, list_clients, search_clients  # noqa: E402
from desktop.services.casework.client_rows import (  # noqa: E402
    SORT_COLUMNS,
    ClientDetail,
    ClientSummary,
)

__all__ = [
    "PAGE_SIZE",
    "SORT_COLUMNS",
    "ClientDetail",
    "ClientInput",
    "ClientSummary",
    "DuplicateClient",
    "DuplicateMatch",
    "count_clients",
    "create_client",
    "edit_form_values",
    "find_duplicates",
    "get_client",
    "list_clients",
    "search_clients",
    "update_client",
]
