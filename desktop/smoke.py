"""The headless steps of `stationdesk --smoke-test`: prove an installed (frozen) build really works.

Each step touches one thing a frozen build can silently lose — a data file PyInstaller did not
collect, a C extension, a module only imported lazily — and returns a one-line detail for the log:
shipped resources, Alembic migrations run from their script files, demo data (pypinyin search keys,
the holiday calendar), argon2 log-in, pinyin search, a visit-record PDF with the embedded CJK font,
and a bundle written and read back when the sync layer is part of the build. The Qt steps (main
window, QtPdf) are in `desktop.ui.startup.smoke`. Qt-free, so it can be reused by a headless check.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.clock import station_today, station_wall_now
from desktop.paths import AppPaths, resource_path
from desktop.services.context import Actor, ServiceContext

SMOKE_CLIENTS = 12
SMOKE_VISITS_PER_CLIENT = 2
SMOKE_VOLUNTEERS = 4


class SmokeFailure(Exception):
    """One step failed; `str()` is the reason printed on stderr."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step


@dataclass(frozen=True)
class StepOutcome:
    name: str
    detail: str
    skipped: bool = False


def run_step(name: str, action: Callable[[], str | None], report: Callable[[str], None]) -> StepOutcome:
    """Run one step; a None detail means skipped. Any exception becomes a SmokeFailure."""
    try:
        detail = action()
    except SmokeFailure:
        raise
    except Exception as exc:  # the smoke test must report every failure, not crash on it
        raise SmokeFailure(name, f"{type(exc).__name__}: {exc}") from exc
    outcome = StepOutcome(name, detail or "skipped (not in this build)", skipped=detail is None)
    report(f"smoke: {'skip' if outcome.skipped else 'ok  '} {name}: {outcome.detail}")
    return outcome


def check(condition: bool, step: str, reason: str) -> None:
    if not condition:
        raise SmokeFailure(step, reason)


def check_resources() -> str:
    """The shipped files the program opens by path (not by import) are where it looks for them."""
    from desktop.db.migrate import MIGRATIONS_DIR, script_head
    from desktop.db.schema import SCHEMA_HEAD

    needed = [resource_path("fonts", "wqy-microhei.ttc"), resource_path("reference", "shanghai-divisions-2023.csv")]
    needed += [MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "versions"]
    missing = [str(path) for path in needed if not path.exists()]
    check(not missing, "resources", f"missing {', '.join(missing)}")
    head = script_head()  # Alembic reads the revision scripts as files
    check(head == SCHEMA_HEAD, "resources", f"migration head {head} != schema head {SCHEMA_HEAD}")
    return f"font, reference list, migrations (head {head}) under {resource_path()}"


def create_demo(paths: AppPaths) -> str:
    """A small demo station: migrations, users (argon2), clients with pinyin keys, visits, volunteers."""
    from desktop.db.open import open_database
    from desktop.services.demo.generate import generate_demo
    from desktop.services.demo.setup import ensure_demo_installation

    check(ensure_demo_installation(paths), "demo data", f"data dir {paths.data_dir} was not empty")
    db = open_database(paths)
    try:
        result = generate_demo(
            ServiceContext(db, paths),
            clients=SMOKE_CLIENTS,
            visits_per_client=SMOKE_VISITS_PER_CLIENT,
            volunteers=SMOKE_VOLUNTEERS,
        )
    finally:
        db.dispose()
    check(result.clients == SMOKE_CLIENTS and result.visits > 0, "demo", f"unexpected counts {result}")
    return f"{result.clients} clients, {result.visits} visits, {result.volunteers} volunteers, {result.shifts} shifts"


def log_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    from desktop.services.auth import login

    return login(ctx, username, password)


def search(ctx: ServiceContext) -> str:
    """Search by the pinyin initials of a demo client, as a caseworker types them."""
    from desktop.domain.pinyin import initials
    from desktop.services.casework.clients import list_clients, search_clients

    first = list_clients(ctx, limit=1)
    check(bool(first), "search", "the register is empty")
    typed = initials(first[0].name)
    found = search_clients(ctx, typed)
    check(any(row.id == first[0].id for row in found), "search", f"initials {typed!r} did not find the client")
    return f"initials {typed!r} → {len(found)} client(s)"


