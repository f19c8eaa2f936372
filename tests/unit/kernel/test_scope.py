"""Record scope: own cases, team cases, the station setting, the lead, and roles with no case access."""

from __future__ import annotations

import pytest

from desktop.domain.clock import station_today
from desktop.errors import OutOfScope, PermissionDenied
from desktop.services.admin.security import SecuritySettings, update_security_settings
from desktop.services.admin.users import list_accounts, update_account
from desktop.services.auth import create_user
from desktop.services.casework.clients import (
    ClientInput,
    count_clients,
    create_client,
    edit_form_values,
    get_client,
    list_clients,
    search_clients,
    update_client,
)
from desktop.services.casework.visits import VisitInput, list_visits, log_visit
from desktop.services.context import ServiceContext
from tests.conftest import STAFF_PASSWORD
from tests.unit.kernel.helpers import as_user


@pytest.fixture
def cases(ctx: ServiceContext) -> dict[str, str]:
    """One client of cw1 and one of cw2."""
    cw2 = as_user(ctx, "cw2")
    return {
        "cw1": create_client(ctx, ClientInput(name="张三丰", phone="13812345678")).id,
        "cw2": create_client(cw2, ClientInput(name="李四", phone="13900001111")).id,
    }


def _names(ctx: ServiceContext) -> set[str]:
    return {row.name for row in list_clients(ctx)}


def test_a_caseworker_sees_only_own_cases_without_a_team(ctx: ServiceContext, cases: dict[str, str]) -> None:
    assert _names(ctx) == {"张三丰"}
    assert {r.name for r in search_clients(ctx, "l")} == set()  # 李四 exists but is cw2's
    assert count_clients(ctx) == 1
    for call in (
        lambda: get_client(ctx, cases["cw2"]),
        lambda: edit_form_values(ctx, cases["cw2"]),
        lambda: update_client(ctx, cases["cw2"], ClientInput(name="改名")),
        lambda: list_visits(ctx, cases["cw2"]),
        lambda: log_visit(ctx, VisitInput(client_id=cases["cw2"], visit_date=station_today())),
    ):
        with pytest.raises(OutOfScope) as raised:
            call()
        assert raised.value.code == "scope.denied"
    assert get_client(ctx, cases["cw1"]).name == "张三丰"


def test_same_team_sees_each_others_cases_and_a_team_change_applies_at_once(
    ctx: ServiceContext, cases: dict[str, str]
) -> None:
    admin = as_user(ctx, "admin")
    ids = {u.username: u.id for u in list_accounts(admin)}
    update_account(admin, ids["cw1"], display_name="李社工", role="caseworker", team="一组")
    assert _names(ctx) == {"张三丰"}  # cw2 not in a team yet
    update_account(admin, ids["cw2"], display_name="赵社工", role="caseworker", team="一组")
    assert _names(ctx) == {"张三丰", "李四"}  # same log-in: the team is read from the users table
    assert get_client(ctx, cases["cw2"]).name == "李四"
    update_account(admin, ids["cw2"], display_name="赵社工", role="caseworker", team="二组")
    assert _names(ctx) == {"张三丰"}


def test_station_setting_lets_caseworkers_see_all_station_cases(ctx: ServiceContext, cases: dict[str, str]) -> None:
    lead = as_user(ctx, "lead")
    update_security_settings(lead, SecuritySettings(idle_lock_minutes=10, caseworkers_see_station=True))
    assert _names(ctx) == {"张三丰", "李四"}


def test_lead_and_district_admin_see_all_cases(ctx: ServiceContext, cases: dict[str, str]) -> None:
    assert _names(as_user(ctx, "lead")) == {"张三丰", "李四"}
    district = as_user(ctx, "district")
    assert _names(district) == {"张三丰", "李四"}
    with pytest.raises(PermissionDenied):  # district admin reads, does not write
        update_client(district, cases["cw1"], ClientInput(name="改名"))


@pytest.mark.parametrize("username", ["admin", "coord"])
def test_admin_and_coordinator_read_no_case_content(ctx: ServiceContext, cases: dict[str, str], username: str) -> None:
    other = as_user(ctx, username)
    for call in (lambda: list_clients(other), lambda: get_client(other, cases["cw1"]), lambda: count_clients(other)):
        with pytest.raises(PermissionDenied):
            call()


def test_a_new_caseworker_sees_nothing_until_assigned(ctx: ServiceContext, cases: dict[str, str]) -> None:
    create_user(ctx.db, username="cw3", display_name="新社工", role="caseworker", password=STAFF_PASSWORD)
    assert _names(as_user(ctx, "cw3")) == set()


def test_visible_visit_follows_the_clients_scope(ctx: ServiceContext, cases: dict[str, str]) -> None:
    from desktop.errors import NotFound
    from desktop.services.scope import visible_visit, visit_filter

    cw2 = as_user(ctx, "cw2")
    visit = log_visit(cw2, VisitInput(client_id=cases["cw2"], visit_date=station_today()))
    with ctx.db.read() as session:
        with pytest.raises(OutOfScope):
            visible_visit(ctx, session, visit.id)
        with pytest.raises(NotFound):
            visible_visit(ctx, session, "no-such-visit")
        assert visible_visit(cw2, session, visit.id).id == visit.id
        from sqlalchemy import func, select

        from desktop.models import Visit

        mine = session.scalar(select(func.count(Visit.id)).where(visit_filter(ctx, session)))
        theirs = session.scalar(select(func.count(Visit.id)).where(visit_filter(cw2, session)))
    assert (mine, theirs) == (0, 1)


def test_the_visit_list_shows_only_visits_of_clients_in_scope(ctx: ServiceContext, cases: dict[str, str]) -> None:
    from desktop.services.casework.visit_lists import VisitFilter, search_visits

    cw2 = as_user(ctx, "cw2")
    log_visit(ctx, VisitInput(client_id=cases["cw1"], visit_date=station_today()))
    log_visit(cw2, VisitInput(client_id=cases["cw2"], visit_date=station_today()))
    assert {row.client_name for row in search_visits(ctx, VisitFilter())} == {"张三丰"}
    assert search_visits(ctx, VisitFilter(client_id=cases["cw2"])) == []
    lead = as_user(ctx, "lead")
    assert {row.client_name for row in search_visits(lead, VisitFilter())} == {"张三丰", "李四"}
