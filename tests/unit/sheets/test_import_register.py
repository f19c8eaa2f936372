"""The messy register: exactly the right rows reported, the rest imported, in .xlsx and .csv."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import Client, ClientSearchKey, Guardian
from desktop.services.casework.clients import ClientInput, create_client, search_clients
from desktop.services.context import ServiceContext
from desktop.services.sheets import writers
from desktop.services.sheets.importer import import_sheet, inspect_sheet
from tests.unit.sheets import messy
from tests.unit.sheets.helpers import table_hashes


@pytest.fixture
def register(ctx: ServiceContext) -> ServiceContext:
    create_client(ctx, ClientInput(name="孙八", id_number=messy.EXISTING_ID))
    return ctx


def _files(tmp_path: Path) -> list[Path]:
    return [
        messy.write_xlsx(tmp_path / "台账.xlsx"),
        messy.write_csv(tmp_path / "台账-gb.csv", "gb18030"),
        messy.write_csv(tmp_path / "台账-utf8.csv", "utf-8-sig"),
    ]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["xlsx", "csv-gb18030", "csv-utf-8-sig"])
def test_dry_run_reports_exactly_the_bad_rows(register: ServiceContext, tmp_path: Path, which: int) -> None:
    path = _files(tmp_path)[which]
    before = table_hashes(register.paths.database)
    report = import_sheet(register, path, "clients", dry_run=True)
    assert table_hashes(register.paths.database) == before
    assert report.header_row == 4
    assert {(e.row, e.column) for e in report.errors} == messy.EXPECTED_ERRORS
    assert {e.code for e in report.errors} == {"id.checksum", "phone.invalid", "sheet.date_invalid", "sheet.code"}
    headers = {(e.row, e.column): e.header for e in report.errors}
    assert headers[(10, "D")] == "身份证号码" and headers[(11, "F")] == "联系电话"
    duplicates = {d["row"]: (d["matches"], d.get("first_row")) for d in report.duplicates}
    assert duplicates == messy.EXPECTED_DUPLICATES
    assert report.valid == len(messy.EXPECTED_VALID_ROWS)
    assert report.imported == 0
    assert report.skipped_rows == (messy.FOOTER_ROW,)
    # No message repeats a value from the sheet.
    secrets = {messy.BAD_CHECKSUM, "1381234", "1985-13-45", "住院中", messy.VALID_ID}
    assert not any(secret in e.message for e in report.errors for secret in secrets)


@pytest.mark.parametrize("which", [0, 1, 2], ids=["xlsx", "csv-gb18030", "csv-utf-8-sig"])
def test_import_writes_the_valid_rows_once(register: ServiceContext, tmp_path: Path, which: int) -> None:
    path = _files(tmp_path)[which]
    report = import_sheet(register, path, "clients")
    assert report.imported == len(messy.EXPECTED_VALID_ROWS)
    with register.db.read() as session:
        clients = {c.name: c for c in session.scalars(select(Client))}
        assert set(clients) == {"孙八", "张三", "李四", "王五", "周九", "吴十"}
        li = clients["李四"]
        assert li.id_original == messy.ID15 and len(li.id_number) == 18
        assert li.township_code == "310104012" or li.village_code.startswith("310104")
        wang = clients["王五"]
        assert wang.id_number == messy.ID_X.upper()
        assert wang.birth_date.isoformat() == "1975-02-03"
        assert wang.phone == "+862164381234"
        assert clients["张三"].phone == "+8613812345678"
        assert clients["张三"].village_code and clients["张三"].management_status == "managed"
        assert clients["周九"].id_number.isascii()
        assert clients["吴十"].management_status == "closed"
        assert clients["张三"].id_hash and clients["张三"].name_pinyin == "zhangsan"
        guardians = {g.name: g for g in session.scalars(select(Guardian))}
        assert guardians["张父"].relationship == "父亲" and guardians["王母"].phone == "+862164385678"
        assert session.scalar(select(func.count()).select_from(ClientSearchKey)) > 0
    assert [c.name for c in search_clients(register, "zs")] == ["张三"]
    assert [c.name for c in search_clients(register, messy.VALID_ID[-6:])] == ["张三"]
    # Importing the same file again finds every row already there and writes nothing.
    before = table_hashes(register.paths.database)
    again = import_sheet(register, path, "clients")
    assert again.imported == 0
    assert {d["row"] for d in again.duplicates} == {*messy.EXPECTED_VALID_ROWS, 12, 13}
    assert table_hashes(register.paths.database) == before


def test_a_failure_while_writing_leaves_nothing_behind(
    register: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    before = table_hashes(register.paths.database)
    original = writers.write_client
    calls = []

    def failing(session, ctx, values):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk full")
        return original(session, ctx, values)

    monkeypatch.setattr(writers, "write_client", failing)
    with pytest.raises(OSError):
        import_sheet(register, path, "clients")
    assert table_hashes(register.paths.database) == before


def test_inspect_proposes_the_mapping(register: ServiceContext, tmp_path: Path) -> None:
    preview = inspect_sheet(register, messy.write_xlsx(tmp_path / "台账.xlsx"), "clients")
    assert preview.sheet_names == ("2023台账", "说明")
    assert preview.header_row == 4
    assert preview.missing_required == ()
    assert [(c.column, c.header, c.field) for c in preview.columns[:4]] == [
        ("A", "序号", ""), ("B", "姓名", "name"), ("C", "性别", "sex"), ("D", "身份证号码", "id_number"),
    ]  # fmt: skip


def test_mapping_corrections(register: ServiceContext, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "台账.xlsx")
    # Ignoring the phone column makes the bad phone of row 11 irrelevant.
    report = import_sheet(register, path, "clients", dry_run=True, overrides={"联系电话": ""})
    assert {(e.row, e.column) for e in report.errors} == messy.EXPECTED_ERRORS - {(11, "F")}
    by_index = {1: "name", 3: "id_number"}
    report = import_sheet(register, path, "clients", dry_run=True, mapping=by_index)
    assert {(e.row, e.column) for e in report.errors} == {(10, "D")}
