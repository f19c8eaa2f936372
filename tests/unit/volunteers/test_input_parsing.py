"""Typed outside input of the volunteer module never fails other than with a ValidationError."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.services.volunteers.settings import parse_day_lines


@given(st.text(max_size=200))
def test_supplement_lines_parse_or_refuse_cleanly(text: str) -> None:
    try:
        days = parse_day_lines(text)
    except ValidationError:
        return
    assert all(isinstance(d, dt.date) and len(name) <= 32 for d, name in days.items())


@given(st.dates(), st.text(alphabet=st.characters(categories=["Lo"]), max_size=8))
def test_supplement_lines_round_trip(day: dt.date, name: str) -> None:
    assert parse_day_lines(f"{day.isoformat()} {name}\n\n") == {day: name}


def test_supplement_lines_refuse_a_bad_date() -> None:
    with pytest.raises(ValidationError):
        parse_day_lines("2027-02-30 春节")
