"""The front-desk check-in kiosk: a full-screen window with one input and large, plain feedback.

It runs with the kiosk actor (services.kiosk.KIOSK_ACTOR), which may only identify volunteers and
check them in or out: there is no menu, no navigation and no way into case data. A volunteer types
the last four digits of their phone and presses Enter, or scans their QR card (the USB scanner types
the card text and Enter into the same field). When several volunteers share a phone tail, their
masked names are shown as large buttons to choose from. Leaving the kiosk (Ctrl+Shift+Q) needs the
password of a coordinator or station lead. Forgotten check-outs are closed every ten minutes.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.clock import station_now
from desktop.errors import AppError
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.volunteers import kiosk as kiosk_service
from desktop.services.volunteers.kiosk import KioskMatch, KioskResult

from desktop.ui.shell.durations import duration_text
from desktop.ui.shell.errors import show_error
from desktop.ui.shell.tasks import TaskRunner

RESET_MS = 6000
SWEEP_MS = 10 * 60 * 1000
EXIT_ROLES = frozenset({"coordinator", "lead", "admin"})
_CARD_PREFIX = "SDVOL"


def looks_like_card(text: str) -> bool:
    return unicodedata.normalize("NFKC", text).strip().upper().startswith(_CARD_PREFIX)


class KioskWindow(QWidget):
    """See module docstring. `ctx` must act as the kiosk actor."""

    closed = Signal()

    def __init__(self, ctx: ServiceContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._may_close = False
        self._build_style()
        self._build_widgets()
        self._build_layout()
        self._build_timers()
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.request_exit)
        self._tick()
        self.reset()
        self.sweep()

    def _build_style(self) -> None:
        self.setWindowTitle(self.tr("志愿者签到"))
        self.setObjectName("kiosk")
        self.setStyleSheet(
            "#kiosk { background: #f4f7f6; }"
            "QLabel#kioskTitle { font-size: 40px; font-weight: 600; color: #1d4d4f; }"
            "QLabel#kioskClock { font-size: 22px; color: #555; }"
            "QLabel#kioskPrompt { font-size: 24px; color: #333; }"
            "QLineEdit#kioskInput { font-size: 40px; padding: 12px; border: 2px solid #1d4d4f; border-radius: 8px;"
            " background: white; }"
            "QLabel#kioskResult { font-size: 34px; font-weight: 600; padding: 24px; border-radius: 12px; }"
            "QLabel#kioskDetail { font-size: 24px; color: #333; }"
        )

    def _build_widgets(self) -> None:
        self.title = QLabel(self.tr("志愿者签到 / 签退"))
        self.title.setObjectName("kioskTitle")
        self.title.setWordWrap(True)
        self.clock = QLabel("")
        self.clock.setObjectName("kioskClock")
        self.prompt = QLabel(self.tr("请输入手机号码后四位并按回车，或将志愿者卡对准扫码器"))
        self.prompt.setObjectName("kioskPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)  # the English prompt is wider than a small screen
        self.input = QLineEdit()
        self.input.setObjectName("kioskInput")
        self.input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input.setMaxLength(128)
        self.input.setMaximumWidth(760)
        self.input.setPlaceholderText(self.tr("手机尾号 4 位"))
        self.input.returnPressed.connect(self.submit)
        self.result = QLabel("")
        self.result.setObjectName("kioskResult")
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setWordWrap(True)
        self.result.setMinimumHeight(120)
        self.detail = QLabel("")
        self.detail.setObjectName("kioskDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.choices = QHBoxLayout()
        self.choices.setSpacing(24)
        self.choice_buttons: list[QPushButton] = []
        self._pending = ""  # the volunteer whose check-in or check-out is on its way

    def _build_layout(self) -> None:
        footer = QLabel(self.tr("如遇问题请联系前台协调员。本终端仅用于志愿者签到。"))
        footer.setStyleSheet("color: #777; font-size: 16px;")
        footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        footer.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.input, 4)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.addLayout(header)
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addSpacing(16)
        layout.addLayout(centre)
        layout.addSpacing(24)
        layout.addWidget(self.result)
        layout.addWidget(self.detail)
        layout.addLayout(self.choices)
        layout.addStretch(2)
        layout.addWidget(footer)

    def _build_timers(self) -> None:
        """The result clears itself, the clock ticks, and forgotten check-outs are closed."""
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.timeout.connect(self.reset)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self._sweep_timer = QTimer(self)
        self._sweep_timer.timeout.connect(self.sweep)
        self._sweep_timer.start(SWEEP_MS)

    # --- flow ------------------------------------------------------------------------------------

    def _tick(self) -> None:
        # Station time, the same clock the check-ins are recorded in.
        self.clock.setText(f"{station_now():%Y-%m-%d  %H:%M}")

    def reset(self) -> None:
        self._clear_choices()
        self._show("", "neutral")
        self.result.setStyleSheet("")
        self.input.clear()
        self.input.setEnabled(True)
        self.input.setFocus()

    def sweep(self) -> None:
        ctx = self._ctx
        self._runner.run(lambda: kiosk_service.close_forgotten_checkouts(ctx), None, lambda _error: None)

    def submit(self) -> None:
        text = self.input.text()
        self.input.clear()
        if not text.strip():
            return
        self._clear_choices()
        ctx = self._ctx
        if looks_like_card(text):
            self._runner.run(lambda: kiosk_service.identify_by_card(ctx, text), self._identified_card, self._failed)
        else:
            self._runner.run(lambda: kiosk_service.identify_by_phone_tail(ctx, text), self._identified, self._failed)

    def _identified_card(self, match: KioskMatch) -> None:
        self.toggle(match.volunteer_id)

    def _identified(self, matches: tuple[KioskMatch, ...]) -> None:
        if not matches:
            self._show(self.tr("没有找到这个手机尾号的志愿者，请核对后重试，或联系协调员。"), "error")
            return
        if len(matches) == 1:
            self.toggle(matches[0].volunteer_id)
            return
        self._show(self.tr("有几位志愿者的手机尾号相同，请选择您自己："), "neutral", reset=False)
        for number, match in enumerate(matches, start=1):
            action = self.tr("签退") if match.checked_in else self.tr("签到")
            text = f"&{number}  {match.masked_name}"
            if match.shift_label:
                text += f"\n{match.shift_label}"
            button = QPushButton(self.tr("{text}\n（{action}）").format(text=text, action=action))
            button.setStyleSheet("font-size: 26px; padding: 16px 28px; min-width: 240px;")
            button.clicked.connect(lambda _checked=False, vid=match.volunteer_id: self.toggle(vid))
            self.choices.addWidget(button)
            self.choice_buttons.append(button)
        self.choice_buttons[0].setFocus()
        self._reset_timer.start(RESET_MS * 2)

    def toggle(self, volunteer_id: str, *, short_ok: bool = False) -> None:
        self._clear_choices()
        ctx = self._ctx
        self._pending = volunteer_id
        self._runner.run(
            lambda: kiosk_service.check_in_or_out(ctx, volunteer_id, short_ok=short_ok), self._done, self._failed
        )

    def _done(self, result: KioskResult) -> None:
        time = f"{result.at:%H:%M}"
        if result.action == "repeat":
            self._repeated(result, time)
        elif result.action == "confirm":
            self._ask_short(result, time)
        elif result.action == "in":
            headline = self.tr("{name}，签到成功　{time}").format(name=result.masked_name, time=time)
            self._show(headline, "ok", detail=result.shift_label or self.tr("今天没有您的排班，已按临时服务签到"))
        else:
            headline = self.tr("{name}，签退成功　{time}").format(name=result.masked_name, time=time)
            detail = self.tr("本次服务 {time}，谢谢您！").format(time=duration_text(result.minutes or 0))
            self._show(headline, "ok", detail=detail)

    def _repeated(self, result: KioskResult, time: str) -> None:
        if result.repeated == "in":
            headline = self.tr("{name}，您已在 {time} 签到，无需重复扫描").format(name=result.masked_name, time=time)
            detail = self.tr("服务结束离开时再扫描一次即可签退。")
        else:
            headline = self.tr("{name}，您已在 {time} 签退，无需重复扫描").format(name=result.masked_name, time=time)
            detail = self.tr("本次签退已经记录，谢谢您！")
        self._show(headline, "ok", detail=detail)

    def _ask_short(self, result: KioskResult, time: str) -> None:
        """A check-out soon after the check-in: made only when the volunteer confirms it."""
        volunteer_id = self._pending
        self._show(
            self.tr("{name}，您 {time} 签到，到现在服务了 {served}。确定现在签退吗？").format(
                name=result.masked_name, time=time, served=duration_text(result.minutes or 0)
            ),
            "neutral",
            reset=False,
        )
        for caption, slot in (
            (self.tr("确定签退(&Y)"), lambda: self.toggle(volunteer_id, short_ok=True)),
            (self.tr("不签退(&N)"), self._keep_checked_in),
        ):
            button = QPushButton(caption)
            button.setStyleSheet("font-size: 26px; padding: 16px 28px; min-width: 240px;")
            button.clicked.connect(slot)
            self.choices.addWidget(button)
            self.choice_buttons.append(button)
        self.choice_buttons[1].setFocus()  # Enter from a scanner must not check out by itself
        self._reset_timer.start(RESET_MS * 2)

    def _keep_checked_in(self) -> None:
        self._clear_choices()
        self._show(self.tr("没有签退，您仍在签到中。"), "ok")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AppError):
            self._show(error.user_message(), "error")
        else:
            show_error(self, error)
            self.reset()

    def _show(self, text: str, tone: str, *, reset: bool = True, detail: str = "") -> None:
        colours = {"ok": ("#e3f4ea", "#17613a"), "error": ("#fdecea", "#a3211b"), "neutral": ("transparent", "#333")}
        background, colour = colours[tone]
        self.result.setStyleSheet(f"background: {background}; color: {colour};")
        self.result.setText(text)
        self.detail.setText(detail)
        self.input.setFocus()
        if text and reset:
            self._reset_timer.start(RESET_MS)

    def _clear_choices(self) -> None:
        for button in self.choice_buttons:
            self.choices.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []

    # --- leaving ---------------------------------------------------------------------------------

    def request_exit(self) -> None:
        """Leave the kiosk after a coordinator or lead has entered their password."""
        from desktop.ui.shell.login_dialog import LoginDialog

        anonymous = ServiceContext(self._ctx.db, self._ctx.paths, ANONYMOUS)
        dialog = LoginDialog(anonymous, self._runner, self.tr("退出签到终端：请协调员或站长登录"), parent=self)
        if dialog.exec() and dialog.actor is not None:
            if dialog.actor.role in EXIT_ROLES:
                self.allow_close()
                self.close()
            else:
                self._show(self.tr("只有志愿者协调员或站长可以退出签到终端。"), "error")

    def allow_close(self) -> None:
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()  # a volunteer cannot close the kiosk (Alt+F4 included)
            return
        self._clock_timer.stop()
        self._sweep_timer.stop()
        self._reset_timer.stop()
        self.closed.emit()
        super().closeEvent(event)
