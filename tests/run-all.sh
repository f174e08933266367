#!/usr/bin/env bash
# Runs every test:
#   1. the Linux build (preset "default") and its Catch2 tests;
#   2. the Windows build (preset "windows-cross", mingw-w64) and its tests under wine64, in a throwaway
#      Wine prefix set to Windows 10.
# Usage: tests/run-all.sh        (packages: .ci/install-deps.sh)
#        HPR_SKIP_WINDOWS=1 tests/run-all.sh   only the Linux part (for a quick local loop)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
say() { printf '\n== %s ==\n' "$*"; }

prefix_root=""
cleanup() {
    if [ -n "$prefix_root" ]; then
        WINEPREFIX="$prefix_root/prefix" wineserver -k >/dev/null 2>&1 || true
        rm -rf "$prefix_root"
    fi
}
trap cleanup EXIT

if [ "${HPR_SKIP_WINDOWS:-0}" != 1 ]; then
    for tool in x86_64-w64-mingw32-g++-posix wine wineserver; do
        command -v "$tool" >/dev/null || { echo "run-all: $tool is missing; run .ci/install-deps.sh" >&2; exit 1; }
    done
    # Prepare Wine while Linux builds: a persistent wineserver with its stdio detached (otherwise every
    # test waits for Wine's helpers to release ctest's pipe), then the prefix, then Windows 10.
    prefix_root=$(mktemp -d)
    export WINEPREFIX="$prefix_root/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    unset DISPLAY WAYLAND_DISPLAY
    mkdir -p "$WINEPREFIX"
    wineserver -p </dev/null >/dev/null 2>&1
    # Restarting the server once after the prefix exists brings Wine's services up cleanly (without it, COM
    # start-up in the tests sometimes stalls for 10-20 s; docs/windows-backend.md).
    ( wine wineboot -i </dev/null >/dev/null 2>&1; wine winecfg /v win10 </dev/null >/dev/null 2>&1
      wineserver -k >/dev/null 2>&1; sleep 1; wineserver -p </dev/null >/dev/null 2>&1
      wine wineboot </dev/null >/dev/null 2>&1 ) &
    wine_init=$!
fi

say "Linux build"
cmake --preset default >/dev/null
cmake --build --preset default -j "$jobs"
say "Linux tests"
ctest --test-dir build --output-on-failure -j "$jobs"

if [ "${HPR_SKIP_WINDOWS:-0}" != 1 ]; then
    wait "$wine_init"
    say "Windows cross build (mingw-w64)"
    cmake --preset windows-cross >/dev/null
    cmake --build --preset windows-cross -j "$jobs"
    say "Windows tests under Wine"
    # One test process at a time: concurrent first COM calls race to start Wine's RpcSs service.
    ctest --test-dir build-win --output-on-failure -j 1
fi
say "all tests passed"
