"""社区轮值: the residential committees (居委会) that take turns supplying the day's volunteers.

The setting is the committees' order and the anchor date the cycle counts from; the rota
(services.roster) asks desktop.domain.volunteering.rota.rotate_committees which committee is on
duty each working day and stamps it on the generated shifts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain import address
from desktop.domain.volunteering import rota
from desktop.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting, put_setting
from desktop.services.volunteers.settings import supplement_of


@dataclass(frozen=True)
class CommitteeRotationSetting:
    codes: tuple[str, ...]
    anchor: dt.date | None


@entry("volunteers.read")
def committee_rotation(ctx: ServiceContext) -> CommitteeRotationSetting:
    with ctx.db.read() as session:
        return rotation_setting(session)


def rotation_setting(session: Session) -> CommitteeRotationSetting:
    stored = get_setting(session, "committee_rotation", {}) or {}
    anchor = stored.get("anchor")
    return CommitteeRotationSetting(tuple(stored.get("codes", ())), dt.date.fromisoformat(anchor) if anchor else None)


@entry("volunteers.write", audit=("settings_update", "committee_rotation"))
def set_committee_rotation(ctx: ServiceContext, committee_codes: Iterable[str], anchor: dt.date) -> None:
    """Rotate the days among these 居委会 (in this order) from `anchor`; empty codes switch it off."""
    codes_ = tuple(committee_codes)
    if codes_:
        rota.rotate_committees(codes_, anchor, anchor)  # validates: non-empty, no duplicates
        for code in codes_:
            unit = address.get(code)
            if unit is None or unit.level != "village":
                raise ValidationError("rota.committee_code", "居委会代码不在区划表中。", field="committees")
    with ctx.db.write() as session:
        put_setting(
            session, "committee_rotation", {"codes": list(codes_), "anchor": anchor.isoformat()} if codes_ else {}
        )


def rotation_between(session: Session, start: dt.date, end: dt.date) -> rota.CommitteeRotation | None:
    setting = rotation_setting(session)
    if not setting.codes or setting.anchor is None:
        return None
    anchor = min(setting.anchor, start)
    return rota.rotate_committees(setting.codes, start, end, anchor=anchor, supplement=supplement_of(session))


def committee_name(code: str) -> str:
    unit = address.get(code) if code else None
    return unit.name if unit is not None else code
