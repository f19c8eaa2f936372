"""`python -m desktop` runs the same entry point as the `stationdesk` command."""

from desktop.cli import main

raise SystemExit(main())
