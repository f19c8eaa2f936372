"""This installation's keys and its trusted peers: create, show, export, trust, change passphrase.

Decision (issue 6): the keystore is protected by a *station key passphrase* that defaults to the
first administrator's password at `init` (the demo installation uses the demo password) and can
be changed (`stationdesk keys passphrase`). The blob lives in the data folder's `keys/` folder,
owner-only; trusted peers (district office or stations) are rows of `sync_peers`, recorded only
after the fingerprint a person read out over the phone matched the enrollment file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import AppError, NotFound
from desktop.models import SyncPeer
from desktop.models.types import utcnow
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from desktop.services.permissions import entry
from desktop.services.settings import get_setting
from desktop.sync import (
    KeyPair,
    PublicIdentity,
    create_keystore,
    fingerprint,
    keystore_identity,
    open_keystore,
    read_enrollment,
    rewrap_keystore,
    verify_fingerprint,
    write_enrollment,
    write_file_atomic,
)
from desktop.sync.encoding import b64decode, b64encode
from desktop.sync.errors import BundleUnreadable
from desktop.sync.keys import KdfParams

KEYSTORE_NAME = "station.keystore"


class KeysMissing(AppError):
    default_code = "keys.missing"
    default_message = "本机尚未生成数据交换密钥。请由管理员运行“stationdesk keys create”或在数据交换页面生成密钥。"


class KeysExist(AppError):
    default_code = "keys.exists"
    default_message = "本机已有数据交换密钥，不会覆盖。"


class PeerIsSelf(AppError):
    default_code = "keys.peer_is_self"
    default_message = "该登记文件是本机自己的，不能把自己登记为对方站点。"


class PeerKeyChanged(AppError):
    default_code = "keys.peer_changed"
    default_message = "站点 {peer} 已用另一组密钥登记过。若对方确实更换了密钥，请先核对指纹后使用“替换”选项。"


@dataclass(frozen=True)
class KeysInfo:
    station_code: str
    mode: str
    fingerprint: str
    signing_key: str
    encryption_key: str
    keystore: str


@dataclass(frozen=True)
class PeerInfo:
    code: str
    mode: str
    fingerprint: str
    trusted_at: datetime | None
    trusted_by: str


def keystore_path(paths: AppPaths) -> Path:
    return paths.keys / KEYSTORE_NAME


def create_installation_keys(
    paths: AppPaths, *, station_code: str, mode: str, passphrase: str, kdf: KdfParams | None = None
) -> PublicIdentity:
    """Generate and store the keystore of a new installation (called by `initialise`)."""
    target = keystore_path(paths)
    if target.exists():
        raise KeysExist()
    target.parent.mkdir(parents=True, exist_ok=True)
    blob, identity = (
        create_keystore(passphrase, station_code=station_code, mode=mode)
        if kdf is None
        else create_keystore(passphrase, station_code=station_code, mode=mode, kdf=kdf)
    )
    write_file_atomic(target, blob, private=True)
    return identity


def _blob(paths: AppPaths) -> bytes:
    try:
        return keystore_path(paths).read_bytes()
    except FileNotFoundError:
        raise KeysMissing() from None
    except OSError as exc:
        raise BundleUnreadable(detail=exc.strerror or type(exc).__name__) from exc


def own_identity(paths: AppPaths) -> PublicIdentity:
    return keystore_identity(_blob(paths))


def has_keys(paths: AppPaths) -> bool:
    return keystore_path(paths).exists()


@entry("sync.exchange")
def unlock_keys(ctx: ServiceContext, passphrase: str) -> KeyPair:
    """The private keys, for one export/import (`keys.wrong_passphrase` if it does not open)."""
    return open_keystore(_blob(ctx.paths), passphrase)


@entry("sync.keys", audit=("key_change", "keystore"))
def create_keys(ctx: ServiceContext, passphrase: str) -> KeysInfo:
    """Generate keys for an installation set up before keys existed (e.g. an older data folder)."""
    with ctx.db.read() as session:
        mode = str(get_setting(session, "mode", "station"))
    create_installation_keys(ctx.paths, station_code=ctx.station_code, mode=mode, passphrase=passphrase)
    return keys_info(ctx)


@entry("sync.read")
def keys_info(ctx: ServiceContext) -> KeysInfo:
    identity = own_identity(ctx.paths)
    return KeysInfo(
        station_code=identity.station_code,
        mode=identity.mode,
        fingerprint=fingerprint(identity),
        signing_key=b64encode(identity.signing_key),
        encryption_key=b64encode(identity.encryption_key),
        keystore=str(keystore_path(ctx.paths)),
    )


@entry("sync.keys", audit=("key_change", "keystore"))
def change_passphrase(ctx: ServiceContext, old: str, new: str) -> None:
    """Re-encrypt the keystore under a new passphrase; the keys and fingerprint stay the same."""
    if len(new) < 8:
        from desktop.errors import ValidationError

        raise ValidationError("keys.passphrase_short", "新的密钥口令至少需要 8 个字符。", field="new")
    write_file_atomic(keystore_path(ctx.paths), rewrap_keystore(_blob(ctx.paths), old, new), private=True)


@entry("sync.read")
def export_enrollment(ctx: ServiceContext, out: str | Path) -> KeysInfo:
    """Write this installation's enrollment file (public keys only) for the peer."""
    write_file_atomic(Path(out), write_enrollment(own_identity(ctx.paths)))
    return keys_info(ctx)


