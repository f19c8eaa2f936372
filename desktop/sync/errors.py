"""Errors of the sync file layer: keys, enrollment files, bundles and receipts.

Each failure a person can meet when exchanging files with the district office has its own class
and stable `code` (listed in `docs/bundle-format.md`), so the CLI can print `error_code` and the
UI can say exactly what went wrong. Messages name station codes, versions and counts only —
never a file's personal content, and never a path (a file name could be typed by a user).
Every class derives from `SyncError`, so callers can catch the whole family at once.
"""

from __future__ import annotations

from desktop.errors import AppError, StorageError


class SyncError(AppError):
    """Base of every error raised by `desktop.sync`."""

    default_code = "sync.error"
    default_message = "数据交换文件处理失败。"


# --- keys and enrollment -------------------------------------------------------------------


class KeystoreInvalid(SyncError):
    default_code = "keys.invalid_keystore"
    default_message = "本机密钥文件已损坏或格式不正确，无法读取。请从备份恢复密钥文件。"


class WrongPassphrase(SyncError):
    default_code = "keys.wrong_passphrase"
    default_message = "密钥口令不正确，请重新输入。"


class FingerprintMismatch(SyncError):
    default_code = "keys.fingerprint_mismatch"
    default_message = "指纹不一致：对方念出的指纹与文件中的密钥不符。请勿信任该文件，并通过电话与对方重新核对。"


class EnrollmentInvalid(SyncError):
    default_code = "enrollment.invalid"
    default_message = "登记文件已损坏或格式不正确（{detail}），无法读取。请让对方重新导出登记文件。"


class EnrollmentTooNew(SyncError):
    default_code = "enrollment.format_too_new"
    default_message = (
        "登记文件由更新版本的社工站工作台生成（格式版本 {found}，本程序只认识到 {known}），请先升级本程序。"
    )


# --- bundles -------------------------------------------------------------------------------


class BundleError(SyncError):
    """Base of the errors met while reading or writing a `*.sdbundle` file."""

    default_code = "bundle.error"
    default_message = "数据包处理失败。"


class BundleUnreadable(BundleError, StorageError):
    default_code = "bundle.unreadable"
    default_message = "无法读取数据包文件（{detail}）。请检查U盘或文件夹是否可用。"


class BundleWriteFailed(BundleError, StorageError):
    default_code = "bundle.write_failed"
    default_message = "数据包写入失败（{detail}），未留下不完整的文件。请检查磁盘空间或U盘后重试。"


class NotABundle(BundleError):
    default_code = "bundle.not_a_bundle"
    default_message = "该文件不是社工站工作台的数据包（.sdbundle）。"


class BundleTruncated(BundleError):
    default_code = "bundle.truncated"
    default_message = "数据包不完整（文件被截断），可能复制未完成。请重新复制或让对方重新导出。未导入任何数据。"


class BundleManifestCorrupt(BundleError):
    default_code = "bundle.corrupt_manifest"
    default_message = "数据包的清单部分已损坏，无法识别发送方。请让对方重新导出。未导入任何数据。"


class BundleFormatTooNew(BundleError):
    default_code = "bundle.format_too_new"
    default_message = (
        "数据包由更新版本的社工站工作台生成（格式版本 {found}，本程序只认识到 {known}）。"
        "请先升级本程序再导入。未导入任何数据。"
    )


class UnknownSender(BundleError):
    default_code = "bundle.unknown_sender"
    default_message = "数据包来自未登记的站点（{sender}）。请先交换登记文件并核对指纹。未导入任何数据。"


class BadSignature(BundleError):
    default_code = "bundle.bad_signature"
    default_message = (
        "数据包签名无效：它不是由站点 {sender} 的登记密钥签署的，或内容已被改动。请勿使用该文件。未导入任何数据。"
    )


class WrongRecipient(BundleError):
    default_code = "bundle.wrong_recipient"
    default_message = "该数据包是发给站点 {recipient} 的，不是发给本站（{me}）的。未导入任何数据。"


class BundleTampered(BundleError):
    default_code = "bundle.tampered"
    default_message = "数据包内容与签名清单不符，文件已被改动或损坏。请让对方重新导出。未导入任何数据。"


class WrongKey(BundleError):
    default_code = "bundle.wrong_key"
    default_message = (
        "无法用本站密钥解密该数据包：它是用本站的另一把（旧的或其他安装的）密钥加密的。"
        "请确认对方登记的是本站当前的密钥。未导入任何数据。"
    )


class CorruptPayload(BundleError):
    default_code = "bundle.corrupt_payload"
    default_message = "数据包内容无法解读（{detail}）。请让对方重新导出。未导入任何数据。"


class WrongKind(BundleError):
    default_code = "bundle.wrong_kind"
    default_message = "该文件是“{found}”类型的数据包，此处需要“{expected}”类型。"


class ReceiptInvalid(BundleError):
    default_code = "receipt.invalid"
    default_message = "回执内容不完整或格式不正确（{detail}），无法使用。"


# --- bounds on what a validly signed bundle may carry (docs/bundle-format.md §6a) -----------


class ClockAhead(BundleError):
    default_code = "bundle.clock_ahead"
    default_message = (
        "数据包中的版本时间比本机时钟超前一天以上，或超出了可表示的范围。"
        "请核对发送方和本机电脑的日期与时间后重新导出。未导入任何数据。"
    )


class BundleTooLarge(BundleError):
    default_code = "bundle.too_large"
    default_message = "数据包超出了允许的大小（{detail}）。请分批导出或联系区中心。未导入任何数据。"


class LineTooLong(BundleError):
    default_code = "bundle.line_too_long"
    default_message = "数据包中有一条记录超过了允许的长度（{detail}）。请让对方检查后重新导出。未导入任何数据。"


class CompressionBomb(BundleError):
    default_code = "bundle.compression_ratio"
    default_message = "数据包解压后的大小与压缩后的大小之比异常（{detail}），已拒绝。未导入任何数据。"


def payload_error(kind: str, detail: str) -> BundleError:
    """The error a reader raises for a payload refused while decoding (`payload.PayloadCorrupt.kind`)."""
    from desktop.sync.payload import MAX_LINE_BYTES, MAX_RATIO  # payload is the lower layer

    if kind == "line":
        return LineTooLong(detail=f"{MAX_LINE_BYTES} 字节")
    if kind == "ratio":
        return CompressionBomb(detail=f"超过 {MAX_RATIO} 倍")
    return CorruptPayload(detail=detail)
