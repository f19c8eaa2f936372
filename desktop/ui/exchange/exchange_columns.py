"""The columns of the 数据交换 page's four lists: trusted stations, bundles sent, imports, conflicts.

Their headers and values are translated in the page's context ("ExchangePage"), where the
catalogue has always held them: the page's own `self.tr` and `_t` here find the same entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.clock import to_station
from desktop.services.exchange import exporter as sync_export
from desktop.services.exchange import status as sync_status

from desktop.ui.tables.dto_table import Column


def _t(text: str) -> str:
    return QCoreApplication.translate("ExchangePage", text)


def _when(value: Any) -> str:
    return to_station(value).strftime("%Y-%m-%d %H:%M") if value else ""


def peer_columns() -> list[Column[sync_status.PeerStatus]]:
    return [
        Column(_t("站点"), lambda p: p.code),
        Column(_t("类型"), lambda p: _t("区级") if p.mode == "district" else _t("社工站")),
        Column(_t("最近收到"), lambda p: p.last_received_sequence or "", align_right=True),
        Column(_t("收到时间"), lambda p: _when(p.last_received_at)),
        Column(_t("缺少的序号"), lambda p: "、".join(map(str, p.missing_sequences))),
        Column(_t("最近发出"), lambda p: p.last_sent_sequence or "", align_right=True),
        Column(_t("对方已确认"), lambda p: p.last_confirmed_sequence or "", align_right=True),
        Column(_t("审计记录"), _audit_history),
        Column(_t("指纹"), lambda p: p.fingerprint),
    ]


def _audit_history(peer: sync_status.PeerStatus) -> str:
    """At the district: whether the station's audit log still continues what its earlier bundles showed."""
    if peer.audit_history == "broken":
        if peer.audit_broken_at:
            return _t("⚠ 已被改写（自第 {n} 条起）").format(n=peer.audit_broken_at)
        return _t("⚠ 已被改写")
    return {
        "continues": _t("连续"),
        "unchecked": _t("尚无法核对"),
        "unreported": _t("未报告"),
    }.get(peer.audit_history, "")


def sent_columns() -> list[Column[sync_export.SentInfo]]:
    return [
        Column(_t("对方"), lambda s: s.peer),
        Column(_t("序号"), lambda s: s.sequence, align_right=True),
        Column(_t("类型"), lambda s: _t("全量") if s.full else _t("增量")),
        Column(_t("记录数"), lambda s: s.records, align_right=True),
        Column(_t("时间"), lambda s: _when(s.created_at)),
        Column(_t("已确认"), lambda s: _when(s.confirmed_at)),
        Column(_t("文件"), lambda s: s.file_name),
    ]


def received_columns() -> list[Column[sync_status.ImportInfo]]:
    return [
        Column(_t("来自"), lambda r: r.sender),
        Column(_t("序号"), lambda r: r.sequence, align_right=True),
        Column(_t("时间"), lambda r: _when(r.at)),
        Column(_t("新增"), lambda r: r.created, align_right=True),
        Column(_t("更新"), lambda r: r.updated, align_right=True),
        Column(_t("未变"), lambda r: r.unchanged, align_right=True),
        Column(_t("冲突"), lambda r: r.conflicts, align_right=True),
        Column(_t("隔离"), lambda r: r.quarantined, align_right=True),
    ]


def conflict_columns() -> list[Column[sync_status.ConflictInfo]]:
    return [
        Column(_t("数据表"), lambda c: c.table),
        Column(_t("字段"), lambda c: c.field),
        Column(_t("现在的值"), lambda c: c.current_value),
        Column(_t("被覆盖的值"), lambda c: c.losing_value),
        Column(_t("被覆盖方"), lambda c: c.losing_origin),
        Column(_t("胜出方"), lambda c: c.winning_origin),
        Column(_t("时间"), lambda c: _when(c.at)),
    ]
