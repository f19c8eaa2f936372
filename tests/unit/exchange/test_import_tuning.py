"""The import runs with the bulk-write tuning (no cyclic collector while records are applied) and
leaves the database connections and the collector as it found them: after a real import, a dry
run, and an import whose write fails midway.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.db import engine
from desktop.services.exchange import importer as sync_import
from desktop.services.exchange.apply import Applier
from tests import keyed
from tests.unit.exchange.conftest import Node
from tests.unit.exchange.edits import add_client

_PRAGMAS = ("cache_size", "temp_store", "threads")


def _defaults(node: Node) -> dict[str, int]:
    """A fresh connection's settings, with the page cache the engine gives each of its connections."""
    connection = keyed.connect(node.paths.database)
    try:
        found = {name: connection.execute(f"PRAGMA {name}").fetchone()[0] for name in _PRAGMAS}
    finally:
        connection.close()
    return found | {"cache_size": -engine.CACHE_KIB}


def _pooled_settings(node: Node) -> list[dict[str, int]]:
    """The settings of every idle connection of the node's pool (checked out together, so each once)."""
    engine = node.ctx.db.engine
    held = [engine.raw_connection() for _ in range(engine.pool.checkedin())]
    try:
        return [{name: c.driver_connection.execute(f"PRAGMA {name}").fetchone()[0] for name in _PRAGMAS} for c in held]
    finally:
        for c in held:
            c.close()


@pytest.fixture
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collecting")
@pytest.mark.parametrize("dry_run", [False, True])
def test_the_collector_is_off_while_applying_and_everything_comes_back(network: dict[str, Node], dry_run: bool) -> None:
    a, d = network["A"], network["D"]
    for i in range(3):
        add_client(a, f"岳{i}飞", id_number=f"31010119800101{i:04d}")
    bundle = a.export_to(d, full=True)
    seen: list[bool] = []
    result = d.import_(bundle, dry_run=dry_run, progress=lambda _done, _total: seen.append(gc.isenabled()))
    assert result.created == 4 and result.dry_run == dry_run
    assert seen and not any(seen)
    assert gc.isenabled()
    settings = _pooled_settings(d)
    assert settings and all(s == _defaults(d) for s in settings)


@pytest.mark.usefixtures("collecting")
def test_a_failed_import_leaves_the_settings_as_they_were(
    network: dict[str, Node], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, d = network["A"], network["D"]
    add_client(a, "韩世忠", id_number="310101198001010001")
    bundle = a.export_to(d, full=True)

    def failing(self: Applier, batch: Any, sender: str, retry_ids: Any = None) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Applier, "apply_batch", failing)
    with pytest.raises(sync_import.ImportFailed):
        d.import_(bundle)
    assert gc.isenabled()
    settings = _pooled_settings(d)
    assert settings and all(s == _defaults(d) for s in settings)
