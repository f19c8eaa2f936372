#!/usr/bin/env bash
# Fail when any ELF file of a frozen folder or a .deb needs a glibc newer than the stations have.
#
#   installer/linux/check-glibc.sh dist/stationdesk                 a frozen folder
#   installer/linux/check-glibc.sh dist/stationdesk_0.1.0_amd64.deb a package (unpacked to a temp dir)
#   GLIBC_MAX=2.31 installer/linux/check-glibc.sh ...               another floor (default 2.28: 统信 UOS 20)
#
# Reads the versioned dynamic symbols (`objdump -T`) of every ELF file: the dynamic loader refuses
# a program or library that names a GLIBC_x.y version the system's libc does not define, so the
# newest such version is what the file needs. Prints the newest version found and, on failure,
# each offending file with its newest version and up to three of its symbols. Exit 0 when nothing
# is newer than GLIBC_MAX, 1 when something is, 2 on a usage error.
set -euo pipefail
max="${GLIBC_MAX:-2.28}"
[ $# -eq 1 ] || {
  echo "usage: $0 FROZEN_FOLDER|PACKAGE.deb" >&2
  exit 2
}
command -v objdump >/dev/null || {
  echo "check-glibc: objdump missing (apt-get install binutils)" >&2
  exit 2
}
target="$1"
if [ -f "$target" ] && [[ "$target" == *.deb ]]; then
  unpacked="$(mktemp -d)"
  trap 'rm -rf "$unpacked"' EXIT
  dpkg-deb -x "$target" "$unpacked"
  folder="$unpacked"
elif [ -d "$target" ]; then
  folder="$target"
else
  echo "check-glibc: $target is neither a folder nor a .deb" >&2
  exit 2
fi

newer() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -1)" = "$1" ]; }

files=0
bad=0
newest="0"
newest_file=""
while IFS= read -r -d '' file; do
  [ "$(head -c 4 "$file" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = "7f454c46" ] || continue
  files=$((files + 1))
  symbols="$(objdump -T "$file" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*)\? \+[^ ]*$' | tr -d ')' || true)"
  [ -n "$symbols" ] || continue
  top="$(printf '%s\n' "$symbols" | grep -o '^GLIBC_[0-9.]*' | sed 's/^GLIBC_//' | sort -V | tail -1)"
  if newer "$top" "$newest"; then
    newest="$top"
    newest_file="$file"
  fi
  if newer "$top" "$max"; then
    bad=$((bad + 1))
    examples="$(printf '%s\n' "$symbols" | awk -v max="$max" '{
        split(substr($1, 7), v, "."); split(max, m, ".")
        if (v[1] > m[1] || (v[1] == m[1] && v[2] + 0 > m[2] + 0)) print $NF "@" $1 }' | sort -u | head -3 | tr '\n' ' ')"
    echo "  needs GLIBC_$top: ${file#"$folder"/}  ($examples)"
  fi
done < <(find "$folder" -type f -print0)

[ "$files" -gt 0 ] || {
  echo "check-glibc: no ELF file under $target" >&2
  exit 2
}
if [ "$bad" -gt 0 ]; then
  echo "check-glibc: FAILED: $bad of $files ELF files need a glibc newer than $max (newest: GLIBC_$newest)" >&2
  exit 1
fi
echo "check-glibc: OK: $files ELF files, newest symbol version GLIBC_$newest (${newest_file#"$folder"/}) <= $max"
