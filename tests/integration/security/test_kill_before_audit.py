"""SIGKILL right after an audited action, before anything else runs: the audit entry survives.

The child process replaces the step that used to write the entry after the call
(`permissions._audit_after`) by a SIGKILL of itself, and kills itself after the call in any case.
A volunteer created (a database write) must have its "create" entry, committed with the row; a
print (a file made outside any transaction) must have at least its intent entry.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import AppPaths
from tests import keyed

ROOT = Path(__file__).resolve().parents[3]
CHILD = """
import os, signal, sys
from desktop.domain.clock import station_today
from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services import permissions
from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext

paths = AppPaths(__import__("pathlib").Path(sys.argv[1]))
what = sys.argv[3]
from desktop.services.station_key import unlock
unlock(paths.data_dir, "coord" if what == "write" else "cw1", sys.argv[2])  # the sign-in unwraps the key first
db = open_database(paths)
anonymous = ServiceContext(db, paths, ANONYMOUS)
if what == "write":
    from desktop.services.volunteers.register import VolunteerInput, create_volunteer
    ctx = anonymous.as_actor(login(anonymous, "coord", sys.argv[2]))
    call = lambda: create_volunteer(ctx, VolunteerInput(name="钱志愿")).id
else:
    from desktop.services.casework.clients import ClientInput, create_client
    from desktop.services.casework.visits import VisitInput, log_visit
    from desktop.services.forms.casework import print_visit
    ctx = anonymous.as_actor(login(anonymous, "cw1", sys.argv[2]))
    client = create_client(ctx, ClientInput(name="张三丰"))
    visit = log_visit(ctx, VisitInput(client_id=client.id, visit_date=station_today(), narrative="入户"))
    print(visit.id, flush=True)
    call = lambda: print_visit(ctx, visit.id)

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

original = permissions._audit_after

def audit_unless_done(ctx, audit, args, result, outcome="ok"):
    # The entry written after a completed call: this is where the process dies.
    if outcome == "ok":
        die()
    original(ctx, audit, args, result, outcome)

permissions._audit_after = audit_unless_done
result = call()
if what == "write":
    print(result, flush=True)
die()
"""


def _run(installation: AppPaths, what: str) -> list[str]:
    from tests.conftest import STAFF_PASSWORD

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(installation.data_dir), STAFF_PASSWORD, what],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    return child.stdout.split()


def _entries(installation: AppPaths, action: str) -> list[tuple[str, str, str]]:
    connection = keyed.connect(installation.database)
    try:
        query = "SELECT object_type, object_id, result FROM audit_events WHERE action = ? ORDER BY seq"
        return connection.execute(query, (action,)).fetchall()
    finally:
        connection.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_write_killed_after_its_commit_keeps_its_entry(installation: AppPaths) -> None:
    output = _run(installation, "write")
    connection = keyed.connect(installation.database)
    try:
        stored = [row[0] for row in connection.execute("SELECT id FROM volunteers")]
    finally:
        connection.close()
    assert len(stored) == 1
    assert output in ([], stored)  # killed before or after printing the id
    assert ("volunteer", stored[0], "ok") in _entries(installation, "create")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_a_print_killed_before_its_outcome_keeps_its_intent(installation: AppPaths) -> None:
    (visit_id,) = _run(installation, "print")
    assert _entries(installation, "print") == [("visit", visit_id, "started")]
