"""The volunteer register (docs/domain.md §4.2): identity, contact, skills, availability, records, status.

Volunteers are never hard-deleted: leaving is a status (`left`) with a date. The ID number is
checked as for clients (desktop.domain.idnumber) and kept with a keyed hash for duplicate
detection; the phone is normalised and its last four digits kept for the kiosk. Lists show masked
ID numbers and phones; the edit form gets the full values.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from desktop.domain import codes
from desktop.domain.clock import station_today
from desktop.domain.idnumber import id_lookup_hash, parse_id
from desktop.domain.masking import mask_id, mask_phone
from desktop.domain.notices import Notice
from desktop.domain.phone import normalise_phone_query, parse_phone
from desktop.domain.volunteering.availability import availability_from_dict, availability_to_dict
from desktop.domain.volunteering.qrcard import make_card_text
from desktop.errors import ConflictError, NotFound, ValidationError
from desktop.i18n import current_language
from desktop.models import Volunteer
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting
from desktop.services.volunteers.settings import card_secret

PAGE_SIZE = 500
_VOLUNTEER_NO = re.compile(r"[0-9A-Za-z]{8,24}")


@dataclass(frozen=True)
class Training:
    """培训情况: name, content, date, hours (学时), organiser (主办单位), result."""

    name: str
    day: dt.date | None = None
    hours: float = 0
    content: str = ""
    organiser: str = ""
    result: str = ""


@dataclass(frozen=True)
class Commendation:
    """表彰奖励情况: name, level, granted by, date."""

    name: str
    level: str = ""
    grantor: str = ""
    day: dt.date | None = None


@dataclass(frozen=True)
class Evaluation:
    """评价情况: who evaluated (组织/服务对象), content or grade, date."""

    evaluator: str
    content: str
    grade: str = ""
    day: dt.date | None = None


@dataclass(frozen=True)
class VolunteerInput:
    name: str
    sex: int | None = None
    birth_date: dt.date | None = None
    id_type: str = "id_card"
    id_number: str = ""
    phone: str = ""
    volunteer_no: str = ""
    residence: str = ""
    village_code: str = ""
    skills: tuple[str, ...] = ()
    # The stored availability form (desktop.domain.volunteering.availability); {} = not recorded.
    availability: dict[str, Any] = field(default_factory=dict)
    trainings: tuple[Training, ...] = ()
    commendations: tuple[Commendation, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()
    joined_on: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class VolunteerSummary:
    id: str
    name: str
    sex: str
    phone_masked: str
    volunteer_no: str
    skills: tuple[str, ...]
    status: str
    status_label: str
    village_code: str
    sort_key: str


@dataclass(frozen=True)
class VolunteerDetail:
    id: str
    name: str
    sex: int
    birth_date: dt.date | None
    id_type: str
    id_masked: str
    phone_masked: str
    volunteer_no: str
    residence: str
    village_code: str
    skills: tuple[str, ...]
    availability: dict[str, Any]
    trainings: tuple[Training, ...]
    commendations: tuple[Commendation, ...]
    evaluations: tuple[Evaluation, ...]
    status: str
    status_label: str
    status_date: dt.date | None
    joined_on: dt.date | None
    notes: str
    warnings: tuple[Notice, ...] = ()


# --- JSON records ----------------------------------------------------------------------------------


def _record_to_json(record: Training | Commendation | Evaluation) -> dict[str, Any]:
    data = dict(record.__dict__)
    data["day"] = record.day.isoformat() if record.day else None
    return data


def _records(kind: type[Any], stored: list[Any] | None) -> tuple[Any, ...]:
    result = []
    for item in stored or []:
        if not isinstance(item, dict):
            continue
        data = {k: v for k, v in item.items() if k in kind.__dataclass_fields__}
        if "date" in item and "day" not in data:  # demo/older form
            data["day"] = item["date"]
        day = data.get("day")
        data["day"] = dt.date.fromisoformat(day) if isinstance(day, str) and day else None
        first = next(iter(kind.__dataclass_fields__))
        data.setdefault(first, "")
        result.append(kind(**data))
    return tuple(result)


# --- validation -----------------------------------------------------------------------------------


def _validate(data: VolunteerInput) -> tuple[VolunteerInput, list[Notice], str, str]:
    """Cleaned input, warnings, and the normalised (ID number, phone)."""
    name = data.name.strip()
    if not name:
        raise ValidationError("volunteer.name_required", "请填写姓名。", field="name")
    if len(name) > 64:
        raise ValidationError("volunteer.name_long", "姓名过长。", field="name")
    notices: list[Notice] = []
    sex, birth, id_number = data.sex, data.birth_date, ""
    if data.id_number.strip():
        parsed = parse_id(data.id_number, data.id_type)
        notices.extend(parsed.warnings)
        id_number = parsed.normalised
        sex = sex or parsed.sex
        birth = birth or parsed.birth_date
    phone = ""
    if data.phone.strip():
        phone_number = parse_phone(data.phone)
        notices.extend(phone_number.warnings)
        phone = phone_number.normalised
    number = data.volunteer_no.strip()
    if number and not _VOLUNTEER_NO.fullmatch(number):
        raise ValidationError(
            "volunteer.number", "志愿者编号应为 8–24 位字母或数字（上海志愿者网统一编号）。", field="volunteer_no"
        )
    if data.availability:
        availability_from_dict(data.availability)  # raises ValidationError on a bad value
    skills = tuple(dict.fromkeys(s.strip() for s in data.skills if s.strip()))
    for records in (data.trainings, data.commendations, data.evaluations):
        for record in records:
            if not str(getattr(record, next(iter(record.__dataclass_fields__)))).strip():
                raise ValidationError("volunteer.record_name", "培训、表彰或评价记录缺少名称。", field="records")
    cleaned = replace(data, name=name, sex=sex or 0, birth_date=birth, volunteer_no=number, skills=skills)
    return cleaned, notices, id_number, phone


def _apply(session: Session, volunteer: Volunteer, data: VolunteerInput, id_number: str, phone: str) -> None:
    from desktop.domain.pinyin import full_pinyin, initials

    if id_number:
        secret = bytes.fromhex(str(get_setting(session, "id_hash_secret")))
        id_hash = id_lookup_hash(secret, id_number)
        duplicate = session.scalar(
            select(Volunteer.id).where(
                Volunteer.id_hash == id_hash, Volunteer.id != volunteer.id, Volunteer.deleted.is_(False)
            )
        )
        if duplicate is not None:
            raise ConflictError("volunteer.duplicate_id", "已有使用该证件号码的志愿者登记，请勿重复登记。")
    else:
        id_hash = ""
    volunteer.name = data.name
    volunteer.name_pinyin = full_pinyin(data.name)
    volunteer.name_initials = initials(data.name)[:32]
    volunteer.sex = data.sex or 0
    volunteer.birth_date = data.birth_date
    volunteer.id_type = data.id_type
    volunteer.id_number = id_number
    volunteer.id_hash = id_hash
    volunteer.phone = phone
    volunteer.phone_tail = normalise_phone_query(phone.split(";")[0])[-4:] if phone else ""
    volunteer.volunteer_no = data.volunteer_no
    volunteer.residence = data.residence.strip()
    volunteer.village_code = data.village_code
    volunteer.skills = list(data.skills)
    volunteer.availability = (
        availability_to_dict(availability_from_dict(data.availability)) if data.availability else {}
    )
    volunteer.trainings = [_record_to_json(t) for t in data.trainings]
    volunteer.commendations = [_record_to_json(c) for c in data.commendations]
    volunteer.evaluations = [_record_to_json(e) for e in data.evaluations]
    volunteer.joined_on = data.joined_on
    volunteer.notes = data.notes
    session.add(volunteer)
    session.flush()


# The columns a summary reads: a list loads these alone, not whole ORM objects with their JSON
# record lists (docs/architecture.md §8: 500 ORM rows took ~120 ms, the columns ~15 ms).
_SUMMARY_COLUMNS = (
    Volunteer.id,
    Volunteer.name,
    Volunteer.sex,
    Volunteer.phone,
    Volunteer.volunteer_no,
    Volunteer.skills,
    Volunteer.status,
    Volunteer.village_code,
    Volunteer.name_pinyin,
)


def _summary(v: Any) -> VolunteerSummary:
    """A summary of a Volunteer, or of a row of _SUMMARY_COLUMNS (same attribute names)."""
    return VolunteerSummary(
        id=v.id,
        name=v.name,
        sex=codes.label(codes.SEX, v.sex, current_language()),
        phone_masked=mask_phone(v.phone),
        volunteer_no=v.volunteer_no,
        skills=tuple(v.skills or ()),
        status=v.status,
        status_label=codes.label(codes.VOLUNTEER_STATUS, v.status, current_language()),
        village_code=v.village_code,
        sort_key=v.name_pinyin,
    )


def _detail(v: Volunteer, warnings: tuple[Notice, ...] = ()) -> VolunteerDetail:
    return VolunteerDetail(
        id=v.id,
        name=v.name,
        sex=v.sex,
        birth_date=v.birth_date,
        id_type=v.id_type,
        id_masked=mask_id(v.id_number),
        phone_masked=mask_phone(v.phone),
        volunteer_no=v.volunteer_no,
        residence=v.residence,
        village_code=v.village_code,
        skills=tuple(v.skills or ()),
        availability=dict(v.availability or {}),
        trainings=_records(Training, v.trainings),
        commendations=_records(Commendation, v.commendations),
        evaluations=_records(Evaluation, v.evaluations),
        status=v.status,
        status_label=codes.label(codes.VOLUNTEER_STATUS, v.status, current_language()),
        status_date=v.status_date,
        joined_on=v.joined_on,
        notes=v.notes,
        warnings=warnings,
    )


def get_volunteer_row(session: Session, volunteer_id: str) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or volunteer.deleted:
        raise NotFound("volunteer.not_found", "找不到该志愿者。")
    return volunteer


# --- entry points -----------------------------------------------------------------------------------


@entry("volunteers.write", audit=("create", "volunteer"))
def create_volunteer(ctx: ServiceContext, data: VolunteerInput) -> VolunteerDetail:
    data, notices, id_number, phone = _validate(data)
    with ctx.db.write() as session:
        volunteer = Volunteer(station_code=ctx.station_code, status="active", joined_on=data.joined_on)
        volunteer.joined_on = data.joined_on or station_today()
        _apply(session, volunteer, replace(data, joined_on=volunteer.joined_on), id_number, phone)
        return _detail(volunteer, tuple(notices))


@entry("volunteers.write", audit=("update", "volunteer"))
def update_volunteer(ctx: ServiceContext, volunteer_id: str, data: VolunteerInput) -> VolunteerDetail:
    data, notices, id_number, phone = _validate(data)
    with ctx.db.write() as session:
        volunteer = get_volunteer_row(session, volunteer_id)
        _apply(session, volunteer, data, id_number, phone)
        return _detail(volunteer, tuple(notices))


@entry("volunteers.write", audit=("update", "volunteer"))
def set_volunteer_status(
    ctx: ServiceContext, volunteer_id: str, status: str, on: dt.date | None = None
) -> VolunteerDetail:
    """Active / paused (暂停) / left (已退出); the record and its history stay."""
    if status not in codes.values(codes.VOLUNTEER_STATUS):
        raise ValidationError("volunteer.status", "志愿者状态不正确。", field="status")
    with ctx.db.write() as session:
        volunteer = get_volunteer_row(session, volunteer_id)
        if volunteer.status != status:
            volunteer.status = status
            volunteer.status_date = on or station_today()
        session.flush()
        return _detail(volunteer)


@entry("volunteers.read")
def get_volunteer(ctx: ServiceContext, volunteer_id: str) -> VolunteerDetail:
    with ctx.db.read() as session:
        return _detail(get_volunteer_row(session, volunteer_id))


@entry("volunteers.read")
def volunteer_form_values(ctx: ServiceContext, volunteer_id: str) -> VolunteerInput:
    """Stored values for the edit form (full ID number and phone: the form needs them)."""
    with ctx.db.read() as session:
        v = get_volunteer_row(session, volunteer_id)
        phone = ""
        if v.phone:
            try:
                phone = parse_phone(v.phone).national
            except ValidationError:
                phone = v.phone
        return VolunteerInput(
            name=v.name,
            sex=v.sex,
            birth_date=v.birth_date,
            id_type=v.id_type,
            id_number=v.id_number,
            phone=phone,
            volunteer_no=v.volunteer_no,
            residence=v.residence,
            village_code=v.village_code,
            skills=tuple(v.skills or ()),
            availability=dict(v.availability or {}),
            trainings=_records(Training, v.trainings),
            commendations=_records(Commendation, v.commendations),
            evaluations=_records(Evaluation, v.evaluations),
            joined_on=v.joined_on,
            notes=v.notes,
        )


def _live() -> Select[tuple[Volunteer]]:
    return select(Volunteer).where(Volunteer.deleted.is_(False))


@entry("volunteers.read")
def search_volunteers(
    ctx: ServiceContext, text: str = "", *, status: str | None = None, limit: int = PAGE_SIZE
) -> list[VolunteerSummary]:
    """Volunteers whose name, pinyin, initials or phone tail matches `text`, in pinyin order."""
    query = select(*_SUMMARY_COLUMNS).where(Volunteer.deleted.is_(False))
    typed = text.strip()
    if typed:
        digits = normalise_phone_query(typed)
        if digits and digits == typed.replace(" ", ""):
            tail = digits[-4:]
            query = query.where(Volunteer.phone_tail.endswith(tail, autoescape=True))
        elif typed.isascii():
            folded = typed.replace(" ", "").lower()
            query = query.where(
                or_(
                    Volunteer.name_pinyin.startswith(folded, autoescape=True),
                    Volunteer.name_initials.startswith(folded, autoescape=True),
                )
            )
        else:
            query = query.where(Volunteer.name.startswith(typed, autoescape=True))
    if status:
        query = query.where(Volunteer.status == status)
    query = query.order_by(Volunteer.name_pinyin, Volunteer.id).limit(limit)
    with ctx.db.read() as session:
        return [_summary(row) for row in session.execute(query)]


@entry("volunteers.read")
def volunteer_card_text(ctx: ServiceContext, volunteer_id: str) -> str:
    """The text for the QR code on the volunteer's card (keyed with the station's card secret)."""
    with ctx.db.write() as session:  # write: the secret is created on first use
        get_volunteer_row(session, volunteer_id)
        return make_card_text(card_secret(session), volunteer_id)
