"""Realistic Chinese demo data, written in bulk so 100,000 clients take minutes, not hours.

Rows are built as plain dicts and written with Core `executemany` in chunks (docs/architecture.md §8a: ORM
object-at-a-time inserts are ~8x slower and use gigabytes). Each row gets the same sync identity
the unit of work gives hand-made rows, plus its change-log entry, so exports see demo data too.
Visits follow the classification and scheduling rules of docs/domain.md §2.2, so some clients are due,
some overdue and some at high risk.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.domain import address, followups
from desktop.domain.clock import station_today
from desktop.domain.idnumber import check_character, id_lookup_hash
from desktop.domain.pinyin import full_pinyin
from desktop.models import (
    Attendance,
    Client,
    ClientSearchKey,
    Consent,
    Guardian,
    Shift,
    Visit,
    Volunteer,
    new_id,
)
from desktop.services.casework.schedule_index import rebuild_all
from desktop.services.casework.search_keys import keys_for
from desktop.services.context import ServiceContext
from desktop.services.demo import pools
from desktop.services.demo.escalation import escalate
from desktop.services.demo.people import DemoPeople
from desktop.services.demo.writer import CHUNK, DemoWriter
from desktop.services.permissions import entry
from desktop.services.settings import get_setting

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoResult:
    clients: int
    visits: int
    volunteers: int
    shifts: int
    attendance: int
    seconds: float


# The first demo client: the README's search example (`clients search zsf`) finds her.
README_NAME = ("张淑芬", 2)


def _id_number(rng: random.Random, birth: date, sex: int) -> str:
    area = rng.choice(("310104", "310104", "310104", "310106", "310110", "310112", "310108", "310230", "320582"))
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if sex == 1 else rng.choice((0, 2, 4, 6, 8)))
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_character(first17)


def _classify(risk: int, symptoms: list[int], insight: int, social: list[int]) -> int:
    if risk >= 3 or insight == 3:
        return 1
    if risk >= 1 or symptoms or insight == 2 or 3 in social:
        return 2
    return 3


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _next_due(visit_date: date, classification: int) -> date:
    return visit_date + timedelta(days=14) if classification in (1, 2) else _add_months(visit_date, 3)


class DemoBuilder:
    """Generates one station's demo data into an open connection."""

    def __init__(self, writer: DemoWriter, station_code: str, secret: bytes, seed: int, today: date) -> None:
        self.w = writer
        self.station = station_code
        self.secret = secret
        self.rng = random.Random(seed)
        self.today = today
        self.people = DemoPeople(self.rng)
        self.caseworkers: list[tuple[str, str]] = []
        # Search keys are derived and local: written without sync identity or change log.
        self._keys: list[dict[str, Any]] = []

    def villages(self) -> list[tuple[str, str, str]]:
        """(district, township, committee) codes of the station's own 街道: a station serves its own area."""
        district = next(d for d in address.districts() if d.name == "徐汇区")
        towns = address.townships(district.code)
        home = next((t for t in towns if t.name.startswith("凌云路")), towns[0])
        return [(district.code, home.code, v.code) for v in address.villages(home.code)]

    def clients(self, count: int, visits_per_client: int, progress: Progress | None) -> None:
        villages = self.villages()
        for index in range(count):
            self.client(villages, visits_per_client, README_NAME if index == 0 else None)
            if progress and index % 5000 == 0:
                progress("clients", index, count)
        self.w.flush()

    def client(self, villages: list[tuple[str, str, str]], visits: int, named: tuple[str, int] | None = None) -> None:
        rng = self.rng
        name, sex = self.people.name()  # drawn even when `named`: the rest of the demo stays the same
        if named is not None:
            name, sex = named
        birth = date(rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28))
        number = _id_number(rng, birth, sex)
        phone = self.people.mobile()
        district, town, village = rng.choice(villages)
        client_id = new_id()
        caseworker = rng.choice(self.caseworkers) if self.caseworkers else ("", "")
        status = rng.choices(("managed", "registered", "lost", "moved", "dead"), (88, 6, 3, 2, 1))[0]
        tags = ["严重精神障碍患者"] + ([rng.choice(pools.TAGS_EXTRA)] if rng.random() < 0.15 else [])
        diagnosis = rng.choices(pools.DIAGNOSES, pools.DIAGNOSIS_WEIGHTS)[0]
        row: dict[str, Any] = {
            "id": client_id,
            "station_code": self.station,
            "name": name,
            "name_pinyin": full_pinyin(name),
            "sex": sex,
            "birth_date": birth,
            "birth_precision": "YMD",
            "id_type": "id_card",
            "id_number": number,
            "id_original": number,
            "id_hash": id_lookup_hash(self.secret, number),
            "phone": phone,
            "phone_original": phone[3:],
            "district_code": district,
            "township_code": town,
            "village_code": village,
            "address_dict_year": address.DICT_YEAR,
            "village_free_text": "",
            "address_detail": f"{rng.randint(1, 999)}弄{rng.randint(1, 60)}号{rng.randint(101, 1202)}室",
            "household_type": 1,
            "employment": rng.choice((4, 4, 6, 8, 1)),
            "economic_status": rng.choice((1, 2, 2, 2)),
            "diagnosis": diagnosis,
            "diagnosis_hospital": rng.choice(pools.HOSPITALS),
            "onset_date": date(max(birth.year + 16, 1975), 1, 1),
            "onset_precision": "Y",
            "registered_on": self.today - timedelta(days=rng.randint(800, 4000)),
            "management_status": status,
            "status_date": self.today - timedelta(days=rng.randint(1, 300)) if status != "managed" else None,
            "caseworker_id": caseworker[0],
            "caseworker_name": caseworker[1],
            "tags": tags,
            "care_team": [{"role": "精防医生", "name": self.people.name()[0]}, {"role": "社工", "name": caseworker[1]}],
            "key_attention": False,
            "committee_contact": "",
            "committee_phone": "",
        }
        guardian_name = self.people.name()[0]
        doctor = str(row["care_team"][0]["name"])
        planned = self.visits(client_id, visits, status, doctor=doctor, guardian=guardian_name)
        row["key_attention"] = self.key_attention(client_id, row, planned)
        self.w.add(Client, row)
        village_unit = address.get(village)
        for key in keys_for(name, number, phone, village_unit.name if village_unit else ""):
            self._keys.append({"client_id": client_id, "key": key})
        if len(self._keys) >= CHUNK:
            self.flush_keys()
        if rng.random() < 0.8:
            gname = guardian_name
            self.w.add(
                Guardian,
                {
                    "id": new_id(),
                    "client_id": client_id,
                    "name": gname,
                    "relationship": rng.choices(pools.RELATIONSHIPS, pools.RELATIONSHIP_WEIGHTS)[0],
                    "phone": self.people.mobile(),
                    "address": "同住",
                    "lives_with": rng.random() < 0.7,
                    "is_primary": True,
                },
            )
        self.w.add(
            Consent,
            {
                "id": new_id(),
                "client_id": client_id,
                "scope": "records",
                "granted": True,
                "signer": rng.choice(("self", "guardian")),
                "signer_name": "",
                "signer_relationship": "",
                "signed_on": row["registered_on"],
                "notice_version": "2024-1",
                "withdrawn_on": None,
            },
        )

    def flush_keys(self) -> None:
        self.w.add_plain(ClientSearchKey, self._keys)
        self._keys = []

    def key_attention(self, client_id: str, row: dict[str, Any], visits: list[dict[str, Any]]) -> bool:
        """重点关注 as the program computes it from these visits (domain.followups.compute, the rule
        refresh_clients and rebuild_all apply): only finalised follow-ups count, risk ≥ 3 sets it and
        a later follow-up at risk ≤ 2 clears it."""
        facts = [
            followups.VisitFacts(
                visit["visit_date"],
                visit["risk_level"],
                visit["next_visit_date"],
                visit["status"],
                visit["escalation_followup_due"],
                f"{position:06d}",  # the order they were written in
                followups.counts_as_followup(
                    visit["status"], visit["mode"], visit["objects_seen"], visit["lost_reason"], visit["death_date"]
                ),
            )
            for position, visit in enumerate(visits)
        ]
        client = followups.ClientFacts(row["registered_on"], row["management_status"], row["caseworker_id"])
        return bool(followups.compute(client_id, client, facts, self.today)["key_attention"])

    def visits(
        self, client_id: str, count: int, status: str, *, doctor: str = "", guardian: str = ""
    ) -> list[dict[str, Any]]:
        """Generate a client's visits backwards from a recent last visit; returns them, oldest first."""
        rng = self.rng
        profile = rng.choices(("stable", "fluctuating", "unstable"), (60, 30, 10))[0]
        planned: list[dict[str, Any]] = []
        day = date(2000, 1, 1)
        for _ in range(count):
            visit = self.checklist(profile)
            visit["visit_date"] = day
            planned.append(visit)
            due = _next_due(day, visit["classification"])
            gap = (due - day).days
            actual = gap if visit["classification"] != 3 else rng.randint(30, gap)
            day = day + timedelta(days=max(7, actual + rng.randint(-5, 10)))
        # Most clients are on schedule (the next visit still ahead), some overdue, as at a real station.
        interval = (
            (_next_due(planned[-1]["visit_date"], planned[-1]["classification"]) - planned[-1]["visit_date"]).days
            if planned
            else 90
        )
        if rng.random() < 0.85:
            last_offset = rng.randint(1, max(1, interval - 1))
        else:
            last_offset = rng.randint(interval + 1, interval + 60)
        shift = (self.today - timedelta(days=last_offset)) - planned[-1]["visit_date"] if planned else timedelta()
        for position, visit in enumerate(planned):
            visit_date = visit["visit_date"] + shift
            visit["visit_date"] = visit_date
            visit["next_visit_date"] = _next_due(visit_date, visit["classification"])
            is_last = position == len(planned) - 1
            if visit["risk_level"] >= 3:
                escalate(visit, visit_date, doctor, guardian)
            visit["status"] = "draft" if is_last and rng.random() < 0.05 else "final"
            visit["finalised_at"] = (
                None
                if visit["status"] == "draft"
                else datetime.combine(visit_date, datetime.min.time(), UTC) + timedelta(hours=18)
            )
            visit.update({"id": new_id(), "client_id": client_id, "station_code": self.station})
            cw = rng.choice(self.caseworkers) if self.caseworkers else ("", rng.choice(pools.VISITORS))
            visit["visitor_id"], visit["visitor_name"] = cw
            if status == "dead" and is_last:
                visit.update({"death_date": visit_date, "death_cause": 1, "death_illness": 8})
            self.w.add(Visit, visit)
        return planned

    def checklist(self, profile: str) -> dict[str, Any]:
        rng = self.rng
        if profile == "stable":
            risk = rng.choices((0, 1), (95, 5))[0]
        elif profile == "fluctuating":
            risk = rng.choices((0, 1, 2), (60, 30, 10))[0]
        else:
            risk = rng.choices((0, 1, 2, 3, 4, 5), (35, 25, 20, 12, 6, 2))[0]
        symptoms = (
            sorted(rng.sample(range(1, 12), rng.randint(1, 2))) if profile != "stable" and rng.random() < 0.6 else []
        )
        if risk >= 2 and 7 not in symptoms and rng.random() < 0.5:
            symptoms = sorted([*symptoms, 7])
        insight = {"stable": 1, "fluctuating": rng.choice((1, 2)), "unstable": rng.choice((2, 2, 3))}[profile]
        social = [rng.choices((1, 2, 3), (60, 35, 5))[0] for _ in range(5)]
        classification = _classify(risk, symptoms, insight, social)
        mode = rng.choices((2, 3, 1, 4, 5), (50, 30, 10, 5, 5))[0]
        drug = rng.choice(pools.DRUGS)
        start = rng.choice(("09:00", "09:30", "10:00", "14:00", "14:30", "15:00"))
        return {
            "mode": mode,
            "objects_seen": [1, 2] if rng.random() < 0.6 else [1],
            "start_time": start,
            "end_time": f"{int(start[:2]) + 1:02d}{start[2:]}",
            "risk_level": risk,
            "symptoms": symptoms,
            "insight": insight,
            "sleep": rng.choices((1, 2, 3), (60, 30, 10))[0],
            "diet": rng.choices((1, 2, 3), (70, 25, 5))[0],
            "sf_selfcare": social[0],
            "sf_housework": social[1],
            "sf_work": social[2] if rng.random() < 0.6 else 9,
            "sf_learning": social[3],
            "sf_social": social[4],
            "danger_minor": 1 if risk >= 2 and rng.random() < 0.5 else 0,
            "danger_selfharm": 1 if risk >= 4 and rng.random() < 0.3 else 0,
            "confinement": 1,
            "hospitalisation": 0,
            "lab_tests": 1,
            "adherence": rng.choices((1, 2, 3), (75, 20, 5))[0],
            "adverse_reaction": 1,
            "treatment_effect": {1: 3, 2: 2, 3: 2}[classification],
            "referral_suggested": 2 if classification == 1 else 1,
            "referral_done": 2 if classification == 1 else 1,
            "referral_reason": "病情不稳定，建议上级医院诊治" if classification == 1 else "",
            "referral_to": "区精神卫生中心" if classification == 1 else "",
            "medications": [{"name": drug, "morning_mg": 2, "noon_mg": 0, "evening_mg": 2}],
            "rehab_measures": [1, 4] if rng.random() < 0.5 else [1],
            "classification": classification,
            "classification_suggested": classification,
            "schedule_stage": "initial",
            "physical_illness_unstable": False,
            "other_abnormality": False,
            # Information source of every clinical item (docs/domain.md §0): the caseworker records, never judges.
            "sources": {
                "risk_level": 4,
                "symptoms": 1,
                "insight": 2,
                "hospitalisation": 1,
                "lab_tests": 3,
                "adherence": 1,
                "adverse_reaction": 1,
                "treatment_effect": 2,
                "referral": 2,
                "medications": 1,
            },
            "purpose": "常规随访" if classification == 3 else "病情跟进",
            "narrative": rng.choice(pools.NARRATIVES_BY_MODE[mode]),
            "client_state": "情绪平稳" if classification == 3 else "情绪波动",
            "plan": rng.choice(pools.PLANS),
            "escalation": [],
            "escalation_followup_due": None,
            # Every row carries every key the rows of a chunk may have: executemany takes the
            # columns from the first row, so a chunk opening with a death record needs them all.
            "lost_reason": None,
            "death_date": None,
            "death_cause": None,
            "death_illness": None,
        }


