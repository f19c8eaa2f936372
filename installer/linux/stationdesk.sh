#!/bin/sh
# /usr/bin/stationdesk: start StationDesk from /opt/stationdesk (installed by the stationdesk .deb).
# STATIONDESK_INSTALL_DIR points it at another frozen folder (the tests and tools/ime-check.sh use it).
#
# Input methods (installer/README.md, "Chinese input"): the program carries its own Qt, which has
# the ibus input-method plugin but not fcitx's (a fcitx plugin is built against one exact Qt
# version, so the system's cannot be loaded). fcitx5 also answers the IBus protocol, so when the
# session asks for fcitx, ask Qt for ibus instead — through the IBus portal (IBUS_USE_PORTAL): Qt's
# ibus plugin otherwise gives up at once on a machine without an ibus-daemon program, which is the
# usual fcitx station. fcitx 4 answers neither; see the README for what such a station needs.
dir="${STATIONDESK_INSTALL_DIR:-/opt/stationdesk}"
plugins="$dir/_internal/PySide6/Qt/plugins/platforminputcontexts"
if ! ls "$plugins" 2>/dev/null | grep -q fcitx; then
  case "${QT_IM_MODULE:-}" in
    fcitx*)
      QT_IM_MODULE=ibus
      IBUS_USE_PORTAL=1
      export QT_IM_MODULE IBUS_USE_PORTAL
      ;;
  esac
  # Qt 6.7+ reads the list QT_IM_MODULES before QT_IM_MODULE (fcitx5's newer session set-ups).
  case ";${QT_IM_MODULES:-};" in
    *";fcitx"*)
      mapped=""
      old_ifs="$IFS"
      IFS=";"
      for module in $QT_IM_MODULES; do
        case "$module" in fcitx*) module=ibus ;; esac
        mapped="${mapped:+$mapped;}$module"
      done
      IFS="$old_ifs"
      QT_IM_MODULES="$mapped"
      IBUS_USE_PORTAL=1
      export QT_IM_MODULES IBUS_USE_PORTAL
      ;;
  esac
fi
exec "$dir/stationdesk" "$@"
