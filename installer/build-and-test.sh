#!/usr/bin/env bash
# From source to a tested installer: build the frozen app (PyInstaller one-folder), smoke-test it
# with no Python on PATH, build the .deb, install it, smoke-test the INSTALLED program, check that
# a user's data survives an upgrade in place and removal, remove the package and check nothing is
# left under /opt/stationdesk.
#
#   installer/build-and-test.sh               everything (needs root or sudo for dpkg)
#   installer/build-and-test.sh --frozen-only build + frozen smoke test only (CI without root)
#   installer/build-and-test.sh --debian-root build, .deb, then install and use it in a bare Debian 11
#                                             root instead of this machine (installer/linux/test-in-debian.sh;
#                                             slow, never in .ci/run; needs a build that fits glibc 2.31:
#                                             PYTHON from installer/linux/build-old-glibc.sh)
#
# Python: $PYTHON, else .venv/bin/python (made by tools/setup-env.sh). PyInstaller is installed
# into it when missing (the `build` extra of pyproject.toml). Output: dist/stationdesk/ and
# dist/stationdesk_<version>_<arch>.deb. Exit code 0 only when every step passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
frozen_only=false
debian_root=false
[ "${1:-}" = "--frozen-only" ] && frozen_only=true
[ "${1:-}" = "--debian-root" ] && debian_root=true

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build-and-test: FAILED: $*" >&2; exit 1; }
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }
started="$(seconds)"

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)"
python="${PYTHON:-}"
if [ -z "$python" ]; then
  tools/setup-env.sh build  # no network when .venv already has the build extra (tools/env_marker.py)
  python=.venv/bin/python
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  step "installing PyInstaller into $python"
  "$python" -m pip install --quiet "pyinstaller>=6.10,<7"
fi

step "compiling translations (.ts → .qm)"
"$python" tools/translations.py release

step "PyInstaller build of StationDesk $version"
t="$(seconds)"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/stationdesk.spec
build_seconds="$(elapsed "$t")"
frozen="$root/dist/stationdesk"
echo "built in ${build_seconds} s: $frozen ($(du -sh "$frozen" | cut -f1))"

# The stations' oldest C library (统信 UOS 20: glibc 2.28). A package is only built when the frozen
# folder fits it; --frozen-only (CI, which builds with this machine's Python) reports the figure and
# fails on it only when GLIBC_MAX is set. installer/linux/build-old-glibc.sh builds one that fits.
step "glibc floor: no symbol version newer than GLIBC_${GLIBC_MAX:-2.28}"
glibc_ok=true
installer/linux/check-glibc.sh "$frozen" >"$root/build/check-glibc.log" 2>&1 || glibc_ok=false
tail -1 "$root/build/check-glibc.log"
if ! $glibc_ok; then
  if $frozen_only && [ -z "${GLIBC_MAX:-}" ]; then
    echo "(not fatal with --frozen-only: this build is for this machine only; details in build/check-glibc.log)"
  else
    cat "$root/build/check-glibc.log" >&2
    fail "the frozen folder needs a newer glibc than GLIBC_MAX=${GLIBC_MAX:-2.28} (installer/linux/build-old-glibc.sh builds one that fits; GLIBC_MAX=2.36 for a package for this machine only)"
  fi
fi

