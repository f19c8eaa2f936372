"""The front-desk check-in kiosk: identify a volunteer, check in, check out. Nothing else.

The kiosk runs as `KIOSK_ACTOR`, whose role only holds `kiosk.checkin`: it cannot read the
volunteer register, the ledger or any case data, even through a bug in the kiosk window. What it
shows of a volunteer is the masked name (张*) and the shift. A volunteer identifies by the last
four digits of their phone (several matches are told apart by masked name and shift) or by the
QR card (desktop.domain.volunteering.qrcard, keyed with the station's card secret).

A second scan within REPEAT_SCAN of the volunteer's last check-in or check-out records nothing
(a card held to the scanner twice once checked its owner out after "0 分钟"); a check-out sooner
than MIN_SERVICE after the check-in is only made once the volunteer confirms it (`short_ok`).

Forgotten check-outs are closed at the shift's end and flagged (`auto_closed`); they do not count
until the coordinator reviews them (desktop.domain.volunteering.hours).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.clock import station_now
from desktop.domain.masking import mask_name
from desktop.domain.phone import normalise_phone_query
from desktop.domain.volunteering import hours
from desktop.domain.volunteering.qrcard import parse_card_text
from desktop.errors import ConflictError, NotFound, ValidationError
from desktop.models import Attendance, Shift, ShiftAssignment, Volunteer
from desktop.services.context import Actor, ServiceContext
from desktop.services.permissions import entry
from desktop.services.volunteers.settings import at_station, card_secret, local

KIOSK_ACTOR = Actor(user_id=None, username="kiosk", display_name="签到终端", role="kiosk")
# A volunteer may check in this long before their shift starts and still be counted on it.
EARLY_MINUTES = 60
# An attendance still open this long after its shift ended counts as a forgotten check-out; within
# it, the volunteer who stayed a little longer simply checks out at the real time.
GRACE = dt.timedelta(hours=2)
# A scan this soon after the last check-in or check-out is a repeat: nothing is recorded.
REPEAT_SCAN = dt.timedelta(minutes=5)
# A check-out sooner than this after the check-in waits for the volunteer's confirmation.
MIN_SERVICE = dt.timedelta(minutes=15)
# What the ledger calls service given by a volunteer who was not on a shift.
WALK_IN_ACTIVITY = "志愿服务"


@dataclass(frozen=True)
class KioskMatch:
    """One volunteer as the kiosk shows them: masked name, checked in or not, today's shift."""

    volunteer_id: str
    masked_name: str
    checked_in: bool
    shift_label: str


@dataclass(frozen=True)
class KioskResult:
    """`action` "in" | "out": recorded. "repeat": nothing recorded, `at` is the earlier check-in or
    check-out (`repeated` "in" | "out"). "confirm": nothing recorded, a short check-out to confirm
    (`at` the check-in, `minutes` served so far)."""

    action: str
    masked_name: str
    at: dt.datetime  # station time
    shift_label: str
    minutes: int | None  # service minutes of a check-out
    repeated: str = ""


def _label(shift: Shift | None) -> str:
    return f"{shift.title} {shift.start_time}–{shift.end_time}" if shift is not None else ""


def _open_attendance(session: Session, volunteer_id: str) -> Attendance | None:
    return session.scalar(
        select(Attendance)
        .where(
            Attendance.volunteer_id == volunteer_id,
            Attendance.check_out.is_(None),
            Attendance.deleted.is_(False),
            Attendance.status != "void",
        )
        .order_by(Attendance.check_in.desc())
    )


def _todays_shift(session: Session, volunteer_id: str, now: dt.datetime) -> Shift | None:
    """The volunteer's shift today that is running or starts within EARLY_MINUTES (earliest first)."""
    today = local(now).date()
    shifts = session.scalars(
        select(Shift)
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .where(
            ShiftAssignment.volunteer_id == volunteer_id,
            ShiftAssignment.deleted.is_(False),
            Shift.shift_date == today,
            Shift.deleted.is_(False),
            Shift.cancelled.is_(False),
        )
        .order_by(Shift.start_time)
    )
    for shift in shifts:
        start, end = at_station(today, shift.start_time), at_station(today, shift.end_time)
        if start - dt.timedelta(minutes=EARLY_MINUTES) <= now < end:
            return shift
    return None


def _active_volunteer(session: Session, volunteer_id: str) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or volunteer.deleted:
        raise NotFound("kiosk.unknown", "找不到这位志愿者，请联系协调员。")
    if volunteer.status != "active":
        raise ConflictError("kiosk.inactive", "该志愿者当前不在岗，不能签到，请联系协调员。")
    return volunteer


def _match(session: Session, volunteer: Volunteer, now: dt.datetime) -> KioskMatch:
    open_entry = _open_attendance(session, volunteer.id)
    shift = None
    if open_entry is not None and open_entry.shift_id:
        shift = session.get(Shift, open_entry.shift_id)
    elif open_entry is None:
        shift = _todays_shift(session, volunteer.id, now)
    return KioskMatch(volunteer.id, mask_name(volunteer.name), open_entry is not None, _label(shift))


