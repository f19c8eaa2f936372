"""The interface language of this computer and the station's language for printed forms."""

from __future__ import annotations

import pytest

from desktop.errors import PermissionDenied, ValidationError
from desktop.paths import AppPaths
from desktop.preferences import save_ui_language, saved_ui_language, ui_language
from desktop.services.admin.language import forms_language, set_forms_language
from desktop.services.context import ServiceContext


def test_interface_language_is_saved_per_computer(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATIONDESK_LANG", raising=False)
    paths = AppPaths(tmp_path)  # type: ignore[arg-type]
    assert ui_language(paths) == "zh_CN"
    save_ui_language(paths, "en")
    assert saved_ui_language(paths) == "en" and ui_language(paths) == "en"
    assert ui_language(paths, "zh_CN") == "zh_CN"  # --lang wins
    monkeypatch.setenv("STATIONDESK_LANG", "zh_CN")
    assert ui_language(paths) == "zh_CN"  # so does the environment


def test_a_damaged_preferences_file_falls_back_to_chinese(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATIONDESK_LANG", raising=False)
    paths = AppPaths(tmp_path)  # type: ignore[arg-type]
    paths.preferences.write_bytes(b"\xff{not json")
    assert ui_language(paths) == "zh_CN"
    save_ui_language(paths, "en")  # and saving repairs it
    assert saved_ui_language(paths) == "en"


def test_unknown_language_is_refused(tmp_path: object) -> None:
    with pytest.raises(ValueError):
        save_ui_language(AppPaths(tmp_path), "fr")  # type: ignore[arg-type]


def test_print_language_is_set_by_the_lead_only(ctx: ServiceContext) -> None:
    from desktop.services.auth import login
    from tests.conftest import STAFF_PASSWORD

    assert forms_language(ctx) == "zh_CN"
    with pytest.raises(PermissionDenied):
        set_forms_language(ctx, "en")  # ctx is a caseworker
    lead = ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD))
    with pytest.raises(ValidationError):
        set_forms_language(lead, "fr")
    assert forms_language(ctx) == "zh_CN"
    set_forms_language(lead, "en")
    assert forms_language(ctx) == "en"


def test_printed_forms_follow_the_station_language(ctx: ServiceContext) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from desktop.services.auth import login
    from desktop.services.casework.clients import ClientInput, create_client
    from desktop.services.forms.casework import print_client
    from tests.conftest import STAFF_PASSWORD

    client = create_client(ctx, ClientInput(name="张三", phone="13812345678"))

    def text() -> str:
        content = print_client(ctx, client.id).content
        return "".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)

    chinese = text()
    assert "服务对象档案" in chinese
    set_forms_language(ctx.as_actor(login(ctx, "lead", STAFF_PASSWORD)), "en")
    english = text()
    assert "服务对象档案" not in english and "Client" in english
    assert "张三" in english  # names stay as they are
