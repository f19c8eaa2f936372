#!/usr/bin/env bash
# The Linux package for the stations' oldest C library (glibc 2.28: 统信 UOS 20; 麒麟 V10 has 2.31),
# built on any newer x86-64 Debian. SLOW (tens of minutes on two cores): never part of .ci/run.
#
#   installer/linux/build-old-glibc.sh            interpreter + frozen build + glibc check + .deb
#   installer/linux/build-old-glibc.sh --python   only the old-glibc interpreter (build/old-glibc/python)
#
# The route:
# - C compiler: `zig cc -target x86_64-linux-gnu.2.28` from the `ziglang` wheel on PyPI. Zig links
#   against stubs of exactly that glibc version, so nothing it builds can name a newer symbol, on
#   whatever machine it runs.
# - CPython: the 3.11 source as Debian's `python3.11` source package carries it (`apt-get source`),
#   configured --enable-shared (PyInstaller bundles libpython) with zlib, libffi and SQLite built
#   by the same compiler and linked in statically: a Python built by this machine's compiler, or
#   any library bundled from this machine, would need this machine's glibc again. No OpenSSL, lzma,
#   bz2, readline or Tk: the program uses none of them (hashlib falls back on its built-in digests;
#   cryptography's wheel carries its own OpenSSL).
# - Wheels: fetched by this machine's pip for the manylinux_2_28 platform into a folder the new
#   Python reads through PYTHONPATH (the new Python has no ssl module, so no pip of its own).
#   PySide6 6.10 and later ship manylinux_2_34 wheels only, and the split pyside6-pdf wheel has no
#   manylinux_2_28 build: this build takes PySide6 6.9.3 (its last manylinux_2_28 release), with
#   QtPdf from pyside6-addons.
# - PyInstaller's bootloader: the one in its wheel needs only GLIBC_2.14 (check-glibc.sh shows it),
#   so it is used as it is.
# Then installer/build-and-test.sh runs with that Python: frozen build, smoke test, the glibc check
# (fatal here), the .deb and, with --deb-test, its install in a Debian 11 root
# (installer/linux/test-in-debian.sh).
#
# Needs root for apt-get (tcl to make SQLite's amalgamation, dpkg-dev for apt-get source).
# Work folder: build/old-glibc/ (kept between runs; each stage is skipped when its result exists).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
work="$root/build/old-glibc"
prefix="$work/prefix"
mkdir -p "$work/src" "$prefix"
host_python="${HOST_PYTHON:-$root/.venv/bin/python}"
[ -x "$host_python" ] || host_python="$(command -v python3)"
jobs="${JOBS:-2}"
step() { printf '\n== %s\n' "$*"; }
fail() {
  echo "build-old-glibc: FAILED: $*" >&2
  exit 1
}
seconds() { date +%s; }
started="$(seconds)"

# --- tools ------------------------------------------------------------------------------------
for tool in tclsh:tcl dpkg-source:dpkg-dev make:make; do
  command -v "${tool%%:*}" >/dev/null || apt-get install -y -qq --no-install-recommends "${tool#*:}" >/dev/null
done
if [ ! -x "$work/zig/ziglang/zig" ]; then
  step "zig (ziglang wheel)"
  "$host_python" -m pip install --quiet --target "$work/zig" ziglang
fi
zig="$work/zig/ziglang/zig"
# Wrappers, because configure scripts take CC as one program name.
mkdir -p "$work/bin"
# Assembly (libffi's .S files) gets the plain triple: clang's assembler rejects the glibc suffix,
# and assembled code names no libc symbol versions anyway. CPython stamps its build date with
# __DATE__, which zig's reproducible-build default turns into an error.
cat >"$work/bin/cc" <<EOF
#!/bin/sh
target=x86_64-linux-gnu.2.28
for arg do
  shift
  case "\$arg" in
    *.S | *.s) target=x86_64-linux-gnu ;;
    -Wl,-h*) arg="-Wl,-soname,\${arg#-Wl,-h}" ;; # CPython's soname flag; zig knows only the long form
  esac
  set -- "\$@" "\$arg"
