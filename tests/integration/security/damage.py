"""Damaging index pages the way a failing disk might: key bytes inside index cells changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, n + 1
    raise AssertionError("unreachable")


def damage_index_pages(database: Path, table: str = "clients", pages: int = 3) -> int:
    """Flip the last key byte of every cell on a few leaf pages of `table`'s indexes; returns cells hit."""
    connection = sqlite3.connect(database)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        leaves = connection.execute(
            "SELECT d.pageno FROM dbstat d JOIN sqlite_master m ON m.name = d.name "
            "WHERE m.type = 'index' AND m.tbl_name = ? AND d.pagetype = 'leaf' ORDER BY d.pageno LIMIT ?",
            (table, pages),
        ).fetchall()
    finally:
        connection.close()
    assert leaves, "no index leaf pages found"
    data = bytearray(database.read_bytes())
    hit = 0
    for (pageno,) in leaves:
        base = (pageno - 1) * page_size
        cells = int.from_bytes(data[base + 3 : base + 5], "big")
        for n in range(cells):
            cell = base + int.from_bytes(data[base + 8 + 2 * n : base + 10 + 2 * n], "big")
            size, width = _varint(data, cell)
            if size < 1000:  # the whole key is on this page
                data[cell + width + size - 1] ^= 0x01
                hit += 1
    database.write_bytes(bytes(data))
    return hit
