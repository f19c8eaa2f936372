"""Database rows → the plain dataclasses of `desktop.pdf` (the one place the mapping lives).

Pure functions over loaded ORM rows: no session, no queries, no permission checks (those are in
`desktop.services.forms.casework`). When the casework or volunteer models grow a field that a form
prints, this is the file to extend. Masking follows docs/domain.md §5.2 and is decided here, once:
with `masked=True` ID numbers, phones and the street/house part of addresses are replaced by
the masks of `desktop.domain.masking`; names stay in full (these are case documents, not lists).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from desktop.domain import address, codes
from desktop.domain.clock import STATION_TZ, station_wall_now
from desktop.domain.masking import mask_free_address, mask_id, mask_phone
from desktop.models import Client, Consent, Guardian, Visit, VisitAddendum
from desktop.pdf import data as pdf

ADDRESS_MASK = "****"
_DISABILITY = {1: "精神残疾一级", 2: "精神残疾二级", 3: "精神残疾三级", 4: "精神残疾四级"}
# Keys under which visits store an information source → the keys the PDF's CLINICAL_ITEMS use.
_SOURCE_ALIASES = {
    "medications": "medication",
    "medication": "medication",
    "medication_guidance": "guidance",
    "guidance": "guidance",
    "referral": "referral",
    "referral_to": "referral",
    "referral_done": "referral",
    "hospitalisation": "hospitalisation",
    "last_discharge_date": "hospitalisation",
    "lab_tests": "lab_tests",
    "adverse_reaction": "adverse_reaction",
    "treatment_effect": "treatment_effect",
    "diagnosis": "diagnosis",
}
_SOCIAL = ("sf_selfcare", "sf_housework", "sf_work", "sf_learning", "sf_social")
_DANGER = ("danger_minor", "danger_incident", "danger_serious", "danger_other", "danger_selfharm", "danger_suicide")
_LEADER_ROLES = frozenset({"leader", "lead", "带班", "组长"})
# Items an addendum may correct: visit column -> (printed label, code list of its values).
CORRECTED_ITEMS: dict[str, tuple[str, codes.CodeList | None]] = {
    "risk_level": ("危险性评估", codes.RISK_LEVEL),
    "classification": ("本次随访分类", codes.CLASSIFICATION),
    "insight": ("自知力", codes.INSIGHT),
    "sleep": ("睡眠情况", codes.CONDITION),
    "diet": ("饮食情况", codes.CONDITION),
    "confinement": ("关锁情况", codes.CONFINEMENT),
    "hospitalisation": ("住院情况", codes.HOSPITALISATION),
    "last_discharge_date": ("末次出院时间", None),
    "adherence": ("用药依从性", codes.ADHERENCE),
    "adverse_reaction": ("药物不良反应", codes.ADVERSE_REACTION),
    "treatment_effect": ("治疗效果", codes.TREATMENT_EFFECT),
    "referral_suggested": ("建议转诊", codes.YES_NO_REFERRAL),
    "referral_done": ("已转诊", codes.YES_NO_REFERRAL),
    "referral_to": ("转诊至机构及科室", None),
    "next_visit_date": ("下次随访日期", None),
    "mode": ("随访形式", codes.VISIT_MODE),
    "lost_reason": ("失访原因", codes.LOST_REASON),
    "death_date": ("死亡日期", None),
    "death_cause": ("死亡原因", codes.DEATH_CAUSE),
}


def local_now() -> datetime:
    """The station's wall-clock time, naive, as printed in footers (打印时间).

    Station time whatever the PC's time-zone setting, like every "today" of the program and like
    the stored timestamps `local` converts (docs/domain.md §2.4).
    """
    return station_wall_now()


def local(value: datetime) -> datetime:
    """A stored (aware UTC) timestamp as naive station wall time."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(STATION_TZ).replace(tzinfo=None)


