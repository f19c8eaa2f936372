"""shell/dialogs.py is the only module that opens a message box or a file, folder, text or
password prompt: everywhere else goes through it, so headless runs and tests can answer them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.ui.shell import dialogs

UI = Path(__file__).resolve().parents[3] / "desktop" / "ui"
CHOKE_POINT = UI / "shell" / "dialogs.py"
PROMPTS = re.compile(r"\b(QFileDialog|QInputDialog|QMessageBox|QPrintDialog)\b")


def test_no_prompt_is_opened_outside_dialogs_py() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path != CHOKE_POINT
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PROMPTS.search(line)
    ]
    assert found == []


def test_the_choke_point_is_where_they_are() -> None:
    # Guards the test above against a renamed or moved choke point that it would no longer read.
    assert PROMPTS.search(CHOKE_POINT.read_text(encoding="utf-8"))


def test_headless_prompts_take_the_queued_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    for queue, answer in (
        ("open_answers", "台账.xlsx"),
        ("folder_answers", "U盘"),
        ("save_answers", "导出.xlsx"),
        ("int_answers", 15),
    ):
        monkeypatch.setattr(dialogs, queue, [answer])
    monkeypatch.setattr(dialogs, "text_answers", ["secret"])
    assert dialogs.choose_open_path(None, "打开", "", "*.xlsx") == "台账.xlsx"
    assert dialogs.choose_folder(None, "文件夹") == "U盘"
    assert dialogs.choose_save_path(None, "保存", "名.xlsx", "*.xlsx") == "导出.xlsx"
    assert dialogs.ask_int(None, "休息", "分钟", 0, 0, 600) == 15
    assert dialogs.ask_text(None, "口令", "请输入", password=True) == "secret"
    # Nothing queued: a file prompt is cancelled, a number or text prompt accepts its default.
    assert dialogs.choose_open_path(None, "打开", "", "*.xlsx") is None
    assert dialogs.choose_folder(None, "文件夹") is None
    assert dialogs.ask_int(None, "休息", "分钟", 30, 0, 600) == 30
