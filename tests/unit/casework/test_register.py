"""The client register through its services: ID checksum vectors (docs/domain.md §6.1), duplicates by keyed
hash and by name + birth date, the status life cycle, guardians, consents, reveal, sorted pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.clock import station_today
from desktop.domain.notices import codes_of
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditEvent, Client
from desktop.services.casework.client_people import (
    ConsentInput,
    GuardianInput,
    list_consents,
    list_guardians,
    record_consent,
    remove_guardian,
    save_guardian,
    withdraw_consent,
)
from desktop.services.casework.clients import (
    ClientInput,
    DuplicateClient,
    create_client,
    edit_form_values,
    find_duplicates,
    get_client,
    list_clients,
    search_clients,
    update_client,
)
from desktop.services.context import ServiceContext
from desktop.services.reveal import record_reveal


@pytest.mark.parametrize(
    ("entered", "stored", "sex", "birth"),
    [
        ("11010519491231002X", "11010519491231002X", 2, date(1949, 12, 31)),  # the standard's own example
        ("11010519491231002x", "11010519491231002X", 2, date(1949, 12, 31)),  # lower-case x
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", 2, date(1949, 12, 31)),  # full-width
        ("110105 19491231 002X", "11010519491231002X", 2, date(1949, 12, 31)),  # spaces
        ("110105491231002", "11010519491231002X", 2, date(1949, 12, 31)),  # 15 digits converted
    ],
)
def test_checksum_vectors_through_the_register(
    ctx: ServiceContext, entered: str, stored: str, sex: int, birth: date
) -> None:
    client = create_client(ctx, ClientInput(name="测试", id_number=entered))
    assert (client.sex, client.birth_date) == (sex, birth)
    with ctx.db.read() as session:
        row = session.get(Client, client.id)
        assert row is not None and row.id_number == stored and row.id_original == entered


def test_second_vector_checksum_holds_but_its_1880_birth_is_refused(ctx: ServiceContext) -> None:
    # docs/domain.md §6.1: 440524188001010014 → check character 4; its birth year is outside 1900–today.
    from desktop.domain.idnumber import check_character

    assert check_character("44052418800101001") == "4"
    with pytest.raises(ValidationError) as refused:
        create_client(ctx, ClientInput(name="测试", id_number="440524188001010014"))
    assert refused.value.code == "id.birth_date"
    with pytest.raises(ValidationError) as wrong_check:
        create_client(ctx, ClientInput(name="测试", id_number="440524198001010015"))
    assert wrong_check.value.code == "id.checksum"


@pytest.mark.parametrize(
    ("entered", "code"),
    [
        ("110105194912310021", "id.checksum"),
        ("11010519491231002", "id.length"),
        ("1101051949X231002X", "id.characters"),
    ],
)
def test_bad_id_numbers_are_refused_and_nothing_is_stored(ctx: ServiceContext, entered: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        create_client(ctx, ClientInput(name="测试", id_number=entered))
    assert refused.value.code == code
    assert list_clients(ctx) == []


def test_sex_and_birth_entered_against_the_number_are_warned(ctx: ServiceContext) -> None:
    client = create_client(
        ctx, ClientInput(name="测试", id_number="11010519491231002X", sex=1, birth_date=date(1950, 1, 1))
    )
    assert {"id.sex_mismatch", "id.birth_mismatch"} <= set(codes_of(client.warnings))
    assert client.sex == 1  # what the caseworker entered is kept; the warning says to check it


def test_duplicates_by_keyed_hash_and_by_name_and_birth(ctx: ServiceContext) -> None:
    first = create_client(ctx, ClientInput(name="张三丰", id_number="11010519491231002X"))
    with ctx.db.read() as session:
        assert session.get(Client, first.id).id_hash not in ("", "11010519491231002X")  # type: ignore[union-attr]
    same_number = ClientInput(name="张三峰", id_number="１１０１０５１９４９１２３１００２ｘ")
    matches = find_duplicates(ctx, same_number)
    assert [(m.id, m.reason) for m in matches] == [(first.id, "id_number")]
    with pytest.raises(DuplicateClient) as refused:
        create_client(ctx, same_number)
    assert refused.value.code == "client.duplicate" and "张三" not in refused.value.user_message()
    same_person = ClientInput(name="张三丰", birth_date=date(1949, 12, 31))
    assert [m.reason for m in find_duplicates(ctx, same_person)] == ["name_birth"]
    assert find_duplicates(ctx, same_person, exclude_id=first.id) == []
    assert find_duplicates(ctx, ClientInput(name="张三丰", birth_date=date(1950, 1, 1))) == []
    second = create_client(ctx, same_person, allow_duplicate=True)
    assert second.id != first.id


def test_status_life_cycle_needs_reason_and_date(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="李四"))
    assert client.management_status == "registered" and client.status_date == station_today()
    values = edit_form_values(ctx, client.id)
    with pytest.raises(ValidationError) as refused:
        update_client(ctx, client.id, ClientInput(**{**values.__dict__, "management_status": "moved"}))
    assert refused.value.code == "client.status_reason_required"
    moved_on = station_today() - timedelta(days=5)
    moved = update_client(
        ctx,
        client.id,
        ClientInput(
            **{**values.__dict__, "management_status": "moved", "status_reason": "迁往嘉定区", "status_date": moved_on}
        ),
    )
    assert (moved.management_status_label, moved.status_reason, moved.status_date) == ("迁出", "迁往嘉定区", moved_on)
    assert not moved.active


def test_register_fields_round_trip(ctx: ServiceContext) -> None:
    data = ClientInput(
        name="欧阳娜娜",
        phone="+86 137-0000-2222",
        district_code="310104",
        township_code="310104011",
        village_free_text="新建居委会",
        address_detail="1弄2号301室",
        household_type=1,
        tags=("独居老人",),
        care_team=(("精防医生", "陈医生"), ("民警", "王警官")),
        committee_contact="刘主任",
        committee_phone="021-64381234",
    )
    client = create_client(ctx, data)
    assert client.address_uncoded and "新建居委会" in client.address_text and "301" not in client.address_text
    assert client.care_team == (("精防医生", "陈医生"), ("民警", "王警官"))
    assert client.phone_masked == "137****2222" and client.household_label == "城镇"
    values = edit_form_values(ctx, client.id)
    assert values.care_team == data.care_team and values.tags == ("独居老人",)
    with pytest.raises(ValidationError):
        create_client(ctx, ClientInput(name="x", care_team=(("不存在的角色", "某人"),)), allow_duplicate=True)


def test_guardians_and_consents(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="王五"))
    guardian = save_guardian(ctx, client.id, GuardianInput("王大妈", "母亲", "13900001111", lives_with=True))
    assert guardian.phone_masked == "139****1111"
    save_guardian(ctx, client.id, GuardianInput("王大妈", "母亲", "13900002222"), guardian.id)
    assert [g.phone_masked for g in list_guardians(ctx, client.id)] == ["139****2222"]
    remove_guardian(ctx, guardian.id)
    assert list_guardians(ctx, client.id) == []
    with pytest.raises(ValidationError):
        record_consent(ctx, client.id, ConsentInput("records", signer="guardian"))
    consent = record_consent(ctx, client.id, ConsentInput("records", signer="guardian", signer_name="王大妈"))
    record_consent(ctx, client.id, ConsentInput("referral", granted=False))
    assert consent.in_force
    withdrawn = withdraw_consent(ctx, consent.id)
    assert not withdrawn.in_force and withdrawn.withdrawn_on == station_today()
    assert [(c.scope, c.in_force) for c in list_consents(ctx, client.id)] == [("records", False), ("referral", False)]


def test_reveal_is_recorded_without_the_value(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="赵六", id_number="11010519491231002X", phone="13812345678"))
    with pytest.raises(ValidationError):
        record_reveal(ctx, client.id, "id_number", "")
    assert record_reveal(ctx, client.id, "id_number", "核对医保信息") == "11010519491231002X"
    assert record_reveal(ctx, client.id, "phone", "电话联系家属") == "13812345678"
    with ctx.db.read() as session:
        log = session.scalars(select(AuditEvent).where(AuditEvent.action == "reveal").order_by(AuditEvent.seq)).all()
        assert [(r.fields[0], r.reason, r.username) for r in log] == [
            ("id_number", "核对医保信息", "cw1"),
            ("phone", "电话联系家属", "cw1"),
        ]
    from desktop.services.auth import login
    from tests.conftest import STAFF_PASSWORD

    coordinator = ctx.as_actor(login(ctx, "coord", STAFF_PASSWORD))
    with pytest.raises(PermissionDenied):
        record_reveal(coordinator, client.id, "phone", "想看看")


@pytest.mark.parametrize("sort", ["name", "birth_date", "village", "status", "caseworker"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_equal_one_sorted_query(ctx: ServiceContext, sort: str, descending: bool) -> None:
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞", "徐明"]
    for n, name in enumerate(names):
        birth = None if n % 4 == 0 else date(1960 + n % 3, 1, 1)
        create_client(
            ctx,
            ClientInput(name=name, birth_date=birth, management_status=("registered", "managed")[n % 2]),
            allow_duplicate=True,
        )
    whole = list_clients(ctx, sort=sort, descending=descending, limit=100)
    paged, after = [], None
    while True:
        page = list_clients(ctx, after, limit=3, sort=sort, descending=descending)
        if not page:
            break
        paged.extend(page)
        after = page[-1]
    assert [c.id for c in paged] == [c.id for c in whole] and len(whole) == len(names)
    if sort == "birth_date":
        births = [c.sort_values[1] for c in whole if c.sort_values[1]]
        assert births == sorted(births, reverse=descending)


def test_detail_is_masked(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="赵六", id_number="11010519491231002X", phone="13812345678"))
    detail = get_client(ctx, client.id)
    assert detail.id_masked == "110***********002X" and detail.phone_masked == "138****5678"
    assert detail.has_id and detail.has_phone


@pytest.mark.parametrize(
    "stored", ["+8613812345678", "+8619912345678", "+862164381234", "+862164381234;ext=12", "", "12345"]
)
def test_fast_phone_mask_equals_the_domain_mask(stored: str) -> None:
    from desktop.domain.masking import mask_phone
    from desktop.services.casework.client_rows import masked_phone

    assert masked_phone(stored) == mask_phone(stored)


def test_2018_flags_and_intake_fields_round_trip(ctx: ServiceContext) -> None:
    data = ClientInput(
        name="周七", employment=4, economic_status=1, disability_grade=2, targeted_poverty=True, community_rehab=True
    )
    client = create_client(ctx, data)
    values = edit_form_values(ctx, client.id)
    assert (values.employment, values.economic_status, values.disability_grade) == (4, 1, 2)
    assert values.targeted_poverty and values.community_rehab and not values.family_doctor
    with pytest.raises(ValidationError) as refused:
        create_client(ctx, ClientInput(name="周八", disability_grade=7))
    assert refused.value.code == "client.disability_grade"


def test_an_edit_form_reveals_nothing_and_keeps_the_stored_numbers(ctx: ServiceContext) -> None:
    client = create_client(ctx, ClientInput(name="钱九", id_number="11010519491231002X", phone="13812345678"))
    values = edit_form_values(ctx, client.id, masked=True)
    assert (values.id_number, values.phone, values.keep_identity) == ("", "", True)
    updated = update_client(ctx, client.id, replace(values, notes="换了住址"))
    assert updated.id_masked == "110***********002X" and updated.phone_masked == "138****5678"
    assert search_clients(ctx, "5678")[0].id == client.id  # search keys still know the stored phone
    changed = update_client(ctx, client.id, replace(values, phone="13900001111"))
    assert changed.phone_masked == "139****1111" and changed.id_masked == "110***********002X"
