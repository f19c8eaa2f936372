"""The record of what tools/setup-env.sh installed into .venv, so a second start needs no network.

Run by the virtualenv's own Python (standard library only):

    .venv/bin/python tools/env_marker.py check EXTRAS   exit 0: installed and up to date, skip pip
                                                        exit 1: pip must run; prints the extras to install
    .venv/bin/python tools/env_marker.py write EXTRAS   after a successful pip install

The key is a hash of pyproject.toml's dependency lists (the main list and every extra's) and the
virtualenv's Python version: editing anything else in pyproject.toml, or any source file (the
install is editable), never sends the next start to the network. EXTRAS is comma-separated
("test", "build", "test,build" or ""). Extras add up: after `./test.sh`, `./run.sh` needs nothing
new, and the next set-up installs the union so the two never undo each other.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = ROOT / ".venv" / "stationdesk-requirements.json"


def requirements_key(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """Hash of the dependency lists and the running Python's version (major.minor.micro)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    relevant = {
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "requires-python": project.get("requires-python", ""),
        "python": ".".join(str(part) for part in sys.version_info[:3]),
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def parse_extras(text: str) -> set[str]:
    return {extra.strip() for extra in text.split(",") if extra.strip()}


def recorded(marker: Path = MARKER) -> tuple[str, set[str]] | None:
    """(key, extras) of the last successful set-up, or None when there is no readable record."""
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return str(data["key"]), set(data["extras"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def needed_extras(wanted: set[str], marker: Path = MARKER, key: str | None = None) -> set[str] | None:
    """None when the virtualenv already has everything; else the extras pip should install."""
    key = key or requirements_key()
    record = recorded(marker)
    if record is None or record[0] != key:
        return wanted
    if wanted <= record[1]:
        return None
    return wanted | record[1]


def write(extras: set[str], marker: Path = MARKER, key: str | None = None) -> None:
    marker.parent.mkdir(parents=True, exist_ok=True)
    payload = {"key": key or requirements_key(), "extras": sorted(extras)}
    marker.write_text(json.dumps(payload) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or argv[1] not in ("check", "write"):
        print(__doc__, file=sys.stderr)
        return 2
    extras = parse_extras(argv[2] if len(argv) == 3 else "")
    if argv[1] == "write":
        write(extras)
        return 0
    missing = needed_extras(extras)
    if missing is None:
        return 0
    print(",".join(sorted(missing)))
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
