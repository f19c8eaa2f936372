"""The client register: create, update, read, list page by page, and search as you type."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import Select, and_, or_, select, union
from sqlalchemy.orm import Session

from desktop.domain import address
from desktop.domain.codes import MANAGEMENT_STATUS, SEX, label, values
from desktop.domain.idnumber import IdNumber, id_lookup_hash, mismatch_warnings, parse_id
from desktop.domain.masking import mask_id, mask_phone
from desktop.domain.notices import Notice
from desktop.domain.phone import parse_phone
from desktop.errors import NotFound, ValidationError
from desktop.models import Client, ClientSearchKey
from desktop.services.context import ServiceContext
from desktop.services.ownership import check_owned
from desktop.services.permissions import entry
from desktop.services.search_keys import keys_for, prefix_upper_bound, query_prefixes, replace_keys
from desktop.services.settings import get_setting

PAGE_SIZE = 200


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
    diagnosis: str = ""
    caseworker_id: str = ""
    caseworker_name: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""


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


def _age(birth: date | None, today: date | None = None) -> int | None:
    if birth is None:
        return None
    today = today or date.today()
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _village_name(client: Client) -> str:
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


def _summary(client: Client) -> ClientSummary:
    return ClientSummary(
        id=client.id,
        name=client.name,
        sex=label(SEX, client.sex),
        age=_age(client.birth_date),
        id_masked=mask_id(client.id_number),
        phone_masked=mask_phone(client.phone),
        village=_village_name(client),
        management_status=label(MANAGEMENT_STATUS, client.management_status),
        caseworker_name=client.caseworker_name,
        key_attention=client.key_attention,
        sort_key=client.name_pinyin,
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
        address_text=_address_text(client),
        address_uncoded=bool(client.village_free_text and not client.village_code),
        household_type=client.household_type,
        management_status=client.management_status,
        management_status_label=label(MANAGEMENT_STATUS, client.management_status),
        diagnosis=client.diagnosis,
        caseworker_name=client.caseworker_name,
        tags=tuple(client.tags or ()),
        key_attention=client.key_attention,
        notes=client.notes,
        warnings=warnings,
    )


def _validate(data: ClientInput) -> tuple[ClientInput, IdNumber | None, list[Notice]]:
    name = data.name.strip()
    if not name:
        raise ValidationError("client.name_required", "请填写姓名。", field="name")
    if len(name) > 64:
        raise ValidationError("client.name_long", "姓名过长。", field="name")
    if data.management_status not in values(MANAGEMENT_STATUS):
        raise ValidationError("client.status_invalid", "未知的管理状态。", field="management_status")
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
    client.id_type = data.id_type
    client.id_number = parsed.normalised if parsed else ""
    client.id_original = parsed.original if parsed else ""
    client.id_hash = id_lookup_hash(bytes.fromhex(secret), parsed.normalised) if parsed else ""
    if data.phone.strip():
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
    client.management_status = data.management_status
    client.diagnosis = data.diagnosis.strip()
    if data.caseworker_id:  # an edit form without a caseworker keeps the one assigned
        client.caseworker_id = data.caseworker_id
        client.caseworker_name = data.caseworker_name
    client.tags = list(data.tags)
    client.notes = data.notes
    session.add(client)
    session.flush()
    replace_keys(session, client.id, keys_for(client.name, client.id_number, client.phone, _village_name(client)))


@entry("clients.write")
def create_client(ctx: ServiceContext, data: ClientInput) -> ClientDetail:
    """Register a new client; warnings (e.g. sex differs from the ID number) come back with it."""
    data, parsed, notices = _validate(data)
    if not data.caseworker_id and ctx.actor.user_id:
        data = replace(data, caseworker_id=ctx.actor.user_id, caseworker_name=ctx.actor.display_name)
    with ctx.db.write() as session:
        secret = get_setting(session, "id_hash_secret")
        client = Client(station_code=ctx.station_code)
        _apply(session, client, data, parsed, secret)
        return _detail(client, tuple(notices))


@entry("clients.write")
def update_client(ctx: ServiceContext, client_id: str, data: ClientInput) -> ClientDetail:
    data, parsed, notices = _validate(data)
    with ctx.db.write() as session:
        secret = get_setting(session, "id_hash_secret")
        client = _get(session, client_id)
        check_owned(session, ctx, client)  # a transferred client is read-only history here
        _apply(session, client, data, parsed, secret)
        return _detail(client, tuple(notices))


def _get(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted:
        raise NotFound("client.not_found", "找不到该服务对象，可能已被删除或移交。")
    return client


@entry("clients.read")
def get_client(ctx: ServiceContext, client_id: str) -> ClientDetail:
    with ctx.db.read() as session:
        return _detail(_get(session, client_id))


@entry("clients.read")
def edit_form_values(ctx: ServiceContext, client_id: str) -> ClientInput:
    """The stored values as a ClientInput, for an edit form (ID number in full: the form needs it)."""
    with ctx.db.read() as session:
        client = _get(session, client_id)
        names = {f.name for f in fields(ClientInput)}
        values_ = {name: getattr(client, name) for name in names if hasattr(client, name)}
        values_["id_number"] = client.id_original or client.id_number
        values_["phone"] = client.phone_original or client.phone
        values_["tags"] = tuple(client.tags or ())
        return ClientInput(**values_)


def _active() -> Select[tuple[Client]]:
    return select(Client).where(Client.deleted.is_(False))


@entry("clients.read")
def list_clients(
    ctx: ServiceContext, after: tuple[str, str] | None = None, limit: int = PAGE_SIZE
) -> list[ClientSummary]:
    """One page of the register in pinyin order; pass the last row's (sort_key, id) for the next."""
    query = _active().order_by(Client.name_pinyin, Client.id).limit(limit)
    if after is not None:
        key, last_id = after
        query = query.where(or_(Client.name_pinyin > key, and_(Client.name_pinyin == key, Client.id > last_id)))
    with ctx.db.read() as session:
        return [_summary(client) for client in session.scalars(query)]


@entry("clients.read")
def search_clients(ctx: ServiceContext, text: str, limit: int = PAGE_SIZE) -> list[ClientSummary]:
    """Clients whose name, pinyin, initials, ID tail, phone tail or committee starts with `text`."""
    prefixes = query_prefixes(text)
    if not prefixes:
        return list_clients(ctx, limit=limit)
    # Each prefix is a range scan of the key index; SQLite wants each limited part in a subquery.
    parts = [
        select(ClientSearchKey.client_id)
        .where(ClientSearchKey.key >= prefix, ClientSearchKey.key < prefix_upper_bound(prefix))
        .limit(limit * 4)
        .subquery()
        for prefix in prefixes
    ]
    selects = [select(part.c.client_id) for part in parts]
    matched = union(*selects).subquery() if len(selects) > 1 else parts[0]
    query = _active().where(Client.id.in_(select(matched.c.client_id))).order_by(Client.name_pinyin, Client.id)
    with ctx.db.read() as session:
        return [_summary(client) for client in session.scalars(query.limit(limit))]


@entry("clients.read")
def count_clients(ctx: ServiceContext) -> int:
    from sqlalchemy import func

    with ctx.db.read() as session:
        return int(session.scalar(select(func.count(Client.id)).where(Client.deleted.is_(False))) or 0)
