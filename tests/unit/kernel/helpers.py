"""Shared helpers for the security tests: log in as a fixture user, table hashes of a database file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext
from tests import keyed
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD


def as_user(ctx: ServiceContext, username: str) -> ServiceContext:
    password = ADMIN_PASSWORD if username == "admin" else STAFF_PASSWORD
    anonymous = ctx.as_actor(ANONYMOUS)
    return anonymous.as_actor(login(anonymous, username, password))


def table_hashes(path: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """SHA-256 of every table's rows in primary-key order (the data, independent of page layout)."""
    connection = keyed.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if row[0] not in skip and not row[0].startswith("sqlite_")
        ]
        result = {}
        for table in tables:
            digest = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
            result[table] = digest.hexdigest()
        return result
    finally:
        connection.close()
