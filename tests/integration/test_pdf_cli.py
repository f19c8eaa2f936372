"""`stationdesk pdf`: every form from a real installation, embedded CJK subset font, clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import AppPaths
from desktop.services.context import ServiceContext
from tests.unit.forms.seed import ID_NUMBER, VOL_ID_NUMBER, Seeded, seed
from tests.unit.pdf.helpers import squash, text

pytestmark = pytest.mark.usefixtures("cli_admin")


@pytest.fixture
def seeded(ctx: ServiceContext) -> Seeded:
    return seed(ctx)


def _forms(s: Seeded) -> dict[str, tuple[list[str], str]]:
    """form -> (options, a string its text must contain)."""
    return {
        "visit": (["--visit", s.visit_id], "家庭访视记录"),
        "national-visit": (["--visit", s.visit_id], "严重精神障碍患者随访服务记录表"),
        "blank-visit": (["--client", s.client_id], "现场填写"),
        "client": (["--client", s.client_id], "服务对象档案"),
        "rota": (["--week", s.week], "志愿者排班表"),
        "certificate": (["--volunteer", s.volunteer_id, "--certificate", s.certificate_id], "志愿服务记录证明"),
        "monthly": (["--month", s.month], "月度工作统计"),
    }


def _run(installation: AppPaths, *args: str) -> int:
    return main(["--data-dir", str(installation.data_dir), "pdf", *args])


@pytest.mark.parametrize("form", ["visit", "national-visit", "blank-visit", "client", "rota", "certificate", "monthly"])
def test_every_form_through_the_cli(installation: AppPaths, seeded: Seeded, tmp_path: Path, form: str) -> None:
    options, expected = _forms(seeded)[form]
    out = tmp_path / f"{form}.pdf"
    assert _run(installation, form, *options, "--out", str(out)) == 0
    body = squash(text(out.read_bytes()))
    assert expected in body
    assert ID_NUMBER not in body and VOL_ID_NUMBER not in body  # masked by default
    if form not in ("rota", "monthly"):
        assert any(name in body for name in ("张建国", "陈美华"))
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows, listing
        for row in rows:  # every font is the embedded subset of the CJK TrueType font
            assert "WenQuanYi" in row or "wqy" in row.lower(), row
            assert row.split()[0][6] == "+", row  # subset tag ABCDEF+
            assert " yes yes " in f" {' '.join(row.split()[-5:])} ", row  # emb sub


def test_batch_and_json(
    installation: AppPaths, seeded: Seeded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "batch.pdf"
    due = (seeded.today + timedelta(days=1)).isoformat()
    assert _run(installation, "blank-visit", "--due", due, "--out", str(out), "--json") == 0
    assert json.loads(capsys.readouterr().out)["forms"] == 2
    assert "李翀" in squash(text(out.read_bytes()))


def test_unmasked_where_allowed(installation: AppPaths, seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "v.pdf"
    assert _run(installation, "visit", "--visit", seeded.visit_id, "--unmasked", "--out", str(out)) == 0
    assert ID_NUMBER in squash(text(out.read_bytes()))


@pytest.mark.parametrize(
    "args, code",
    [
        (["visit", "--visit", "no-such-visit"], 1),
        (["client", "--client", "no-such-client"], 1),
        (["certificate", "--volunteer", "nobody", "--from", "2026-01-01", "--to", "2026-02-01"], 1),
        (["visit"], 2),
        (["blank-visit"], 2),
        (["certificate", "--volunteer", "x", "--from", "2026-01-01"], 2),
        (["rota", "--week", "2026-48"], 2),
        (["rota", "--week", "2026-W60"], 2),
        (["monthly", "--month", "2026-13"], 2),
        (["certificate", "--volunteer", "x", "--from", "2026-02-30", "--to", "2026-03-01"], 2),
        (["client", "--client", "x", "--unmasked"], 2),
        (["passport", "--client", "x"], 2),
    ],
)
def test_bad_input(
    installation: AppPaths,
    seeded: Seeded,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
) -> None:
    out = tmp_path / "x.pdf"
    try:
        result = _run(installation, *args, "--out", str(out))
    except SystemExit as exit_:  # argparse usage errors
        result = int(exit_.code or 0)
    assert result == code
    assert not out.exists()
    message = capsys.readouterr().err
    assert "stationdesk" in message and any("\u4e00" <= ch <= "\u9fff" for ch in message)  # a Chinese message
    assert "张建国" not in message


def test_missing_output_folder_and_uninitialised_dir(
    installation: AppPaths, seeded: Seeded, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(installation, "monthly", "--month", seeded.month, "--out", str(tmp_path / "nope" / "m.pdf")) == 2
    empty = tmp_path / "empty"
    assert (
        main(["--data-dir", str(empty), "pdf", "monthly", "--month", "2026-10", "--out", str(tmp_path / "m.pdf")]) == 1
    )
    assert "初始化" in capsys.readouterr().err
