"""Who may edit a client's records: the station that owns the case (docs/architecture.md §1, issue 6).

After the district transfers a client to another station, the old station keeps the rows as
read-only history; the district itself may edit any station's records (it resolves conflicts).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import AppError
from desktop.services.context import ServiceContext
from desktop.services.settings import get_setting


class NotOwned(AppError):
    default_code = "sync.not_owned"
    default_message = "该服务对象已移交给站点 {owner}，本站只保留只读的历史记录，不能修改。"


def check_owned(session: Session, ctx: ServiceContext, row: Any) -> None:
    """Refuse an edit of a row whose `station_code` is another station's (unless we are the district)."""
    owner = getattr(row, "station_code", None)
    if owner and owner != ctx.station_code and get_setting(session, "mode", "station") != "district":
        raise NotOwned(owner=owner)
