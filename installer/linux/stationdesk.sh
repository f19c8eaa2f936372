#!/bin/sh
# /usr/bin/stationdesk: start StationDesk from /opt/stationdesk (installed by the stationdesk .deb).
#
# Input methods: the program carries its own Qt, which has the ibus input-method plugin but not
# fcitx's (a fcitx plugin is built against one exact Qt version, so the system's cannot be loaded).
# fcitx5 also speaks the ibus protocol, so when the session asks for fcitx, ask Qt for ibus instead:
# Chinese input then works in StationDesk under fcitx5 as well as under ibus.
plugins=/opt/stationdesk/_internal/PySide6/Qt/plugins/platforminputcontexts
case "${QT_IM_MODULE:-}" in
  fcitx*)
    if ! ls "$plugins" 2>/dev/null | grep -q fcitx; then
      QT_IM_MODULE=ibus
      export QT_IM_MODULE
    fi
    ;;
esac
exec /opt/stationdesk/stationdesk "$@"
