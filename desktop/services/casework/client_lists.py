"""The register as sorted pages (keyset paging in SQL) and search as you type (docs/architecture.md §8)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, union

from desktop.errors import ValidationError
from desktop.models import Client, ClientSearchKey
from desktop.services.casework.client_rows import SORT_COLUMNS, ClientSummary, _active_rows, _summary
from desktop.services.casework.search_keys import prefix_upper_bound, query_prefixes
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.scope import client_filter

PAGE_SIZE = 200
# Search as you type shows the best matches; more letters narrow it down (docs/architecture.md §8 budget).
SEARCH_LIMIT = 50

_SORT_COLUMN = {
    "name": Client.name_pinyin,
    "birth_date": Client.birth_date,
    "village": Client.village_code,
    "status": Client.management_status,
    "caseworker": Client.caseworker_name,
}


def _ordered(query: Select[Any], sort: str, descending: bool) -> Select[Any]:
    column = _SORT_COLUMN[sort]
    if descending:
        return query.order_by(column.desc(), Client.id.desc())
    return query.order_by(column, Client.id)


def _after(query: Select[Any], sort: str, descending: bool, after: ClientSummary) -> Select[Any]:
    """Rows strictly after `after` in the (column, id) order; SQLite sorts NULL first ascending."""
    column = _SORT_COLUMN[sort]
    value = after.sort_values[SORT_COLUMNS.index(sort)] if after.sort_values else after.sort_key
    typed: object = date.fromisoformat(value) if sort == "birth_date" and value is not None else value
    if not descending:
        if typed is None:
            return query.where(or_(column.is_not(None), and_(column.is_(None), Client.id > after.id)))
        return query.where(or_(column > typed, and_(column == typed, Client.id > after.id)))
    if typed is None:
        return query.where(column.is_(None), Client.id < after.id)
    return query.where(or_(column < typed, column.is_(None), and_(column == typed, Client.id < after.id)))


@entry("clients.read")
def list_clients(
    ctx: ServiceContext,
    after: ClientSummary | tuple[str, str] | None = None,
    limit: int = PAGE_SIZE,
    *,
    sort: str = "name",
    descending: bool = False,
) -> list[ClientSummary]:
    """One page of the register sorted by `sort` (one of SORT_COLUMNS); pass the last row for the next."""
    if sort not in SORT_COLUMNS:
        raise ValidationError("client.sort_invalid", "无法按该列排序。", field="sort")
    with ctx.db.read() as session:
        scope = client_filter(ctx, session, sorted_by=sort)
    query = _ordered(_active_rows().where(scope), sort, descending).limit(limit)
    if isinstance(after, tuple):  # (pinyin, id) of the last row, name order
        key, last_id = after
        query = query.where(or_(Client.name_pinyin > key, and_(Client.name_pinyin == key, Client.id > last_id)))
    elif after is not None:
        query = _after(query, sort, descending, after)
    with ctx.db.read() as session:
        return [_summary(row) for row in session.execute(query)]


@entry("clients.read")
def search_clients(
    ctx: ServiceContext, text: str, limit: int = SEARCH_LIMIT, *, sort: str = "name", descending: bool = False
) -> list[ClientSummary]:
    """Clients whose name, pinyin, initials, ID tail, phone tail or committee starts with `text`."""
    if sort not in SORT_COLUMNS:
        raise ValidationError("client.sort_invalid", "无法按该列排序。", field="sort")
    prefixes = query_prefixes(text)
    if not prefixes:
        return list_clients(ctx, limit=limit, sort=sort, descending=descending)
    # Each prefix is a range scan of the key index; SQLite wants each limited part in a subquery.
    # DISTINCT: a client has several keys (zhangsanfeng, zsf, zhangsf…); counting keys instead of
    # clients returned ~35 of a search's first 50 matches, and the page could not tell there were more.
    parts = [
        select(ClientSearchKey.client_id)
        .distinct()
        .where(ClientSearchKey.key >= prefix, ClientSearchKey.key < prefix_upper_bound(prefix))
        .limit(limit * 2)
        .subquery()
        for prefix in prefixes
    ]
    selects = [select(part.c.client_id) for part in parts]
    matched = union(*selects).subquery() if len(selects) > 1 else parts[0]
    with ctx.db.read() as session:
        scope = client_filter(ctx, session, by_ids=True)
    # A plain Core connection: the ORM session costs more than the indexed queries themselves.
    with ctx.db.engine.connect() as connection:
        # Two steps, so SQLite looks the few matched ids up by key instead of walking the sort index.
        ids = list(connection.scalars(select(matched.c.client_id)))
        if not ids:
            return []
        query = _ordered(_active_rows().where(Client.id.in_(ids), scope), sort, descending).limit(limit)
        return [_summary(row) for row in connection.execute(query)]


@entry("clients.read")
def count_clients(ctx: ServiceContext) -> int:

    with ctx.db.read() as session:
        query = select(func.count(Client.id)).where(Client.deleted.is_(False), client_filter(ctx, session))
        return int(session.scalar(query) or 0)
