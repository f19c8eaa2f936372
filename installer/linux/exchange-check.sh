#!/usr/bin/env bash
# A bundle exported by a demo station and imported by a district office, through the installed
# program's command line only (no Python needed): keys exchanged both ways, a full export, the
# import, and the district's record count checked.
#
#   installer/linux/exchange-check.sh [PROGRAM] [WORK_DIR]     default: stationdesk, a temp dir
#
# Run by installer/linux/test-in-debian.sh inside the Debian root, and usable on any machine.
set -euo pipefail
program="${1:-stationdesk}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
password="$work/password"
printf 'demo1234\n' >"$password" # the demo station's password (desktop/services/demo/setup.py)
station="$work/station"
district="$work/district"
sd() {
  # Every command that reads or writes station data signs in (here as each installation's
  # administrator, whose password is the demo password too); demo and init need no user.
  local dir="$1"
  shift
  STATIONDESK_USER=admin STATIONDESK_PASSWORD_FILE="$password" "$program" --data-dir "$dir" "$@"
}
fingerprint() { sd "$1" keys show --json | sed -n 's/.*"fingerprint": *"\([^"]*\)".*/\1/p'; }

sd "$station" demo --clients 20 --visits-per-client 2 --volunteers 3 >/dev/null
sd "$district" init --station-code XH-QU --station-name 徐汇区社工总站 --district 徐汇区 --mode district \
  --admin admin --password-file "$password" >/dev/null
sd "$station" keys export --out "$work/station.enrollment" >/dev/null
sd "$district" keys export --out "$work/district.enrollment" >/dev/null
sd "$district" keys trust "$work/station.enrollment" --fingerprint "$(fingerprint "$station")" >/dev/null
sd "$station" keys trust "$work/district.enrollment" --fingerprint "$(fingerprint "$district")" >/dev/null
sd "$station" export --to XH-QU --out "$work/station.sdbundle" --full --key-password-file "$password" --json \
  >"$work/export.json"
sd "$district" import "$work/station.sdbundle" --key-password-file "$password" --json >"$work/import.json"
exported="$(sed -n 's/.*"records": *\([0-9]*\).*/\1/p' "$work/export.json" | head -1)"
created="$(sed -n 's/.*"created": *\([0-9]*\).*/\1/p' "$work/import.json" | head -1)"
quarantined="$(sed -n 's/.*"quarantined": *\([0-9]*\).*/\1/p' "$work/import.json" | head -1)"
if [ -z "$exported" ] || [ "$exported" -eq 0 ] || [ "$created" != "$exported" ] || [ "$quarantined" != 0 ]; then
  echo "exchange-check: FAILED: exported '$exported', created '$created', quarantined '$quarantined'" >&2
  cat "$work/export.json" "$work/import.json" >&2
  exit 1
fi
echo "exchange-check: OK: exported $exported records ($(stat -c %s "$work/station.sdbundle") bytes), imported $created at XH-QU"
