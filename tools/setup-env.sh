#!/usr/bin/env bash
# Shared by run.sh and test.sh: install the Debian packages Qt needs (when missing) and a virtualenv
# in .venv with StationDesk in it. Usage: tools/setup-env.sh [pip extras, comma-separated, e.g. "test"]
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

# Libraries PySide6 loads even offscreen (GL, EGL, xkbcommon, fontconfig, glib, dbus), plus the xcb
# ones for a real screen, and poppler for checking PDFs in tests.
packages=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
          libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
          libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 poppler-utils)
python_cmd="${PYTHON:-python3}"
if ! "$python_cmd" -m venv --help >/dev/null 2>&1; then packages+=(python3-venv); fi
missing=()
if command -v dpkg >/dev/null 2>&1; then
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$python_cmd" -m venv .venv
fi
# pip only when the dependency lists, the Python version or the wanted extras changed since the last
# successful set-up (tools/env_marker.py): the second ./run.sh starts with no network at all.
if ! install_extras="$(.venv/bin/python tools/env_marker.py check "$extras")"; then
  .venv/bin/python -m pip install --quiet --upgrade pip 2>/dev/null || true
  if [ -n "$install_extras" ]; then
    .venv/bin/python -m pip install --quiet --editable ".[$install_extras]"
  else
    .venv/bin/python -m pip install --quiet --editable .
  fi
  .venv/bin/python tools/env_marker.py write "$install_extras"
fi
# The compiled translations (.qm) are built, not committed: Qt loads them for the English interface.
.venv/bin/python tools/translations.py release >/dev/null
