"""The volunteer register through its services: identity checks, search, status, permissions."""

from __future__ import annotations

import pytest

from desktop.errors import ConflictError, PermissionDenied, ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers.register import (
    Training,
    VolunteerInput,
    create_volunteer,
    get_volunteer,
    search_volunteers,
    set_volunteer_status,
    update_volunteer,
    volunteer_card_text,
    volunteer_form_values,
)
from tests.unit.volunteers.conftest import ID_A, ID_B, add_volunteer, weekly


def test_register_derives_sex_and_birth_and_masks(coord: ServiceContext) -> None:
    detail = create_volunteer(
        coord,
        VolunteerInput(
            name="张三丰",
            id_number=ID_A,
            phone="138 1234 5678",
            volunteer_no="310104123456789",
            skills=("心理支持", "心理支持", " "),
            availability=weekly("mon", "tue"),
            trainings=(Training("志愿者通用培训", hours=2),),
        ),
    )
    assert detail.sex == 2 and detail.birth_date is not None and detail.birth_date.year == 1949
    assert detail.id_masked == "110***********002X" and detail.phone_masked == "138****5678"
    assert detail.skills == ("心理支持",) and detail.status == "active"
    assert detail.trainings[0].name == "志愿者通用培训"
    form = volunteer_form_values(coord, detail.id)
    assert form.id_number == ID_A and form.phone == "13812345678"


def test_bad_id_checksum_is_refused(coord: ServiceContext) -> None:
    with pytest.raises(ValidationError) as raised:
        create_volunteer(coord, VolunteerInput(name="李四", id_number="110105194912310021"))
    assert raised.value.code == "id.checksum"


def test_same_id_twice_is_refused_and_bad_numbers_too(coord: ServiceContext) -> None:
    add_volunteer(coord, "王五", "13900001111", id_number=ID_B)
    with pytest.raises(ConflictError):
        add_volunteer(coord, "王五二", "13900001112", id_number=ID_B)
    with pytest.raises(ValidationError):
        add_volunteer(coord, "赵六", "13900001113", volunteer_no="12-34")
    with pytest.raises(ValidationError):
        add_volunteer(coord, "赵六", "12345")
    with pytest.raises(ValidationError):
        add_volunteer(coord, "赵六", "13900001113", availability={"weekly": {"monday": []}})


def test_search_by_name_pinyin_initials_and_phone_tail(coord: ServiceContext) -> None:
    zsf = add_volunteer(coord, "张三丰", "13812345678")
    zw = add_volunteer(coord, "张伟", "13900005678")
    oy = add_volunteer(coord, "欧阳娜娜", "13700002222")
    ids = lambda text: {v.id for v in search_volunteers(coord, text)}  # noqa: E731
    assert ids("张") == {zsf, zw}
    assert ids("zsf") == {zsf}
    assert ids("zhangw") == {zw}
    assert ids("oyn") == {oy}
    assert ids("5678") == {zsf, zw}
    assert ids("2222") == {oy}
    assert ids("") == {zsf, zw, oy}


def test_status_changes_keep_the_record(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "孙七", "13600003333")
    set_volunteer_status(coord, vid, "left")
    detail = get_volunteer(coord, vid)
    assert detail.status == "left" and detail.status_date is not None
    assert [v.id for v in search_volunteers(coord, "孙", status="left")] == [vid]
    assert search_volunteers(coord, "孙", status="active") == []
    with pytest.raises(ValidationError):
        set_volunteer_status(coord, vid, "deleted")
    updated = update_volunteer(coord, vid, VolunteerInput(name="孙七", phone="13600004444"))
    assert updated.status == "left" and updated.phone_masked.endswith("4444")


def test_caseworker_cannot_touch_the_register(coord: ServiceContext, ctx: ServiceContext) -> None:
    with pytest.raises(PermissionDenied):
        create_volunteer(ctx, VolunteerInput(name="钱八"))
    with pytest.raises(PermissionDenied):
        search_volunteers(ctx, "")


def test_card_text_is_stable_and_keyed(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "周九", "13500005555")
    first = volunteer_card_text(coord, vid)
    assert first == volunteer_card_text(coord, vid)
    assert first.startswith("SDVOL1:" + vid.upper())