@entry("kiosk.checkin")
def identify_by_phone_tail(ctx: ServiceContext, tail: str, now: dt.datetime | None = None) -> tuple[KioskMatch, ...]:
    """Active volunteers whose phone ends with these four digits (none, one, or several to choose from)."""
    digits = normalise_phone_query(tail)
    if len(digits) < 4 or len(digits) != len("".join(tail.split())):
        raise ValidationError("kiosk.tail", "请输入手机号码的后四位数字。", field="tail")
    digits = digits[-4:]  # someone typing the whole number is matched by its tail
    now = now or station_now()
    with ctx.db.read() as session:
        volunteers = session.scalars(
            select(Volunteer)
            .where(Volunteer.phone_tail == digits, Volunteer.status == "active", Volunteer.deleted.is_(False))
            .order_by(Volunteer.name_pinyin)
        )
        return tuple(_match(session, v, now) for v in volunteers)


@entry("kiosk.checkin")
def identify_by_card(ctx: ServiceContext, text: str, now: dt.datetime | None = None) -> KioskMatch:
    """The volunteer on a scanned card (the scanner types the card text)."""
    now = now or station_now()
    with ctx.db.write() as session:  # write: the card secret is created on first use
        volunteer_id = parse_card_text(card_secret(session), text)
        return _match(session, _active_volunteer(session, volunteer_id), now)


def _close_forgotten(session: Session, now: dt.datetime, volunteer_id: str | None = None) -> int:
    query = select(Attendance).where(
        Attendance.check_out.is_(None), Attendance.deleted.is_(False), Attendance.status != "void"
    )
    if volunteer_id is not None:
        query = query.where(Attendance.volunteer_id == volunteer_id)
    rows = {row.id: row for row in session.scalars(query)}
    if not rows:
        return 0
    shift_ends: dict[str, dt.datetime] = {}
    for row in rows.values():
        if row.shift_id and row.shift_id not in shift_ends:
            shift = session.get(Shift, row.shift_id)
            if shift is not None:
                shift_ends[row.shift_id] = at_station(shift.shift_date, shift.end_time)
    # Within the grace period after the shift the entry stays open (see GRACE).
    entries = [
        hours.Attendance(r.id, r.volunteer_id, local(r.check_in), None, r.break_minutes, r.shift_id, r.status)
        for r in rows.values()
        if r.shift_id not in shift_ends or now >= shift_ends[r.shift_id] + GRACE
    ]
    closed = hours.close_forgotten_checkouts(entries, shift_ends, local(now))
    for entry_ in closed:
        row = rows[entry_.id]
        row.check_out = entry_.check_out
        row.auto_closed = True
        row.reviewed = False
    return len(closed)


@entry("kiosk.checkin")
def close_forgotten_checkouts(ctx: ServiceContext, now: dt.datetime | None = None) -> int:
    """Close every attendance left open (GRACE) after its shift, or after its day for a walk-in; flagged."""
    with ctx.db.write() as session:
        return _close_forgotten(session, now or station_now())


def _last_check_out(session: Session, volunteer_id: str) -> Attendance | None:
    return session.scalar(
        select(Attendance)
        .where(
            Attendance.volunteer_id == volunteer_id,
            Attendance.check_out.is_not(None),
            Attendance.auto_closed.is_(False),
            Attendance.deleted.is_(False),
            Attendance.status != "void",
        )
        .order_by(Attendance.check_out.desc())
        .limit(1)
    )


@entry("kiosk.checkin")
def check_in_or_out(
    ctx: ServiceContext, volunteer_id: str, now: dt.datetime | None = None, *, short_ok: bool = False
) -> KioskResult:
    """Check out if the volunteer is checked in, else check in (on today's shift, or as a walk-in).

    Nothing is recorded for a repeated scan (REPEAT_SCAN), nor for a check-out under MIN_SERVICE
    unless `short_ok` (the volunteer confirmed it): see KioskResult's "repeat" and "confirm"."""
    now = local(now or station_now())
    with ctx.db.write() as session:
        volunteer = _active_volunteer(session, volunteer_id)
        name = mask_name(volunteer.name)
        _close_forgotten(session, now, volunteer.id)
        session.flush()
        open_entry = _open_attendance(session, volunteer.id)
        if open_entry is not None:
            shift = session.get(Shift, open_entry.shift_id) if open_entry.shift_id else None
            check_in = local(open_entry.check_in)
            check_out = max(now, check_in)
            minutes = hours.service_minutes(check_in, check_out, open_entry.break_minutes)
            if check_out - check_in < REPEAT_SCAN:
                return KioskResult("repeat", name, check_in, _label(shift), None, repeated="in")
            if check_out - check_in < MIN_SERVICE and not short_ok:
                return KioskResult("confirm", name, check_in, _label(shift), minutes)
            open_entry.check_out = check_out
            return KioskResult("out", name, check_out, _label(shift), minutes)
        last = _last_check_out(session, volunteer.id)
        if last is not None and dt.timedelta(0) <= now - local(last.check_out) < REPEAT_SCAN:
            shift = session.get(Shift, last.shift_id) if last.shift_id else None
            return KioskResult("repeat", name, local(last.check_out), _label(shift), None, repeated="out")
        shift = _todays_shift(session, volunteer.id, now)
        session.add(
            Attendance(
                volunteer_id=volunteer.id,
                shift_id=shift.id if shift else None,
                activity=shift.title if shift else WALK_IN_ACTIVITY,
                check_in=now,
                check_out=None,
                break_minutes=0,
                auto_closed=False,
                reviewed=False,
                status="draft",
            )
        )
        return KioskResult("in", name, now, _label(shift), None)
