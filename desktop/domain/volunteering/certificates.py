"""志愿服务记录证明 (volunteer service record certificates): numbering and content (docs/domain.md §4.2).

Numbers read `STATIONCODE-YYYY-NNNN`: the station code, the year of issue, and a sequence per
station per year, zero-padded to four digits and simply wider after 9999 (`SD01-2026-10000`).
Numbers are registered and never reused: a voided certificate keeps its number, and the next
number is computed from the highest sequence ever issued, voided ones included. These functions
are pure; the certificate service wraps "read highest + insert" in one transaction with a unique
index so two coordinators issuing at once cannot get the same number.

`Certificate` carries the four content blocks of 令第67号 as summarised in docs/domain.md §4.2 — volunteer
identity, service information, issuer, number/date/notes — ready for the PDF layer to render.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain import codes
from desktop.domain.volunteering.hours import DEFAULT_ROUNDING, round_hours
from desktop.errors import ConflictError, ValidationError

CERTIFICATE_STATUS: codes.CodeList = (
    codes.Code("issued", "已出具", "Issued"),
    codes.Code("void", "已作废", "Void"),
)
# Letters/digits, optionally in hyphen-joined groups (e.g. "PT-CY01"); the year and sequence are
# always the last two groups, so parsing from the right stays unambiguous.
_STATION_RE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")
_NUMBER_RE = re.compile(r"(?P<station>[A-Z0-9]+(?:-[A-Z0-9]+)*)-(?P<year>[0-9]{4})-(?P<sequence>[0-9]{4,})")
_MAX_STATION_LENGTH = 32
_MIN_YEAR = 2000


@dataclass(frozen=True, order=True)
class CertificateNumber:
    station_code: str
    year: int
    sequence: int

    def __post_init__(self) -> None:
        station = self.station_code
        if not isinstance(station, str) or len(station) > _MAX_STATION_LENGTH or not _STATION_RE.fullmatch(station):
            raise ValidationError(
                "certificate.station_code", "站点代码只能包含大写字母、数字和连字符。", field="station_code"
            )
        if not isinstance(self.year, int) or not _MIN_YEAR <= self.year <= 9999:
            raise ValidationError("certificate.year", "证明编号中的年份不正确。", field="year")
        if not isinstance(self.sequence, int) or isinstance(self.sequence, bool) or self.sequence < 1:
            raise ValidationError("certificate.sequence", "证明编号中的序号必须从1开始。", field="sequence")

    def __str__(self) -> str:
        return format_certificate_number(self)


def format_certificate_number(number: CertificateNumber) -> str:
    return f"{number.station_code}-{number.year:04d}-{number.sequence:04d}"


def parse_certificate_number(text: str) -> CertificateNumber:
    """Parse a typed or scanned number; tolerant of case, spaces and full-width characters.

    Only the canonical spelling of a number is accepted (`0001`, not `00001`), so that one
    certificate never has two spellings in the register. Raises ValidationError `certificate.number`.
    """
    if not isinstance(text, str) or len(text) > 64:
        raise _bad_number()
    normalised = unicodedata.normalize("NFKC", text).strip().upper()
    match = _NUMBER_RE.fullmatch(normalised)
    if match is None:
        raise _bad_number()
    try:
        number = CertificateNumber(match["station"], int(match["year"]), int(match["sequence"]))
    except ValidationError:
        raise _bad_number() from None
    if str(number) != normalised:
        raise _bad_number()
    return number


def highest_sequence(issued: Iterable[CertificateNumber], station_code: str, year: int) -> int | None:
    """Highest sequence already used by `station_code` in `year` (voided numbers included)."""
    return max((n.sequence for n in issued if n.station_code == station_code and n.year == year), default=None)


def next_certificate_number(station_code: str, year: int, highest_issued: int | None) -> CertificateNumber:
    """The number after `highest_issued` (None: the first of the year). Voided numbers must be counted."""
    if highest_issued is not None and (not isinstance(highest_issued, int) or highest_issued < 1):
        raise ValidationError("certificate.sequence", "证明编号中的序号必须从1开始。", field="sequence")
    return CertificateNumber(station_code, year, (highest_issued or 0) + 1)


# --- content ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VolunteerIdentity:
    """Block 1: who the certificate is for (full ID on the certificate; masking is the PDF's choice)."""

    name: str
    id_type: str  # a value of codes.ID_TYPE
    id_number: str
    volunteer_number: str | None = None  # 上海志愿者网 / national unified volunteer number


@dataclass(frozen=True)
class ServiceLine:
    """One activity in block 2: what was done, when, and the raw minutes from the ledger."""

    title: str
    day: dt.date
    minutes: int
    content: str = ""
    location: str = ""


@dataclass(frozen=True)
class ServiceInfo:
    """Block 2: service information; totals derived from the lines, never typed."""

    lines: tuple[ServiceLine, ...]
    total_minutes: int
    total_hours: Decimal
    rounding: str
    period_start: dt.date
    period_end: dt.date
    summary: str = ""  # 服务内容概述, free text by the coordinator


@dataclass(frozen=True)
class IssuerBlock:
    """Block 3: the issuing organisation (出具主体), responsible person (负责人), handler (经办人), contact."""

    organisation: str
    responsible_person: str
    handler: str
    contact: str


@dataclass(frozen=True)
class Certificate:
    """A registered certificate: block 4 (number, issue date, notes) plus blocks 1–3 and its status."""

    number: CertificateNumber
    issue_date: dt.date
    volunteer: VolunteerIdentity
    service: ServiceInfo
    issuer: IssuerBlock
    notes: str = ""
    status: str = "issued"
    void_reason: str | None = None


def line_hours(minutes: int, rounding: str = DEFAULT_ROUNDING) -> Decimal:
    """The hours one printed line shows: its minutes rounded by the station's rule."""
    return round_hours(minutes, rounding)


def total_hours(line_minutes: Iterable[int], rounding: str = DEFAULT_ROUNDING) -> Decimal:
    """The certificate's total: the sum of its printed lines, so paper never shows lines and a
    total that disagree (rounding the summed minutes once could add up to more than the lines)."""
    return sum((line_hours(minutes, rounding) for minutes in line_minutes), Decimal(0))


def make_service_info(lines: Iterable[ServiceLine], rounding: str = DEFAULT_ROUNDING, summary: str = "") -> ServiceInfo:
    """Block 2 from ledger lines: total minutes, hours as the sum of the rounded lines, the period covered."""
    ordered = tuple(sorted(lines, key=lambda line: (line.day, line.title)))
    if not ordered:
        raise ValidationError("certificate.no_service", "证明中至少要有一条服务记录。", field="service")
    for line in ordered:
        if not isinstance(line.title, str) or not line.title.strip():
            raise ValidationError("certificate.service_title", "服务记录缺少活动名称。", field="service")
        if not isinstance(line.minutes, int) or isinstance(line.minutes, bool) or line.minutes < 0:
            raise ValidationError("certificate.service_minutes", "服务时长不能为负数。", field="service")
    total = sum(line.minutes for line in ordered)
    hours = total_hours((line.minutes for line in ordered), rounding)
    return ServiceInfo(ordered, total, hours, rounding, ordered[0].day, ordered[-1].day, summary)


def issue_certificate(
    number: CertificateNumber,
    issue_date: dt.date,
    volunteer: VolunteerIdentity,
    service: ServiceInfo,
    issuer: IssuerBlock,
    notes: str = "",
) -> Certificate:
    """A new certificate after checking that every block the regulation asks for is filled in."""
    if number.year != issue_date.year:
        raise ValidationError("certificate.year_mismatch", "证明编号的年份须与出具日期一致。", field="number")
    if service.period_end > issue_date:
        raise ValidationError("certificate.future_service", "出具日期不能早于所证明的服务日期。", field="issue_date")
    required = {
        ("name", "姓名"): volunteer.name,
        ("id_number", "证件号码"): volunteer.id_number,
        ("organisation", "出具主体名称"): issuer.organisation,
        ("responsible_person", "负责人"): issuer.responsible_person,
        ("handler", "经办人"): issuer.handler,
        ("contact", "联系方式"): issuer.contact,
    }
    for (field_name, label), value in required.items():
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(
                "certificate.missing", "证明信息不完整，请填写{label}。", field=field_name, label=label
            )
    if volunteer.id_type not in codes.values(codes.ID_TYPE):
        raise ValidationError("certificate.id_type", "证件类型不正确。", field="id_type")
    return Certificate(number, issue_date, volunteer, service, issuer, notes)


def void_certificate(certificate: Certificate, reason: str) -> Certificate:
    """The certificate marked void with `reason`; it keeps its number, which is never issued again."""
    if certificate.status == "void":
        raise ConflictError("certificate.already_void", "该证明已作废。")
    if not isinstance(reason, str) or not reason.strip():
        raise ValidationError("certificate.void_reason", "作废证明必须填写原因。", field="void_reason")
    return dataclasses.replace(certificate, status="void", void_reason=reason.strip())


def _bad_number() -> ValidationError:
    return ValidationError(
        "certificate.number", "证明编号格式不正确，应为“站点代码-年份-序号”，如 SD01-2026-0001。", field="number"
    )
