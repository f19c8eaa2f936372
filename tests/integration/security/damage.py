"""Damaging index pages the way a failing disk might: key bytes inside index cells changed.

On an encrypted station a changed ciphertext byte fails the page's HMAC, which any read of the
page reports. The hard case — an index page that reads but no longer matches its table — is made
by decrypting the page, changing its cells and encrypting it again with a valid HMAC (SQLCipher 4
defaults: AES-256-CBC, a 16-byte IV and a 64-byte HMAC-SHA512 reserved at the end of each page).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from pathlib import Path

from desktop.db import cipher
from desktop.db.open import open_database
from desktop.paths import AppPaths
from desktop.services.admin.backups import create_backup
from desktop.services.auth import login
from desktop.services.context import ANONYMOUS, ServiceContext
from desktop.services.demo.generate import generate_demo
from tests import keyed
from tests.conftest import STAFF_PASSWORD

_RESERVE, _IV = 80, 16
_SALT = 16


def _varint(data: bytes | bytearray, at: int) -> tuple[int, int]:
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, n + 1
    raise AssertionError("unreachable")


def _flip_cells(page: bytearray) -> int:
    """Flip the last key byte of every cell of an index leaf page (its plain bytes); returns cells hit."""
    hit = 0
    cells = int.from_bytes(page[3:5], "big")
    for n in range(cells):
        cell = int.from_bytes(page[8 + 2 * n : 10 + 2 * n], "big")
        size, width = _varint(page, cell)
        if size < 1000:  # the whole key is on this page
            page[cell + width + size - 1] ^= 0x01
            hit += 1
    return hit


class _Pages:
    """Plain bytes of pages > 1 of an SQLCipher 4 file under a raw key, and back."""

    def __init__(self, key: bytes, salt: bytes) -> None:
        self.key = key
        mask = bytes(b ^ 0x3A for b in salt)
        self.mac_key = hashlib.pbkdf2_hmac("sha512", key, mask, 2, 32)

    def decrypt(self, page: bytes) -> bytearray:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        body, iv = page[:-_RESERVE], page[-_RESERVE : -_RESERVE + _IV]
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        return bytearray(decryptor.update(body) + decryptor.finalize())

    def encrypt(self, plain: bytes, old: bytes, pageno: int) -> bytes:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        iv = old[-_RESERVE : -_RESERVE + _IV]
        encryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()
        body = encryptor.update(bytes(plain)) + encryptor.finalize()
        mac = hmac.new(self.mac_key, body + iv + pageno.to_bytes(4, "little"), hashlib.sha512).digest()
        return body + iv + mac


def _leaves(read: Callable[[int], bytes | bytearray], root: int) -> list[int]:
    """The leaf pages of the index b-tree rooted at `root` (page type 0x02 interior, 0x0a leaf)."""
    page = read(root)
    if page[0] == 0x0A:
        return [root]
    assert page[0] == 0x02, f"page {root} is not an index page"
    cells = int.from_bytes(page[3:5], "big")
    children = [int.from_bytes(page[8:12], "big")]
    for n in range(cells):
        cell = int.from_bytes(page[12 + 2 * n : 14 + 2 * n], "big")
        children.append(int.from_bytes(page[cell : cell + 4], "big"))
    return [leaf for child in children for leaf in _leaves(read, child)]


def damage_index_pages(database: Path, table: str = "clients", pages: int = 3) -> int:
    """Flip the last key byte of every cell on a few leaf pages of `table`'s indexes; returns cells hit."""
    connection = keyed.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        roots = [row[0] for row in connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND rootpage > 1", (table,)
        )]  # fmt: skip
    finally:
        connection.close()
    data = bytearray(database.read_bytes())
    key = None if cipher.is_plain(database) else cipher.key_for(database)
    codec = _Pages(key, bytes(data[:_SALT])) if key is not None else None

    def raw(pageno: int) -> bytes:
        return bytes(data[(pageno - 1) * page_size : pageno * page_size])

    def read(pageno: int) -> bytes | bytearray:
        return raw(pageno) if codec is None else codec.decrypt(raw(pageno))

    leaves = sorted({leaf for root in roots for leaf in _leaves(read, root)})[:pages]
    assert leaves, "no index leaf pages found"
    hit = 0
    for pageno in leaves:
        base, old = (pageno - 1) * page_size, raw(pageno)
        page = bytearray(read(pageno))
        hit += _flip_cells(page)
        data[base : base + page_size] = page if codec is None else codec.encrypt(page, old, pageno)
    database.write_bytes(bytes(data))
    return hit


def demo_with_a_good_backup(installation: AppPaths) -> Path:
    """A demo station of 150 clients with one backup that passed its full check (returned)."""
    db = open_database(installation)
    try:
        anonymous = ServiceContext(db, installation, ANONYMOUS)
        lead = anonymous.as_actor(login(anonymous, "lead", STAFF_PASSWORD))
        generate_demo(lead, clients=150, visits_per_client=2, volunteers=0, seed=5)
        good = create_backup(lead)
    finally:
        db.dispose()
    return good
