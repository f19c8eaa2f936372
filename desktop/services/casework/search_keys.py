"""Search keys of a client: what a caseworker types to find someone (docs/architecture.md §8, docs/domain.md §6).

Kinds of key, all matched by prefix through one index:
  the name itself (张三丰), pinyin forms (zhangsanfeng, zsf, zhangsf), `i:` + the ID number's digits
  reversed (so an ID tail is a prefix), `p:` + the phone's digits reversed, and `v:` + the committee.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from desktop.models import ClientSearchKey

MAX_KEY = 64


def reversed_digits(text: str) -> str:
    return "".join(ch for ch in reversed(text) if ch.isdigit() or ch == "X")


def keys_for(name: str, id_number: str, phone: str, village_name: str) -> set[str]:
    from desktop.domain.pinyin import search_keys

    keys = {name.strip()}
    keys.update(search_keys(name))
    if id_number:
        keys.add("i:" + reversed_digits(id_number))
    if phone:
        keys.add("p:" + reversed_digits(phone))
    if village_name:
        keys.add("v:" + village_name)
    return {key[:MAX_KEY] for key in keys if key and key not in ("i:", "p:", "v:")}


def replace_keys(session: Session, client_id: str, keys: Iterable[str]) -> None:
    session.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == client_id))
    rows = [{"client_id": client_id, "key": key} for key in sorted(keys)]
    if rows:
        session.execute(insert(ClientSearchKey), rows)


def query_prefixes(text: str) -> list[str]:
    """The key prefixes a typed query should match."""
    query = text.strip()
    if not query:
        return []
    compact = query.replace(" ", "").replace("-", "")
    if compact.isdigit() or (compact[:-1].isdigit() and compact[-1:] in "xX" and len(compact) > 1):
        tail = reversed_digits(compact.upper())
        return ["i:" + tail, "p:" + tail]
    if compact.isascii():
        return [compact.lower()]
    return [query, "v:" + query]


def prefix_upper_bound(prefix: str) -> str:
    return prefix + "\U0010ffff"
