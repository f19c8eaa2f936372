"""Who is acting, on which database: the first argument of every service call."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.db.session import Database
from desktop.paths import AppPaths


@dataclass(frozen=True)
class Actor:
    """The logged-in user (or the command line) on whose behalf a service runs."""

    user_id: str | None
    username: str
    display_name: str
    role: str
    team: str = ""
    # Set after an administrator's password reset: the UI asks for a new password at once.
    must_change_password: bool = False

    @property
    def is_system(self) -> bool:
        return self.role == "system"


# Headless commands run with the rights of whoever may open the data directory.
SYSTEM_ACTOR = Actor(user_id=None, username="cli", display_name="命令行", role="system")
# The user made by `init --admin` acts with the administrator's and the station lead's rights until
# administration is handed over (their role changed to lead): a station seldom has IT staff.
ADMIN_AND_LEAD = "admin+lead"
# Before log-in the GUI holds a context with no rights at all.
ANONYMOUS = Actor(user_id=None, username="", display_name="", role="anonymous")


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    paths: AppPaths
    actor: Actor = field(default=SYSTEM_ACTOR)

    def as_actor(self, actor: Actor) -> ServiceContext:
        return ServiceContext(self.db, self.paths, actor)

    @property
    def station_code(self) -> str:
        return self.db.origin
