"""The applied records of an import wait for the receipt in a temporary file, not in memory."""

from __future__ import annotations

import pytest

from desktop.services.exchange.bounded.applied_log import AppliedLog


def test_records_come_back_in_the_order_they_were_applied() -> None:
    log = AppliedLog()
    log.add("clients", ["c-1", "c-2"], [5, 6])
    log.add("visits", [], [])  # an empty batch adds nothing
    log.add("visits", iter(["v-1"]), iter([7]))
    assert list(log.freeze()) == [("clients", "c-1", 5), ("clients", "c-2", 6), ("visits", "v-1", 7)]


def test_a_million_records_leave_the_process_small() -> None:
    log = AppliedLog()
    ids = [f"{n:08x}-0000-4000-8000-000000000000" for n in range(1000)]
    for _ in range(1000):
        log.add("visits", ids, range(1000))
    # What stays in memory is what waits for the next write (at most about a megabyte).
    assert log._pending_bytes < 2 * 1024 * 1024
    assert log._file is not None and log._file.tell() > 40 * 1_000_000
    records = log.freeze()
    assert sum(1 for _ in records) == 1_000_000


def test_frozen_means_no_more_records_and_the_reader_closes_the_file() -> None:
    log = AppliedLog()
    log.add("clients", ["c-1"] * 200_000, [1] * 200_000)  # past the write threshold: a real file
    file = log._file
    records = log.freeze()
    with pytest.raises(RuntimeError):
        log.add("clients", ["c-2"], [2])
    log.close()  # the importer's close leaves a frozen log to its reader
    assert file is not None and not file.closed
    assert next(records) == ("clients", "c-1", 1)
    records.close()  # a receipt that failed midway abandons its reader
    assert file.closed


def test_a_dry_run_closes_what_it_never_froze() -> None:
    log = AppliedLog()
    log.add("clients", ["c-1"] * 200_000, [1] * 200_000)
    file = log._file
    log.close()
    assert file is not None and file.closed
