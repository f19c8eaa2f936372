"""Clients and visits through the services: validation, sync bookkeeping, search, permissions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.clock import station_today
from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models import ChangeLog, Client, Visit
from desktop.services.casework.clients import (
    ClientInput,
    create_client,
    get_client,
    list_clients,
    search_clients,
    update_client,
)
from desktop.services.casework.visits import VisitInput, list_visits, log_visit
from desktop.services.context import ServiceContext

ZHANG = ClientInput(name="张三丰", id_number="11010519491231002x", phone="138 1234 5678", district_code="310104")


def test_create_client_derives_identity_and_masks(ctx: ServiceContext) -> None:
    client = create_client(ctx, ZHANG)
    assert client.sex == 2 and client.birth_date == date(1949, 12, 31)  # from the ID number (17th digit even)
    assert client.id_masked == "110***********002X"
    assert client.phone_masked == "138****5678"
    assert client.caseworker_name == "李社工"
    with ctx.db.read() as session:
        row = session.get(Client, client.id)
        assert row is not None
        assert row.origin == "XH-TEST" and row.version > 0 and row.field_versions["*"][1] == "XH-TEST"
        assert row.id_number == "11010519491231002X" and row.id_hash and row.id_hash != row.id_number
        log = session.scalars(select(ChangeLog).where(ChangeLog.row_id == client.id)).all()
        assert [entry.fields for entry in log] == [["*"]]


def test_update_records_changed_fields_and_bumps_versions(ctx: ServiceContext) -> None:
    client = create_client(ctx, ZHANG)
    with ctx.db.read() as session:
        before = session.get(Client, client.id)
        assert before is not None
        first_version = before.version
    update_client(ctx, client.id, ClientInput(**{**ZHANG.__dict__, "notes": "喜欢下棋", "address_detail": "1弄2号"}))
    with ctx.db.read() as session:
        after = session.get(Client, client.id)
        assert after is not None and after.version > first_version
        assert set(after.field_versions) == {"*", "notes", "address_detail"}
        fields = [e.fields for e in session.scalars(select(ChangeLog).where(ChangeLog.row_id == client.id))]
        assert fields[-1] == ["address_detail", "notes"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": " "}, "client.name_required"),
        ({"id_number": "110105194912310021"}, "id.checksum"),
        ({"phone": "12345"}, "phone.invalid"),
        ({"district_code": "999999"}, "client.address_code"),
        ({"management_status": "unknown"}, "client.status_invalid"),
    ],
)
def test_bad_client_input_changes_nothing(ctx: ServiceContext, changes: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as raised:
        create_client(ctx, ClientInput(**{**ZHANG.__dict__, **changes}))
    assert raised.value.code == code
    with ctx.db.read() as session:
        assert session.scalar(select(Client.id)) is None


def test_error_messages_never_contain_the_id_number(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as raised:
        create_client(ctx, ClientInput(name="王五", id_number="110105194912310021"))
    assert "110105194912310021" not in raised.value.user_message()
    assert "1949" not in raised.value.user_message()


def test_search_by_name_pinyin_initials_and_tails(ctx: ServiceContext) -> None:
    zhang = create_client(ctx, ZHANG)
    create_client(ctx, ClientInput(name="李四", phone="13900001111"))
    for query in ("张", "张三", "zsf", "zhangsf", "zhangsanfeng", "ZSF", "002x", "1231002X", "5678"):
        names = [row.name for row in search_clients(ctx, query)]
        assert names == ["张三丰"], query
    assert [r.name for r in search_clients(ctx, "1111")] == ["李四"]
    assert search_clients(ctx, "wangwu") == []
    assert {r.id for r in search_clients(ctx, "")} >= {zhang.id}


def test_list_pages_by_keyset(ctx: ServiceContext) -> None:
    for index in range(7):
        create_client(ctx, ClientInput(name=f"测试{'甲乙丙丁戊己庚'[index]}"))
    first = list_clients(ctx, limit=3)
    second = list_clients(ctx, after=(first[-1].sort_key, first[-1].id), limit=3)
    third = list_clients(ctx, after=(second[-1].sort_key, second[-1].id), limit=3)
    names = [r.name for r in first + second + third]
    assert len(names) == 7 == len(set(names))
    assert [r.sort_key for r in first + second + third] == sorted(r.sort_key for r in first + second + third)


def test_log_and_list_visits(ctx: ServiceContext) -> None:
    client = create_client(ctx, ZHANG)
    today = station_today()
    log_visit(
        ctx,
        VisitInput(
            client.id,
            today - timedelta(days=30),
            mode=3,
            risk_level=0,
            classification=3,
            next_visit_date=today + timedelta(days=60),
            narrative="电话随访，情况稳定。",
        ),
    )
    visit = log_visit(
        ctx,
        VisitInput(
            client.id,
            today,
            mode=2,
            risk_level=1,
            classification=2,
            next_visit_date=today + timedelta(days=14),
            narrative="入户访视。",
        ),
    )
    assert visit.status == "draft" and visit.visitor_name == "李社工" and visit.mode_label == "家庭访视"
    history = list_visits(ctx, client.id)
    assert [v.visit_date for v in history] == [today, today - timedelta(days=30)]
    with ctx.db.read() as session:
        stored = session.get(Visit, visit.id)
        assert stored is not None and stored.origin == "XH-TEST"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"visit_date": station_today() + timedelta(days=1)}, "visit.date_future"),
        ({"mode": 99}, "visit.mode_invalid"),
        ({"risk_level": 6}, "visit.risk_invalid"),
        ({"next_visit_date": station_today() - timedelta(days=1)}, "visit.next_before"),
    ],
)
def test_bad_visit_input_is_refused(ctx: ServiceContext, changes: dict[str, object], code: str) -> None:
    client = create_client(ctx, ZHANG)
    base = {"client_id": client.id, "visit_date": station_today()}
    with pytest.raises(ValidationError) as raised:
        log_visit(ctx, VisitInput(**{**base, **changes}))  # type: ignore[arg-type]
    assert raised.value.code == code
    assert list_visits(ctx, client.id) == []


def test_visit_for_unknown_client_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        log_visit(ctx, VisitInput("no-such-client", station_today()))


def test_coordinator_cannot_read_or_write_case_data(ctx: ServiceContext) -> None:
    from desktop.services.auth import login
    from desktop.services.context import ANONYMOUS
    from tests.conftest import STAFF_PASSWORD

    client = create_client(ctx, ZHANG)
    coordinator = ctx.as_actor(login(ctx.as_actor(ANONYMOUS), "coord", STAFF_PASSWORD))
    with pytest.raises(PermissionDenied):
        get_client(coordinator, client.id)
    with pytest.raises(PermissionDenied):
        create_client(coordinator, ZHANG)
    with pytest.raises(PermissionDenied):
        log_visit(coordinator, VisitInput(client.id, station_today()))
    with pytest.raises(PermissionDenied):
        search_clients(ctx.as_actor(ANONYMOUS), "张")
