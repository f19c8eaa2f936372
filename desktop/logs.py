"""Log files in the data dir's `logs` folder, for the GUI and the CLI alike.

What goes into a log: codes, counts, ids, timings and tracebacks of bugs — never names, ID numbers,
phones or notes (docs/domain.md §5.2). SQL errors carry no parameters (the engine hides them), AppError
messages carry no values, and a test runs the app's scenarios and greps every log file for the
demo people's names, ID numbers and phones. `STATIONDESK_LOG_LEVEL` (e.g. DEBUG) raises detail.
"""

from __future__ import annotations

import logging
import logging.handlers
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
        handler: logging.Handler = _PrivateFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """Owner-only (0600) like every file of the data folder, also each file a rollover starts."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return stream


class _FallbackHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Standard error, for a data directory whose logs folder cannot be written."""


def close_logging(paths: AppPaths) -> None:
    """Detach and close this data dir's log handler (tests, and a data dir that goes away)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).parent == paths.logs:
            root.removeHandler(handler)
            handler.close()
