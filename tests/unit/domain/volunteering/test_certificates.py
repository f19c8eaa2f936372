"""Certificate numbers (STATIONCODE-YYYY-NNNN) and the four content blocks; voiding keeps the number."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.volunteering.certificates import (
    CertificateNumber,
    IssuerBlock,
    ServiceLine,
    VolunteerIdentity,
    highest_sequence,
    issue_certificate,
    make_service_info,
    next_certificate_number,
    parse_certificate_number,
    void_certificate,
)
from desktop.errors import ConflictError, ValidationError

D = dt.date


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (CertificateNumber("SD01", 2026, 1), "SD01-2026-0001"),
        (CertificateNumber("SD01", 2026, 42), "SD01-2026-0042"),
        (CertificateNumber("SD01", 2026, 9999), "SD01-2026-9999"),
        (CertificateNumber("SD01", 2026, 10000), "SD01-2026-10000"),  # wider when needed
        (CertificateNumber("PT-CY01", 2027, 7), "PT-CY01-2027-0007"),  # hyphen inside the station code
    ],
)
def test_format_and_parse_round_trip(number: CertificateNumber, text: str) -> None:
    assert str(number) == text
    assert parse_certificate_number(text) == number


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (" sd01-2026-0001\n", CertificateNumber("SD01", 2026, 1)),
        ("ＳＤ０１－２０２６－０００１", CertificateNumber("SD01", 2026, 1)),  # full-width input method
    ],
)
def test_parse_is_tolerant_of_case_spaces_and_full_width(typed: str, expected: CertificateNumber) -> None:
    assert parse_certificate_number(typed) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "SD01-2026-1",  # not zero-padded
        "SD01-2026-00001",  # two spellings of one number are not allowed
        "SD01-2026-0000",  # sequences start at 1
        "SD01-26-0001",
        "SD01-1999-0001",
        "SD01_2026_0001",
        "-2026-0001",
        "SD01--2026-0001",
        "社工站-2026-0001",
        "SD01-2026-٠٠٠١",  # Arabic-Indic digits are not digits here
    ],
)
def test_bad_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_certificate_number(text)
    assert info.value.code == "certificate.number"


@given(st.text(max_size=80))
def test_parsing_arbitrary_text_raises_only_validation_error(text: str) -> None:
    try:
        number = parse_certificate_number(text)
    except ValidationError:
        return
    assert parse_certificate_number(str(number)) == number


@given(st.from_regex(r"[A-Z0-9]{1,6}(-[A-Z0-9]{1,4})?", fullmatch=True), st.integers(2000, 9999), st.integers(1, 10**6))
def test_every_number_round_trips(station: str, year: int, sequence: int) -> None:
    number = CertificateNumber(station, year, sequence)
    assert parse_certificate_number(str(number)) == number


def test_next_number_per_station_and_year_counts_voided_numbers() -> None:
    register = [
        CertificateNumber("SD01", 2026, 1),
        CertificateNumber("SD01", 2026, 2),  # voided later: still taken
        CertificateNumber("SD01", 2025, 57),
        CertificateNumber("SD02", 2026, 9),
    ]
    assert highest_sequence(register, "SD01", 2026) == 2
    assert next_certificate_number("SD01", 2026, highest_sequence(register, "SD01", 2026)) == CertificateNumber(
        "SD01", 2026, 3
    )
    assert str(next_certificate_number("SD01", 2027, highest_sequence(register, "SD01", 2027))) == "SD01-2027-0001"
    assert str(next_certificate_number("SD01", 2026, 9999)) == "SD01-2026-10000"


@pytest.mark.parametrize(
    ("station", "year", "highest"), [("sd01", 2026, None), ("SD01", 1999, None), ("SD01", 2026, 0)]
)
def test_next_number_input_errors(station: str, year: int, highest: int | None) -> None:
    with pytest.raises(ValidationError):
        next_certificate_number(station, year, highest)


VOLUNTEER = VolunteerIdentity("王丽", "id_card", "31010519491231002X", "31010120260001")
ISSUER = IssuerBlock("某街道精神健康社工站（复元同行志愿者服务基地）", "李站长", "张社工", "021-5555 0000")
LINES = [
    ServiceLine("前台接待", D(2026, 10, 9), 150, "来访登记与引导"),
    ServiceLine("社区讲堂", D(2026, 3, 14), 89, "协助布置会场"),
]


def test_service_block_totals_are_derived() -> None:
    service = make_service_info(LINES, summary="前台接待、社区讲堂协助")
    assert (service.total_minutes, service.total_hours, service.rounding) == (239, Decimal("3.5"), "0.5")
    assert (service.period_start, service.period_end) == (D(2026, 3, 14), D(2026, 10, 9))
    assert [line.title for line in service.lines] == ["社区讲堂", "前台接待"]
    assert make_service_info(LINES, "0.1").total_hours == Decimal("3.9")


def test_issue_and_void_keeps_the_number() -> None:
    number = CertificateNumber("SD01", 2026, 3)
    certificate = issue_certificate(number, D(2026, 11, 23), VOLUNTEER, make_service_info(LINES), ISSUER, "用于评优")
    assert (certificate.status, certificate.notes) == ("issued", "用于评优")
    void = void_certificate(certificate, " 姓名打印错误 ")
    assert (void.status, void.void_reason, void.number) == ("void", "姓名打印错误", number)
    with pytest.raises(ConflictError) as info:
        void_certificate(void, "再次作废")
    assert info.value.code == "certificate.already_void"
    # The voided number stays in the register, so the next one moves on.
    assert next_certificate_number("SD01", 2026, highest_sequence([void.number], "SD01", 2026)).sequence == 4


@pytest.mark.parametrize("reason", ["", "   "])
def test_void_needs_a_reason(reason: str) -> None:
    certificate = issue_certificate(
        CertificateNumber("SD01", 2026, 1), D(2026, 11, 23), VOLUNTEER, make_service_info(LINES), ISSUER
    )
    with pytest.raises(ValidationError) as info:
        void_certificate(certificate, reason)
    assert info.value.code == "certificate.void_reason"


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"issue_date": D(2027, 1, 4)}, "certificate.year_mismatch", "number"),
        ({"issue_date": D(2026, 10, 1)}, "certificate.future_service", "issue_date"),
        ({"volunteer": VolunteerIdentity(" ", "id_card", "x")}, "certificate.missing", "name"),
        ({"volunteer": VolunteerIdentity("王丽", "driving_licence", "x")}, "certificate.id_type", "id_type"),
        ({"issuer": IssuerBlock("社工站", "李站长", "", "021")}, "certificate.missing", "handler"),
    ],
)
def test_incomplete_certificates_are_refused(kwargs: dict[str, object], code: str, field: str) -> None:
    args: dict[str, object] = {
        "number": CertificateNumber("SD01", 2026, 1),
        "issue_date": D(2026, 11, 23),
        "volunteer": VOLUNTEER,
        "service": make_service_info(LINES),
        "issuer": ISSUER,
    } | kwargs
    with pytest.raises(ValidationError) as info:
        issue_certificate(**args)  # type: ignore[arg-type]
    assert (info.value.code, info.value.field) == (code, field)


def test_missing_field_message_names_the_field_in_chinese() -> None:
    with pytest.raises(ValidationError) as info:
        issue_certificate(
            CertificateNumber("SD01", 2026, 1),
            D(2026, 11, 23),
            VOLUNTEER,
            make_service_info(LINES),
            IssuerBlock("社工站", "李站长", "", "021"),
        )
    assert "经办人" in info.value.user_message()


@pytest.mark.parametrize("lines", [[], [ServiceLine(" ", D(2026, 1, 5), 10)], [ServiceLine("讲堂", D(2026, 1, 5), -1)]])
def test_service_block_validation(lines: list[ServiceLine]) -> None:
    with pytest.raises(ValidationError):
        make_service_info(lines)
