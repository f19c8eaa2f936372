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


def _peaks() -> dict[str, float]:
    import resource

    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux, bytes on macOS
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return {"self_mb": round(own, 1), "children_mb": round(children, 1)}


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
    if mode == "import":
        result = import_bundle(ctx, Path(bundle), keys=keys, backup=True)
        out["records"] = result.records
    ctx.db.dispose()
    print(json.dumps(out | _peaks()))
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
