"""Test-wide settings: headless Qt, hermetic data dirs, reproducible PDFs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RL_invariant", "1")
os.environ["STATIONDESK_LANG"] = "zh_CN"
