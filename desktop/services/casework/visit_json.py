"""A visit as a JSON document (`stationdesk visits show --json` / `visits record --json-file`).

The document's keys are the fields of `VisitInput` (docs/visit-json.md): dates as YYYY-MM-DD,
code lists as arrays, drugs and notifications as objects. `visits show` adds what the record
holds beyond the input (id, status, suggested class, visitor, addenda); `parse` ignores those
keys, so a shown document can be recorded again, for another client or date, with the same
answers (on another date the next date and the notification times move with the visit). Anything else unknown, or of the wrong type, is refused with its own code before the
visit service sees it; the service then applies the same validation and rules as the form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, fields
from datetime import date, datetime
from typing import Any

from desktop.domain import partial_dates
from desktop.errors import ValidationError
from desktop.i18n import mark
from desktop.services.casework.visit_input import Medication, Notification, VisitInput

FORMAT = "stationdesk.visit/1"
# Keys `visits show` writes that describe the stored record, not the input: ignored when recording.
RECORD_KEYS = frozenset(
    {
        "format",
        "id",
        "status",
        "classification_suggested",
        "escalation_followup_due",
        "visitor_name",
        "finalised_at",
        "override_approved_by",
        "addenda",
    }
)
_DATES = frozenset({"visit_date", "death_date", "next_visit_date"})
# 末次出院时间 is written "2024", "2024-06" or "2024-06-15": its precision travels in the text, so
# `last_discharge_precision` is no key of the document.
_PARTIAL_DATE = "last_discharge_date"
_INT_LISTS = frozenset({"objects_seen", "symptoms", "rehab_measures"})
_DRUG_LISTS = frozenset({"medications", "medication_guidance"})
_FIELDS = {f.name: f for f in fields(VisitInput) if f.name != "last_discharge_precision"}


def document(data: VisitInput) -> dict[str, Any]:
    """The JSON-ready document of a visit input."""
    out: dict[str, Any] = {"format": FORMAT}
    for name in _FIELDS:
        value = getattr(data, name)
        if name in _DATES:
            value = value.isoformat() if value is not None else None
        elif name == _PARTIAL_DATE:
            value = partial_dates.text(value, data.last_discharge_precision) if value is not None else None
        elif name in _INT_LISTS:
            value = list(value)
        elif name in _DRUG_LISTS:
            value = [m.as_dict() for m in value]
        elif name == "escalation":
            value = [n.as_dict() for n in value]
        elif name == "sources":
            value = dict(value)
        out[name] = value
    return out


def _refuse(code: str, message: str, key: str) -> ValidationError:
    return ValidationError(code, message, field=key, key=key)


def _date(key: str, value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _refuse("visit_json.date", mark("errors", "文件中“{key}”应为 YYYY-MM-DD 格式的日期。"), key)


def _partial_date(key: str, value: object) -> tuple[date, str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return partial_dates.parse(value)
        except ValueError:
            pass
    raise _refuse(
        "visit_json.partial_date", mark("errors", "文件中“{key}”应为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期。"), key
    )


def _int(key: str, value: object, optional: bool) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    return value


def _ints(key: str, value: object) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    return tuple(_int(key, item, False) for item in value)  # type: ignore[misc]


def _objects(key: str, value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    return value


def _drug(key: str, item: Mapping[str, Any]) -> Medication:
    allowed = set(Medication.__dataclass_fields__)
    if not set(item) <= allowed or not isinstance(item.get("name"), str):
        raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    for name in ("morning_mg", "noon_mg", "evening_mg", "dose_mg"):
        value = item.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    if not isinstance(item.get("long_acting", False), bool):
        raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    _int(key, item.get("every_weeks"), True)
    return Medication(**item)


def _note(key: str, item: Mapping[str, Any]) -> Notification:
    names = ("party", "name", "at", "channel")
    if set(item) != set(names) or not all(isinstance(item[n], str) for n in names):
        raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
    return Notification(item["party"], item["name"], item["at"], item["channel"])


def _value(key: str, value: object) -> object:
    if key == "client_id":
        if not isinstance(value, str):
            raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
        return value
    if key in _DATES:
        return _date(key, value)
    if key in _INT_LISTS:
        return _ints(key, value)
    if key in _DRUG_LISTS:
        return tuple(_drug(key, item) for item in _objects(key, value))
    if key == "escalation":
        return tuple(_note(key, item) for item in _objects(key, value))
    if key == "sources":
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
        return {k: _int(key, v, False) for k, v in value.items()}
    default = _FIELDS[key].default
    if isinstance(default, str) or key == "schedule_stage":
        if not isinstance(value, str):
            raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
        return value
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise _refuse("visit_json.type", mark("errors", "文件中“{key}”的值类型不对。"), key)
        return value
    return _int(key, value, default is None or default is MISSING)


def _moved(values: dict[str, Any], visit_date: date) -> dict[str, Any]:
    """The dated answers of a document recorded on another day: the next date and the escalation
    times keep their distance from the visit (so a shown document records the same answers)."""
    moved: dict[str, Any] = {"visit_date": visit_date}
    old = values.get("visit_date")
    if not isinstance(old, date):
        return moved
    delta = visit_date - old
    if isinstance(values.get("next_visit_date"), date):
        moved["next_visit_date"] = values["next_visit_date"] + delta
    notes = []
    for note in values.get("escalation", ()):
        try:
            at = datetime.strptime(note.at, "%Y-%m-%d %H:%M") + delta
        except ValueError:
            notes.append(note)  # refused by the visit service's own check
            continue
        notes.append(Notification(note.party, note.name, at.strftime("%Y-%m-%d %H:%M"), note.channel))
    if notes:
        moved["escalation"] = tuple(notes)
    return moved


def parse(doc: object, *, client_id: str | None = None, visit_date: date | None = None) -> VisitInput:
    """A `VisitInput` from a document; `client_id` / `visit_date` replace the document's."""
    if not isinstance(doc, dict):
        raise ValidationError("visit_json.not_object", "访视文件应为一个 JSON 对象。")
    if doc.get("format", FORMAT) != FORMAT:
        raise _refuse("visit_json.format", mark("errors", "不认识的访视文件格式：“{key}”。"), "format")
    unknown = sorted(set(doc) - set(_FIELDS) - RECORD_KEYS)
    if unknown:
        raise _refuse("visit_json.unknown_field", mark("errors", "文件中有不认识的项目：“{key}”。"), unknown[0])
    values = {key: _value(key, value) for key, value in doc.items() if key in _FIELDS and key != _PARTIAL_DATE}
    discharge = _partial_date(_PARTIAL_DATE, doc.get(_PARTIAL_DATE))
    if discharge is not None:
        values[_PARTIAL_DATE], values["last_discharge_precision"] = discharge
    if client_id is not None:
        values["client_id"] = client_id
    if visit_date is not None:
        values.update(_moved(values, visit_date))
    for key in ("client_id", "visit_date"):
        if values.get(key) in (None, ""):
            raise _refuse("visit_json.required", mark("errors", "文件中缺少“{key}”。"), key)
    return VisitInput(**values)  # type: ignore[arg-type]
