"""Matching imported rows against the database and against earlier rows of the same sheet.

Clients and volunteers are matched by the keyed hash of the ID number (the plain number is never
looked up, docs/domain.md §5.2), then by name + birth date; visits find their client the same way;
hours find their volunteer by 志愿者编号, ID hash, or a name that is unique in the team. A row
that matches a record already there, or an earlier row, is a duplicate: reported, not written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.idnumber import IdNumber, id_lookup_hash
from desktop.domain.sheets.rows import CleanRow
from desktop.models import Attendance, Client, Visit, Volunteer


@dataclass
class Outcome:
    """What matching decided for one row: write it, report a duplicate, or report a problem."""

    row: int
    clean: CleanRow
    target_id: str = ""
    duplicate: dict[str, Any] | None = None
    problem: tuple[str, str, str] | None = None  # (field, code, message)
    notices: list[tuple[str, str, str]] = field(default_factory=list)


def _hash(secret: bytes, parsed: object) -> str:
    return id_lookup_hash(secret, parsed.normalised) if isinstance(parsed, IdNumber) else ""


def _birth(values: dict[str, Any]) -> date | None:
    birth = values.get("birth_date")
    if birth and birth[1] == "YMD":
        return birth[0]
    parsed = values.get("id_number")
    return parsed.birth_date if isinstance(parsed, IdNumber) else None


def _existing(session: Session, column: Any, wanted: set[str], model: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    items = sorted(item for item in wanted if item)
    for start in range(0, len(items), 500):  # stay under SQLite's bound-parameter limit
        query = select(column, model.id).where(column.in_(items[start : start + 500]), model.deleted.is_(False))
        for key, record_id in session.execute(query):
            found.setdefault(key, record_id)
    return found


def match_people(session: Session, rows: list[Outcome], secret: bytes, model: type[Client] | type[Volunteer]) -> None:
    """Clients or volunteers: duplicates of existing records and of earlier rows."""
    hashes = {row.clean.values.get("_hash", "") for row in rows}
    by_hash = _existing(session, model.id_hash, hashes, model)
    by_no: dict[str, str] = {}
    if model is Volunteer:
        by_no = _existing(
            session, Volunteer.volunteer_no, {r.clean.values.get("volunteer_no") or "" for r in rows}, Volunteer
        )
    seen: dict[tuple[str, Any], int] = {}
    for row in rows:
        values = row.clean.values
        id_hash, birth = values["_hash"], _birth(values)
        keys: list[tuple[str, Any]] = []
        if id_hash:
            keys.append(("id_number", id_hash))
        if values.get("volunteer_no"):
            keys.append(("volunteer_no", values["volunteer_no"]))
        if not id_hash and birth is not None:
            keys.append(("name_birth", (values["name"], birth)))
        existing = ""
        by = ""
        if id_hash and id_hash in by_hash:
            existing, by = by_hash[id_hash], "id_number"
        elif values.get("volunteer_no") and values["volunteer_no"] in by_no:
            existing, by = by_no[values["volunteer_no"]], "volunteer_no"
        elif not id_hash and birth is not None:
            found = session.scalar(
                select(model.id).where(
                    model.name == values["name"], model.birth_date == birth, model.deleted.is_(False)
                )
            )
            if found:
                existing, by = found, "name_birth"
        if existing:
            row.duplicate = {"row": row.row, "matches": "existing", "by": by, "record_id": existing}
            continue
        earlier = next((seen[key] for key in keys if key in seen), None)
        if earlier is not None:
            by = next(kind for kind, value in keys if (kind, value) in seen)
            row.duplicate = {"row": row.row, "matches": "sheet", "by": by, "first_row": earlier}
            continue
        for key in keys:
            seen[key] = row.row


def _find_one(session: Session, query: Any) -> tuple[str, int]:
    found = list(session.scalars(query.limit(2)))
    return (found[0] if found else ""), len(found)


def match_visits(session: Session, rows: list[Outcome], secret: bytes) -> None:
    """Find each visit's client, then flag visits already recorded (same client, date and mode)."""
    active = select(Client.id).where(Client.deleted.is_(False))
    seen: dict[tuple[str, date, int], int] = {}
    for row in rows:
        values = row.clean.values
        client_id, count = "", 0
        if values["_hash"]:
            client_id, count = _find_one(session, active.where(Client.id_hash == values["_hash"]))
        if not client_id and _birth(values) is not None:
            client_id, count = _find_one(
                session, active.where(Client.name == values["name"], Client.birth_date == _birth(values))
            )
        if not client_id and not values["_hash"] and _birth(values) is None:
            client_id, count = _find_one(session, active.where(Client.name == values["name"]))
            if count == 1:
                row.notices.append(("name", "sheet.matched_by_name", "仅按姓名匹配到服务对象（名册中无重名）。"))
            elif count > 1:
                row.problem = ("name", "sheet.client_ambiguous", "名册中有多位同名服务对象，请补充身份证号或出生日期。")
                continue
        if not client_id:
            row.problem = (
                "name",
                "sheet.client_not_found",
                "在服务对象名册中找不到此人：请先导入服务对象，或核对身份证号。",
            )
            continue
        row.target_id = client_id
        key = (client_id, values["visit_date"], values["mode"])
        already = session.scalar(
            select(Visit.id).where(
                Visit.client_id == client_id,
                Visit.visit_date == values["visit_date"],
                Visit.mode == values["mode"],
                Visit.deleted.is_(False),
            )
        )
        if already:
            row.duplicate = {"row": row.row, "matches": "existing", "by": "client_date_mode", "record_id": already}
        elif key in seen:
            row.duplicate = {"row": row.row, "matches": "sheet", "by": "client_date_mode", "first_row": seen[key]}
        else:
            seen[key] = row.row


