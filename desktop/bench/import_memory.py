"""The district import's peak memory, measured in a process of its own.

The budget (docs/architecture.md §8): a district import stays under 500 MB. The bench process holds
databases, bundles and figures of every other line, so the import runs again in a fresh process
on a copy of the district as it was before the round trip's import, with the same bundle:

    python -m desktop.bench.import_memory import DISTRICT_DIR BUNDLE
    python -m desktop.bench.import_memory floor DISTRICT_DIR BUNDLE

print one JSON object with the peak resident memory of the process and of its children (the
import's decoder process) in MB. `floor` does everything up to the import (modules, unlocking,
opening the database, the bundle keys) and is the line's baseline. The line's value is the sum of
both peaks: the two processes run side by side for the whole import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.bench.result import Line, line

BUDGET_MB = 500


def _status_kib(pid: int | str, field: str) -> int | None:
    """A `VmHWM`/`VmRSS` line of /proc/PID/status in KiB (Linux), None elsewhere or when gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for text in status:
                if text.startswith(field + ":"):
                    return int(text.split()[1])
    except OSError:
        return None
    return None


class _ChildWatch:
    """The largest resident size any child process reaches, sampled while the import runs.

    Not `RUSAGE_CHILDREN`: on Linux a process's `ru_maxrss` keeps its parent's size at the fork
    (it survives exec), so it would report the importer's size for the decoder. /proc's `VmHWM`
    belongs to the process's own memory."""

    def __init__(self) -> None:
        import threading

        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _children(self) -> list[str]:
        found: list[str] = []
        for task in Path("/proc/self/task").glob("*"):
            try:
                found.extend((task / "children").read_text(encoding="ascii").split())
            except OSError:
                continue
        return found

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            for pid in self._children():
                self.peak_kib = max(self.peak_kib, _status_kib(pid, "VmHWM") or 0)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak_kib / 1024, 1)


def _own_peak_mb() -> float:
    kib = _status_kib("self", "VmHWM")
    if kib is None:  # no /proc: the resource module's figure (may include the parent's at the fork)
        import resource

        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kib / 1024, 1)


def main(argv: list[str]) -> int:
    mode, folder, bundle = argv
    from desktop.bench.sync_workload import DISTRICT_PASSPHRASE
    from desktop.db.open import open_database
    from desktop.paths import AppPaths
    from desktop.services.context import ServiceContext
    from desktop.services.exchange.importer import import_bundle
    from desktop.services.exchange.keys import unlock_keys
    from desktop.services.station_key import unlock

    paths = AppPaths(Path(folder))
    unlock(paths.data_dir, "admin", DISTRICT_PASSPHRASE)
    ctx = ServiceContext(open_database(paths), paths)
    keys = unlock_keys(ctx, DISTRICT_PASSPHRASE)
    out: dict[str, object] = {"mode": mode}
    watch = _ChildWatch()
    if mode == "import":
        result = import_bundle(ctx, Path(bundle), keys=keys, backup=True)
        out["records"] = result.records
    ctx.db.dispose()
    out |= {"children_mb": watch.stop(), "self_mb": _own_peak_mb()}
    print(json.dumps(out))
    return 0


def _probe(mode: str, district: Path, bundle: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "desktop.bench.import_memory", mode, str(district), str(bundle)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"import_memory {mode} exited with {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def import_memory_line(fresh_district: Path, bundle: Path, records: int) -> Line:
    """Peak memory of importing `bundle` into a copy of `fresh_district` (the copy is used up)."""
    import shutil

    floor = _probe("floor", fresh_district, bundle)
    work = fresh_district.with_name(fresh_district.name + "-import")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(fresh_district, work)
    try:
        peak = _probe("import", work, bundle)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return line(
        f"import peak memory at the district ({records} records)",
        peak["self_mb"] + peak["children_mb"],
        "MB",
        BUDGET_MB,
        floor["self_mb"] + floor["children_mb"],
        note=(
            f"importer {peak['self_mb']:g} MB + decoder {peak['children_mb']:g} MB;"
            " baseline: the same process up to the import"
        ),
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
