"""A small exchange network for sync tests: stations XH-A and XH-B and their district XH-DIST.

The three installations (keys generated at init, enrollment files exchanged and fingerprints
checked) are built once per session and copied for each test; the unlocked key pairs are the same
for every copy, so they are opened once (argon2 costs ~0.2 s per unlock).
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.paths import AppPaths
from tests import keyed
from tests.conftest import share_key

PASSWORD = "exchange-pass-1"
CODES = {"A": ("XH-A", "station"), "B": ("XH-B", "station"), "D": ("XH-DIST", "district")}
_counter = itertools.count()


@dataclass
class Node:
    name: str
    code: str
    paths: AppPaths
    ctx: Any
    keys: Any

    def export_to(self, peer: Node, *, full: bool = False) -> Path:
        from desktop.services.exchange.exporter import export_bundle

        out = self.paths.data_dir.parent / f"{self.code}-{peer.code}-{next(_counter)}.sdbundle"
        export_bundle(self.ctx, peer.code, out, keys=self.keys, full=full)
        return out

    def import_(self, path: Path, **kwargs: Any) -> Any:
        from desktop.services.exchange.importer import import_bundle

        kwargs.setdefault("backup", False)
        return import_bundle(self.ctx, path, keys=self.keys, **kwargs)

    def close(self) -> None:
        self.ctx.db.dispose()


def table_digest(path: Path) -> str:
    """A hash of every table's content (sorted rows), to prove that a failed import changed nothing.

    The audit trail is left out: reading a bundle (a dry run, a duplicate) is itself an audited
    action, and must be, while the data stays as it was.
    """
    from desktop.services.audit import ANCHOR

    digest = hashlib.sha256()
    with keyed.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            if table == "audit_events":
                continue
            digest.update(table.encode())
            rows = connection.execute(f'SELECT * FROM "{table}"')
            if table == "settings":
                rows = (row for row in rows if row[0] != ANCHOR)
            for row in sorted(rows, key=repr):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.db.open import open_database
    from desktop.services.admin.setup import initialise
    from desktop.services.context import ServiceContext
    from desktop.services.exchange.keys import export_enrollment, keys_info, trust_peer

    root = tmp_path_factory.mktemp("network")
    for name, (code, mode) in CODES.items():
        initialise(
            AppPaths(root / name),
            station_code=code,
            station_name=f"测试{code}",
            district="徐汇区",
            mode=mode,
            admin_username="admin",
            admin_password=PASSWORD,
        )
    contexts = {}
    for name in CODES:
        paths = AppPaths(root / name)
        contexts[name] = ServiceContext(open_database(paths), paths)
        export_enrollment(contexts[name], root / f"{name}.enrollment")
    for a, b in (("A", "D"), ("B", "D"), ("D", "A"), ("D", "B")):
        trust_peer(contexts[a], root / f"{b}.enrollment", keys_info(contexts[b]).fingerprint)
    for ctx in contexts.values():
        ctx.db.dispose()
    return root


@pytest.fixture(scope="session")
def network_keys(network_template: Path) -> dict[str, Any]:
    from desktop.services.exchange.keys import keystore_path
    from desktop.sync import open_keystore

    return {
        name: open_keystore(keystore_path(AppPaths(network_template / name)).read_bytes(), PASSWORD) for name in CODES
    }


def make_network(template: Path, keys: dict[str, Any], target: Path) -> dict[str, Node]:
    from desktop.db.open import open_database
    from desktop.services.context import ServiceContext

    nodes = {}
    for name, (code, _mode) in CODES.items():
        folder = target / name
        shutil.copytree(template / name, folder)
        share_key(template / name, folder)
        paths = AppPaths(folder)
        nodes[name] = Node(name, code, paths, ServiceContext(open_database(paths), paths), keys[name])
    return nodes


@pytest.fixture
def network(network_template: Path, network_keys: dict[str, Any], tmp_path: Path) -> Iterator[dict[str, Node]]:
    nodes = make_network(network_template, network_keys, tmp_path)
    yield nodes
    for node in nodes.values():
        node.close()


@pytest.fixture
def twins(network_template: Path, network_keys: dict[str, Any], tmp_path: Path) -> Any:
    """Two identical networks, for importing one bundle two ways and comparing the results."""
    one = make_network(network_template, network_keys, tmp_path / "one")
    two = make_network(network_template, network_keys, tmp_path / "two")
    yield one, two
    for node in (*one.values(), *two.values()):
        node.close()


def exported_records(a: Node, d: Node, clients: int) -> list[tuple[str, dict[str, Any]]]:
    """(table, record) of a full bundle from `a` to `d` after `clients` clients with a visit each."""
    from desktop.services.exchange.keys import trusted_identities
    from desktop.sync import stream_bundle
    from tests.unit.exchange.edits import add_client, add_visit  # it imports this module

    for i in range(clients):
        cid = add_client(a, f"曾{i}华", id_number=f"31010119800101{i:04d}", phone=f"1380000{i:04d}")
        add_visit(a, cid, narrative=f"家访{i}")
    path = a.export_to(d, full=True)
    with d.ctx.db.read() as session:
        trusted = trusted_identities(session)
    with stream_bundle(path, me=d.keys, trusted=trusted, expect_kind="data") as streamed:
        return list(streamed.records())


@pytest.fixture(scope="module")
def good_records(
    network_template: Path, network_keys: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    """One genuine exported record per table that has one (clients, visits, the station)."""
    nodes = make_network(network_template, network_keys, tmp_path_factory.mktemp("rows"))
    try:
        return {table: record for table, record in exported_records(nodes["A"], nodes["D"], 1)}
    finally:
        for node in nodes.values():
            node.close()
