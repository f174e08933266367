#!/usr/bin/env bash
# Times `hotpatch-ready-cli assess --device local --format json` under Wine: wall-clock min/median/max of N
# runs, next to the same statistics for `--version` (Wine process start-up alone). Builds nothing.
#
# Usage: bench/assess-local-wine.sh [BUILD_DIR] [RUNS]          defaults: build-win 10
#
# The prefix is $WINEPREFIX (default /tmp/hotpatch-ready-bench-prefix). A missing prefix is prepared the way
# tests/run-all.sh prepares one: a persistent wineserver with its stdio detached, `wineboot -i`, Windows 10.
# An existing prefix is reused as it is (its wineserver is started if none runs, and stopped at the end).
# One untimed warm-up run comes first, so the figures are for a prefix in use, not for its first boot.
# If assess takes ~10 s or more per run and Wine prints "start_rpcss Failed", the prefix's services did not
# start: restart them with `wineserver -k; wineserver -p; wine wineboot` and run again.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build-win}
runs=${2:-10}
exe="$build/app/hotpatch-ready-cli.exe"
if [ ! -f "$exe" ]; then
    echo "bench: $exe not found (cmake --preset windows-cross && cmake --build --preset windows-cross)" >&2
    exit 3
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench: RUNS must be a positive number" >&2; exit 3; }
for tool in wine wineserver; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 3; }
done

export WINEPREFIX=${WINEPREFIX:-/tmp/hotpatch-ready-bench-prefix} WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$WINEPREFIX"
started_server=0 # a persistent server with detached stdio, stopped at the end if this script started it
if wineserver -p </dev/null >/dev/null 2>&1; then started_server=1; fi
if [ ! -d "$WINEPREFIX/drive_c" ]; then
    echo "preparing the Wine prefix $WINEPREFIX (Windows 10) ..."
    wine wineboot -i </dev/null >/dev/null 2>&1
    wine winecfg /v win10 </dev/null >/dev/null 2>&1
fi

out=$(mktemp)
cleanup() {
    rm -f "$out"
    if [ "$started_server" = 1 ]; then wineserver -k >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# Runs the command once; prints its wall-clock seconds. Exit codes 0-2 are verdicts (ready, not ready,
# undetermined); anything else is a failure of the benchmark.
timed() {
    local start end rc=0
    start=$EPOCHREALTIME
    cmake/wine-run.sh "$@" >"$out" 2>/dev/null </dev/null || rc=$?
    end=$EPOCHREALTIME
    if [ "$rc" -gt 2 ]; then
        echo "bench: '$*' exited with $rc" >&2
        exit 4
    fi
    echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }'
}

stats() { # min median max of the numbers on stdin
    sort -g | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "min %.3f s   median %.3f s   max %.3f s   (%d runs)\n", v[1], m, v[NR], NR }'
}

timed "$exe" assess --device local --format json >/dev/null # warm-up, not counted
if ! grep -q '"schema": "hotpatch-ready/report/v1"' "$out"; then
    echo "bench: assess did not print a JSON report" >&2
    exit 4
fi

assess=() version=()
for _ in $(seq "$runs"); do
    assess+=("$(timed "$exe" assess --device local --format json)")
    version+=("$(timed "$exe" --version)")
done

echo "hotpatch-ready-cli under $(wine --version 2>/dev/null), prefix $WINEPREFIX, $(nproc) CPU(s)"
printf 'assess --device local --format json:  '
printf '%s\n' "${assess[@]}" | stats
printf -- '--version (Wine start-up only):        '
printf '%s\n' "${version[@]}" | stats
