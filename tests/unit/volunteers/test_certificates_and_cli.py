"""Certificate register (numbering, concurrency, void) and `stationdesk volunteers hours --json`."""

from __future__ import annotations

import datetime as dt
import json
import threading
from decimal import Decimal

import pytest

from desktop.cli import main
from desktop.db.open import open_database
from desktop.errors import ConflictError, ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers.certificates import (
    CertificateRequest,
    certificate_print_data,
    issue_certificate,
    list_certificates,
    void_certificate,
)
from desktop.services.volunteers.hours import confirm_attendance, ledger
from desktop.services.volunteers.kiosk import KIOSK_ACTOR, check_in_or_out
from desktop.services.volunteers.settings import IssuerSettings, set_issuer_settings
from tests.unit.volunteers.conftest import ID_A, ID_B, add_volunteer
from tests.unit.volunteers.test_kiosk_and_hours import DAY, at

ISSUE = dt.date(2026, 11, 1)


def _served(coord: ServiceContext, id_number: str, phone: str, name: str = "张三丰") -> str:
    vid = add_volunteer(coord, name, phone, id_number=id_number, volunteer_no="31010400000001")
    kiosk = coord.as_actor(KIOSK_ACTOR)
    check_in_or_out(kiosk, vid, now=at("09:00"))
    check_in_or_out(kiosk, vid, now=at("11:15"))
    confirm_attendance(coord, [r.id for r in ledger(coord, DAY, DAY, volunteer_id=vid).rows])
    return vid


def _issuer(coord: ServiceContext) -> None:
    set_issuer_settings(coord, IssuerSettings("复元同行志愿者服务基地", "王站长", "021-64381234", "复元同行"))


def _request(vid: str) -> CertificateRequest:
    return CertificateRequest(vid, dt.date(2026, 10, 1), dt.date(2026, 10, 31), summary="前台接待", issue_date=ISSUE)


def test_issue_numbers_and_blocks(coord: ServiceContext) -> None:
    _issuer(coord)
    vid = _served(coord, ID_A, "13812345678")
    first = issue_certificate(coord, _request(vid))
    assert first.number == "XH-TEST-2026-0001"
    assert (first.minutes, first.hours, first.handler) == (135, Decimal("2.0"), "周协调")
    assert first.id_masked == "110***********002X"
    void_certificate(coord, first.id, "姓名写错")
    second = issue_certificate(coord, _request(vid))
    assert second.number == "XH-TEST-2026-0002"  # the voided number is never reused
    register = list_certificates(coord, 2026)
    assert [(c.number, c.status) for c in register] == [("XH-TEST-2026-0002", "issued"), ("XH-TEST-2026-0001", "void")]
    with pytest.raises(ConflictError):
        void_certificate(coord, first.id, "再次作废")
    with pytest.raises(ConflictError):
        certificate_print_data(coord, first.id)  # a void certificate is not printed
    data = certificate_print_data(coord, second.id)
    assert (data.certificate_no, data.id_number, data.total_hours) == ("XH-TEST-2026-0002", ID_A, 2.0)
    assert [(a.day, a.name, a.hours) for a in data.activities] == [(DAY, "志愿服务", 2.0)]
    from desktop.pdf import PrintMeta, render_certificate

    pdf = render_certificate(
        data,
        meta=PrintMeta(
            station_name="测试站", operator="周协调", printed_at=dt.datetime(2026, 11, 1, 9, 0), masked=False
        ),
    )
    assert pdf.startswith(b"%PDF")
    with pytest.raises(ValidationError):
        void_certificate(coord, second.id, " ")


def test_issue_needs_service_and_issuer(coord: ServiceContext) -> None:
    vid = _served(coord, ID_A, "13812345678")
    with pytest.raises(ValidationError) as raised:
        issue_certificate(coord, _request(vid))  # no responsible person / contact yet
    assert raised.value.code == "certificate.missing"
    _issuer(coord)
    idle = add_volunteer(coord, "李四", "13900001111", id_number=ID_B)
    with pytest.raises(ValidationError) as raised:
        issue_certificate(coord, _request(idle))
    assert raised.value.code == "certificate.no_service"
    assert list_certificates(coord) == []


def test_two_certificates_issued_at_once_get_different_numbers(coord: ServiceContext) -> None:
    _issuer(coord)
    first = _served(coord, ID_A, "13812345678")
    second = _served(coord, ID_B, "13900001111", name="李四")
    # Three coordinators on their own connections, released together.
    volunteers = (first, second, first)
    contexts = [ServiceContext(open_database(coord.paths), coord.paths, coord.actor) for _ in volunteers]
    barrier = threading.Barrier(len(contexts))
    numbers: list[str] = []
    errors: list[BaseException] = []

    def issue(ctx: ServiceContext, vid: str) -> None:
        try:
            barrier.wait()
            for _ in range(3):
                numbers.append(issue_certificate(ctx, _request(vid)).number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(c, v)) for c, v in zip(contexts, volunteers, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for ctx in contexts:
        ctx.db.dispose()
    assert errors == []
    assert sorted(numbers) == [f"XH-TEST-2026-{n:04d}" for n in range(1, 10)]


@pytest.mark.usefixtures("cli_admin")
def test_cli_hours_json(coord: ServiceContext, capsys: pytest.CaptureFixture[str]) -> None:
    vid = _served(coord, ID_A, "13812345678")
    flagged = add_volunteer(coord, "李四", "13900001111")
    check_in_or_out(coord.as_actor(KIOSK_ACTOR), flagged, now=at("09:00"))
    check_in_or_out(coord.as_actor(KIOSK_ACTOR), flagged, now=at("09:00", DAY + dt.timedelta(days=1)))
    data_dir = str(coord.paths.data_dir)
    code = main(["--data-dir", data_dir, "volunteers", "hours", "--from", "2026-10-01", "--to", "2026-10-31", "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result == [
        {"volunteer_id": vid, "name": "张三丰", "minutes": 135, "hours": 2.0, "flagged": 0},
        # Two forgotten check-outs: the first closed by the second check-in, the second by the command.
        {"volunteer_id": flagged, "name": "李四", "minutes": 0, "hours": 0.0, "flagged": 2},
    ]
    assert main(["--data-dir", data_dir, "volunteers", "hours", "--from", "2026-10-31", "--to", "2026-10-01"]) == 2


def test_cli_kiosk_opens_the_kiosk_through_the_gui_root(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    import desktop.app

    seen: list[object] = []
    monkeypatch.setattr(desktop.app, "run_kiosk", lambda args: seen.append(args.windowed) or 0)
    assert main(["--data-dir", str(tmp_path), "kiosk", "--windowed"]) == 0
    assert seen == [True]