def holiday_calendar() -> str:
    """The statutory calendar data (chinese_calendar) is present: 1 October 2025 is 国庆节."""
    from desktop.domain.volunteering.calendar import day_info, supported_years

    day = day_info(date(2025, 10, 1))
    check(day.source == "package" and not day.is_workday, "calendar", f"National Day read as {day}")
    first, last = supported_years()
    return f"{day.day} {day.holiday_name_zh}; official data {first}–{last}"


def _visit_data(ctx: ServiceContext) -> Any:
    """VisitData for desktop.pdf from the first demo visit (used when there is no forms service)."""
    from desktop.pdf import Checklist, ClientHeader, SocialWork, VisitData
    from desktop.services.casework.clients import get_client, list_clients
    from desktop.services.casework.visits import list_visits

    for row in list_clients(ctx, limit=20):
        visits = list_visits(ctx, row.id)
        if visits:
            client, visit = get_client(ctx, row.id), visits[0]
            header = ClientHeader(
                name=client.name,
                sex=client.sex,
                birth_date=client.birth_date,
                id_type=client.id_type,
                id_number=client.id_masked,
                phone=client.phone_masked,
                committee=client.address_text,
                caseworker=client.caseworker_name,
            )
            return VisitData(
                client=header,
                visit_date=visit.visit_date,
                mode=visit.mode,
                visitor_name=visit.visitor_name,
                status=visit.status,
                checklist=Checklist(
                    risk_level=visit.risk_level,
                    classification=visit.classification,
                    next_visit_date=visit.next_visit_date,
                ),
                social_work=SocialWork(narrative=visit.narrative_excerpt),
            )
    raise SmokeFailure("pdf", "no demo client has a visit")


def _check_pdf(pdf: bytes, what: str) -> None:
    check(pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:], "pdf", f"{what}: not a complete PDF")
    check(b"/FontFile2" in pdf, "pdf", f"{what}: the CJK TrueType font is not embedded")


def render_pdf(ctx: ServiceContext, station_name: str, folder: Path) -> str:
    """A demo visit record as a PDF (kept for QtPdf), and a blank field form with its QR code.

    Through the forms service (`desktop.services.forms.casework`) when the build has one — the path the
    print buttons take — else straight through `desktop.pdf` with the demo data.
    """
    from desktop.services.casework.clients import list_clients
    from desktop.services.casework.visits import list_visits

    client_id, visit_id = next(
        ((row.id, visits[0].id) for row in list_clients(ctx, limit=20) if (visits := list_visits(ctx, row.id))),
        ("", ""),
    )
    check(bool(visit_id), "pdf", "no demo client has a visit")
    forms = (
        importlib.import_module("desktop.services.forms.casework")
        if module_available("desktop.services.forms.casework")
        else None
    )
    if forms is not None and hasattr(forms, "print_visit") and hasattr(forms, "print_blank_visit"):
        route = "forms service"
        visit = forms.print_visit(ctx, visit_id).content
        blank = forms.print_blank_visit(ctx, client_id).content
    else:
        route = "desktop.pdf"
        from desktop.pdf import BlankVisitData, PrintMeta, render_blank_visit, render_visit

        meta = PrintMeta(station_name=station_name, operator=ctx.actor.display_name, printed_at=station_wall_now())
        data = _visit_data(ctx)
        visit = render_visit(data, meta=meta)
        blank_data = BlankVisitData(client=data.client, planned_date=station_today(), qr_text="STATIONDESK-SMOKE")
        blank = render_blank_visit(blank_data, meta=meta)
    _check_pdf(visit, "visit record")
    _check_pdf(blank, "blank visit form")
    (folder / "smoke-visit.pdf").write_bytes(visit)
    (folder / "smoke-blank-visit.pdf").write_bytes(blank)
    return f"smoke-visit.pdf ({len(visit)} bytes), smoke-blank-visit.pdf with QR code ({len(blank)} bytes) via {route}"


