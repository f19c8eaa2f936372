#!/usr/bin/env bash
# Install the .deb on a bare older Debian and use it there: a Debian 11 root made with debootstrap
# (glibc 2.31, the oldest release the package mirror still carries; 麒麟 V10 has the same glibc),
# `apt-get install ./stationdesk_*.deb` pulling the declared dependencies, then as a normal user the
# installed program's --version, --smoke-test and a bundle export and import through its command
# line (installer/linux/exchange-check.sh). SLOW (minutes): never part of .ci/run.
#
#   installer/linux/test-in-debian.sh dist/stationdesk_0.1.0_amd64.deb [SUITE]   (SUITE: bullseye)
#
# Needs root (debootstrap, chroot, mounts; apt-get installs debootstrap when missing). The bare
# root is made once and kept as build/debian-root/SUITE.tar; each run unpacks a fresh copy, so the
# dependencies are always pulled into a system that has none of them. The mirror is the first
# non-security one of this machine's apt sources (DEBIAN_MIRROR overrides it).
set -euo pipefail
[ $# -ge 1 ] || {
  echo "usage: $0 PACKAGE.deb [SUITE]" >&2
  exit 2
}
deb="$(realpath "$1")"
suite="${2:-bullseye}"
cd "$(dirname "$0")/../.."
root="$(pwd)"
cache="$root/build/debian-root"
target="$cache/$suite"
mkdir -p "$cache"
seconds() { date +%s; }
started="$(seconds)"
fail() {
  echo "test-in-debian: FAILED: $*" >&2
  exit 1
}
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot)"

mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
    grep -E '^(URIs:|deb )' | grep -v security | grep -o 'https\?://[^ ]*' | head -1 || true)"
fi
[ -n "$mirror" ] || fail "no Debian mirror found in this machine's apt sources; set DEBIAN_MIRROR"

if [ ! -f "$cache/$suite.tar" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
  echo "== debootstrap $suite (minbase) from $mirror"
  t="$(seconds)"
  rm -rf "$cache/$suite-base"
  debootstrap --variant=minbase "$suite" "$cache/$suite-base" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    fail "debootstrap: see $cache/debootstrap.log"
  tar -C "$cache/$suite-base" -cf "$cache/$suite.tar" .
  rm -rf "$cache/$suite-base"
  echo "bare $suite root made in $(($(seconds) - t)) s"
fi

echo "== fresh $suite root"
rm -rf "$target"
mkdir -p "$target"
tar -C "$target" -xf "$cache/$suite.tar"
cp /etc/resolv.conf "$target/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$target/tmp/"
cp installer/linux/exchange-check.sh "$target/usr/local/bin/exchange-check"
package="/tmp/$(basename "$deb")"
echo "glibc in the root: $(chroot "$target" ldd --version | head -1)"

# Mounts live in a private namespace: they go away with it, whatever happens.
in_root() {
  unshare --mount --propagation private sh -c '
    target="$1"; shift
    mount --rbind /dev "$target/dev" && mount -t proc proc "$target/proc" && mount -t tmpfs tmpfs "$target/dev/shm"
    exec chroot "$target" "$@"' sh "$target" "$@"
}

echo "== apt-get install ./$(basename "$deb") (pulls the declared dependencies)"
t="$(seconds)"
in_root sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$0"' \
  "$package" >"$cache/apt-install.log" 2>&1 || {
  tail -20 "$cache/apt-install.log" >&2
  fail "apt-get install of the package in $suite (full log: $cache/apt-install.log)"
}
install_seconds="$(($(seconds) - t))"
pulled="$(grep -c '^Setting up' "$cache/apt-install.log" || true)"
echo "installed with $pulled packages in ${install_seconds} s"

in_root useradd --create-home --shell /bin/bash station
as_station=(env -i PATH=/usr/bin:/bin HOME=/home/station LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
  setpriv --reuid=station --regid=station --init-groups)
echo "== installed program as user 'station'"
in_root "${as_station[@]}" stationdesk --version
t="$(seconds)"
in_root "${as_station[@]}" stationdesk --smoke-test || fail "the installed program's smoke test failed in $suite"
smoke_seconds="$(($(seconds) - t))"
in_root "${as_station[@]}" /usr/local/bin/exchange-check stationdesk /home/station/exchange || fail "export and import in $suite"

echo
echo "test-in-debian: OK in $suite — install ${install_seconds} s ($pulled packages), smoke test ${smoke_seconds} s," \
  "total $(($(seconds) - started)) s; package $(du -h "$deb" | cut -f1)"
rm -rf "$target"
