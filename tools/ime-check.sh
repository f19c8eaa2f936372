#!/usr/bin/env bash
# Chinese typed through a real input method into the frozen StationDesk (installer/README.md,
# "Chinese input"): fcitx5 with its pinyin engine, `zhang` and a space typed into the client search
# box and into a visit narrative, each field then read back: it must hold exactly 张.
#
#   tools/ime-check.sh [FROZEN_DIR]    default dist/stationdesk (installer/build-and-test.sh --frozen-only)
#   IME_SCREENSHOTS=DIR                where the two pictures go (default build/ime-check;
#                                      docs/screenshots refreshes the committed ones)
#
# Everything runs privately and is ended at exit: an X screen (Xvfb, 1366×768), a session bus, the
# accessibility bus it starts, fcitx5 with a profile of its own (keyboard first, pinyin the input
# method it switches to) in a scratch HOME, and the program, started through the .deb's launcher
# (installer/linux/stationdesk.sh) the way a fcitx desktop starts it (QT_IM_MODULE=fcitx), on a
# fresh demo station in a scratch data dir. tools/ime_check.py then signs in and types with real X
# key events (xdotool) and reads the fields over AT-SPI. Debian packages it needs are installed
# with apt-get when missing (root or sudo). Exit 0 only when both fields hold 张.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
frozen="$(realpath -m "${1:-dist/stationdesk}")"
shots="$(realpath -m "${IME_SCREENSHOTS:-build/ime-check}")"
[ -x "$frozen/stationdesk" ] || {
  echo "ime-check: no frozen program in $frozen (installer/build-and-test.sh --frozen-only builds it)" >&2
  exit 1
}
started="$(date +%s.%N)"
elapsed() { awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# fcitx5-pinyin is the pinyin engine (of fcitx5-chinese-addons); at-spi2-core the accessibility
# bus; python3-pyatspi reads it; imagemagick's `import` takes the screenshots.
packages=(xvfb dbus fcitx5 fcitx5-pinyin xdotool imagemagick at-spi2-core python3-pyatspi)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ime-check: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "ime-check: packages ready after $(elapsed) s"
fi

scratch="$(mktemp -d)"
xvfb_pid="" bus_pid="" fcitx_pid="" app_pid=""
bus_peers() {
  # Everything on the private session bus was started by this script (fcitx5, the accessibility
  # bus launcher and registry the program's Qt activated, the program): their process ids.
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.ListNames 2>/dev/null | sed -n 's/^ *string "\(:[^"]*\)"$/\1/p' |
    while read -r name; do
      dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID "string:$name" 2>/dev/null | sed -n 's/^ *uint32 //p'
    done | sort -u
}
stop() {
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true  # reaps it when it is this script's child
  done
}
cleanup() {
  set +e
  [ -n "$app_pid" ] && stop "$app_pid"
  [ -n "$bus_pid" ] && stop $(bus_peers | grep -vx "$$") "$bus_pid"
  [ -n "$fcitx_pid" ] && stop "$fcitx_pid"
  [ -n "$xvfb_pid" ] && stop "$xvfb_pid"
  rm -rf "$scratch"
}
trap cleanup EXIT

# A scratch user: nothing of the caller's desktop, input-method or StationDesk settings leaks in.
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" LANG=C.UTF-8
unset QT_QPA_PLATFORM WAYLAND_DISPLAY QT_IM_MODULES IBUS_USE_PORTAL IBUS_ADDRESS GTK_IM_MODULE XMODIFIERS \
  STATIONDESK_DATA_DIR STATIONDESK_LANG STATIONDESK_BENCH_LOGIN SESSION_MANAGER
mkdir -p "$XDG_CONFIG_HOME/fcitx5/conf" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$scratch/display" >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || { cat "$scratch/xvfb.log" >&2; echo "ime-check: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$scratch/display")"

dbus-daemon --session --nofork --print-address=3 3>"$scratch/bus" 2>"$scratch/dbus.log" &
bus_pid=$!
for _ in $(seq 100); do [ -s "$scratch/bus" ] && break; sleep 0.1; done
DBUS_SESSION_BUS_ADDRESS="$(head -1 "$scratch/bus")"
[ -n "$DBUS_SESSION_BUS_ADDRESS" ] || { echo "ime-check: the session bus did not start" >&2; exit 1; }
export DBUS_SESSION_BUS_ADDRESS

# The first group's first entry is the layout used while the input method is off; pinyin is what
# fcitx5's trigger key (Ctrl+Space) switches to. Cloud pinyin off: no network, same candidates always.
cat >"$XDG_CONFIG_HOME/fcitx5/profile" <<'PROFILE'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
PROFILE
fcitx5 --disable=wayland,waylandim,kimpanel,notificationitem,cloudpinyin >"$scratch/fcitx5.log" 2>&1 &
fcitx_pid=$!
has_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q "boolean true"
}
for _ in $(seq 300); do
  has_owner org.freedesktop.portal.IBus && grep -q "Loaded addon pinyin" "$scratch/fcitx5.log" && break
  sleep 0.1
done
has_owner org.freedesktop.portal.IBus || {
  cat "$scratch/fcitx5.log" >&2
  echo "ime-check: fcitx5 did not offer its IBus frontend on the session bus" >&2
  exit 1
}
grep -q "Loaded addon pinyin" "$scratch/fcitx5.log" || {
  cat "$scratch/fcitx5.log" >&2
  echo "ime-check: fcitx5 did not load its pinyin engine (package fcitx5-pinyin)" >&2
  exit 1
}
# Start the accessibility bus before the program, so its Qt finds it at start-up.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
echo "ime-check: screen $DISPLAY, session bus, fcitx5 with pinyin and the accessibility bus up after $(elapsed) s"

# A fresh demo station; liming is one of its published demo accounts (`stationdesk demo` lists them).
"$frozen/stationdesk" --data-dir "$scratch/data" demo --clients 30 --visits-per-client 1 --volunteers 1 \
  --shifts 1 --seed 20 >"$scratch/demo.log" 2>&1 || {
  cat "$scratch/demo.log" >&2
  echo "ime-check: the demo station could not be made" >&2
  exit 1
}
printf 'demo1234\n' >"$scratch/password"

QT_IM_MODULE=fcitx QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 STATIONDESK_INSTALL_DIR="$frozen" \
  installer/linux/stationdesk.sh --data-dir "$scratch/data" --lang zh_CN >"$scratch/app.log" 2>&1 &
app_pid=$!

if ! /usr/bin/python3 tools/ime_check.py --user liming --password-file "$scratch/password" --screenshots "$shots"; then
  echo "--- program log (tail)" >&2
  { grep -v "qt.accessibility.atspi" "$scratch/app.log" || true; } | tail -20 >&2
  echo "--- fcitx5 log (tail)" >&2
  tail -20 "$scratch/fcitx5.log" >&2 || true
  echo "ime-check: FAILED after $(elapsed) s (screen as it was: $shots/ime-failed.png)" >&2
  exit 1
fi
echo "ime-check: OK — 张 committed through fcitx5 pinyin in the search box and a visit narrative, $(elapsed) s"