def module_available(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


DISTRICT = {"station_code": "XH-QU", "station_name": "徐汇区社工总站（演示）", "district": "徐汇区"}


def bundle_round_trip(ctx: ServiceContext, folder: Path) -> str:
    """Export a full bundle from the station and import it at a demo district office.

    The two installations trust each other's enrollment files first, so this is the real exchange,
    database to database; cryptography's compiled code, compression and JSON all run frozen.
    """
    with _worker_for_every_import() as workers:
        detail = _service_round_trip(ctx, folder)
    check(workers.started == 1, "bundle", f"the import started {workers.started} decoder processes, expected 1")
    return f"{detail}, decoded in a worker process"


class _WorkerCount:
    started = 0


@contextlib.contextmanager
def _worker_for_every_import() -> Iterator[_WorkerCount]:
    """The import decodes in its worker process even for the smoke test's small bundle.

    The record threshold below which the importer decodes in-process is about speed, not
    correctness, so it is set to 0 here; the worker's starts are counted. An import that went
    through a worker which did not run (a frozen build that cannot start it) fails with
    DecoderFailed, so a finished import with one start proves the worker decoded it.
    """
    from desktop.services.exchange import decode

    importlib.import_module("desktop.services.exchange.importer")  # and whatever holds its threshold
    thresholds = {
        module: module.WORKER_MIN_RECORDS
        for name, module in list(sys.modules.items())
        if name.startswith("desktop.services.exchange") and hasattr(module, "WORKER_MIN_RECORDS")
    }
    in_worker = decode._in_worker
    workers = _WorkerCount()

    def counted(*args: Any, **kwargs: Any) -> Iterator[Any]:
        workers.started += 1
        return in_worker(*args, **kwargs)

    try:
        for module in thresholds:
            module.WORKER_MIN_RECORDS = 0  # type: ignore[attr-defined]
        decode._in_worker = counted  # type: ignore[assignment]
        yield workers
    finally:
        decode._in_worker = in_worker  # type: ignore[assignment]
        for module, value in thresholds.items():
            module.WORKER_MIN_RECORDS = value  # type: ignore[attr-defined]


def _service_round_trip(ctx: ServiceContext, folder: Path) -> str:
    from desktop.db.open import open_database
    from desktop.services.admin.setup import initialise
    from desktop.services.demo.setup import DEMO_PASSWORD
    from desktop.services.exchange import keys as key_service
    from desktop.services.exchange.exporter import export_bundle
    from desktop.services.exchange.importer import import_bundle

    district_paths = AppPaths(folder / "district").ensure()
    initialise(district_paths, **DISTRICT, mode="district", admin_username="admin", admin_password=DEMO_PASSWORD)
    district_db = open_database(district_paths)
    try:
        # Key exchange runs with the rights of whoever holds the data folders, as in the CLI.
        station, district = ServiceContext(ctx.db, ctx.paths), ServiceContext(district_db, district_paths)
        for me, peer, name in ((station, district, "district"), (district, station, "station")):
            enrollment = folder / f"{name}.enrollment"
            key_service.export_enrollment(peer, enrollment)
            key_service.trust_peer(me, enrollment, key_service.preview_enrollment(enrollment).fingerprint)
        sent = export_bundle(
            station, DISTRICT["station_code"], folder, keys=key_service.unlock_keys(station, DEMO_PASSWORD), full=True
        )
        got = import_bundle(district, sent.path, keys=key_service.unlock_keys(district, DEMO_PASSWORD))
    finally:
        district_db.dispose()
    check(sent.records > 0, "bundle", "the export wrote no records")
    check(got.quarantined == 0, "bundle", f"{got.quarantined} records quarantined at import")
    check(got.created == got.records > 0, "bundle", f"imported {got.created} new of {got.records} records")
    return f"exported {sent.records} records ({sent.size} bytes), imported {got.created} at {DISTRICT['station_code']}"


def open_station(paths: AppPaths) -> tuple[ServiceContext, Any]:
    """The demo station's database, opened as the GUI opens it; returns (context, StationInfo)."""
    from desktop.db.open import open_database
    from desktop.services.admin.setup import station_info

    db = open_database(paths)
    return ServiceContext(db, paths), station_info(db)
