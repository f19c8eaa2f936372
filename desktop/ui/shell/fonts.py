"""The shipped CJK font (WenQuanYi Micro Hei) as the interface font, the same on every station PC."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_path

log = logging.getLogger("stationdesk")
FONT_FILE = ("fonts", "wqy-microhei.ttc")


def load_fonts(app: QApplication) -> str:
    """Make the shipped CJK font the UI font; returns its family name, or "" when it failed."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)
        return families[0]
    log.warning("shipped CJK font could not be loaded")
    return ""