done
exec "$zig" cc -target "\$target" -Wno-error=date-time "\$@"
EOF
cat >"$work/bin/ar" <<EOF
#!/bin/sh
exec "$zig" ar "\$@"
EOF
cat >"$work/bin/ranlib" <<EOF
#!/bin/sh
exec "$zig" ranlib "\$@"
EOF
chmod +x "$work/bin/cc" "$work/bin/ar" "$work/bin/ranlib"
export CC="$work/bin/cc" AR="$work/bin/ar" RANLIB="$work/bin/ranlib"
export ZIG_GLOBAL_CACHE_DIR="$work/zig-cache" ZIG_LOCAL_CACHE_DIR="$work/zig-cache"

# --- sources: Debian's source packages, through this machine's apt mirror ----------------------
# A private deb-src list made from the machine's own `deb` entries, so /etc/apt stays untouched.
apt_dir="$work/apt"
if [ ! -d "$apt_dir/lists" ]; then
  step "deb-src index (from this machine's apt sources)"
  mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial"
  # The security archive's source pool is not always mirrored: the main archive is enough here.
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk 'BEGIN { RS = ""; ORS = "\n\n" } !/security/ { sub(/Types: *deb\n/, "Types: deb-src\n"); print }' "$file" \
      >"$apt_dir/sources.list.d/$(basename "$file")"
  done
  if [ -f /etc/apt/sources.list ]; then
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | grep -v security >"$apt_dir/sources.list" || true
  else
    : >"$apt_dir/sources.list"
  fi
fi
apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
  -o "Dir::State::Lists=$apt_dir/lists")
fetch_source() { # fetch_source PACKAGE → unpacked folder name on stdout
  local package="$1"
  if ! ls -d "$work/src/$package"-*/ >/dev/null 2>&1; then
    [ -n "$(ls "$apt_dir/lists" | grep -v partial || true)" ] || apt-get "${apt_options[@]}" update -qq
    (cd "$work/src" && apt-get "${apt_options[@]}" source -qq "$package" >"$work/apt-source.log" 2>&1) ||
      fail "apt-get source $package: see $work/apt-source.log"
  fi
  ls -d "$work/src/$package"-*/ | head -1
}

# --- static libraries ------------------------------------------------------------------------
if [ ! -f "$prefix/lib/libz.a" ]; then
  step "zlib (static, zig cc → glibc 2.28)"
  src="$(fetch_source zlib)"
  (cd "$src" && CFLAGS="-O2 -fPIC" ./configure --static --prefix="$prefix" && make -j"$jobs" && make install) \
    >"$work/zlib.log" 2>&1 || fail "zlib: see $work/zlib.log"
fi
if [ ! -f "$prefix/lib/libffi.a" ] && [ ! -f "$prefix/lib64/libffi.a" ]; then
  step "libffi (static)"
  src="$(fetch_source libffi)"
  (cd "$src" && CFLAGS="-O2 -fPIC -Wno-error=implicit-function-declaration" ./configure --prefix="$prefix" \
    --disable-shared --enable-static --with-pic --disable-exec-static-tramp \
    --disable-docs --disable-multi-os-directory && make -j"$jobs" && make install) \
    >"$work/libffi.log" 2>&1 || fail "libffi: see $work/libffi.log"
fi
if [ ! -f "$prefix/lib/libsqlite3.a" ]; then
  step "SQLite (static)"
  src="$(fetch_source sqlite3)"
  (cd "$src" && CFLAGS="-O2 -fPIC -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_MATH_FUNCTIONS" \
    ./configure --prefix="$prefix" --disable-shared --enable-static --disable-tcl --disable-readline &&
    make -j"$jobs" libsqlite3.la &&
    install -D -m 644 .libs/libsqlite3.a "$prefix/lib/libsqlite3.a" && install -m 644 sqlite3.h sqlite3ext.h "$prefix/include/") \
    >"$work/sqlite.log" 2>&1 || fail "SQLite: see $work/sqlite.log"
fi

