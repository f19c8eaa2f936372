"""Demo volunteers with a year of shifts on official working days, assignments and attendance,
including a few forgotten check-outs that are closed at the shift's end and flagged.

Scale: about one template per 15 volunteers by default, or enough weekly templates to produce
`shifts` shifts over the year (the benchmark asks for 2,000 volunteers and ~50,000 shifts).
Shift ids are the same deterministic ids `generate_shifts` gives (rota.shift_id_for), so
generating the demo weeks again from the rota page adds no duplicates.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, Protocol

from desktop.domain.volunteering.calendar import day_info
from desktop.models import Attendance, Shift, ShiftAssignment, ShiftTemplate, Volunteer, new_id
from desktop.services.demo import pools
from desktop.services.demo.people import DemoPeople

SHANGHAI_OFFSET = timedelta(hours=8)


class RowSink(Protocol):
    def add(self, model: type[Any], row: dict[str, Any]) -> None: ...


@lru_cache(maxsize=1024)
def _is_workday(day: date) -> bool:
    # The official calendar, falling back to Mon–Fri for years it does not cover.
    return day_info(day).is_workday


def _at(day: date, hhmm: str) -> datetime:
    """Local Shanghai wall time as an aware UTC datetime."""
    local = datetime(day.year, day.month, day.day, int(hhmm[:2]), int(hhmm[3:]), tzinfo=UTC)
    return local - SHANGHAI_OFFSET


def add_volunteers(
    sink: RowSink,
    people: DemoPeople,
    rng: random.Random,
    station: str,
    count: int,
    today: date,
    secret: bytes,
    shifts: int | None = None,
) -> None:
    from desktop.domain.idnumber import check_character, id_lookup_hash
    from desktop.domain.pinyin import full_pinyin, initials
    from desktop.domain.volunteering.availability import WEEKDAY_KEYS

    volunteers: list[dict[str, Any]] = []
    for _ in range(count):
        name, sex = people.name()
        birth = date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        first17 = f"310104{birth:%Y%m%d}{rng.randrange(100):02d}{rng.choice('13579' if sex == 1 else '02468')}"
        phone = people.mobile()
        number = first17 + check_character(first17)
        row = {
            "id": new_id(),
            "station_code": station,
            "name": name,
            "name_pinyin": full_pinyin(name),
            "name_initials": initials(name)[:32],
            "sex": sex,
            "birth_date": birth,
            "id_type": "id_card",
            "id_number": number,
            "id_hash": id_lookup_hash(secret, number),
            "phone": phone,
            "phone_tail": phone[-4:],
            "volunteer_no": f"31010{rng.randrange(10**9):09d}",
            "residence": "徐汇区凌云路街道",
            "village_code": "",
            "skills": rng.sample(pools.SKILLS, rng.randint(1, 3)),
            "availability": {
                "version": 1,
                "weekly": {WEEKDAY_KEYS[d]: [["08:30", "17:00"]] for d in sorted(rng.sample(range(5), 3))},
                "exceptions": [],
            },
            "trainings": [
                {
                    "name": rng.choice(pools.TRAININGS),
                    "day": str(today - timedelta(days=rng.randint(30, 700))),
                    "hours": 2,
                }
            ],
            "commendations": [],
            "evaluations": [],
            "status": rng.choices(("active", "paused", "left"), (85, 10, 5))[0],
            "status_date": None,
            "joined_on": today - timedelta(days=rng.randint(60, 1500)),
            "notes": "",
        }
        volunteers.append(row)
        sink.add(Volunteer, row)
    active = [v for v in volunteers if v["status"] == "active"]
    # A weekly template yields about 50 shifts a year (minus holidays, plus the two demo weeks ahead).
    per_template = 50
    templates_wanted = (
        max(1, math.ceil(shifts / per_template)) if shifts else max(len(pools.SHIFT_TEMPLATES), count // 15)
    )
    for index in range(templates_wanted):
        weekday, start, end, title, capacity, skill = pools.SHIFT_TEMPLATES[index % len(pools.SHIFT_TEMPLATES)]
        # Beyond the basic templates, spread the extra ones over the working week.
        weekday = (weekday + index // len(pools.SHIFT_TEMPLATES)) % 5
        template = {
            "id": new_id(),
            "station_code": station,
            "title": title,
            "location": "社工站",
            "weekdays": [weekday],
            "start_time": start,
            "end_time": end,
            "capacity": capacity,
            "required_skill": skill,
            "working_days_only": True,
            "valid_from": today - timedelta(days=365),
            "valid_to": None,
            "active": True,
        }
        sink.add(ShiftTemplate, template)
        _shifts_for(sink, rng, template, active, today)


def _shifts_for(
    sink: RowSink, rng: random.Random, template: dict[str, Any], active: list[dict[str, Any]], today: date
) -> None:
    from desktop.domain.volunteering.rota import shift_id_for

    day = template["valid_from"]
    horizon = today + timedelta(days=14)
    while day <= horizon:
        if day.weekday() in template["weekdays"] and _is_workday(day):
            shift = {
                "id": shift_id_for(template["id"], day),
                "station_code": template["station_code"],
                "template_id": template["id"],
                "shift_date": day,
                "start_time": template["start_time"],
                "end_time": template["end_time"],
                "title": template["title"],
                "location": template["location"],
                "capacity": template["capacity"],
                "required_skill": template["required_skill"],
                "village_code": "",
                "cancelled": False,
            }
            sink.add(Shift, shift)
            crew = rng.sample(active, min(len(active), template["capacity"])) if active else []
            for volunteer in crew:
                sink.add(
                    ShiftAssignment,
                    {"id": new_id(), "shift_id": shift["id"], "volunteer_id": volunteer["id"], "role": ""},
                )
                if day < today and rng.random() < 0.9:
                    sink.add(Attendance, _attendance(rng, shift, volunteer["id"], today))
        day += timedelta(days=1)


def _attendance(rng: random.Random, shift: dict[str, Any], volunteer_id: str, today: date) -> dict[str, Any]:
    start, end = _at(shift["shift_date"], shift["start_time"]), _at(shift["shift_date"], shift["end_time"])
    check_in = start + timedelta(minutes=rng.randint(-10, 10))
    forgotten = rng.random() < 0.03
    check_out = end if forgotten else end + timedelta(minutes=rng.randint(-15, 10))
    old = (today - shift["shift_date"]).days > 45
    status = "draft" if forgotten else ("reported" if old and rng.random() < 0.7 else "confirmed")
    return {
        "id": new_id(),
        "volunteer_id": volunteer_id,
        "shift_id": shift["id"],
        "activity": shift["title"],
        "check_in": check_in,
        "check_out": check_out,
        "break_minutes": 0 if rng.random() < 0.8 else 15,
        "auto_closed": forgotten,
        "reviewed": False,
        "status": status,
        "confirmed_by": "" if status == "draft" else "周云",
        "reported_on": shift["shift_date"] + timedelta(days=30) if status == "reported" else None,
        "void_reason": "",
    }
