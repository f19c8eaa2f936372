"""Code lists: values unique, labels present in both languages."""

from __future__ import annotations

import pytest

from desktop.domain import codes

LISTS = {name: value for name, value in vars(codes).items() if name.isupper() and isinstance(value, tuple)}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_code_values_are_unique_and_labelled(name: str) -> None:
    code_list = LISTS[name]
    assert code_list, name
    values = [c.value for c in code_list]
    assert len(values) == len(set(values)), name
    assert all(c.zh and c.en for c in code_list), name


def test_label_in_both_languages() -> None:
    assert codes.label(codes.CLASSIFICATION, 1) == "不稳定"
    assert codes.label(codes.CLASSIFICATION, 1, "en") == "Unstable"
    assert codes.label(codes.CLASSIFICATION, None) == ""
