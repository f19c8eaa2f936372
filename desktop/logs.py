"""Log files in the data dir's `logs` folder, for the GUI and the CLI alike.

What goes into a log: codes, counts, ids, timings and tracebacks of bugs — never names, ID numbers,
phones or notes (docs/domain.md §5.2). SQL errors carry no parameters (the engine hides them), AppError
messages carry no values, and a test runs the app's scenarios and greps every log file for the
demo people's names, ID numbers and phones. `STATIONDESK_LOG_LEVEL` (e.g. DEBUG) raises detail.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop.paths import AppPaths

LOG_FILE = "stationdesk.log"


def setup_logging(paths: AppPaths, level: str | int | None = None) -> Path | None:
    """Send the root logger to a rotating UTF-8 file in the data dir; idempotent per file.

    When the logs folder cannot be written (a read-only, full or missing data directory), warnings
    and errors go to standard error instead and None is returned: the command then reports the
    real problem with its own coded message rather than dying here with a traceback.
    """
    root = logging.getLogger()
    chosen = level or os.environ.get("STATIONDESK_LOG_LEVEL", "INFO")
    root.setLevel(chosen if isinstance(chosen, int) else chosen.upper())
    target = paths.logs / LOG_FILE
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == target:
            return target
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _PrivateFileHandler(target, max_bytes=1_000_000, backups=3)
    except OSError:
        if not any(isinstance(h, _FallbackHandler) for h in root.handlers):
            fallback = _FallbackHandler()
            fallback.setLevel(logging.WARNING)
            fallback.setFormatter(logging.Formatter("stationdesk: %(levelname)s %(name)s: %(message)s"))
            root.addHandler(fallback)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    logging.captureWarnings(True)
    return target


class _PrivateFileHandler(logging.FileHandler):
    """Owner-only (0600) like every file of the data folder, rolled over like the standard library's
    RotatingFileHandler: past `max_bytes` the file becomes `.1`, `.1` becomes `.2`…, `backups` kept.

    Not RotatingFileHandler itself: importing logging.handlers (socket, pickle, queue) costs the GUI's
    cold start ~15 ms, and the log is set up before the window shows so that a failed start is logged.
    """

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.max_bytes, self.backups = max_bytes, backups
        super().__init__(path, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for number in range(self.backups - 1, 0, -1):
            older = Path(f"{self.baseFilename}.{number}")
            if older.exists():
                older.replace(f"{self.baseFilename}.{number + 1}")
        Path(self.baseFilename).replace(f"{self.baseFilename}.1")
        self.stream = self._open()


class _FallbackHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Standard error, for a data directory whose logs folder cannot be written."""


def close_logging(paths: AppPaths) -> None:
    """Detach and close this data dir's log handler (tests, and a data dir that goes away)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).parent == paths.logs:
            root.removeHandler(handler)
            handler.close()