def _by_name(active: Any, values: dict[str, Any]) -> Any:
    """Volunteers of that name; with a phone in the row, only those whose phone ends the same."""
    query = active.where(Volunteer.name == values["name"])
    phone = values.get("phone")
    if phone:
        digits = "".join(ch for ch in phone[0].split(";")[0] if ch.isdigit())
        query = query.where(Volunteer.phone_tail == digits[-4:])
    return query


def match_hours(session: Session, rows: list[Outcome], secret: bytes) -> None:
    """Find each attendance's volunteer, then flag entries already in the ledger (same check-in)."""
    active = select(Volunteer.id).where(Volunteer.deleted.is_(False))
    seen: dict[tuple[str, datetime], int] = {}
    lookups: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
        (
            "volunteer_no",
            lambda v: active.where(Volunteer.volunteer_no == v["volunteer_no"]) if v["volunteer_no"] else None,
        ),
        ("id_number", lambda v: active.where(Volunteer.id_hash == v["_hash"]) if v["_hash"] else None),
        ("name", lambda v: _by_name(active, v) if v["name"] else None),
    ]
    for row in rows:
        values = row.clean.values
        volunteer_id = ""
        for kind, build in lookups:
            query = build(values)
            if query is None:
                continue
            found, count = _find_one(session, query)
            if count > 1:
                row.problem = (
                    kind,
                    "sheet.volunteer_ambiguous",
                    "有多位志愿者与此行匹配，请补充志愿者编号或身份证号。",
                )
                break
            if found:
                volunteer_id = found
                break
        if row.problem:
            continue
        if not volunteer_id:
            row.problem = ("name", "sheet.volunteer_not_found", "找不到对应的志愿者：请先导入志愿者名册，或核对编号。")
            continue
        row.target_id = volunteer_id
        key = (volunteer_id, values["check_in"])
        already = session.scalar(
            select(Attendance.id).where(
                Attendance.volunteer_id == volunteer_id,
                Attendance.check_in == values["check_in"],
                Attendance.deleted.is_(False),
            )
        )
        if already:
            row.duplicate = {"row": row.row, "matches": "existing", "by": "volunteer_check_in", "record_id": already}
        elif key in seen:
            row.duplicate = {"row": row.row, "matches": "sheet", "by": "volunteer_check_in", "first_row": seen[key]}
        else:
            seen[key] = row.row


def add_hashes(rows: list[Outcome], secret: bytes) -> None:
    for row in rows:
        row.clean.values["_hash"] = _hash(secret, row.clean.values.get("id_number"))
