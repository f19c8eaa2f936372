#!/usr/bin/env bash
# Set up (first time) and start StationDesk. With no data yet, it starts on demo data.
# Extra arguments go to the program, e.g. ./run.sh --data-dir /tmp/station
set -euo pipefail
cd "$(dirname "$0")"
tools/setup-env.sh
exec .venv/bin/stationdesk --demo "$@"
