"""A read-only look at the database file with plain sqlite3, before SQLAlchemy is loaded.

The GUI uses it to decide, in a few milliseconds, whether the usual start applies: the file is
a set-up station database at the schema this code expects. Then the main window can show its
sign-in at once and open the database properly (SQLAlchemy, models: ≈ 0.4 s) while the user
types. Anything else — no file, a first run, a migration to do, a file that does not read — answers
None, and the start takes the careful path (integrity check, backup, migration, wizard) first.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop.db.schema import SCHEMA_HEAD
from desktop.paths import KEYRING_FILE


def station_ready(database: Path) -> str | None:
    """The station's name when `database` is set up and at SCHEMA_HEAD; otherwise None.

    An encrypted station cannot be looked into before sign-in: its keyring's public part names it,
    and the schema is checked once the sign-in has opened it (desktop/services/station_key.py).
    """
    if not database.is_file():
        return None
    public = _keyring_public(database.parent)
    if public is not None:  # "" still takes the quick start: the careful path's checks need the key
        return public.get("station_name") or public.get("station_code") or ""
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if version != [(SCHEMA_HEAD,)]:
            return None
        settings = dict(
            connection.execute("SELECT key, value FROM settings WHERE key IN ('station_code', 'station_name')")
        )
        if not connection.execute("SELECT EXISTS (SELECT 1 FROM users)").fetchone()[0]:
            return None
        code, name = (_text(settings.get(key)) for key in ("station_code", "station_name"))
        return name if code else None
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()


def _keyring_public(data_dir: Path) -> dict[str, str] | None:
    try:
        data = json.loads((data_dir / KEYRING_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    public = data.get("public") if isinstance(data, dict) else None
    return {k: v for k, v in public.items() if isinstance(v, str)} if isinstance(public, dict) else {}


def _text(stored: object) -> str:
    """A settings value as stored (JSON text); "" when absent or not a string."""
    if not isinstance(stored, str | bytes):
        return ""
    value = json.loads(stored)
    return value if isinstance(value, str) else ""
