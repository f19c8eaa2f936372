"""The register of people served (服务对象), with guardians, consent records and search keys.

Fields follow docs/domain.md §1.3 (个人信息补充表), §3.2(a) (intake), §5.2 (consent) and §7 (address).
Historical dates that may be known only to the year or month carry a precision (Y/YM/YMD).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced


class Client(Synced, Base):
    __tablename__ = "clients"
    __table_args__ = (
        # No index that is the prefix of another (name of name+birth, caseworker of caseworker+pinyin,
        # village and status of their sort pairs): the longer one serves the same lookups, and each
        # index costs every write and a district import its rebuild (migration 0015).
        Index("ix_clients_name_birth", "name", "birth_date"),
        # (column, id) pairs serve the sortable register with keyset paging (docs/architecture.md §8a).
        Index("ix_clients_sort_pinyin", "name_pinyin", "id"),
        Index("ix_clients_sort_birth", "birth_date", "id"),
        Index("ix_clients_sort_village", "village_code", "id"),
        Index("ix_clients_sort_status", "management_status", "id"),
        Index("ix_clients_sort_caseworker", "caseworker_name", "id"),
        # A caseworker's register page in name order without sorting all their cases (docs/architecture.md §8).
        Index("ix_clients_caseworker_pinyin", "caseworker_id", "name_pinyin", "id"),
        # Tombstones only (partial, so it stays tiny): live count = all rows − tombstones, two index
        # reads instead of a scan of the table (services/info.py).
        Index("ix_clients_tombstones", "id", sqlite_where=text("deleted = 1")),
    )

    # The station that owns the case now (changes on transfer, docs/architecture.md §1).
    station_code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    name_pinyin: Mapped[str] = mapped_column(String(128), default="")
    sex: Mapped[int] = mapped_column(Integer, default=0)
    birth_date: Mapped[date | None]
    birth_precision: Mapped[str] = mapped_column(String(3), default="YMD")
    id_type: Mapped[str] = mapped_column(String(24), default="id_card")
    id_number: Mapped[str] = mapped_column(String(32), default="")
    id_original: Mapped[str] = mapped_column(String(40), default="")
    # HMAC of the normalised number with the station secret: duplicate look-up without the number.
    id_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    phone_original: Mapped[str] = mapped_column(String(40), default="")

    district_code: Mapped[str] = mapped_column(String(12), default="")
    township_code: Mapped[str] = mapped_column(String(12), default="")
    village_code: Mapped[str] = mapped_column(String(12), default="")
    address_dict_year: Mapped[int | None]
    # Committee typed by hand when it is missing from the list; flagged for later coding.
    village_free_text: Mapped[str] = mapped_column(String(64), default="")
    address_detail: Mapped[str] = mapped_column(String(255), default="")

    household_type: Mapped[int | None]
    employment: Mapped[int | None]
    economic_status: Mapped[int | None]
    marital_status: Mapped[str] = mapped_column(String(16), default="")
    education: Mapped[str] = mapped_column(String(16), default="")
    ethnicity: Mapped[str] = mapped_column(String(16), default="")
    health_record_no: Mapped[str] = mapped_column(String(16), default="")
    # 辖区村（居）委会联系人、电话 (docs/domain.md §1.3 #6).
    committee_contact: Mapped[str] = mapped_column(String(64), default="")
    committee_phone: Mapped[str] = mapped_column(String(32), default="")

    diagnosis: Mapped[str] = mapped_column(String(128), default="")
    diagnosis_hospital: Mapped[str] = mapped_column(String(128), default="")
    diagnosis_date: Mapped[date | None]
    onset_date: Mapped[date | None]
    onset_precision: Mapped[str] = mapped_column(String(3), default="Y")
    intake_source: Mapped[str] = mapped_column(String(32), default="")
    registered_on: Mapped[date | None]

    management_status: Mapped[str] = mapped_column(String(16), default="registered")
    status_reason: Mapped[str] = mapped_column(String(255), default="")
    status_date: Mapped[date | None]

    caseworker_id: Mapped[str] = mapped_column(String(36), default="")
    caseworker_name: Mapped[str] = mapped_column(String(64), default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    care_team: Mapped[list[Any]] = mapped_column(default=list)
    # 2018 表7 flags (docs/domain.md §1.3).
    key_attention: Mapped[bool] = mapped_column(default=False)
    targeted_poverty: Mapped[bool] = mapped_column(default=False)
    guardian_subsidy: Mapped[bool] = mapped_column(default=False)
    disability_grade: Mapped[int] = mapped_column(Integer, default=0)
    family_doctor: Mapped[bool] = mapped_column(default=False)
    community_rehab: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Guardian(Synced, Base):
    """A guardian or family contact of a client (docs/domain.md §1.3 #2–#5)."""

    __tablename__ = "guardians"

    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    relationship: Mapped[str] = mapped_column(String(16), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    lives_with: Mapped[bool] = mapped_column(default=False)
    is_primary: Mapped[bool] = mapped_column(default=True)


class Consent(Synced, Base):
    """One consent (or refusal) for one scope, signed by the person or a guardian (docs/domain.md §5.2)."""

    __tablename__ = "consents"

    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"), index=True)
    scope: Mapped[str] = mapped_column(String(24))
    granted: Mapped[bool] = mapped_column(default=True)
    signer: Mapped[str] = mapped_column(String(16), default="self")
    signer_name: Mapped[str] = mapped_column(String(64), default="")
    signer_relationship: Mapped[str] = mapped_column(String(16), default="")
    signed_on: Mapped[date | None]
    notice_version: Mapped[str] = mapped_column(String(16), default="")
    withdrawn_on: Mapped[date | None]


class ClientSearchKey(Base):
    """Derived, local-only search keys (name, pinyin forms, reversed ID/phone digits, committee).

    Rebuilt from the client row whenever it is written here or applied from a bundle, so prefix
    queries hit an index instead of scanning (docs/architecture.md §8a).
    """

    __tablename__ = "client_search_keys"
    __table_args__ = (Index("ix_client_search_keys_key", "key", "client_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))


class ClientSchedule(Base):
    """Derived follow-up state of one client. Local-only, never synced, rebuildable at any time.

    Why it exists: the dashboard must find the overdue, due-soon and 重点关注 clients among
    100,000 clients and 1,000,000 visits within a frame or two; "latest visit per client" over the
    visits table costs hundreds of milliseconds, an indexed range on `next_due` costs microseconds.
    Every value here is computed from the client's visits by `desktop.services.casework.schedule_index`
    (after each visit write, status change, demo generation or import); dropping all rows and
    calling `rebuild_all` restores it exactly. Due and overdue *states* are still decided when the
    dashboard is shown, against that day's date.
    """

    __tablename__ = "client_schedule"
    __table_args__ = (
        # The dashboard filters and counts here, on small rows, and joins clients only for the
        # rows it shows; status and caseworker are copied from the client for that reason.
        Index("ix_client_schedule_status_due", "status", "next_due"),
        Index("ix_client_schedule_caseworker", "caseworker_id", "status", "next_due"),
        # The due/overdue pages read in (next_due, client_id) order and stop after a page, checking
        # the status inside the index, instead of sorting every active client (docs/architecture.md §8).
        Index("ix_client_schedule_due_order", "next_due", "client_id", "status"),
        Index("ix_client_schedule_cw_due_order", "caseworker_id", "next_due", "client_id", "status"),
        # Open drafts are few: their sum reads only the schedule rows that have any.
        Index("ix_client_schedule_drafts", "open_drafts", "caseworker_id"),
        # A caseworker's open drafts (sum, and the clients whose drafts are listed) without reading
        # every schedule row of their caseload.
        Index("ix_client_schedule_cw_drafts", "caseworker_id", "open_drafts", "client_id"),
        # The 工作台's 随访进度落后 list and its counts: a range on (pace_year, pace_needed_by) read in
        # order, the rest checked inside the index (services/casework/pace.py).
        Index("ix_client_schedule_pace", "pace_year", "pace_needed_by", "client_id", "status", "pace_late", "next_due"),
        Index(
            "ix_client_schedule_cw_pace",
            "caseworker_id",
            "pace_year",
            "pace_needed_by",
            "client_id",
            "status",
            "pace_late",
            "next_due",
        ),
    )

    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="registered")
    caseworker_id: Mapped[str] = mapped_column(String(36), default="")
    last_visit_date: Mapped[date | None]
    next_due: Mapped[date | None]
    last_risk: Mapped[int | None]
    key_attention: Mapped[bool] = mapped_column(default=False, index=True)
    key_attention_since: Mapped[date | None]
    # The 14-day follow-up of the last risk >= 3 escalation, while 重点关注 holds (docs/domain.md §2.3).
    followup_due: Mapped[date | None]
    open_drafts: Mapped[int] = mapped_column(Integer, default=0)
    # The ≥ 4 follow-ups a year pace (domain.schedule.YearPace) as of the day the row was computed:
    # the year, the follow-ups counted in it, the quarter end by which the next one is needed
    # (None once four are done) and whether the next due date falls after that day.
    pace_year: Mapped[int] = mapped_column(Integer, default=0)
    year_followups: Mapped[int] = mapped_column(Integer, default=0)
    pace_needed_by: Mapped[date | None]
    pace_late: Mapped[bool] = mapped_column(default=False)
