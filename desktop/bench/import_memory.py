"""The district import's peak memory, measured in a process of its own.

The budget (docs/architecture.md §8): a district import of the largest legal bundle stays under
500 MB. The bench process holds databases, bundles and figures of every other line, so the import
runs again in a fresh process on a copy of the district as it was before the round trip's import:

    python -m desktop.bench.import_memory import DISTRICT_DIR BUNDLE
    python -m desktop.bench.import_memory floor DISTRICT_DIR BUNDLE

print one JSON object with the peak resident memory of the importer, of its children (the
import's decoder process), and of both together, in MB. `floor` does everything up to the import
(modules, unlocking, opening the database, the bundle keys) and is the line's baseline.

The line's value is the peak of the two together, sampled every 20 ms, or the importer's own exact
peak if that is higher. The decoder exits before the importer's largest step (the last big
table's index rebuild), so adding the two separate peaks would count memory never held at once.
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


class _Watch:
    """The largest resident size of the children (the decoder) and of this process and its children
    together, sampled while the import runs.

    Not `RUSAGE_CHILDREN`: on Linux a process's `ru_maxrss` keeps its parent's size at the fork
    (it survives exec), so it would report the importer's size for the decoder. /proc's `VmHWM`
    belongs to the process's own memory."""

    def __init__(self) -> None:
        import threading

        self.children_kib = 0
        self.together_kib = 0
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
        while not self._stop.wait(0.02):
            children = 0
            for pid in self._children():
                self.children_kib = max(self.children_kib, _status_kib(pid, "VmHWM") or 0)
                children += _status_kib(pid, "VmRSS") or 0
            self.together_kib = max(self.together_kib, (_status_kib("self", "VmRSS") or 0) + children)

    def stop(self) -> tuple[float, float]:
        """(children's peak, the peak of all together) in MB."""
        self._stop.set()
        self._thread.join()
        return round(self.children_kib / 1024, 1), round(self.together_kib / 1024, 1)


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
    watch = _Watch()
    if mode == "import":
        result = import_bundle(ctx, Path(bundle), keys=keys, backup=True)
        out |= {"records": result.records, "seconds": result.seconds}
    ctx.db.dispose()
    children, together = watch.stop()
    own = _own_peak_mb()
    out |= {"children_mb": children, "self_mb": own, "together_mb": max(together, own)}
    print(json.dumps(out))
    return 0


def _probe(mode: str, district: Path, bundle: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "desktop.bench.import_memory", mode, str(district), str(bundle)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"import_memory {mode} exited with {done.returncode}: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def import_memory_line(fresh_district: Path, bundle: Path, records: int, *, largest: bool = False) -> Line:
    """Peak memory of importing `bundle` into a copy of `fresh_district` (the copy is used up);
    `largest`: the bundle is the largest legal one (desktop/bench/largest_bundle.py)."""
    import shutil

    floor = _probe("floor", fresh_district, bundle)
    work = fresh_district.with_name(fresh_district.name + "-import")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(fresh_district, work)
    try:
        peak = _probe("import", work, bundle)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    what = "the largest legal bundle, " if largest else ""
    rate = f", {peak['records'] / peak['seconds']:,.0f} rec/s" if peak.get("seconds") else ""
    return line(
        f"import peak memory at the district ({what}{records} records)",
        peak["together_mb"],
        "MB",
        BUDGET_MB,
        floor["together_mb"],
        note=(
            f"importer and decoder together; apart: importer {peak['self_mb']:g} MB, decoder"
            f" {peak['children_mb']:g} MB{rate}; baseline: the same process up to the import"
        ),
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
