"""Demo volunteers are consistent with the services: readable records, deterministic shifts, flags."""

from __future__ import annotations

import datetime as dt

from desktop.db.open import open_database
from desktop.domain.volunteering.availability import availability_from_dict
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from desktop.services.demo.generate import generate_demo
from desktop.services.volunteers.hours import hours_summary
from desktop.services.volunteers.register import get_volunteer, search_volunteers
from desktop.services.volunteers.roster import generate_shifts
from desktop.services.volunteers.rota_plan import check_rota
from desktop.services.volunteers.rota_week import week_rota

TODAY = dt.date(2026, 11, 23)


def test_demo_volunteers_work_with_the_services(installation: AppPaths) -> None:
    db = open_database(installation)
    ctx = ServiceContext(db, installation)  # the command line's rights
    try:
        result = generate_demo(ctx, clients=2, visits_per_client=1, volunteers=30, shifts=400, today=TODAY)
        assert result.volunteers == 30 and 350 <= result.shifts <= 450 and result.attendance > 0
        everyone = search_volunteers(ctx, "")
        for row in everyone:
            availability_from_dict(get_volunteer(ctx, row.id).availability)  # the stored form parses
        one = everyone[0]
        with db.engine.connect() as connection:
            initials = connection.exec_driver_sql(
                "SELECT name_initials FROM volunteers WHERE id = ?", (one.id,)
            ).scalar_one()
        assert one.id in {v.id for v in search_volunteers(ctx, initials)}

        lines = hours_summary(ctx, TODAY - dt.timedelta(days=365), TODAY)
        assert sum(line.flagged for line in lines) > 0 and sum(line.minutes for line in lines) > 0

        next_week = TODAY + dt.timedelta(days=7)
        assert generate_shifts(ctx, next_week, next_week + dt.timedelta(days=6)).created == 0
        week = week_rota(ctx, next_week)
        # The demo crews go through the conflict check like any rota (random crews may conflict).
        found = check_rota(ctx, {s.id: [a.id for a in s.assigned] for s in week.shifts})
        assert week.shifts and all(c.message for c in found)
    finally:
        db.dispose()
