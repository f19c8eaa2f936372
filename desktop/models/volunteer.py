"""The volunteer team: volunteers, shift templates and shifts, assignments, attendance, certificates.

Fields follow docs/domain.md §4.2. Service minutes are never stored as typed numbers: they are computed
from check-in/out and breaks. Volunteers are never hard-deleted (status `left`), certificates are
voided, never removed, and their numbers are never reused.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced


class Volunteer(Synced, Base):
    __tablename__ = "volunteers"
    __table_args__ = (
        Index("ix_volunteers_name", "name"),
        Index("ix_volunteers_phone_tail", "phone_tail"),
        Index("ix_volunteers_name_pinyin", "name_pinyin"),
        Index("ix_volunteers_name_initials", "name_initials"),
    )

    station_code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    name_pinyin: Mapped[str] = mapped_column(String(128), default="")
    # Pinyin initials (张三丰 → zsf) for search as you type; derived from the name, never typed.
    name_initials: Mapped[str] = mapped_column(String(32), default="")
    sex: Mapped[int] = mapped_column(Integer, default=0)
    birth_date: Mapped[date | None]
    id_type: Mapped[str] = mapped_column(String(24), default="id_card")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    id_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    # Last four digits, for the kiosk's "identify by phone tail".
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    # 上海志愿者网 national unified volunteer number (format unknown: loose text, docs/domain.md §4.3).
    volunteer_no: Mapped[str] = mapped_column(String(32), default="")
    residence: Mapped[str] = mapped_column(String(128), default="")
    village_code: Mapped[str] = mapped_column(String(12), default="")
    skills: Mapped[list[Any]] = mapped_column(default=list)
    # {"weekly": {weekday: [[start, end], …]}, "exceptions": [...]}
    availability: Mapped[dict[str, Any]] = mapped_column(default=dict)
    trainings: Mapped[list[Any]] = mapped_column(default=list)
    commendations: Mapped[list[Any]] = mapped_column(default=list)
    evaluations: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(8), default="active")
    status_date: Mapped[date | None]
    joined_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class ShiftTemplate(Synced, Base):
    """A recurring shift (e.g. every Tuesday 09:00–11:30 front desk)."""

    __tablename__ = "shift_templates"

    station_code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(128))
    location: Mapped[str] = mapped_column(String(128), default="")
    weekdays: Mapped[list[Any]] = mapped_column(default=list)
    start_time: Mapped[str] = mapped_column(String(5))
    end_time: Mapped[str] = mapped_column(String(5))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    required_skill: Mapped[str] = mapped_column(String(32), default="")
    working_days_only: Mapped[bool] = mapped_column(default=True)
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)


# Covering indexes, written out again in migration 0015_rota (migrations do not import the models).
WEEK_INDEX_COLUMNS = (
    "shift_date",
    "start_time",
    "title",
    "deleted",
    "cancelled",
    "id",
    "end_time",
    "location",
    "capacity",
    "required_skill",
    "village_code",
    "template_id",
)
CREW_INDEX_COLUMNS = ("shift_id", "deleted", "created_at", "volunteer_id")
LEDGER_INDEX_COLUMNS = (
    "check_in",
    "id",
    "deleted",
    "volunteer_id",
    "shift_id",
    "activity",
    "check_out",
    "break_minutes",
    "auto_closed",
    "reviewed",
    "status",
    "reported_on",
    "void_reason",
)


class Shift(Synced, Base):
    """One dated shift, generated from a template or created one-off."""

    __tablename__ = "shifts"
    __table_args__ = (
        Index("ix_shifts_template", "template_id"),
        # The rota's week in list order from the index alone: a week's rows lie scattered over
        # the table, and each one read from there costs a (decrypted) page (migration 0015_rota).
        Index("ix_shifts_week", *WEEK_INDEX_COLUMNS),
    )

    station_code: Mapped[str] = mapped_column(String(32))
    template_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("shift_templates.id"))
    shift_date: Mapped[date]
    start_time: Mapped[str] = mapped_column(String(5))
    end_time: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(128))
    location: Mapped[str] = mapped_column(String(128), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    required_skill: Mapped[str] = mapped_column(String(32), default="")
    # 社区轮值: the committee supplying volunteers that day.
    village_code: Mapped[str] = mapped_column(String(12), default="")
    cancelled: Mapped[bool] = mapped_column(default=False)


class ShiftAssignment(Synced, Base):
    __tablename__ = "shift_assignments"
    __table_args__ = (
        Index("ix_shift_assignments_vol", "volunteer_id"),
        # A shift's crew in assignment order without reading the table (migration 0015_rota).
        Index("ix_shift_assignments_crew", *CREW_INDEX_COLUMNS),
    )

    shift_id: Mapped[str] = mapped_column(String(36), ForeignKey("shifts.id"))
    volunteer_id: Mapped[str] = mapped_column(String(36), ForeignKey("volunteers.id"))
    role: Mapped[str] = mapped_column(String(32), default="")


class Attendance(Synced, Base):
    """One check-in/check-out of a volunteer: the source of service minutes (docs/domain.md §4.2)."""

    __tablename__ = "attendance"
    __table_args__ = (
        Index("ix_attendance_vol_in", "volunteer_id", "check_in"),
        # Per-shift lookups, and the deferred foreign-key check when shifts are bulk-inserted after
        # their attendance (demo data, imports) — without it each shift insert scans the table.
        Index("ix_attendance_shift", "shift_id"),
        # Open attendance (no check-out) is rare: closing forgotten check-outs, which the hours tab
        # does before every load, reads only those rows instead of the whole table.
        Index("ix_attendance_open", "id", sqlite_where=text("check_out IS NULL")),
        # The hours ledger in its order from the index alone (migration 0015_rota): a period's
        # entries lie scattered over the table, its first rows were a hundred page reads.
        Index("ix_attendance_ledger", *LEDGER_INDEX_COLUMNS),
    )

    volunteer_id: Mapped[str] = mapped_column(String(36), ForeignKey("volunteers.id"))
    shift_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("shifts.id"))
    activity: Mapped[str] = mapped_column(String(128), default="")
    check_in: Mapped[datetime]
    check_out: Mapped[datetime | None]
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # Closed at the shift's end because the volunteer forgot to check out: not counted until reviewed.
    auto_closed: Mapped[bool] = mapped_column(default=False)
    # The coordinator has looked at (and possibly corrected) an auto-closed entry.
    reviewed: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    reported_on: Mapped[date | None]
    void_reason: Mapped[str] = mapped_column(String(255), default="")


class Certificate(Synced, Base):
    """志愿服务记录证明 register entry: numbered station–year–sequence, never reused."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("station_code", "year", "seq"),)

    number: Mapped[str] = mapped_column(String(48), unique=True)
    station_code: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    volunteer_id: Mapped[str] = mapped_column(String(36), ForeignKey("volunteers.id"), index=True)
    # Block 1 as issued (a later edit of the volunteer does not change an issued certificate).
    volunteer_name: Mapped[str] = mapped_column(String(64), default="")
    id_type: Mapped[str] = mapped_column(String(24), default="id_card")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    volunteer_no: Mapped[str] = mapped_column(String(32), default="")
    # Block 2: one entry per activity {"title", "day", "minutes", "content", "location"}.
    service_lines: Mapped[list[Any]] = mapped_column(default=list)
    rounding: Mapped[str] = mapped_column(String(8), default="0.5")
    period_from: Mapped[date]
    period_to: Mapped[date]
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[date]
    issuer_name: Mapped[str] = mapped_column(String(128), default="")
    responsible: Mapped[str] = mapped_column(String(64), default="")
    handler: Mapped[str] = mapped_column(String(64), default="")
    contact: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    void: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(String(255), default="")
    void_at: Mapped[datetime | None]