# A clean environment: no virtualenv, no Python on PATH, no user settings, a scratch HOME.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
clean_env=(env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
mkdir -p "$scratch/home"

# As root, the frozen smoke test also runs with every Python of this machine out of sight: in a
# private mount namespace the standard libraries and the build virtualenv are covered by empty
# folders and the python programs by /dev/null, so nothing can quietly fall back on them.
HIDE="$(ls -d /usr/lib/python3* /usr/local/lib/python3* 2>/dev/null || true)
$("$python" -c 'import sys, sysconfig; print(sysconfig.get_paths()["stdlib"]); print(sys.prefix if sys.prefix != sys.base_prefix else "")')"
export HIDE
without_python() {
  if [ "$(id -u)" -eq 0 ] && unshare --mount true 2>/dev/null; then
    echo "(Python hidden:" $HIDE ")"
    unshare --mount sh -c '
      for d in $HIDE; do [ -d "$d" ] && mount -t tmpfs none "$d"; done
      for f in /usr/bin/python3* /usr/local/bin/python3*; do [ -f "$f" ] && mount --bind /dev/null "$f"; done
      exec "$@"' sh "$@"
  else
    echo "(not root, or no mount namespaces here: Python is only off PATH)"
    "$@"
  fi
}

step "frozen smoke test (no Python on PATH; as root, none on disk either)"
t="$(seconds)"
without_python "${clean_env[@]}" "$frozen/stationdesk" --smoke-test || fail "the frozen smoke test failed"
frozen_smoke_seconds="$(elapsed "$t")"
shown="$("${clean_env[@]}" "$frozen/stationdesk" --version)"
[ "$shown" = "StationDesk $version" ] || fail "--version says '$shown', expected 'StationDesk $version'"

if $frozen_only; then
  echo
  echo "build-and-test: frozen build OK — build ${build_seconds} s, smoke test ${frozen_smoke_seconds} s," \
    "folder $(du -sh "$frozen" | cut -f1), total $(elapsed "$started") s"
  exit 0
fi

step "Debian package"
installer/linux/build-deb.sh "$frozen" dist
deb="dist/stationdesk_${version}_$(dpkg --print-architecture).deb"
installer/linux/check-glibc.sh "$deb" || fail "the package needs a newer glibc than GLIBC_MAX=${GLIBC_MAX:-2.28}"

if $debian_root; then
  step "install and use the package in a bare Debian 11 root"
  t="$(seconds)"
  installer/linux/test-in-debian.sh "$deb" bullseye || fail "the package failed in the Debian 11 root"
  echo
  echo "build-and-test: OK (Debian 11 root) — StationDesk $version"
  echo "  PyInstaller build      ${build_seconds} s"
  echo "  .deb                   $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes) $deb"
  echo "  Debian 11 root test    $(elapsed "$t") s; total $(elapsed "$started") s"
  exit 0
fi

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
if dpkg -s stationdesk >/dev/null 2>&1 && [ "${STATIONDESK_REPLACE_INSTALLED:-}" != 1 ]; then
  fail "stationdesk is already installed here; set STATIONDESK_REPLACE_INSTALLED=1 to let this script replace and remove it"
fi

step "install (dpkg -i)"
$sudo_cmd dpkg -i "$deb"
for path in /opt/stationdesk/stationdesk /usr/bin/stationdesk /usr/share/applications/stationdesk.desktop \
  /usr/share/icons/hicolor/256x256/apps/stationdesk.png /usr/share/icons/hicolor/scalable/apps/stationdesk.svg; do
  [ -e "$path" ] || fail "$path missing after install"
done
grep -q '^Name\[zh_CN\]=社工站工作台$' /usr/share/applications/stationdesk.desktop || fail "menu entry lacks its Chinese name"

step "installed program: version and smoke test"
[ "$("${clean_env[@]}" stationdesk --version)" = "StationDesk $version" ] || fail "installed --version is wrong"
t="$(seconds)"
"${clean_env[@]}" stationdesk --smoke-test || fail "the installed program's smoke test failed"
installed_smoke_seconds="$(elapsed "$t")"

step "user data survives upgrade in place and removal"
user_db="$scratch/home/.local/share/StationDesk/stationdesk.sqlite3"
"${clean_env[@]}" stationdesk demo --clients 5 --visits-per-client 1 --volunteers 1 >/dev/null || fail "demo in the default data dir"
[ -f "$user_db" ] || fail "the default data dir is not $user_db"
before="$(sha256sum "$user_db" | cut -d' ' -f1)"
$sudo_cmd dpkg -i "$deb" >/dev/null  # the same version again: dpkg runs the upgrade path
"${clean_env[@]}" stationdesk info >/dev/null || fail "the program cannot read its data after the upgrade"
$sudo_cmd dpkg -r stationdesk
[ "$(sha256sum "$user_db" | cut -d' ' -f1)" = "$before" ] || fail "user data changed by upgrade or removal"

step "removal left nothing behind"
[ ! -e /opt/stationdesk ] || {
  find /opt/stationdesk | head -20 >&2
  fail "files left in /opt/stationdesk after dpkg -r"
}
for path in /usr/bin/stationdesk /usr/share/applications/stationdesk.desktop \
  /usr/share/icons/hicolor/256x256/apps/stationdesk.png; do
  [ ! -e "$path" ] || fail "$path left after dpkg -r"
done
$sudo_cmd dpkg -P stationdesk >/dev/null  # forget the package completely (its maintainer scripts)
[ -f "$user_db" ] || fail "user data removed by purge"

echo
echo "build-and-test: OK — StationDesk $version"
echo "  PyInstaller build      ${build_seconds} s"
echo "  frozen folder          $(du -sh "$frozen" | cut -f1) ($(du -sb "$frozen" | cut -f1) bytes)"
echo "  .deb                   $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes) $deb"
echo "  smoke test, frozen     ${frozen_smoke_seconds} s; installed ${installed_smoke_seconds} s"
echo "  total                  $(elapsed "$started") s"
