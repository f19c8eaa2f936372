"""Service time reads in hours and minutes, not as a count of minutes."""

from __future__ import annotations

import pytest

from desktop.ui.shell.durations import duration_text


@pytest.mark.parametrize(
    ("minutes", "text"), [(985, "16 小时 25 分钟"), (120, "2 小时"), (45, "45 分钟"), (0, "0 分钟"), (60, "1 小时")]
)
def test_duration_text(minutes: int, text: str) -> None:
    assert duration_text(minutes) == text