def _hhmm(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def _division_name(code: str) -> str:
    unit = address.get(code) if code else None
    return unit.name if unit is not None else ""


def guardian(row: Guardian, *, masked: bool) -> pdf.Guardian:
    return pdf.Guardian(
        name=row.name,
        relationship=row.relationship,
        phone=mask_phone(row.phone) if masked else row.phone,
        address=mask_free_address(row.address) if masked else row.address,
        lives_with_client=row.lives_with,
        primary=row.is_primary,
    )


def primary_guardian(rows: Sequence[Guardian]) -> Guardian | None:
    return next((g for g in rows if g.is_primary), rows[0] if rows else None)


def client_header(client: Client, guardians: Sequence[Guardian], *, masked: bool) -> pdf.ClientHeader:
    """The identity block of the case forms; the house number is masked, the 居委会 never is."""
    main = primary_guardian(guardians)
    detail = client.address_detail.strip()
    return pdf.ClientHeader(
        name=client.name,
        health_record_no=client.health_record_no,
        sex=client.sex,
        birth_date=client.birth_date,
        id_type=client.id_type,
        id_number=mask_id(client.id_number) if masked else (client.id_number or client.id_original),
        phone=mask_phone(client.phone) if masked else client.phone,
        district=_division_name(client.district_code),
        street=_division_name(client.township_code),
        committee=_division_name(client.village_code) or client.village_free_text,
        address_detail=(ADDRESS_MASK if detail else "") if masked else detail,
        guardian=guardian(main, masked=masked) if main is not None else None,
        caseworker=client.caseworker_name,
    )


def _dose(value: Any) -> float | None:
    # A stored 0 mg means "no dose at that time of day": print an empty blank, not "0".
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else None


def medication(item: dict[str, Any]) -> pdf.Medication:
    every = item.get("every_weeks")
    return pdf.Medication(
        name=str(item.get("name") or ""),
        morning_mg=_dose(item.get("morning_mg")),
        noon_mg=_dose(item.get("noon_mg")),
        evening_mg=_dose(item.get("evening_mg")),
        long_acting=bool(item.get("long_acting")),
        every_weeks=int(every) if isinstance(every, int) and every > 0 else None,
        long_acting_mg=_dose(item.get("dose_mg", item.get("long_acting_mg"))),
    )


def sources(stored: dict[str, Any] | None) -> dict[str, int]:
    """Information sources keyed as the PDF's CLINICAL_ITEMS; unknown keys are not clinical items."""
    result: dict[str, int] = {}
    for key, code in (stored or {}).items():
        target = _SOURCE_ALIASES.get(key)
        if target is not None and isinstance(code, int):
            result.setdefault(target, code)
    return result


def checklist(visit: Visit) -> pdf.Checklist:
    return pdf.Checklist(
        visit_objects=tuple(int(v) for v in visit.objects_seen or ()),
        lost_reason=visit.lost_reason,
        lost_reason_other=visit.lost_reason_other,
        death_date=visit.death_date,
        death_cause=visit.death_cause,
        death_illness=visit.death_illness,
        death_cause_other=visit.death_cause_other,
        risk_level=visit.risk_level,
        symptoms=tuple(int(v) for v in visit.symptoms or ()),
        symptoms_other=visit.symptoms_other,
        insight=visit.insight,
        sleep=visit.sleep,
        diet=visit.diet,
        social_function={key: getattr(visit, key) for key in _SOCIAL if getattr(visit, key) is not None},
        danger_counts={key: int(getattr(visit, key) or 0) for key in _DANGER},
        confinement=visit.confinement,
        hospitalisation=visit.hospitalisation,
        last_discharge=visit.last_discharge_date,
        last_discharge_precision=visit.last_discharge_precision or "YMD",
        lab_tests=visit.lab_tests,
        lab_tests_text=visit.lab_tests_text,
        adherence=visit.adherence,
        adverse_reaction=visit.adverse_reaction,
        adverse_reaction_text=visit.adverse_reaction_text,
        treatment_effect=visit.treatment_effect,
        referral=visit.referral_done,
        referral_suggested=visit.referral_suggested,
        referral_reason=visit.referral_reason,
        referral_to=visit.referral_to,
        medications=tuple(medication(m) for m in (visit.medications or ())[:3] if isinstance(m, dict)),
        guidance=tuple(medication(m) for m in (visit.medication_guidance or ())[:3] if isinstance(m, dict)),
        rehab_measures=tuple(int(v) for v in visit.rehab_measures or ()),
        rehab_other=visit.rehab_other,
        classification=visit.classification,
        classification_override_reason=visit.classification_override_reason or "",
        override_approved_by=visit.override_approved_by_name or "",
        next_visit_date=visit.next_visit_date,
        sources=sources(visit.sources),
    )


def visit_data(
    visit: Visit, client: Client, guardians: Sequence[Guardian], addenda: Iterable[VisitAddendum], *, masked: bool
) -> pdf.VisitData:
    return pdf.VisitData(
        client=client_header(client, guardians, masked=masked),
        visit_date=visit.visit_date,
        mode=visit.mode,
        visitor_name=visit.visitor_name,
        visitor_role=visit.visitor_role or "社工",
        start_time=_hhmm(visit.start_time),
        end_time=_hhmm(visit.end_time),
        status=visit.status,
        checklist=checklist(visit),
        social_work=pdf.SocialWork(
            purpose=visit.purpose,
            location=visit.location,
            narrative=visit.narrative,
            client_state=visit.client_state,
            needs=visit.needs,
            services_provided=visit.services_provided,
            plan=visit.plan,
        ),
        addenda=tuple(
            pdf.Addendum(local(a.created_at), a.author_name, a.text, corrections(a.corrections))
            for a in sorted(addenda, key=lambda a: (a.seq, a.created_at))
            if not a.deleted
        ),
        escalation=tuple(notification(n) for n in visit.escalation or () if isinstance(n, dict)),
        escalation_followup_due=visit.escalation_followup_due,
    )


def notification(item: dict[str, Any]) -> pdf.Notification:
    return pdf.Notification(
        party=str(item.get("party") or ""),
        name=str(item.get("name") or ""),
        at=str(item.get("at") or ""),
        channel=str(item.get("channel") or ""),
    )


def corrections(stored: dict[str, Any] | None) -> tuple[tuple[str, str], ...]:
    """An addendum's {field: value} as printed (label, value); coded items by their label."""
    printed = []
    for key, value in (stored or {}).items():
        label, code_list = CORRECTED_ITEMS.get(key, (key, None))
        if code_list is not None and isinstance(value, int | str) and not isinstance(value, bool):
            shown = codes.label(code_list, value)
        elif isinstance(value, list | tuple):
            shown = "、".join(str(v) for v in value)
        else:
            shown = "" if value is None else str(value)
        printed.append((label, shown))
    return tuple(printed)


def blank_visit_data(
    client: Client, guardians: Sequence[Guardian], latest: Visit | None, planned: date, qr_text: str
) -> pdf.BlankVisitData:
    """A field form is always masked: it leaves the station and may be lost on the way."""
    return pdf.BlankVisitData(
        client=client_header(client, guardians, masked=True),
        planned_date=planned,
        qr_text=qr_text,
        last_visit_date=latest.visit_date if latest else None,
        risk_level=latest.risk_level if latest else None,
        classification=latest.classification if latest else None,
        visitor_name=client.caseworker_name,
    )


def _excerpt(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def profile_data(
    client: Client,
    guardians: Sequence[Guardian],
    consents: Sequence[Consent],
    visits: Sequence[Visit],
    *,
    masked: bool,
) -> pdf.ClientProfileData:
    """The profile sheet; `visits` newest first (the first one gives risk, class and next due)."""
    latest = visits[0] if visits else None
    team = [m for m in client.care_team or () if isinstance(m, dict) and m.get("name")]
    doctor = next((str(m["name"]) for m in team if m.get("role") == "精防医生"), "")
    ordered = sorted(guardians, key=lambda g: not g.is_primary)
    return pdf.ClientProfileData(
        client=client_header(client, guardians, masked=masked),
        registered_on=client.registered_on,
        management_status=client.management_status,
        tags=tuple(str(t) for t in client.tags or ()),
        household_type=client.household_type,
        employment=client.employment,
        economic_status=client.economic_status,
        risk_level=latest.risk_level if latest else None,
        classification=latest.classification if latest else None,
        key_focus=client.key_attention,
        last_visit_date=latest.visit_date if latest else None,
        next_due_date=latest.next_visit_date if latest else None,
        family_doctor=client.family_doctor,
        community_rehab=client.community_rehab,
        guardian_subsidy=client.guardian_subsidy,
        disability_grade=_DISABILITY.get(client.disability_grade, ""),
        guardians=tuple(guardian(g, masked=masked) for g in ordered),
        # Refusals are not printed as consents: a refused scope must never look granted on paper.
        consents=tuple(
            pdf.Consent(
                scope=c.scope,
                signer=c.signer,
                signer_name=c.signer_name or (client.name if c.signer == "self" else ""),
                signed_on=c.signed_on,  # type: ignore[arg-type]  # printed blank when unknown
                notice_version=c.notice_version,
                withdrawn_on=c.withdrawn_on,
            )
            for c in consents
            if c.granted and not c.deleted
        ),
        diagnosis=pdf.Diagnosis(
            diagnosis=client.diagnosis,
            hospital=client.diagnosis_hospital,
            diagnosed_on=client.diagnosis_date,
            first_onset=client.onset_date,
            first_onset_precision=client.onset_precision or "YMD",
            source=sources(latest.sources).get("diagnosis") if latest else None,
            doctor=doctor,
        ),
        care_team=tuple(
            pdf.CareTeamMember(
                role=str(m.get("role") or ""),
                name=str(m["name"]),
                phone=mask_phone(str(m.get("phone") or "")) if masked else str(m.get("phone") or ""),
            )
            for m in team
        ),
        recent_visits=tuple(
            pdf.VisitSummary(
                visit_date=v.visit_date,
                mode=v.mode,
                visitor=v.visitor_name,
                risk_level=v.risk_level,
                classification=v.classification,
                summary=_excerpt(v.narrative or v.purpose),
            )
            for v in visits
        ),
    )


def is_leader(role: str) -> bool:
    return role.strip().lower() in _LEADER_ROLES
