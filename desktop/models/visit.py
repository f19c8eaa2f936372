"""Contacts with a client (家庭访视, 电话, 门诊, 陪同就医 …) and their addenda.

One row per contact: the national follow-up checklist (docs/domain.md §1.1 with the 2018 changes of §1.2,
column names after the national system's field map) plus the social-work record (§3.2(d)).
`sources` maps each clinical item to its information source (docs/domain.md §0). A finalised visit is
read-only; corrections are `VisitAddendum` rows that keep the original.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced

# What `desktop.services.casework.schedule_index` reads of a visit besides its client and date
# (tests/unit/casework/test_schedule_parts.py checks that its queries read this index alone).
SCHEDULE_COLUMNS = (
    "deleted",
    "risk_level",
    "next_visit_date",
    "status",
    "escalation_followup_due",
    "created_at",
    "mode",
    "objects_seen",
    "lost_reason",
    "death_date",
)


class Visit(Synced, Base):
    __tablename__ = "visits"
    __table_args__ = (
        # One client's visits by date; it also holds every column the schedule rules read, so that
        # recomputing many clients' schedules (a district import) reads this index in order instead
        # of each visit's row from wherever it lies (migration 0017).
        Index("ix_visits_client_date", "client_id", "visit_date", *SCHEDULE_COLUMNS),
        # Newest-first keyset paging of the 访视记录 page; serves date lookups too (no index on
        # visit_date or status alone: the two below begin with them, migration 0015).
        Index("ix_visits_date_id", "visit_date", "id"),
        # Open drafts oldest first for the 工作台: only the drafts, so an import keeps it up as rows
        # come instead of rebuilding it over every visit (migration 0018). The query must name
        # 'draft' as a literal for SQLite to use it.
        Index("ix_visits_drafts", "visit_date", "id", sqlite_where=text("status = 'draft'")),
        # Tombstones only: the live count of a million visits without a table scan (services/info.py).
        Index("ix_visits_tombstones", "id", sqlite_where=text("deleted = 1")),
    )

    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"))
    station_code: Mapped[str] = mapped_column(String(32))
    visit_date: Mapped[date]
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    mode: Mapped[int] = mapped_column(Integer, default=2)
    objects_seen: Mapped[list[Any]] = mapped_column(default=list)
    location: Mapped[str] = mapped_column(String(255), default="")
    visitor_id: Mapped[str] = mapped_column(String(36), default="")
    visitor_name: Mapped[str] = mapped_column(String(64), default="")
    visitor_role: Mapped[str] = mapped_column(String(32), default="社工")
    status: Mapped[str] = mapped_column(String(8), default="draft")
    finalised_at: Mapped[datetime | None]

    # Lost to follow-up / death paths (docs/domain.md §1.1 #3, #4).
    lost_reason: Mapped[int | None]
    lost_reason_other: Mapped[str] = mapped_column(String(128), default="")
    death_date: Mapped[date | None]
    death_cause: Mapped[int | None]
    death_illness: Mapped[int | None]
    death_cause_other: Mapped[str] = mapped_column(String(128), default="")

    # Checklist (docs/domain.md §1.1 #5–#22).
    risk_level: Mapped[int | None]
    symptoms: Mapped[list[Any]] = mapped_column(default=list)
    symptoms_other: Mapped[str] = mapped_column(String(128), default="")
    insight: Mapped[int | None]
    sleep: Mapped[int | None]
    diet: Mapped[int | None]
    sf_selfcare: Mapped[int | None]
    sf_housework: Mapped[int | None]
    sf_work: Mapped[int | None]
    sf_learning: Mapped[int | None]
    sf_social: Mapped[int | None]
    danger_minor: Mapped[int] = mapped_column(Integer, default=0)
    danger_incident: Mapped[int] = mapped_column(Integer, default=0)
    danger_serious: Mapped[int] = mapped_column(Integer, default=0)
    danger_other: Mapped[int] = mapped_column(Integer, default=0)
    danger_selfharm: Mapped[int] = mapped_column(Integer, default=0)
    danger_suicide: Mapped[int] = mapped_column(Integer, default=0)
    confinement: Mapped[int | None]
    hospitalisation: Mapped[int | None]
    last_discharge_date: Mapped[date | None]
    last_discharge_precision: Mapped[str] = mapped_column(String(3), default="YMD")
    lab_tests: Mapped[int | None]
    lab_tests_text: Mapped[str] = mapped_column(String(255), default="")
    adherence: Mapped[int | None]
    adverse_reaction: Mapped[int | None]
    adverse_reaction_text: Mapped[str] = mapped_column(String(255), default="")
    adverse_reaction_serious: Mapped[bool] = mapped_column(default=False)
    treatment_effect: Mapped[int | None]
    marked_psychotic_symptoms: Mapped[bool] = mapped_column(default=False)
    serious_physical_illness: Mapped[bool] = mapped_column(default=False)
    # The last two 稳定 criteria of docs/domain.md §2.2: physical illness stable, nothing else abnormal.
    physical_illness_unstable: Mapped[bool] = mapped_column(default=False)
    other_abnormality: Mapped[bool] = mapped_column(default=False)
    # Referral block: 2018 splits it into suggested and done (docs/domain.md §1.2).
    referral_suggested: Mapped[int | None]
    referral_done: Mapped[int | None]
    referral_reason: Mapped[str] = mapped_column(String(255), default="")
    referral_to: Mapped[str] = mapped_column(String(255), default="")
    # [{name, morning_mg, noon_mg, evening_mg, long_acting, every_weeks, dose_mg}] (≤ 3 each).
    medications: Mapped[list[Any]] = mapped_column(default=list)
    medication_guidance: Mapped[list[Any]] = mapped_column(default=list)
    rehab_measures: Mapped[list[Any]] = mapped_column(default=list)
    rehab_other: Mapped[str] = mapped_column(String(128), default="")
    classification: Mapped[int | None]
    classification_suggested: Mapped[int | None]
    classification_override_reason: Mapped[str] = mapped_column(String(255), default="")
    # The station lead who finalised a class other than the suggested one (id and name then).
    override_approved_by_id: Mapped[str] = mapped_column(String(36), default="")
    override_approved_by_name: Mapped[str] = mapped_column(String(64), default="")
    # Where a 基本稳定 client is in the §2.2 cycle (domain.schedule.Stage): decides 2 weeks or 3 months.
    schedule_stage: Mapped[str] = mapped_column(String(20), default="initial")
    next_visit_date: Mapped[date | None]
    # {item: INFO_SOURCE code} for the clinical items (docs/domain.md §0).
    sources: Mapped[dict[str, Any]] = mapped_column(default=dict)

    # Social-work record (docs/domain.md §3.2(d)).
    purpose: Mapped[str] = mapped_column(Text, default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    client_state: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    services_provided: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")

    # Risk >= 3 escalation (docs/domain.md §2.3): [{party, name, at, channel}] and the 14-day follow-up.
    escalation: Mapped[list[Any]] = mapped_column(default=list)
    escalation_followup_due: Mapped[date | None]


class VisitAddendum(Synced, Base):
    """A correction or addition to a finalised visit; the original stays as it was."""

    __tablename__ = "visit_addenda"

    visit_id: Mapped[str] = mapped_column(String(36), ForeignKey("visits.id"), index=True)
    author_id: Mapped[str] = mapped_column(String(36), default="")
    author_name: Mapped[str] = mapped_column(String(64), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    # {field: corrected value} for checklist items the addendum corrects.
    corrections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seq: Mapped[int] = mapped_column(Integer, default=1)
