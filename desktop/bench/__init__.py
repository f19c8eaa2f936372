"""`stationdesk bench`: every performance budget of docs/architecture.md §8 measured in one run, each with a baseline.

Qt-free: the GUI figures come from subprocesses (`desktop.ui.bench.probe`, and a bare PySide6
window run by file path), so the CLI process itself never loads Qt (docs/architecture.md §3).
"""
