#!/usr/bin/env bash
# The wizard's two figures (issue 5), on the offscreen platform unless QT_QPA_PLATFORM says otherwise:
#  1. cold start to first page shown: N runs of `hotpatch-ready --profile x64-vbs-off` with HPR_BENCH_FIRST_PAGE=1,
#     which prints the milliseconds from process start (/proc) to the first page painted, then quits;
#     min/median/max, and the same for the whole process (wall clock, including exit);
#  2. resident memory after a full training cycle (detect, plan, apply, schedule, simulated restart, verify,
#     HTML/PDF report): the hidden "[bench]" case of the GUI tests, which drives the real wizard and reads
#     VmRSS/VmHWM from /proc/self/status (the test process: the wizard's libraries plus Catch2).
# Builds nothing. Usage: bench/gui.sh [BUILD_DIR] [RUNS]          defaults: build 10
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
runs=${2:-10}
app="$build/app/hotpatch-ready"
tests="$build/tests/hpr_gui_tests"
for f in "$app" "$tests"; do
    [ -x "$f" ] || { echo "bench: $f not found (cmake --preset default && cmake --build build)" >&2; exit 3; }
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench: RUNS must be a positive number" >&2; exit 3; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

stats() { sort -n | awk '{v[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms (%d runs)\n", v[1], v[int((NR+1)/2)], v[NR], NR}'; }

# One untimed run first: the figures are for a new process with the libraries in the page cache.
HPR_BENCH_FIRST_PAGE=1 "$app" --profile x64-vbs-off --state-dir "$state" >/dev/null 2>&1
first=() wall=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    out=$(HPR_BENCH_FIRST_PAGE=1 "$app" --profile x64-vbs-off --state-dir "$state" 2>/dev/null | grep 'first page shown')
    end=$(date +%s%N)
    first+=("$(sed -E 's/.* ([0-9]+) ms.*/\1/' <<<"$out")")
    wall+=($(( (end - start) / 1000000 )))
done
echo "cold start to first page shown: $(printf '%s\n' "${first[@]}" | stats)"
echo "whole process (start, first page, exit): $(printf '%s\n' "${wall[@]}" | stats)"
"$tests" "[bench]" 2>/dev/null | grep -E '^(resident|peak)'
