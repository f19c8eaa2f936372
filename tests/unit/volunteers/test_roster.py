"""Shifts and rota through the services: holiday-aware generation, every conflict kind, saving."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ConflictError, ValidationError
from desktop.services.context import ServiceContext
from desktop.services.volunteers.committee_rotation import set_committee_rotation
from desktop.services.volunteers.register import set_volunteer_status
from desktop.services.volunteers.roster import (
    ShiftInput,
    TemplateInput,
    create_shift,
    create_template,
    generate_shifts,
)
from desktop.services.volunteers.rota_plan import check_rota, save_rota
from desktop.services.volunteers.rota_week import week_rota
from desktop.services.volunteers.settings import calendar_status, set_calendar_supplement
from tests.unit.query_plans import plans_of
from tests.unit.volunteers.conftest import add_volunteer, weekly

MONDAY = dt.date(2026, 10, 12)  # an ordinary week after National Day


def _front_desk(ctx: ServiceContext, **kwargs: object) -> str:
    values: dict[str, object] = {
        "title": "前台接待",
        "start_time": "09:00",
        "end_time": "11:30",
        "valid_from": dt.date(2026, 1, 1),
        "capacity": 2,
    }
    values.update(kwargs)
    return create_template(ctx, TemplateInput(**values)).id  # type: ignore[arg-type]


def test_generation_skips_national_day_and_adds_adjusted_working_days(coord: ServiceContext) -> None:
    _front_desk(coord)  # every official working day
    result = generate_shifts(coord, dt.date(2026, 9, 19), dt.date(2026, 10, 11))
    days = {s.day for s in week_rota(coord, dt.date(2026, 9, 28)).shifts}
    days |= {s.day for s in week_rota(coord, dt.date(2026, 10, 5)).shifts}
    days |= {s.day for s in week_rota(coord, dt.date(2026, 9, 20)).shifts}
    assert result.warning is None and result.fallback_days == ()
    for holiday in range(1, 8):
        assert dt.date(2026, 10, holiday) not in days
    assert dt.date(2026, 9, 25) not in days  # 中秋 (Friday)
    assert dt.date(2026, 9, 20) in days and dt.date(2026, 10, 10) in days  # 调休上班 Sunday and Saturday
    assert dt.date(2026, 10, 8) in days and dt.date(2026, 10, 11) not in days
    week = week_rota(coord, dt.date(2026, 10, 5))
    labels = {d.day: d for d in week.days}
    assert labels[dt.date(2026, 10, 5)].holiday_name == "国庆节" and not labels[dt.date(2026, 10, 5)].is_workday
    assert labels[dt.date(2026, 10, 10)].is_adjusted_workday


def test_generation_twice_adds_nothing(coord: ServiceContext) -> None:
    _front_desk(coord, weekdays=(1,))
    first = generate_shifts(coord, MONDAY, MONDAY + dt.timedelta(days=13))
    again = generate_shifts(coord, MONDAY, MONDAY + dt.timedelta(days=13))
    assert first.created == 2 and again.created == 0 and again.existing == 2


def test_uncovered_year_warns_until_a_supplement_is_entered(coord: ServiceContext) -> None:
    _front_desk(coord, weekdays=(4,))  # Fridays
    new_year = dt.date(2027, 1, 1)  # a Friday
    status = calendar_status(coord, 2027)
    assert not status.covered_by_package and not status.has_supplement
    result = generate_shifts(coord, dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    assert result.warning is not None and "2027" in result.warning
    assert new_year in {s.day for s in week_rota(coord, new_year).shifts}  # guessed Mon–Fri

    set_calendar_supplement(coord, 2027, {new_year: "元旦"}, {})
    assert calendar_status(coord, 2027).has_supplement
    result = generate_shifts(coord, dt.date(2027, 1, 4), dt.date(2027, 1, 10))
    assert result.warning is None
    week = week_rota(coord, new_year)
    assert week.warning is None and next(d for d in week.days if d.day == new_year).holiday_name == "元旦"
    with pytest.raises(ValidationError):
        set_calendar_supplement(coord, 2026, {dt.date(2026, 1, 1): "元旦"}, {})  # the package knows 2026
    with pytest.raises(ValidationError):
        set_calendar_supplement(coord, 2027, {}, {dt.date(2027, 1, 4): "调休"})  # a Monday cannot be 调休上班


def _one_off(ctx: ServiceContext, start: str, end: str, **kwargs: object) -> str:
    return create_shift(ctx, ShiftInput(day=MONDAY, start_time=start, end_time=end, title="讲堂", **kwargs))  # type: ignore[arg-type]


def _kinds(ctx: ServiceContext, proposal: dict[str, list[str]]) -> list[str]:
    return [c.kind for c in check_rota(ctx, proposal)]


def test_double_booking(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "张三", "13800000001")
    first, second = _one_off(coord, "09:00", "11:00"), _one_off(coord, "10:30", "12:00")
    touching = _one_off(coord, "11:00", "12:00")
    assert _kinds(coord, {first: [vid], touching: [vid]}) == []
    found = check_rota(coord, {first: [vid], second: [vid]})
    assert [c.kind for c in found] == ["double_booking"] and "张三" in found[0].message
    # Against what is already saved for the day, too.
    save_rota(coord, {first: [vid]})
    assert _kinds(coord, {second: [vid]}) == ["double_booking"]


def test_unavailable(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "李四", "13800000002", availability=weekly("tue"))  # MONDAY is a Monday
    assert _kinds(coord, {_one_off(coord, "09:00", "10:00"): [vid]}) == ["unavailable"]
    free = add_volunteer(coord, "王五", "13800000003", availability=weekly("mon"))
    unknown = add_volunteer(coord, "赵六", "13800000004")  # not recorded: not checked
    assert _kinds(coord, {_one_off(coord, "13:00", "14:00", capacity=2): [free, unknown]}) == []


def test_missing_skill(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "孙七", "13800000005", skills=("文书整理",))
    shift = _one_off(coord, "09:00", "10:00", required_skill="心理支持")
    assert _kinds(coord, {shift: [vid]}) == ["missing_skill"]
    skilled = add_volunteer(coord, "周八", "13800000006", skills=("心理支持",))
    assert _kinds(coord, {shift: [skilled]}) == []


def test_over_capacity(coord: ServiceContext) -> None:
    shift = _one_off(coord, "09:00", "10:00", capacity=1)
    a, b = add_volunteer(coord, "吴九", "13800000007"), add_volunteer(coord, "郑十", "13800000008")
    assert _kinds(coord, {shift: [a, b]}) == ["over_capacity"]


def test_inactive_volunteer(coord: ServiceContext) -> None:
    vid = add_volunteer(coord, "冯一", "13800000009")
    set_volunteer_status(coord, vid, "paused")
    assert _kinds(coord, {_one_off(coord, "09:00", "10:00"): [vid]}) == ["inactive_volunteer"]


def test_save_refuses_conflicts_unless_accepted_and_replaces_crews(coord: ServiceContext) -> None:
    shift = _one_off(coord, "09:00", "10:00", capacity=1)
    a, b = add_volunteer(coord, "陈二", "13800000010"), add_volunteer(coord, "褚三", "13800000011")
    with pytest.raises(ConflictError) as raised:
        save_rota(coord, {shift: [a, b]})
    assert raised.value.code == "rota.conflicts"
    assert week_rota(coord, MONDAY).shifts[0].assigned == ()
    result = save_rota(coord, {shift: [a, b]}, accept_conflicts=True)
    assert result.added == 2 and len(result.conflicts) == 1
    result = save_rota(coord, {shift: [b]})
    assert (result.added, result.removed) == (0, 1)
    assert [v.id for v in week_rota(coord, MONDAY).shifts[0].assigned] == [b]
    save_rota(coord, {shift: [a]})  # a is put back: the old assignment is revived
    assert [v.name for v in week_rota(coord, MONDAY).shifts[0].assigned] == ["陈二"]


def test_committee_rotation_names_the_committee_of_each_day(coord: ServiceContext) -> None:
    from desktop.domain import address

    town = next(t for t in address.townships("310104") if t.name.startswith("凌云路"))
    first, second = (v.code for v in address.villages(town.code)[:2])
    set_committee_rotation(coord, [first, second], MONDAY)
    _front_desk(coord)
    generate_shifts(coord, MONDAY, MONDAY + dt.timedelta(days=6))
    week = week_rota(coord, MONDAY)
    on_duty = [d.committee_name for d in week.days if d.is_workday]
    assert on_duty == [address.get(c).name for c in (first, second, first, second, first)]  # type: ignore[union-attr]
    assert week.shifts[1].village_code == second
    with pytest.raises(ValidationError):
        set_committee_rotation(coord, [first, first], MONDAY)


def test_the_week_with_the_crews_its_cells_show_then_every_crew(coord: ServiceContext) -> None:
    """The rota grid shows the first shifts of each day and time; their crews come first, the rest later."""
    shifts = [_one_off(coord, "09:00", "10:00", capacity=2) for _ in range(3)]
    shifts.append(_one_off(coord, "14:00", "15:00"))
    people = [add_volunteer(coord, f"志愿{n}", f"1380000002{n}") for n in range(5)]
    crews = {shifts[0]: people[:2], shifts[1]: [people[2]], shifts[2]: [people[3]], shifts[3]: [people[4]]}
    save_rota(coord, crews, accept_conflicts=True)
    whole = week_rota(coord, MONDAY)
    assert whole.complete
    assert {s.id: [a.id for a in s.assigned] for s in whole.shifts} == crews
    plans = plans_of(coord, lambda: week_rota(coord, MONDAY, crews_per_cell=2), "shift_assignments.shift_id IN")
    assert all("COVERING INDEX ix_shift_assignments_crew" in plan for plan in plans)
    first = week_rota(coord, MONDAY, crews_per_cell=2)
    assert not first.complete
    assert [s.id for s in first.shifts] == [s.id for s in whole.shifts]
    nine = [s for s in whole.shifts if s.start_time == "09:00"]
    shown = {s.id: s.assigned for s in first.shifts}
    for s in [*nine[:2], *(s for s in whole.shifts if s.start_time == "14:00")]:
        assert shown[s.id] == s.assigned and s.assigned  # in assignment order, with names
    assert shown[nine[2].id] == ()  # the cell's third shift: not read yet
    assert week_rota(coord, MONDAY, crews_per_cell=3) == whole  # every shift shown: nothing left to read
