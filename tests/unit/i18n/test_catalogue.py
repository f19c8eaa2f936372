"""The English catalogue is complete: every translatable string has a finished translation, every
Chinese literal of the interface is translatable, and the compiled .qm answers as the .ts does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop import i18n

ROOT = Path(__file__).resolve().parents[3]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stationdesk_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


@pytest.fixture(scope="module")
def extraction(tool: ModuleType) -> object:
    return tool.extract()


def test_every_interface_literal_is_translatable(extraction: object) -> None:
    bare = [f"{rel}:{line}: {text!r}" for rel, line, text in extraction.bare]  # type: ignore[attr-defined]
    assert bare == [], "Chinese shown to users without a translation call:\n" + "\n".join(bare[:50])


def test_every_translatable_string_has_an_english_translation(tool: ModuleType, extraction: object) -> None:
    missing = [
        f"{m.locations[0][0]}:{m.locations[0][1]}: [{m.context}] {m.source!r}" for m in tool.missing("en", extraction)
    ]
    assert missing == [], (
        f"{len(missing)} strings lack English (run tools/translations.py update, then translate):\n"
        + "\n".join(missing[:50])
    )


def test_translations_keep_their_placeholders(tool: ModuleType) -> None:
    assert tool.placeholder_mismatches("en") == []


def test_english_has_no_chinese_left(tool: ModuleType) -> None:
    """Chinese may stay only where it is quoted from the source: the spreadsheet importer's help
    names the Chinese column headers it recognises, which an English example would misstate."""
    import re

    left = [
        (source, text)
        for (_, source), (text, kind) in tool.read_ts(tool.ts_path("en")).items()
        if kind is None and any(run not in source for run in re.findall(r"[\u3400-\u9fff]+", text))
    ]
    assert left == []


def test_the_extractor_sees_each_kind_of_call(tool: ModuleType, extraction: object) -> None:
    keys = set(extraction.messages)  # type: ignore[attr-defined]
    assert ("MainWindow", "锁定屏幕(&L)") in keys  # self.tr in a class
    assert ("errors", "找不到该记录，可能已被删除。") in keys  # an AppError default message
    assert ("errors", "不支持该语言。") in keys  # a message passed to ValidationError(...)
    assert ("cli", "界面与消息语言") in keys  # i18n.tr(context, text) in the Qt-free CLI


def test_a_new_untranslated_string_is_caught(tool: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a class with a new Chinese label and no English is reported."""
    source = tmp_path / "desktop" / "ui" / "new_page.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        'class NewPage:\n    def build(self):\n        return self.tr("一个新按钮"), label("未标记的文字")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "SOURCE_DIR", tmp_path / "desktop")
    found = tool.extract()
    assert ("NewPage", "一个新按钮") in found.messages
    assert [text for _, _, text in found.bare] == ["未标记的文字"]
    monkeypatch.setattr(tool, "TRANSLATIONS", ROOT / "resources" / "translations")
    assert [m.source for m in tool.missing("en", found)] == ["一个新按钮"]


def test_compiled_catalogue_matches_the_source(tool: ModuleType, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    (qm,) = tool.release(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    for (context, source), (text, kind) in list(tool.read_ts(tool.ts_path("en")).items())[:200]:
        if kind is None and text:
            assert translator.translate(context, source) == text


def test_qt_free_lookup_follows_the_language() -> None:
    assert i18n.translate_to("en", "errors", "找不到该记录，可能已被删除。") != "找不到该记录，可能已被删除。"
    assert i18n.translate_to("zh_CN", "errors", "找不到该记录，可能已被删除。") == "找不到该记录，可能已被删除。"
    # A string shown under another context than the one it was written in still reads in English.
    assert i18n.translate_to("en", "SomeSubclass", "工作台") == i18n.translate_to("en", "MainWindow", "工作台")
