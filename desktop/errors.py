"""The AppError hierarchy: expected failures with stable codes and a message for the user.

Every expected failure (bad input, missing record, refused permission, a database newer than
the code, a bad bundle…) is an `AppError` with a stable dotted `code` that scripts and tests can
rely on, and a Chinese message template (translated through `desktop.i18n`). Messages never
contain personal data: parameters are field names, counts and codes, never values.
Anything that is not an AppError is a bug and reaches the crash handler.
"""

from __future__ import annotations

from typing import ClassVar

from desktop.i18n import mark, tr


class AppError(Exception):
    """An expected failure that the user can understand and act on."""

    default_code: ClassVar[str] = "app.error"
    default_message: ClassVar[str] = "操作未能完成。"
    exit_code: ClassVar[int] = 1

    def __init__(self, code: str | None = None, message: str | None = None, **params: object) -> None:
        self.code = code or self.default_code
        self.template = message or self.default_message
        self.params = params
        super().__init__(self.code)

    def user_message(self) -> str:
        """The message in the user's language, parameters filled in."""
        try:
            return tr("errors", self.template, **self.params)
        except (KeyError, IndexError):
            return tr("errors", self.template)

    def __str__(self) -> str:
        return f"{self.code}: {self.user_message()}"


class ValidationError(AppError):
    """Input that cannot be accepted; `field` names the offending field (never its value)."""

    default_code = "validation"
    default_message = "输入有误，请检查。"

    def __init__(
        self, code: str | None = None, message: str | None = None, *, field: str | None = None, **params: object
    ) -> None:
        super().__init__(code, message, field=field or "", **params)
        self.field = field


class NotFound(AppError):
    default_code = "not_found"
    default_message = "找不到该记录，可能已被删除。"


class PermissionDenied(AppError):
    default_code = "permission.denied"
    default_message = "您的角色无权进行此操作。"


class OutOfScope(PermissionDenied):
    """The record exists but lies outside the actor's record scope (not their or their team's case)."""

    default_code = "scope.denied"
    default_message = "该记录不在您的负责范围内。"


class AuthenticationError(AppError):
    default_code = "auth.failed"
    default_message = "用户名或密码不正确。"


class ConflictError(AppError):
    """The action clashes with the record's state (e.g. editing a finalised visit)."""

    default_code = "conflict"
    default_message = "该记录当前状态不允许此操作。"


class SetupError(AppError):
    default_code = "setup"
    default_message = "本机尚未完成初始设置，请先运行初始化。"


class StorageError(AppError):
    """The environment failed us: disk full, file locked, read-only, corrupt."""

    default_code = "storage"
    default_message = "数据库无法读写：{detail}"


class DataDirUnavailable(StorageError):
    """The data directory cannot be used at all: read-only, full, missing or not a folder."""

    default_code = "storage.data_dir"
    default_message = "数据目录无法使用（系统错误 {errno}）。请检查该文件夹，或用 --data-dir 指定其他文件夹。"


# errno → (code, message): what the user can do about it differs, so each cause has its own code.
_DATA_DIR_CAUSES = {
    "EACCES": (
        "storage.read_only",
        mark("errors", "数据目录不可写（没有写入权限）。请联系管理员，或用 --data-dir 指定可写的文件夹。"),
    ),
    "EPERM": (
        "storage.read_only",
        mark("errors", "数据目录不可写（没有写入权限）。请联系管理员，或用 --data-dir 指定可写的文件夹。"),
    ),
    "EROFS": ("storage.read_only", mark("errors", "数据目录位于只读的磁盘上。请用 --data-dir 指定可写的文件夹。")),
    "ENOSPC": ("storage.disk_full", mark("errors", "磁盘已满，数据目录无法写入。请腾出磁盘空间后重试。")),
    "EDQUOT": ("storage.disk_full", mark("errors", "磁盘配额已满，数据目录无法写入。请腾出空间后重试。")),
    "ENOTDIR": (
        "storage.data_dir_missing",
        mark("errors", "数据目录的路径不存在或不是文件夹。请用 --data-dir 指定一个文件夹。"),
    ),
    "ENOENT": (
        "storage.data_dir_missing",
        mark("errors", "数据目录的路径不存在或不是文件夹。请用 --data-dir 指定一个文件夹。"),
    ),
    "EEXIST": (
        "storage.data_dir_missing",
        mark("errors", "数据目录中应为文件夹的位置被一个文件占用。请检查数据目录。"),
    ),
}
# What SQLite says when the file system refuses it (the driver gives no errno).
_SQLITE_CAUSES = {
    "readonly": "EROFS",
    "disk is full": "ENOSPC",
    "unable to open database file": "EACCES",
}


_SQLITE_MODULES = ("sqlite3", "sqlcipher3.dbapi2", "sqlcipher3")


def data_dir_error(error: BaseException) -> DataDirUnavailable | None:
    """The coded error for a file-system failure of the data directory, or None for anything else.

    Takes an OSError, a sqlite3.OperationalError, or SQLAlchemy's wrapper of one (its `.orig`);
    the message names the cause, never the path (it may hold a person's name).
    """
    import errno as errno_names

    name = ""
    if isinstance(error, OSError) and error.errno is not None:
        name = errno_names.errorcode.get(error.errno, str(error.errno))
    else:
        original = getattr(error, "orig", error)
        # sqlcipher3 (the encrypted database, docs/security.md) raises its own copy of the class.
        if type(original).__name__ != "OperationalError" or type(original).__module__ not in _SQLITE_MODULES:
            return None
        text = str(original).lower()
        name = next((cause for key, cause in _SQLITE_CAUSES.items() if key in text), "")
        if not name:
            return None
    if name in _DATA_DIR_CAUSES:
        code, message = _DATA_DIR_CAUSES[name]
        return DataDirUnavailable(code, message)
    return DataDirUnavailable(errno=name)


class DatabaseTooNew(StorageError):
    default_code = "db.too_new"
    default_message = (
        "数据库由更新版本的社工站工作台创建（数据库版本 {found}），本程序只认识到版本 {known}。"
        "请安装新版本后再打开，数据未作任何改动。"
    )


class UsageError(AppError):
    """Bad command-line usage; exit code 2."""

    default_code = "usage"
    default_message = "命令用法有误：{detail}"
    exit_code = 2
