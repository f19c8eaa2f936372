"""Non-blocking findings of the rules layer: warnings and alerts shown next to a form.

Validation failures raise `desktop.errors.ValidationError`; everything the user may accept and
save anyway (an abolished address code, an unusual mobile segment, a risk level that looks low for
the behaviour recorded) comes back as a `Notice`. Like error messages, notice texts never contain
the personal value they are about.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.i18n import tr


class Severity(StrEnum):
    """How loudly the UI should show a notice."""

    INFO = "info"  # for the record, e.g. "converted from a 15-digit number"
    WARNING = "warning"  # probably a typing or judgement error; saving is still allowed
    ALERT = "alert"  # a welfare concern someone must act on (e.g. 关锁)


@dataclass(frozen=True)
class Notice:
    """One finding: a stable dotted `code` for scripts and tests, a Chinese `message` for people."""

    code: str
    message: str
    severity: Severity = Severity.WARNING

    def user_message(self) -> str:
        """The message in the user's language (the Chinese text is the translation source)."""
        return tr("notices", self.message)


def codes_of(notices: tuple[Notice, ...]) -> tuple[str, ...]:
    """The codes of `notices`, in order (handy for tests and logs, which must not hold values)."""
    return tuple(notice.code for notice in notices)
