"""Frozen entry point: the same `stationdesk` command as `python -m desktop` (see desktop/cli.py).

A separate script (not desktop/__main__.py) so that PyInstaller puts only the repository root on
the import path, never the package folder itself.
"""

from desktop.cli import main

raise SystemExit(main())
