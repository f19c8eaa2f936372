"""数据交换: keys and fingerprints, trusted peers, export to a USB stick, import, history, conflicts.

Every service call runs on the worker (`TaskRunner`); export and import report progress through a
queued signal. The fingerprint is shown in groups of four digits to be read aloud over the phone.
The passphrase prompt and the file pickers are methods so tests can replace them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import ServiceContext
from desktop.services.exchange import exporter as sync_export
from desktop.services.exchange import importer as sync_import
from desktop.services.exchange import keys as key_service
from desktop.services.exchange import status as sync_status
from desktop.services.permissions import allowed

from desktop.ui.exchange.exchange_columns import conflict_columns, peer_columns, received_columns, sent_columns
from desktop.ui.shell import dialogs
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.widgets import FlowLayout, sized_by_current
from desktop.ui.tables.dto_table import DtoTableModel
from desktop.ui.tables.view import enable_with_selection, table_view

HISTORY_ROWS = 200  # sent_history's and import_history's default


class ExchangePage(QWidget):
    progress = Signal(int, int)

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self._build_key_widgets()
        self._build_exchange_widgets()
        self._build_conflict_widgets()
        self._build_tabs()
        self._connect()
        self.progress.connect(self._on_progress)

    def _build_key_widgets(self) -> None:
        self.fingerprint = QLabel("")
        font = QFont(self.fingerprint.font())
        font.setPointSize(font.pointSize() + 6)
        font.setFamily("monospace")
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity = QLabel("")
        self.create_keys_button = QPushButton(self.tr("生成密钥(&G)…"))
        self.export_enrollment_button = QPushButton(self.tr("导出本站登记文件(&E)…"))
        self.trust_button = QPushButton(self.tr("信任对方登记文件(&T)…"))
        self.passphrase_button = QPushButton(self.tr("修改密钥口令(&P)…"))
        self.peers = DtoTableModel[sync_status.PeerStatus](peer_columns())

    def _build_exchange_widgets(self) -> None:
        self.peer_combo = QComboBox()
        self.no_peer_hint = QLabel(self.tr("尚未信任任何站点：请在“密钥与站点”页点“信任对方登记文件…”。"))
        self.no_peer_hint.setStyleSheet("color: #8a5a00;")
        self.no_peer_hint.setWordWrap(True)
        self.full_check = QCheckBox(self.tr("全量导出(&F)"))
        self.export_button = QPushButton(self.tr("导出到文件夹(&X)…"))
        self.import_button = QPushButton(self.tr("导入数据包或回执(&I)…"))
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.status = QLabel("")
        self.sent = DtoTableModel[sync_export.SentInfo](sent_columns())
        self.received = DtoTableModel[sync_status.ImportInfo](received_columns())

    def _build_conflict_widgets(self) -> None:
        self.conflicts = DtoTableModel[sync_status.ConflictInfo](conflict_columns())
        self.conflict_view = table_view(self.conflicts)
        self.restore_button = QPushButton(self.tr("恢复被覆盖的值(&R)"))
        self.keep_button = QPushButton(self.tr("保留现在的值(&K)"))
        enable_with_selection(self.conflict_view, self.restore_button, self.keep_button)

    def _build_tabs(self) -> None:
        keys_tab = self._build_keys_tab()
        exchange_tab = self._build_exchange_tab()
        conflict_tab = self._build_conflict_tab()
        self.tabs = QTabWidget()
        self.tabs.addTab(exchange_tab, self.tr("导出 / 导入"))
        self.tabs.addTab(keys_tab, self.tr("密钥与站点"))
        self.tabs.addTab(conflict_tab, self.tr("冲突"))
        sized_by_current(self.tabs)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

    def _build_keys_tab(self) -> QWidget:
        keys_box = QGroupBox(self.tr("本站密钥"))
        form = QFormLayout(keys_box)
        # Long English captions: the caption wraps, the fingerprint goes under it when the row is
        # narrow, and the buttons wrap (at 150 % the keys tab scrolled sideways, issue 19).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("站点："), self.identity)
        caption = QLabel(self.tr("指纹（电话中逐组念给对方核对）："))
        caption.setWordWrap(True)
        self.fingerprint.setWordWrap(True)  # the groups of four digits wrap between groups
        form.addRow(caption, self.fingerprint)
        buttons = FlowLayout(right=False)
        for button in (
            self.create_keys_button,
            self.export_enrollment_button,
            self.trust_button,
            self.passphrase_button,
        ):
            buttons.addWidget(button)
        form.addRow(buttons)
        keys_tab = QWidget()
        keys_layout = QVBoxLayout(keys_tab)
        keys_layout.addWidget(keys_box)
        peers_caption = QLabel(self.tr("已信任的站点（区级概览：各站最近的数据包和缺少的序号）"))
        peers_caption.setWordWrap(True)
        keys_layout.addWidget(peers_caption)
        keys_layout.addWidget(table_view(self.peers), 1)
        return keys_tab

    def _build_exchange_tab(self) -> QWidget:
        exchange_tab = QWidget()
        layout = QVBoxLayout(exchange_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("发给(&O)：")))
        row.itemAt(0).widget().setBuddy(self.peer_combo)  # type: ignore[union-attr]
        row.addWidget(self.peer_combo)
        row.addWidget(self.full_check)
        row.addWidget(self.export_button)
        row.addSpacing(24)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.no_peer_hint)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self.sent_title, self.received_title = QLabel(self.tr("发出的数据包")), QLabel(self.tr("导入记录"))
        layout.addWidget(self.sent_title)
        layout.addWidget(table_view(self.sent), 1)
        layout.addWidget(self.received_title)
        layout.addWidget(table_view(self.received), 1)
        return exchange_tab

    def _build_conflict_tab(self) -> QWidget:
        conflict_tab = QWidget()
        conflict_layout = QVBoxLayout(conflict_tab)
        explained = QLabel(
            self.tr("合并时被对方同时修改覆盖的值。恢复＝把被覆盖的值作为一次新的修改写回，并同步给各方。")
        )
        explained.setWordWrap(True)
        conflict_layout.addWidget(explained)
        conflict_layout.addWidget(self.conflict_view, 1)
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.restore_button)
        conflict_buttons.addWidget(self.keep_button)
        conflict_buttons.addStretch(1)
        conflict_layout.addLayout(conflict_buttons)
        return conflict_tab

    def _connect(self) -> None:
        self.create_keys_button.clicked.connect(self.create_keys)
        self.export_enrollment_button.clicked.connect(self.export_enrollment)
        self.trust_button.clicked.connect(self.trust)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)
        self.restore_button.clicked.connect(lambda: self.resolve(restore=True))
        self.keep_button.clicked.connect(lambda: self.resolve(restore=False))

    # --- prompts (replaced in tests) -------------------------------------------------------------

    def ask_passphrase(self, prompt: str) -> str | None:
        return dialogs.ask_text(self, self.tr("本站数据交换密钥的口令"), prompt, password=True) or None

    def _key_passphrase(self, purpose: str) -> str:
        """Whose password the prompt wants: the exchange key's, which the first set-up protects
        with the first administrator's password (desktop.services.admin.setup.initialise)."""
        return self.tr(
            "请输入本站数据交换密钥的口令，{purpose}。\n"
            "初始设置时，它就是当时设置的系统管理员登录密码；"
            "如果后来在“密钥与站点”页点“修改密钥口令…”改过，则是改后的口令。"
        ).format(purpose=purpose)

    def ask_text(self, title: str, prompt: str) -> str | None:
        text = dialogs.ask_text(self, title, prompt)
        return text if text and text.strip() else None

    def ask_folder(self) -> str | None:
        return dialogs.choose_folder(self, self.tr("选择保存数据包的文件夹（如U盘）"))

    def ask_open_file(self, title: str, pattern: str) -> str | None:
        return dialogs.choose_open_path(self, title, "", pattern)

    def ask_save_file(self, title: str, name: str) -> str | None:
        return dialogs.choose_save_path(self, title, name, "")

    # --- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx

        def load() -> tuple[Any, ...]:
            info = key_service.keys_info(ctx) if key_service.has_keys(ctx.paths) else None
            return (
                info,
                sync_status.exchange_overview(ctx),
                sync_export.sent_history(ctx),
                sync_status.import_history(ctx),
                sync_status.list_conflicts(ctx, limit=None) if allowed(ctx.actor.role, "sync.conflicts") else [],
            )

        self.runner.run(load, self._show)

    def _show(self, loaded: tuple[Any, ...]) -> None:
        info, overview, sent, received, conflicts = loaded
        has_keys = info is not None
        self.create_keys_button.setVisible(not has_keys)
        for button in (self.export_enrollment_button, self.passphrase_button, self.export_button, self.import_button):
            button.setEnabled(has_keys)
        if info is not None:
            mode = self.tr("区级") if info.mode == "district" else self.tr("社工站")
            self.identity.setText(self.tr("{code}（{mode}）").format(code=info.station_code, mode=mode))
            self.fingerprint.setText(info.fingerprint)
        else:
            self.identity.setText(self.tr("尚未生成密钥"))
            self.fingerprint.setText("")
        self.peers.set_rows(overview.peers)
        current = self.peer_combo.currentText()
        self.peer_combo.clear()
        self.peer_combo.addItems([p.code for p in overview.peers])
        if current:
            self.peer_combo.setCurrentText(current)
        self.no_peer_hint.setVisible(not overview.peers)
        self.sent.set_rows(sent)
        self.received.set_rows(received)
        # The histories are read newest first, HISTORY_ROWS at most: say so when that many came.
        full = self.tr("（最近 {n} 个）").format(n=HISTORY_ROWS)
        self.sent_title.setText(self.tr("发出的数据包") + (full if len(sent) >= HISTORY_ROWS else ""))
        self.received_title.setText(self.tr("导入记录") + (full if len(received) >= HISTORY_ROWS else ""))
        self.conflicts.set_rows(conflicts)
        self.tabs.setTabText(2, self.tr("冲突（{n}）").format(n=len(conflicts)) if conflicts else self.tr("冲突"))

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setVisible(True)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _finished(self, text: str) -> None:
        self.bar.setVisible(False)
        self.status.setText(text)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        from desktop.ui.shell.errors import show_error

        self.bar.setVisible(False)
        show_error(self, error)
        self.refresh()

    # --- actions ---------------------------------------------------------------------------------

    def create_keys(self) -> None:
        passphrase = self.ask_passphrase(
            self.tr(
                "为本站数据交换密钥设置口令（至少 8 个字符）。\n"
                "以后每次导出、导入数据包都要输入它；它不是登录密码，请交站长妥善保管。"
            )
        )
        if passphrase:
            ctx = self.ctx
            self.runner.run(lambda: key_service.create_keys(ctx, passphrase), lambda _: self.refresh(), self._failed)

    def export_enrollment(self) -> None:
        target = self.ask_save_file(self.tr("保存本站登记文件"), f"{self.ctx.station_code}.sdenroll")
        if target:
            ctx = self.ctx
            self.runner.run(
                lambda: key_service.export_enrollment(ctx, target),
                lambda info: dialogs.inform(
                    self,
                    self.tr("登记文件已保存"),
                    self.tr("请把登记文件交给对方，并在电话中把指纹逐组念给对方核对：\n{fp}").format(
                        fp=info.fingerprint
                    ),
                ),
                self._failed,
            )

    def trust(self) -> None:
        path = self.ask_open_file(self.tr("选择对方的登记文件"), self.tr("登记文件 (*.sdenroll *.json);;所有文件 (*)"))
        if not path:
            return
        try:
            preview = key_service.preview_enrollment(path)
        except Exception as error:
            self._failed(error)
            return
        spoken = self.ask_text(
            self.tr("核对指纹"),
            self.tr("登记文件来自站点 {code}。\n请对方在电话中念出其指纹（24 位数字），在此输入：").format(
                code=preview.code
            ),
        )
        if spoken:
            ctx = self.ctx
            self.runner.run(
                lambda: key_service.trust_peer(ctx, path, spoken),
                lambda peer: self._finished(self.tr("已信任站点 {code}。").format(code=peer.code)),
                self._failed,
            )

    def change_passphrase(self) -> None:
        old = self.ask_passphrase(self._key_passphrase(self.tr("即当前的口令")))
        new = old and self.ask_passphrase(self.tr("新的密钥口令（至少 8 个字符）："))
        if old and new:
            ctx = self.ctx
            self.runner.run(
                lambda: key_service.change_passphrase(ctx, old, new),
                lambda _: self._finished(self.tr("密钥口令已修改，指纹不变。")),
                self._failed,
            )

    def export(self) -> None:
        peer = self.peer_combo.currentText()
        if not peer:
            dialogs.warn(
                self,
                self.tr("无法导出"),
                self.tr(
                    "还没有可以发送的站点。请先在“密钥与站点”页点“信任对方登记文件…”，"
                    "选择对方交来的登记文件，并在电话中核对指纹。"
                ),
            )
            self.tabs.setCurrentIndex(1)  # the 密钥与站点 tab, where the trust button is
            self.trust_button.setFocus()
            return
        folder = self.ask_folder()
        passphrase = folder and self.ask_passphrase(self._key_passphrase(self.tr("用于签署数据包")))
        if not folder or not passphrase:
            return
        ctx, full, emit = self.ctx, self.full_check.isChecked(), self.progress.emit

        def work() -> sync_export.ExportResult:
            keys = key_service.unlock_keys(ctx, passphrase)
            return sync_export.export_bundle(ctx, peer, Path(folder), keys=keys, full=full, progress=emit)

        def done(result: sync_export.ExportResult) -> None:
            self._finished(
                self.tr("已导出第 {seq} 号数据包（{n} 条记录）：{name}").format(
                    seq=result.sequence, n=result.records, name=Path(result.path).name
                )
            )

        self.runner.run(work, done, self._failed)

    def import_file(self) -> None:
        path = self.ask_open_file(self.tr("选择数据包或回执"), self.tr("数据包 (*.sdbundle);;所有文件 (*)"))
        passphrase = path and self.ask_passphrase(self._key_passphrase(self.tr("用于解密数据包")))
        if not path or not passphrase:
            return
        ctx, emit = self.ctx, self.progress.emit

        def work() -> sync_import.ImportResult:
            keys = key_service.unlock_keys(ctx, passphrase)
            return sync_import.import_bundle(ctx, path, keys=keys, progress=emit)

        self.runner.run(work, self._imported, self._failed)

    def _imported(self, result: sync_import.ImportResult) -> None:
        if result.kind == "receipt":
            text = self.tr("已导入站点 {s} 的回执：{n} 条记录确认送达。").format(s=result.sender, n=result.confirmed)
        elif result.duplicate:
            text = self.tr("该数据包以前已导入过，未作任何改动。")
        else:
            text = self.tr("来自 {s} 的第 {q} 号数据包：新增 {c}，更新 {u}，未变 {k}，冲突 {x}，隔离 {i}。").format(
                s=result.sender,
                q=result.sequence,
                c=result.created,
                u=result.updated,
                k=result.unchanged,
                x=result.conflicts,
                i=result.quarantined,
            )
            if result.missing_sequences:
                text += self.tr("\n尚缺该站点的数据包序号：{m}").format(m="、".join(map(str, result.missing_sequences)))
            if result.receipt:
                text += self.tr("\n回执已写入：{f}（请交回对方）").format(f=Path(result.receipt).name)
        self._finished(text)
        dialogs.inform(self, self.tr("导入完成"), text)

    def resolve(self, *, restore: bool) -> None:
        index = self.conflict_view.currentIndex()
        conflict = self.conflicts.row_at(index.row()) if index.isValid() else None
        if conflict is None:
            return
        ctx = self.ctx
        self.runner.run(
            lambda: sync_status.resolve_conflict(ctx, conflict.id, restore=restore),
            lambda _: self._finished(self.tr("已恢复被覆盖的值。") if restore else self.tr("已保留现在的值。")),
            self._failed,
        )
