"""This computer's preferences (`preferences.json` in the data directory): the interface language
and where the main window was.

Kept in a small file rather than the database because the language must be known before the
database is opened (the first-run wizard and the login dialog are already translated) and because
it belongs to the computer, not to the station's records.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from desktop.i18n import DEFAULT_LANGUAGE, SUPPORTED, normalise_language
from desktop.paths import AppPaths

log = logging.getLogger(__name__)


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        # A damaged preferences file must never stop the program: fall back to the defaults.
        log.warning("preferences file unreadable; using defaults")
        return {}
    return data if isinstance(data, dict) else {}


def saved_ui_language(paths: AppPaths) -> str:
    value = _read(paths.preferences).get("ui_language")
    return normalise_language(value) if isinstance(value, str) else DEFAULT_LANGUAGE


def ui_language(paths: AppPaths, requested: str | None = None) -> str:
    """The language to show: `--lang`, then STATIONDESK_LANG, then the saved choice, then Chinese."""
    if requested:
        return normalise_language(requested)
    if os.environ.get("STATIONDESK_LANG"):
        return normalise_language(os.environ["STATIONDESK_LANG"])
    return saved_ui_language(paths)


def save_ui_language(paths: AppPaths, language: str) -> None:
    if language not in SUPPORTED:
        raise ValueError(language)
    _write(paths, "ui_language", language)


def _write(paths: AppPaths, key: str, value: object) -> None:
    data = _read(paths.preferences)
    data[key] = value
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    # Write then rename, so a crash mid-write leaves the old file, never half a file.
    temporary = paths.preferences.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(paths.preferences)


def saved_window_geometry(paths: AppPaths) -> str | None:
    """The main window's last size and position (Qt's saveGeometry, base64), if any."""
    value = _read(paths.preferences).get("window_geometry")
    return value if isinstance(value, str) else None


def save_window_geometry(paths: AppPaths, value: str) -> None:
    _write(paths, "window_geometry", value)
