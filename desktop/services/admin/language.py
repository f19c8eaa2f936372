"""The station's language for printed forms (the `language` setting the PDF builders read)."""

from __future__ import annotations

from desktop.errors import ValidationError
from desktop.i18n import DEFAULT_LANGUAGE, SUPPORTED
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting, put_setting

PRINT_LANGUAGE = "language"


@entry("station.read")
def forms_language(ctx: ServiceContext) -> str:
    with ctx.db.read() as session:
        value = get_setting(session, PRINT_LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in SUPPORTED else DEFAULT_LANGUAGE


@entry("station.configure")
def set_forms_language(ctx: ServiceContext, language: str) -> str:
    if language not in SUPPORTED:
        raise ValidationError("settings.language_invalid", "不支持该语言。", field="language")
    with ctx.db.write() as session:
        if get_setting(session, PRINT_LANGUAGE, DEFAULT_LANGUAGE) != language:
            put_setting(session, PRINT_LANGUAGE, language)
            audit.record(session, ctx.actor, "settings_update", "settings", PRINT_LANGUAGE, [PRINT_LANGUAGE])
    return language
