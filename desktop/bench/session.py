"""A logged-in ServiceContext on a bench installation, for the Qt probe (which may not open storage itself)."""

from __future__ import annotations

from pathlib import Path

from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.auth import login
from desktop.services.context import ServiceContext
from desktop.services.station_key import unlock


def logged_in(data_dir: Path, username: str, password_file: Path) -> ServiceContext:
    """Open the installation and log in through the normal password check; dispose `ctx.db` after."""
    paths = AppPaths(data_dir)
    password = password_file.read_text(encoding="utf-8").splitlines()[0]
    unlock(data_dir, username, password)  # an encrypted station: the key first, as a sign-in does
    db = open_database(paths)
    try:
        ctx = ServiceContext(db, paths)
        return ctx.as_actor(login(ctx, username, password))
    except BaseException:
        db.dispose()
        raise
