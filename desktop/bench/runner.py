"""Runs every line of DESIGN §8 in one go, in an order where each writing step comes last."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TextIO

from desktop.bench.database import BENCH_USER, PASSWORD_FILE, Size, copy_installation, ensure_database
from desktop.bench.result import Line, line


def _pdf_lines(forms: int) -> list[Line]:
    from desktop.pdf.bench import run

    one, batch = run(forms)
    return [
        line(
            one["name"],
            one["value"],
            "ms",
            50,
            one["baseline"],
            note="baseline: bare ReportLab document, same text and font",
        ),
        line(
            batch["name"],
            batch["value"],
            "pages/s",
            50,
            batch["baseline"],
            direction="min",
            note="baseline: bare ReportLab document, same text and font",
        ),
    ]


def run_bench(size: Size, db_dir: Path, log: TextIO = sys.stderr) -> list[Line]:
    """Build or reuse the database in `db_dir`, then measure; progress goes to `log`."""
    from desktop.bench import gui, search, sync
    from desktop.db.open import open_database
    from desktop.services.auth import login
    from desktop.services.context import ServiceContext

    started = time.perf_counter()

    def step(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", file=log, flush=True)

    step(f"database ({size.name}: {size.clients} clients) in {db_dir}")
    paths = ensure_database(db_dir, size, log)
    password_file = db_dir / PASSWORD_FILE
    password = password_file.read_text(encoding="utf-8").splitlines()[0]
    work = db_dir.parent / f"{db_dir.name}-work"
    lines: list[Line] = []

    step("client search (service)")
    queries = search.typed_queries(paths.database, max(size.searches // 4, 4))
    db = open_database(paths)
    try:
        ctx = ServiceContext(db, paths)
        ctx = ctx.as_actor(login(ctx, BENCH_USER, password))
        texts = search.prefixes_of(queries)
        texts = (texts * (size.searches // max(len(texts), 1) + 1))[: size.searches]
        lines.append(search.search_line(ctx, paths.database, texts))
    finally:
        db.dispose()

    step("cold start (subprocesses)")
    lines.insert(0, gui.start_line(paths.data_dir, BENCH_USER, password_file, size.start_runs))

    step("lists, keystrokes and memory (Qt subprocesses)")
    work.mkdir(parents=True, exist_ok=True)
    keyed = search.typed_queries(paths.database, size.keystrokes // 3, seed=2)
    queries_file = work / "queries.json"
    queries_file.write_text(json.dumps({"keystrokes": keyed}, ensure_ascii=False), encoding="utf-8")
    ours, bare = gui.probe(paths.data_dir, BENCH_USER, password_file, queries_file)
    lines.append(search.keystroke_line(ours["keystrokes"], bare["keystrokes"], ours["debounce_ms"]))  # type: ignore[arg-type]
    lines.extend(gui.list_lines(ours, bare))
    lines.append(gui.memory_line(ours, bare))

    step(f"PDF: one visit form, {size.forms} forms")
    lines.extend(_pdf_lines(size.forms))

    step("export and district import (on a copy)")
    station = copy_installation(paths, work / "station")
    lines.extend(sync.sync_lines(station, work / "sync"))

    import shutil

    shutil.rmtree(work, ignore_errors=True)
    step("done")
    return lines
