"""Runs every line of docs/architecture.md §8 in one go, in an order where each writing step comes last.

The database lines (search, lists, keystrokes, memory, export, import) are measured a second time
on an unencrypted twin of the bench database in the same run; each prints its ratio to that.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from desktop.bench.database import BENCH_USER, PASSWORD_FILE, Size, copy_installation, ensure_database
from desktop.bench.plain import plain_installation
from desktop.bench.result import Line, line, with_plain
from desktop.paths import AppPaths


def _pdf_lines(forms: int) -> list[Line]:
    from desktop.bench.pdf_workload import run

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
    """Build or reuse the database in `db_dir`, then measure; progress goes to `log`.

    A step that breaks is reported as a failed line (and its traceback goes to `log`): the other
    steps still run, so one broken page does not hide every other figure.
    """
    from desktop.bench import gui, sync

    started = time.perf_counter()

    def step(text: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {text}", file=log, flush=True)

    step(f"database ({size.name}: {size.clients} clients) in {db_dir}")
    paths = ensure_database(db_dir, size, log)
    password_file = db_dir / PASSWORD_FILE
    work = db_dir / "bench-work"  # inside the marked folder: nothing outside it is written or removed
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    lines: list[Line] = []

    def measure(title: str, action: Callable[[], list[Line]]) -> None:
        step(title)
        try:
            lines.extend(action())
        except Exception as error:  # a harness must report a broken step, not stop at it
            traceback.print_exc(file=log)
            lines.append(Line(f"{title}: FAILED ({type(error).__name__})", 0, "", 0, 0, 0, False))

    measure("cold start", lambda: gui.start_lines(paths.data_dir, BENCH_USER, password_file, size.start_runs))
    # The database lines again on an unencrypted twin: each prints its ratio to that (desktop/bench/plain.py).
    step("unencrypted twin of the database")
    plain = plain_installation(paths, work / "plain")
    measure("client search (service)", lambda: [_search_line(size, paths, password_file, plain)])
    measure("lists, keystrokes and memory", lambda: _gui_lines(size, paths, password_file, work, plain))
    measure(f"PDF: one visit form, {size.forms} forms", lambda: _pdf_lines(size.forms))
    measure(
        "export and district import (on a copy; then on the unencrypted twin)",
        lambda: sync.sync_lines(
            copy_installation(paths, work / "station"), work / "sync", plain, largest=size.name == "full"
        ),
    )
    shutil.rmtree(work, ignore_errors=True)
    step("done")
    return lines


def _search_line(size: Size, paths: AppPaths, password_file: Path, plain: AppPaths) -> Line:
    from desktop.bench import search
    from desktop.bench.session import logged_in

    queries = search.typed_queries(paths.database, max(size.searches // 4, 4))
    texts = search.prefixes_of(queries)
    texts = (texts * (size.searches // max(len(texts), 1) + 1))[: size.searches]
    measured = []
    for installation in (paths, plain):
        ctx = logged_in(installation.data_dir, BENCH_USER, password_file)
        try:
            measured.append(search.search_line(ctx, installation.database, texts))
        finally:
            ctx.db.dispose()
    return with_plain(*measured)


def _gui_lines(size: Size, paths: AppPaths, password_file: Path, work: Path, plain: AppPaths) -> list[Line]:
    from desktop.bench import gui, search

    keyed = search.typed_queries(paths.database, max(size.keystrokes // 3, 2), seed=2)
    queries_file = work / "queries.json"
    queries_file.write_text(json.dumps({"keystrokes": keyed}, ensure_ascii=False), encoding="utf-8")
    ours, bare = gui.probe(paths.data_dir, BENCH_USER, password_file, queries_file)
    twin = gui.probe_ours(plain.data_dir, BENCH_USER, password_file, queries_file)

    def lines(probed: dict[str, object]) -> list[Line]:
        return [
            search.keystroke_line(probed["keystrokes"], bare["keystrokes"], probed["debounce_ms"]),  # type: ignore[arg-type]
            *gui.list_lines(probed, bare),
            gui.memory_line(probed, bare),
        ]

    return [with_plain(encrypted, unencrypted) for encrypted, unencrypted in zip(lines(ours), lines(twin), strict=True)]