@dataclass(frozen=True)
class EnrollmentPreview:
    code: str
    mode: str
    fingerprint: str


def preview_enrollment(path: str | Path) -> EnrollmentPreview:
    """What an enrollment file claims (code, mode, fingerprint), before anyone trusts it."""
    identity = _read_enrollment_file(path)
    return EnrollmentPreview(identity.station_code, identity.mode, fingerprint(identity))


def _read_enrollment_file(path: str | Path) -> PublicIdentity:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BundleUnreadable(detail=exc.strerror or type(exc).__name__) from exc
    return read_enrollment(data)


@entry("sync.keys", audit=("key_change", "peer"))
def trust_peer(ctx: ServiceContext, path: str | Path, spoken_fingerprint: str, *, replace: bool = False) -> PeerInfo:
    """Record a peer from its enrollment file once the fingerprint read aloud matches."""
    identity = _read_enrollment_file(path)
    verify_fingerprint(identity, spoken_fingerprint)
    if identity.station_code == ctx.station_code:
        raise PeerIsSelf()
    with ctx.db.write() as session:
        peer = session.get(SyncPeer, identity.station_code)
        keys = (b64encode(identity.signing_key), b64encode(identity.encryption_key))
        if peer is not None and (peer.signing_key, peer.encryption_key) != keys and not replace:
            raise PeerKeyChanged(peer=identity.station_code)
        if peer is None:
            peer = SyncPeer(code=identity.station_code)
            session.add(peer)
        peer.mode = identity.mode
        peer.signing_key, peer.encryption_key = keys
        peer.fingerprint = fingerprint(identity)
        peer.trusted_at = utcnow()
        peer.trusted_by = ctx.actor.username
        session.flush()
        return _peer_info(peer)


def _peer_info(peer: SyncPeer) -> PeerInfo:
    return PeerInfo(peer.code, peer.mode, peer.fingerprint, peer.trusted_at, peer.trusted_by)


@entry("sync.read")
def list_peers(ctx: ServiceContext) -> list[PeerInfo]:
    with ctx.db.read() as session:
        return [_peer_info(p) for p in session.scalars(select(SyncPeer).order_by(SyncPeer.code))]


def peer_identity(peer: SyncPeer) -> PublicIdentity:
    return PublicIdentity(
        station_code=peer.code,
        mode=peer.mode,
        signing_key=b64decode(peer.signing_key, length=32),
        encryption_key=b64decode(peer.encryption_key, length=32),
    )


def trusted_identities(session: Session) -> dict[str, PublicIdentity]:
    return {peer.code: peer_identity(peer) for peer in session.scalars(select(SyncPeer))}


def get_peer(session: Session, code: str) -> SyncPeer:
    peer = session.get(SyncPeer, code)
    if peer is None:
        raise NotFound("sync.unknown_peer", "站点 {peer} 尚未登记。请先交换登记文件并核对指纹。", peer=code)
    return peer
