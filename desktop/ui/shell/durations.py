"""Service time as people say it: "16 小时 25 分钟" (English "16 h 25 min"), never "985 分钟";
under an hour "45 分钟". The ledger keeps minutes; only the text shown is in hours (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("durations", text)


def duration_text(minutes: int) -> str:
    hours, rest = divmod(max(int(minutes), 0), 60)
    if not hours:
        return _t("{m} 分钟").format(m=rest)
    if not rest:
        return _t("{h} 小时").format(h=hours)
    return _t("{h} 小时 {m} 分钟").format(h=hours, m=rest)
