"""Edits made the way services make them (ORM through the unit of work), for sync tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from desktop.models import Client, Visit
from tests.unit.exchange.conftest import Node


def add_client(node: Node, name: str, **values: Any) -> str:
    with node.ctx.db.write() as session:
        client = Client(station_code=values.pop("station_code", node.code), name=name, **values)
        session.add(client)
        session.flush()
        return client.id


def add_visit(node: Node, client_id: str, **values: Any) -> str:
    with node.ctx.db.write() as session:
        visit = Visit(
            client_id=client_id,
            station_code=node.code,
            visit_date=values.pop("visit_date", date(2026, 11, 2)),
            **values,
        )
        session.add(visit)
        session.flush()
        return visit.id


def edit(node: Node, model: type[Any], row_id: str, **changes: Any) -> None:
    with node.ctx.db.write() as session:
        row = session.get(model, row_id)
        for key, value in changes.items():
            setattr(row, key, value)


def get(node: Node, model: type[Any], row_id: str) -> Any:
    """A detached snapshot of one row (attribute access like the ORM object)."""
    with node.ctx.db.read() as session:
        row = session.get(model, row_id)
        if row is None:
            return None
        return SimpleNamespace(**{c.key: getattr(row, c.key) for c in model.__mapper__.column_attrs})  # type: ignore[attr-defined]


def rows(node: Node, model: type[Any]) -> dict[str, dict[str, Any]]:
    """Every row of a synced table as {id: {column: value}}, sync columns included."""
    with node.ctx.db.read() as session:
        out = {}
        for row in session.query(model).all():
            out[row.id] = {c.key: getattr(row, c.key) for c in model.__mapper__.column_attrs}  # type: ignore[attr-defined]
        return out
