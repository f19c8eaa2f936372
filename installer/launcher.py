"""Frozen entry point: the same `stationdesk` command as `python -m desktop` (see desktop/cli.py).

A separate script (not desktop/__main__.py) so that PyInstaller puts only the repository root on
the import path, never the package folder itself.
"""

import multiprocessing

# Before anything else: the import decoder (desktop/services/exchange/decode.py) is a spawned
# process, and frozen it is this same program started with --multiprocessing-fork (and the
# resource tracker with -c); freeze_support runs those and exits instead of opening StationDesk.
multiprocessing.freeze_support()

from desktop.cli import main  # noqa: E402 (after freeze_support: a worker never loads the CLI)

raise SystemExit(main())
