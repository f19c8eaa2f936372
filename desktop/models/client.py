"""The register of people served (服务对象), with guardians, consent records and search keys.

Fields follow DOMAIN §1.3 (个人信息补充表), §3.2(a) (intake), §5.2 (consent) and §7 (address).
Historical dates that may be known only to the year or month carry a precision (Y/YM/YMD).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, Synced


class Client(Synced, Base):
    __tablename__ = "clients"
    __table_args__ = (
        Index("ix_clients_name", "name"),
        Index("ix_clients_name_birth", "name", "birth_date"),
        Index("ix_clients_caseworker", "caseworker_id"),
        Index("ix_clients_village", "village_code"),
    )

    # The station that owns the case now (changes on transfer, DESIGN §1).
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

    diagnosis: Mapped[str] = mapped_column(String(128), default="")
    diagnosis_hospital: Mapped[str] = mapped_column(String(128), default="")
    diagnosis_date: Mapped[date | None]
    onset_date: Mapped[date | None]
    onset_precision: Mapped[str] = mapped_column(String(3), default="Y")
    intake_source: Mapped[str] = mapped_column(String(32), default="")
    registered_on: Mapped[date | None]

    management_status: Mapped[str] = mapped_column(String(16), default="registered", index=True)
    status_reason: Mapped[str] = mapped_column(String(255), default="")
    status_date: Mapped[date | None]

    caseworker_id: Mapped[str] = mapped_column(String(36), default="")
    caseworker_name: Mapped[str] = mapped_column(String(64), default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    care_team: Mapped[list[Any]] = mapped_column(default=list)
    # 2018 表7 flags (DOMAIN §1.3).
    key_attention: Mapped[bool] = mapped_column(default=False)
    targeted_poverty: Mapped[bool] = mapped_column(default=False)
    guardian_subsidy: Mapped[bool] = mapped_column(default=False)
    disability_grade: Mapped[int] = mapped_column(Integer, default=0)
    family_doctor: Mapped[bool] = mapped_column(default=False)
    community_rehab: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Guardian(Synced, Base):
    """A guardian or family contact of a client (DOMAIN §1.3 #2–#5)."""

    __tablename__ = "guardians"

    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    relationship: Mapped[str] = mapped_column(String(16), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(255), default="")
    lives_with: Mapped[bool] = mapped_column(default=False)
    is_primary: Mapped[bool] = mapped_column(default=True)


class Consent(Synced, Base):
    """One consent (or refusal) for one scope, signed by the person or a guardian (DOMAIN §5.2)."""

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
    queries hit an index instead of scanning (DESIGN §8a).
    """

    __tablename__ = "client_search_keys"
    __table_args__ = (Index("ix_client_search_keys_key", "key", "client_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(36), ForeignKey("clients.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
