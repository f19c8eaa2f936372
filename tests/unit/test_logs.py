"""The log file rolls over like the standard library's RotatingFileHandler, owner-only throughout."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.logs import LOG_FILE, _PrivateFileHandler, close_logging, setup_logging
from desktop.paths import AppPaths


@pytest.fixture
def log(tmp_path: Path) -> Iterator[logging.Logger]:
    handler = _PrivateFileHandler(tmp_path / LOG_FILE, max_bytes=1000, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("tests.logs.rotation")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield logger
    logger.removeHandler(handler)
    handler.close()


def test_a_full_log_rolls_over_keeping_the_newest_lines_and_three_older_files(
    log: logging.Logger, tmp_path: Path
) -> None:
    for number in range(200):
        log.info("line %03d %s", number, "x" * 20)
    files = {path.name: path for path in tmp_path.iterdir()}
    assert sorted(files) == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2", f"{LOG_FILE}.3"]
    assert all(path.stat().st_size < 1000 for path in files.values())
    kept = [
        line
        for name in (f"{LOG_FILE}.3", f"{LOG_FILE}.2", f"{LOG_FILE}.1", LOG_FILE)
        for line in files[name].read_text(encoding="utf-8").splitlines()
    ]
    # Oldest first across the files, nothing lost or repeated within them, the last line last.
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == list(range(numbers[0], 200))
    if os.name == "posix":
        assert {oct(path.stat().st_mode & 0o777) for path in files.values()} == {"0o600"}


def test_a_log_under_the_limit_is_not_rolled_over(log: logging.Logger, tmp_path: Path) -> None:
    for number in range(10):
        log.info("line %03d", number)
    assert [path.name for path in tmp_path.iterdir()] == [LOG_FILE]


def test_setup_logging_writes_the_data_folders_log(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    target = setup_logging(paths)
    try:
        logging.getLogger("tests.logs").warning("a start-up failure")
        assert target == paths.logs / LOG_FILE
        assert "a start-up failure" in target.read_text(encoding="utf-8")
    finally:
        close_logging(paths)
