"""Qt-free translation for services, the CLI and PDFs.

Source strings are Simplified Chinese (the default language). English comes from the same Qt
Linguist file the UI uses (`resources/translations/stationdesk_en.ts`), read here with the
standard library so that the CLI and the core never import Qt. The GUI plugs Qt's translator
in with `set_backend` so that a single catalogue serves every layer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from desktop.paths import resource_path

SUPPORTED = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_language = DEFAULT_LANGUAGE
_backend: Callable[[str, str], str] | None = None


def normalise_language(value: str | None) -> str:
    """Map a locale name (`en_US.UTF-8`, `zh`, `en`) to a supported language code."""
    if not value:
        return DEFAULT_LANGUAGE
    value = value.split(".")[0].replace("-", "_").lower()
    if value.startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def language_from_environment() -> str:
    return normalise_language(os.environ.get("STATIONDESK_LANG"))


def set_language(language: str) -> None:
    global _language
    _language = normalise_language(language)


def current_language() -> str:
    return _language


def set_backend(backend: Callable[[str, str], str] | None) -> None:
    """Let the GUI route lookups through QCoreApplication.translate."""
    global _backend
    _backend = backend


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == DEFAULT_LANGUAGE:
        return {}
    path = resource_path("translations", f"stationdesk_{language}.ts")
    if not path.exists():
        return {}
    import xml.etree.ElementTree as ET  # here: a Chinese start never reads the catalogue

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or ""):
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text or ""
    return table


def catalogue_by_source(language: str) -> dict[str, str]:
    """{source: translation} of a language's catalogue, the first finished one per source."""
    table: dict[str, str] = {}
    for (_, source), text in _catalogue(normalise_language(language)).items():
        table.setdefault(source, text)
    return table


def translate(context: str, text: str) -> str:
    """Translate `text` (Chinese source) in `context` into the current language."""
    if _backend is not None:
        return _backend(context, text)
    if _language == DEFAULT_LANGUAGE:
        return text
    return _lookup(_language, context, text)


def _lookup(language: str, context: str, text: str) -> str:
    found = _catalogue(language).get((context, text))
    if found is None:
        # The same Chinese under another context (a string moved, or a shared label) reads the same.
        found = _by_source(language).get(text, text)
    return found


@lru_cache(maxsize=4)
def _by_source(language: str) -> dict[str, str]:
    return catalogue_by_source(language)


def translate_to(language: str, context: str, text: str) -> str:
    """Translate into `language` whatever the current language is (PDFs follow the station's)."""
    language = normalise_language(language)
    if language == DEFAULT_LANGUAGE:
        return text
    return _lookup(language, context, text)


def mark(context: str, text: str) -> str:
    """Mark a string kept in data (a column list, a code table) for the translation catalogue.

    Returns it unchanged: it is translated where it is shown (`self.tr(caption)` or
    `translate(context, caption)`), and the GUI's translator finds it by its source text
    whatever class shows it.
    """
    return text


def tr(context: str, text: str, **params: object) -> str:
    """Translate then fill `{named}` parameters."""
    translated = translate(context, text)
    return translated.format(**params) if params else translated
