"""Baselines for `stationdesk bench`: bare PySide6 + raw sqlite3, no StationDesk code at all.

Run by file path (`python desktop/ui/bench/bare.py window|gui DB QUERIES`), so not even the
`desktop` package is imported. `window`: a bare QMainWindow that prints "ready" when the event
loop is idle after show() and quits. `gui`: first rows painted of plain tables filled by raw
SELECTs, keystroke → painted for a plain search box, and peak RSS; prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

LISTS = {
    "clients": "SELECT name, sex, birth_date, village_code, management_status, caseworker_name FROM clients"
    " WHERE deleted = 0 ORDER BY name_pinyin, id LIMIT 200",
    "visits": "SELECT visit_date, client_id, mode, risk_level FROM visits WHERE deleted = 0"
    " ORDER BY visit_date DESC, id DESC LIMIT 200",
    "volunteers": "SELECT name, phone FROM volunteers WHERE deleted = 0 ORDER BY name, id LIMIT 200",
}
SEARCH = (
    "SELECT name, sex, birth_date, village_code, management_status, caseworker_name FROM clients WHERE id IN"
    " (SELECT client_id FROM client_search_keys WHERE key >= ? AND key < ? LIMIT 100) ORDER BY name_pinyin LIMIT 50"
)


def _fill(model: QStandardItemModel, rows: list[tuple[object, ...]]) -> None:
    model.clear()
    for row in rows:
        model.appendRow([QStandardItem("" if value is None else str(value)) for value in row])


def window() -> None:
    app = QApplication(sys.argv[:1])
    main = QMainWindow()
    main.resize(1280, 800)
    main.show()
    QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    app.exec()


def _prefixes(text: str) -> list[str]:
    digits = text.isdigit()
    tail = text[::-1]
    if digits:
        return ["i:" + tail, "p:" + tail]
    return [text.lower()] if text.isascii() else [text, "v:" + text]


def gui(database: str, queries_file: str) -> None:
    app = QApplication(sys.argv[:1])
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    lists: dict[str, float] = {}
    for name, sql in LISTS.items():
        start = time.perf_counter()
        view, model = QTableView(), QStandardItemModel()
        view.setModel(model)
        view.resize(1000, 700)
        view.show()
        _fill(model, connection.execute(sql).fetchall())
        view.viewport().repaint()
        lists[name] = (time.perf_counter() - start) * 1000
        view.close()
    page = QWidget()
    box, view, model = QLineEdit(), QTableView(), QStandardItemModel()
    view.setModel(model)
    layout = QVBoxLayout(page)
    layout.addWidget(box)
    layout.addWidget(view)
    page.resize(1000, 700)
    page.show()

    def search(text: str) -> None:
        rows: list[tuple[object, ...]] = []
        for prefix in _prefixes(text.strip()):
            rows += connection.execute(SEARCH, (prefix, prefix + "\U0010ffff")).fetchall()
        _fill(model, rows[:50])
        view.viewport().repaint()

    box.textChanged.connect(search)
    keystrokes: list[float] = []
    with open(queries_file, encoding="utf-8") as handle:
        queries = json.load(handle)["keystrokes"]
    for query in queries:
        box.clear()
        for ch in query:
            start = time.perf_counter()
            if ch.isascii():
                QTest.keyClick(box, ch)
            else:
                box.insert(ch)
            keystrokes.append((time.perf_counter() - start) * 1000)
    app.processEvents()
    print(json.dumps({"lists": lists, "keystrokes": keystrokes, "peak_rss_mb": _peak_rss_mb()}), flush=True)
    os._exit(0)  # skip interpreter teardown: PySide6 may crash there, after the figures are out


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for text in status:
            if text.startswith("VmHWM:"):
                return int(text.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    if sys.argv[1] == "window":
        window()
    else:
        gui(sys.argv[2], sys.argv[3])
