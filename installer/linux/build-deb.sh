#!/usr/bin/env bash
# Build stationdesk_<version>_<arch>.deb from the PyInstaller one-folder build, for Debian-based
# systems (统信 UOS, 麒麟 Kylin, Debian, Ubuntu). No Python is needed on the target.
#
#   installer/linux/build-deb.sh [FROZEN_DIR] [OUT_DIR]     (defaults: dist/stationdesk, dist)
#
# Installs:  /opt/stationdesk/                       the frozen program, untouched
#            /usr/bin/stationdesk                    launcher (a small wrapper, see stationdesk.sh)
#            /usr/share/applications/stationdesk.desktop   menu entry 社工站工作台
#            /usr/share/icons/hicolor/*/apps/stationdesk.{png,svg}
# User data lives in each user's data dir (~/.local/share/StationDesk); the package never creates,
# changes or removes it, so upgrades and `dpkg -r` / `dpkg -P` leave it where it is.
# Depends are computed from the libraries the frozen program links to but does not bundle, and
# libc6 from the newest GLIBC symbol version any bundled file needs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
frozen="$(cd "${1:-$root/dist/stationdesk}" && pwd)"
out="$(mkdir -p "${2:-$root/dist}" && cd "${2:-$root/dist}" && pwd)"

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/desktop/__init__.py")"
[ -n "$version" ] || { echo "build-deb: no __version__ in desktop/__init__.py" >&2; exit 1; }
arch="$(dpkg --print-architecture)"
[ -x "$frozen/stationdesk" ] || { echo "build-deb: $frozen/stationdesk not found (build the frozen app first)" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/stationdesk"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/doc/stationdesk"
cp -a "$frozen" "$pkg/opt/stationdesk"
install -m 0755 "$here/stationdesk.sh" "$pkg/usr/bin/stationdesk"
install -m 0644 "$here/stationdesk.desktop" "$pkg/usr/share/applications/stationdesk.desktop"
for size in 16 24 32 48 64 128 256; do
  install -D -m 0644 "$root/resources/icons/stationdesk-$size.png" \
    "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/stationdesk.png"
done
install -D -m 0644 "$root/resources/icons/stationdesk.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/stationdesk.svg"
cat > "$pkg/usr/share/doc/stationdesk/copyright" <<EOF
StationDesk 社工站工作台 $version — Apache-2.0.
Bundled: Python, Qt 6 / PySide6 (LGPLv3), WenQuanYi Micro Hei (Apache-2.0 / GPLv3 with font
exception, see /opt/stationdesk/_internal/resources/fonts/LICENSE-wqy-microhei.txt) and the Python
packages listed in the program's pyproject.toml, each under its own licence.
EOF
find "$pkg" -type d -exec chmod 0755 {} +

# --- dependencies: what the bundle links to but does not contain ---------------------------------
needed="$(mktemp)" have="$(mktemp)"
find "$pkg/opt/stationdesk" -type f \( -name '*.so*' -o -name stationdesk \) -print0 |
  xargs -0 -r readelf -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u > "$needed"
find "$pkg/opt/stationdesk" -name '*.so*' -printf '%f\n' | sort -u > "$have"
glibc="$(find "$pkg/opt/stationdesk" -type f \( -name '*.so*' -o -name stationdesk \) -print0 |
  xargs -0 -r objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
depends=("libc6${glibc:+ (>= $glibc)}") recommends=()
while read -r soname; do
  case "$soname" in
    libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|libresolv.so.*|libutil.so.*|ld-linux*) continue ;;
    libwayland-cursor.so.0) recommends+=(libwayland-cursor0); continue ;;
    libwayland-egl.so.1) recommends+=(libwayland-egl1); continue ;;
  esac
  # awk reads to the end: an early exit would kill ldconfig with SIGPIPE, and pipefail fail the build.
  path="$(ldconfig -p | awk -v so="$soname" '$1 == so && !found++ { print $NF }')"
  owner=""
  if [ -n "$path" ]; then
    for candidate in "$path" "$(readlink -f "$path")" "${path/#\/lib/\/usr\/lib}" "${path/#\/usr\/lib/\/lib}"; do
      owner="$(dpkg -S "$candidate" 2>/dev/null | awk -F: 'NR == 1 { print $1 }')" && [ -n "$owner" ] && break
    done
  fi
  if [ -z "$owner" ]; then
    echo "build-deb: warning: no package known for $soname (needed by a bundled library)" >&2
    continue
  fi
  case "$soname" in libwayland*) recommends+=("$owner") ;; *) depends+=("$owner") ;; esac
done < <(comm -23 "$needed" "$have")
rm -f "$needed" "$have"
# Debian 10 (统信 UOS 20) names the GCC runtime libgcc1; Debian 11 and later libgcc-s1.
depends_line="$(printf '%s\n' "${depends[@]}" | sort -u | sed 's/^libgcc-s1$/libgcc-s1 | libgcc1/' |
  paste -sd, - | sed 's/,/, /g')"
recommends_line="$(printf '%s\n' "${recommends[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')"

installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
cat > "$pkg/DEBIAN/control" <<EOF
Package: stationdesk
Version: $version
Architecture: $arch
Maintainer: StationDesk <stationdesk@localhost>
Installed-Size: $installed_kb
Depends: $depends_line
${recommends_line:+Recommends: $recommends_line
}Section: misc
Priority: optional
Homepage: https://localhost/stationdesk
Description: StationDesk 社工站工作台 — offline desk for community mental-health social work
 Client register, home-visit records, follow-up scheduling, volunteer rota and hours,
 printable forms and file-based exchange with the district office, for Shanghai
 community mental-health social-work stations. Works with no network; needs no Python.
 User data stays in each user's data directory and is kept on upgrade and removal.
EOF
install -m 0755 "$here/postinst" "$pkg/DEBIAN/postinst"
install -m 0755 "$here/postrm" "$pkg/DEBIAN/postrm"

deb="$out/stationdesk_${version}_${arch}.deb"
# xz: every dpkg in the field reads it (zstd needs dpkg >= 1.21.18, newer than UOS 20 / Kylin V10).
# DEB_XZ_LEVEL=1 builds much faster for test runs at a slightly larger size.
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-6}" --build "$pkg" "$deb" >/dev/null
echo "build-deb: $deb ($(du -h "$deb" | cut -f1); installed $((installed_kb / 1024)) MiB)"
echo "build-deb: Depends: $depends_line${recommends_line:+; Recommends: $recommends_line}"