@entry("demo.generate")
def generate_demo(
    ctx: ServiceContext,
    *,
    clients: int = 2000,
    visits_per_client: int = 6,
    volunteers: int = 40,
    shifts: int | None = None,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoResult:
    """Add demo clients with visits, and volunteers with a year of shifts and attendance."""
    from desktop.services.admin.users import caseworkers
    from desktop.services.demo.volunteers import add_volunteers

    started = time.perf_counter()
    today = today or station_today()
    team = caseworkers(ctx.db)
    with ctx.db.engine.begin() as connection:
        # Rows reference each other across buffers flushed at different times: check keys at commit.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        secret = bytes.fromhex(_secret(ctx))
        writer = DemoWriter(connection, ctx.station_code, ctx.db.clock.now())
        builder = DemoBuilder(writer, ctx.station_code, secret, seed, today)
        builder.caseworkers = team
        builder.clients(clients, visits_per_client, progress)
        builder.flush_keys()
        add_volunteers(writer, builder.people, builder.rng, ctx.station_code, volunteers, today, secret, shifts)
        writer.flush()
        # The derived, local due-date table (client_schedule) is rebuilt from what was just written.
        rebuild_all(connection)
    counts = writer.counts
    from desktop.services import audit

    with ctx.db.write() as session:
        audit.record(session, ctx.actor, "demo_generate", "station", ctx.station_code, sorted(counts))
    return DemoResult(
        clients=counts.get("clients", 0),
        visits=counts.get("visits", 0),
        volunteers=counts.get(Volunteer.__tablename__, 0),
        shifts=counts.get(Shift.__tablename__, 0),
        attendance=counts.get(Attendance.__tablename__, 0),
        seconds=time.perf_counter() - started,
    )


def _secret(ctx: ServiceContext) -> str:
    with ctx.db.read() as session:
        return str(get_setting(session, "id_hash_secret"))
