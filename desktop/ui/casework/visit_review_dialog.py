"""The one-screen check before a visit is finalised (docs/domain.md §1.1, §2.3).

It shows what finalising will store — the path, the class and next date, whether the record counts
as a follow-up, who had to be told — then every national-form item still missing, by name, and
every reason the record cannot be finalised yet. With nothing missing the caseworker confirms; with
problems the only way is back to the form, so an almost empty record can never be finalised by a
slip of the finger. Finalising runs the same checks in the service (`review_visit`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.codes import CLASSIFICATION, NOTIFIED_PARTY, label
from desktop.i18n import current_language, mark
from desktop.services.casework.visit_review import VisitReview

PATHS = {
    "visit": mark("VisitReviewDialog", "正常随访"),
    "lost": mark("VisitReviewDialog", "失访"),
    "death": mark("VisitReviewDialog", "死亡"),
}


class VisitReviewDialog(QDialog):
    def __init__(self, review: VisitReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.setWindowTitle(self.tr("定稿前核对"))
        self.summary = QLabel(self._summary_html())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # text to read: the focus stays on the buttons
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(self.tr("返回修改(&B)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button = self.buttons.addButton(self.tr("确认定稿(&F)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setVisible(review.ready)
        # Enter acts on the focused button: confirm when the record is complete, else back to the form.
        self._primary = self.confirm_button if review.ready else self.back_button
        self._primary.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._primary.setFocus()

    def _summary_html(self) -> str:
        review = self.review
        rows = [(self.tr("本次情况"), self.tr(PATHS[review.path]))]
        if review.path == "visit":
            rows += [
                (self.tr("随访分类"), self._class_text()),
                (self.tr("下次随访日期"), review.next_visit_date.isoformat() if review.next_visit_date else "—"),
            ]
        counts = self.tr("是：更新随访计划与重点关注") if review.counts_as_followup else self.tr("否：不改变随访计划")
        rows.append((self.tr("计为一次随访"), counts))
        if review.required_parties:
            rows.append((self.tr("须通知"), parties_text(review.required_parties)))
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        parts = [f"<table cellspacing='4'>{table}</table>"]
        if review.missing:
            items = "".join(f"<li>{escape(item.label)}</li>" for item in review.missing)
            parts.append(f"<p><b>{escape(self.tr('国家随访表尚缺以下项目：'))}</b></p><ul>{items}</ul>")
        other = [p for p in review.problems if p.code != "visit.incomplete"]
        if other:
            items = "".join(f"<li>{escape(p.error().user_message())}</li>" for p in other)
            parts.append(f"<p style='color:#b00020'><b>{escape(self.tr('不能定稿：'))}</b></p><ul>{items}</ul>")
        if review.ready:
            parts.append(f"<p>{escape(self.tr('定稿后记录只读，更正只能以补充说明添加。'))}</p>")
        return "".join(parts)

    def _class_text(self) -> str:
        language = current_language()
        chosen = self.review.classification
        suggested = self.review.classification_suggested
        text = label(CLASSIFICATION, chosen, language) if chosen is not None else "—"
        if suggested is not None and chosen != suggested:
            text += self.tr("（系统建议：{name}）").format(name=label(CLASSIFICATION, suggested, language))
        return text


def parties_text(parties: tuple[str, ...]) -> str:
    """The notified parties in the user's language, joined as that language lists things."""
    language = current_language()
    joiner = "、" if language.startswith("zh") else ", "
    return joiner.join(label(NOTIFIED_PARTY, party, language) for party in parties)
