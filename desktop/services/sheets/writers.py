"""Writing clean, matched rows through the models, inside the caller's single transaction.

Clients are written the way `services.clients` writes them (pinyin sort key, ID hash under the
station secret, search keys replaced), so an imported client is found by name, initials, ID tail,
phone tail and committee like any other. Rows are added through the ORM so that every new row
gets its version and change-log entry (docs/architecture.md §4). Rows are flushed in batches (ids are set
here, so nothing needs a flush to learn its key) and search keys go in with one multi-row
insert per batch: a 5,000-row register is written in seconds, not minutes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.domain import address
from desktop.domain.idnumber import IdNumber
from desktop.domain.sheets.rows import ResolvedAddress
from desktop.models import Attendance, Client, ClientSearchKey, Guardian, Visit, Volunteer, new_id
from desktop.services.casework.search_keys import keys_for
from desktop.services.context import ServiceContext

BATCH = 500

SHANGHAI_OFFSET = timedelta(hours=8)


def shanghai_to_utc(local: datetime) -> datetime:
    """A wall-clock time in Shanghai (no DST) as the aware UTC datetime the tables store."""
    return local.replace(tzinfo=UTC) - SHANGHAI_OFFSET


def _identity(values: dict[str, Any]) -> tuple[IdNumber | None, int, Any, str]:
    parsed = values.get("id_number") if isinstance(values.get("id_number"), IdNumber) else None
    sex = values.get("sex") or (parsed.sex if parsed else 0) or 0
    birth, precision = values.get("birth_date") or (None, "YMD")
    if birth is None and parsed is not None:
        birth, precision = parsed.birth_date, "YMD"
    return parsed, int(sex), birth, precision


def write_client(session: Session, ctx: ServiceContext, values: dict[str, Any]) -> list[dict[str, str]]:
    """Add the client (and guardian); returns the search-key rows to insert after the flush."""
    from desktop.domain.pinyin import full_pinyin

    parsed, sex, birth, precision = _identity(values)
    place: ResolvedAddress = values["address"]
    phone = values.get("phone") or ("", "")
    client = Client(
        id=new_id(),
        station_code=ctx.station_code,
        name=values["name"],
        name_pinyin=full_pinyin(values["name"]),
        sex=sex,
        birth_date=birth,
        birth_precision=precision,
        id_type="id_card",
        id_number=parsed.normalised if parsed else "",
        id_original=parsed.original if parsed else "",
        id_hash=values["_hash"],
        phone=phone[0],
        phone_original=phone[1],
        district_code=place.district_code,
        township_code=place.township_code,
        village_code=place.village_code,
        village_free_text=place.village_free_text,
        address_dict_year=address.DICT_YEAR if place.village_code or place.township_code else None,
        address_detail=values.get("address_detail") or "",
        management_status=values.get("management_status") or "registered",
        diagnosis=values.get("diagnosis") or "",
        caseworker_id=ctx.actor.user_id or "",
        caseworker_name=ctx.actor.display_name if ctx.actor.user_id else "",
        tags=[],
        notes=values.get("notes") or "",
    )
    session.add(client)
    village = address.get(place.village_code)
    village_name = village.name if village else place.village_free_text
    keys = keys_for(client.name, client.id_number, client.phone, village_name)
    if values.get("guardian_name"):
        guardian_phone = values.get("guardian_phone") or ("", "")
        session.add(
            Guardian(
                client_id=client.id,
                name=values["guardian_name"],
                relationship=values.get("guardian_relationship") or "",
                phone=guardian_phone[0],
                is_primary=True,
            )
        )
    return [{"client_id": client.id, "key": key} for key in sorted(keys)]


def write_visit(session: Session, ctx: ServiceContext, values: dict[str, Any], client_id: str) -> str:
    visit = Visit(
        client_id=client_id,
        station_code=ctx.station_code,
        visit_date=values["visit_date"],
        mode=values["mode"] or 2,
        objects_seen=[1],
        risk_level=values.get("risk_level"),
        classification=values.get("classification"),
        next_visit_date=values.get("next_visit_date"),
        adherence=values.get("adherence"),
        narrative=values.get("narrative") or "",
        visitor_id="" if values.get("visitor_name") else (ctx.actor.user_id or ""),
        visitor_name=values.get("visitor_name") or ctx.actor.display_name,
        # A register row is a past, finished record; it comes in as a draft so a caseworker reviews it.
        status="draft",
    )
    session.add(visit)
    return visit.id


def write_volunteer(session: Session, ctx: ServiceContext, values: dict[str, Any]) -> str:
    from desktop.domain.pinyin import full_pinyin

    parsed, sex, birth, _precision = _identity(values)
    phone = values.get("phone") or ("", "")
    national = phone[0][3:] if phone[0].startswith("+86") and ";" not in phone[0] else phone[0]
    volunteer = Volunteer(
        station_code=ctx.station_code,
        name=values["name"],
        name_pinyin=full_pinyin(values["name"]),
        sex=sex,
        birth_date=birth,
        id_type="id_card",
        id_number=parsed.normalised if parsed else "",
        id_hash=values["_hash"],
        phone=national,
        phone_tail=national[-4:] if national else "",
        volunteer_no=values.get("volunteer_no") or "",
        residence=values.get("residence") or "",
        skills=list(values.get("skills") or []),
        availability={},
        trainings=[],
        commendations=[],
        evaluations=[],
        status="active",
        joined_on=values.get("joined_on"),
        notes=values.get("notes") or "",
    )
    session.add(volunteer)
    return volunteer.id


def write_attendance(session: Session, ctx: ServiceContext, values: dict[str, Any], volunteer_id: str) -> str:
    attendance = Attendance(
        volunteer_id=volunteer_id,
        activity=values.get("activity") or "",
        check_in=values["check_in"],
        check_out=values["check_out"],
        break_minutes=values.get("break_minutes") or 0,
        auto_closed=False,
        # Imported hours wait for the coordinator like kiosk hours: a sheet is what someone typed,
        # not a confirmation of the service (issue 18, 7).
        status="draft",
        confirmed_by="",
    )
    session.add(attendance)
    return attendance.id


def write_rows(session: Session, ctx: ServiceContext, kind: str, rows: list[tuple[dict[str, Any], str]]) -> int:
    """Write (values, target id) rows of one kind, flushing every BATCH rows; returns the count."""
    keys: list[dict[str, str]] = []
    for done, (values, target_id) in enumerate(rows, start=1):
        if kind == "clients":
            keys.extend(write_client(session, ctx, values))
        elif kind == "volunteers":
            write_volunteer(session, ctx, values)
        elif kind == "visits":
            write_visit(session, ctx, values, target_id)
        else:
            write_attendance(session, ctx, values, target_id)
        if done % BATCH == 0 or done == len(rows):
            session.flush()
            if keys:
                session.execute(insert(ClientSearchKey), keys)
                keys = []
    return len(rows)