# --- CPython -----------------------------------------------------------------------------------
python="$work/python/bin/python3.11"
if [ ! -x "$python" ]; then
  step "CPython 3.11 from Debian's python3.11 source package (shared libpython, zig cc → glibc 2.28)"
  t="$(seconds)"
  src="$(fetch_source python3.11)"
  # setup.py adds this machine's multiarch folders (/usr/include/<triple>) to every extension
  # module: their glibc headers clash with zig's 2.28 ones. Everything needed is in $prefix.
  sed -i 's/^        self.add_multiarch_paths()$/        pass  # old-glibc build: no build-machine headers/' \
    "$src/setup.py"
  # setup.py compiles pyexpat without Py_BUILD_CORE_MODULE, which its internal headers need (the
  # other such modules define it themselves); without pyexpat there is no xml.etree for openpyxl.
  grep -q "define Py_BUILD_CORE_MODULE" "$src/Modules/pyexpat.c" ||
    sed -i '1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif' "$src/Modules/pyexpat.c"
  mkdir -p "$work/python-build"
  # No libpython3.so (PY3LIBRARY=): zig cannot link that stub, and the stable-ABI wheels (PySide6,
  # cryptography) do not link to it on Linux.
  # Static libraries first on the search path; $ORIGIN so libpython is found wherever it lies.
  (cd "$work/python-build" && { [ -f Makefile ] || "$src/configure" --prefix="$work/python" --enable-shared \
    --without-ensurepip --with-system-ffi --disable-test-modules \
    CFLAGS="-O2 -I$prefix/include" CPPFLAGS="-I$prefix/include" \
    LDFLAGS="-L$prefix/lib -L$prefix/lib64 -Wl,-rpath,\\\$\$ORIGIN/../lib" \
    LIBFFI_CFLAGS="-I$prefix/include" LIBFFI_LIBS="$prefix/lib/libffi.a" \
    LIBSQLITE3_CFLAGS="-I$prefix/include" LIBSQLITE3_LIBS="$prefix/lib/libsqlite3.a -lm" \
    ZLIB_CFLAGS="-I$prefix/include" ZLIB_LIBS="$prefix/lib/libz.a" >"$work/python-configure.log" 2>&1; } &&
    make -j"$jobs" PY3LIBRARY= >"$work/python-make.log" 2>&1 &&
    make install PY3LIBRARY= >"$work/python-install.log" 2>&1) ||
    fail "CPython: see $work/python-*.log"
  echo "CPython built in $(($(seconds) - t)) s"
fi
"$python" -c "import sqlite3, zlib, ctypes, _multiprocessing, math, pyexpat, xml.etree.ElementTree; print('modules ok, sqlite', sqlite3.sqlite_version)"
installer/linux/check-glibc.sh "$work/python"
[ "${1:-}" = "--python" ] && exit 0

# --- wheels for manylinux_2_28 ----------------------------------------------------------------
site="$work/site-packages"
requirements="$("$host_python" - <<'EOF'
import tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]
names = [d for d in deps["dependencies"] + deps["optional-dependencies"]["build"] if not d.lower().startswith("pyside6")]
print("\n".join(names + ["pyside6-essentials==6.9.3", "pyside6-addons==6.9.3"]))
EOF
)"
# The folder is kept between runs and fetched again when the requirements change (it records them).
if [ ! -f "$site/.complete" ] || [ "$(cat "$site/.complete")" != "$requirements" ]; then
  step "wheels for manylinux_2_28 (PySide6 6.9.3: the last with such wheels)"
  rm -rf "$site"
  # pip takes --platform literally: every manylinux level up to 2.28, and the legacy aliases.
  platforms=(--platform manylinux2014_x86_64 --platform manylinux2010_x86_64 --platform manylinux1_x86_64)
  for minor in $(seq 5 28); do platforms+=(--platform "manylinux_2_${minor}_x86_64"); done
  # shellcheck disable=SC2086
  "$host_python" -m pip install --quiet --target "$site" --only-binary=:all: "${platforms[@]}" \
    --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none $requirements
  printf '%s' "$requirements" >"$site/.complete"
fi

step "frozen build, smoke test, glibc check and .deb with the old-glibc Python"
export PYTHONPATH="$site" GLIBC_MAX="${GLIBC_MAX:-2.28}" DEB_XZ_LEVEL="${DEB_XZ_LEVEL:-6}"
export STATIONDESK_SYSTEM_LIBRARIES=target # system libraries from the station, not from this machine
# The .ts → .qm step needs pyside6-lrelease, a console script the --target install does not make:
# the build machine's (tools/setup-env.sh's .venv) compiles the same files.
export PATH="$PATH:$(dirname "$host_python")"
PYTHON="$python" installer/build-and-test.sh --frozen-only
installer/linux/build-deb.sh dist/stationdesk dist || fail "build-deb.sh (see above)"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)"
deb="dist/stationdesk_${version}_amd64.deb"
installer/linux/check-glibc.sh "$deb"
echo
echo "build-old-glibc: OK in $(($(seconds) - started)) s — $deb ($(du -h "$deb" | cut -f1)), GLIBC ≤ $GLIBC_MAX"
