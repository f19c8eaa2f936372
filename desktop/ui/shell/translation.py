"""Install the interface language into Qt: the compiled catalogue, a by-source fallback, Qt's own.

PySide's `self.tr()` takes its context from the object's runtime class, so a string written in
a base class or a shared helper is looked up under a subclass's name that the catalogue does not
have. The fallback translator answers those by the Chinese source text alone (sources are unique
sentences; where one has two English renderings the first finished one is used).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import i18n
from desktop.paths import resource_path

log = logging.getLogger(__name__)


class SourceTextTranslator(QTranslator):
    """Finds a translation by source text whatever the context (see the module docstring)."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self._table = table

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) tells Qt "not found" so the next translator or the source is used;
        # an empty string would be taken as the translation and blank the widget.
        return self._table.get(source_text)

    def isEmpty(self) -> bool:
        return not self._table


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> str:
    """Make `language` the interface language of `app` and of the Qt-free layers; returns it."""
    language = i18n.normalise_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Chinese))
    qt_own = QTranslator()
    qt_name = "qtbase_en" if language == "en" else "qtbase_zh_CN"
    if qt_own.load(qt_name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qt_own)
    if language == i18n.DEFAULT_LANGUAGE:
        return language
    _install(app, SourceTextTranslator(i18n.catalogue_by_source(language)))
    compiled = QTranslator()
    path = resource_path("translations", f"stationdesk_{language}.qm")
    if compiled.load(str(path)):
        _install(app, compiled)  # installed last, so asked first: the exact (context, source) match
    else:
        # A source checkout before `tools/translations.py release`: the fallback reads the .ts.
        log.info("compiled catalogue %s not found; using the .ts", path.name)
    return language


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
