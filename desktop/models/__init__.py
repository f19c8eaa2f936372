"""SQLAlchemy 2 declarative tables only; importing this package registers every table."""

from desktop.models.base import SYNC_COLUMNS, Base, Synced, new_id
from desktop.models.client import Client, ClientSchedule, ClientSearchKey, Consent, Guardian
from desktop.models.local import AuditEvent, ChangeLog, Setting, User
from desktop.models.station import Station
from desktop.models.sync import (
    ImportReport,
    QuarantinedRecord,
    ReceivedBundle,
    SentBundle,
    SyncConflict,
    SyncDelivery,
    SyncPeer,
)
from desktop.models.visit import Visit, VisitAddendum
from desktop.models.volunteer import Attendance, Certificate, Shift, ShiftAssignment, ShiftTemplate, Volunteer

SYNCED_TABLES: tuple[type[Synced], ...] = (
    Station,
    Client,
    Guardian,
    Consent,
    Visit,
    VisitAddendum,
    Volunteer,
    ShiftTemplate,
    Shift,
    ShiftAssignment,
    Attendance,
    Certificate,
)

__all__ = [
    "SYNCED_TABLES",
    "SYNC_COLUMNS",
    "Attendance",
    "AuditEvent",
    "Base",
    "Certificate",
    "ChangeLog",
    "Client",
    "ClientSchedule",
    "ClientSearchKey",
    "Consent",
    "Guardian",
    "ImportReport",
    "QuarantinedRecord",
    "ReceivedBundle",
    "SentBundle",
    "Setting",
    "Shift",
    "ShiftAssignment",
    "ShiftTemplate",
    "Station",
    "SyncConflict",
    "SyncDelivery",
    "SyncPeer",
    "Synced",
    "User",
    "Visit",
    "VisitAddendum",
    "Volunteer",
    "new_id",
]
