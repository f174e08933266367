#!/usr/bin/env bash
# The fleet benchmark (issue 6): N generated reports (default 100,000) imported into SQLite, against jq -s
# merging the same files into CSV (same run, same warm page cache, both cores each); fleet summary; the
# dashboard opening the store (RUNS times, default 5: median and spread); peak memory (GNU time).
# Usage: bench/fleet-bench.sh [BUILD_DIR] [N] [WORK_DIR] (a WORK_DIR given is kept, and its reports are reused by
# the next run). SKIP_JQ=1 leaves out jq; SKIP_IMPORT=1 reuses WORK_DIR's store (only summary and dashboard).
set -euo pipefail
BUILD=${1:-build}
N=${2:-100000}
WORK=${3:-$(mktemp -d /tmp/hpr-fleet-bench.XXXXXX)}
KEEP=${3:+yes}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT
CLI=$BUILD/app/hotpatch-ready-cli
TIME=/usr/bin/time
ms() { date +%s%3N; }
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
wall() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$1")"; }
mib() { echo $(( $(field 'Maximum resident set size (kbytes)' "$1") / 1024 )); }
cpu() { awk -v u="$(field 'User time (seconds)' "$1")" -v s="$(field 'System time (seconds)' "$1")" 'BEGIN { printf "%.2f", u + s }'; }

echo "== $N reports, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -d "$WORK/reports" ] && ! { [ "${SKIP_IMPORT:-0}" = 1 ] && [ -f "$WORK/fleet.sqlite" ]; }; then
    t0=$(ms)
    "$BUILD/bench/hpr-fleet-gen" "$WORK/reports" --devices "$N" --history-percent 0 --rings "$WORK/rings.csv"
    echo "generated in $(( $(ms) - t0 )) ms"
fi
if [ -d "$WORK/reports" ]; then
    FILES=$(find "$WORK/reports" -name '*.json' | wc -l)
    echo "$FILES files, $(du -sh "$WORK/reports" | cut -f1) on disk"
fi

if [ "${SKIP_IMPORT:-0}" = 1 ] && [ -f "$WORK/fleet.sqlite" ]; then
    echo "fleet import: skipped (SKIP_IMPORT=1), the store in $WORK is reused"
else
    find "$WORK/reports" -name '*.json' -print0 | xargs -0 cat >/dev/null # the same warm page cache for both
    rm -f "$WORK"/fleet.sqlite*
    $TIME -v -o "$WORK/import.time" "$CLI" fleet import "$WORK/reports" --db "$WORK/fleet.sqlite" \
        --rings "$WORK/rings.csv" 2>"$WORK/import.err"
    IMPORT=$(wall "$WORK/import.time")
    IMPORT_CPU=$(cpu "$WORK/import.time")
    echo "fleet import: ${IMPORT} s wall, ${IMPORT_CPU} s CPU (user+sys), peak $(mib "$WORK/import.time") MiB; $(tail -1 "$WORK/import.err")"

    # jq: the same fields into one CSV. jq -s holds every file it merges in memory (about 10x the JSON), so 100,000
    # reports (3 GB) cannot be merged by one jq -s here; it merges batches of 1000 files, two jq at a time.
    JQ='.[] | [.device.hostname, .device.serial, .device.manufacturer, .device.model, .generated_at, .as_of,
      .tool.version, .release_table.date, .verdict, ([.blockers[] | .check + ":" + .category] | join(";")),
      .facts["os.arch"].value, .facts["os.build"].value, .facts["os.ubr"].value, .facts["os.edition_id"].value,
      .facts["update.baseline_status"].value] | @csv'
    if [ "${SKIP_JQ:-0}" != 1 ]; then # SKIP_JQ=1: only the store's figures (jq takes minutes)
        find "$WORK/reports" -name '*.json' -print0 | sort -z >"$WORK/files.lst"
        $TIME -v -o "$WORK/jqall.time" xargs -0 -n 1000 -P 2 -a "$WORK/files.lst" jq -s -r "$JQ" >"$WORK/jq.csv"
        JQS=$(wall "$WORK/jqall.time")
        JQ_CPU=$(cpu "$WORK/jqall.time")
        ROWS=$(wc -l <"$WORK/jq.csv")
        head -z -n 1000 "$WORK/files.lst" | $TIME -v -o "$WORK/jq.time" xargs -0 jq -s -r "$JQ" >/dev/null
        echo "jq -s (batches of 1000, 2 in parallel): ${JQS} s wall, ${JQ_CPU} s CPU, $ROWS CSV rows; one batch of 1000 peaks at $(mib "$WORK/jq.time") MiB"
        echo "ratio: import is $(awk -v a="$JQS" -v b="$IMPORT" 'BEGIN { printf "%.1f", a / b }')x faster than jq -s in wall time, $(awk -v a="$JQ_CPU" -v b="$IMPORT_CPU" 'BEGIN { printf "%.1f", a / b }')x in CPU time"
        echo "(all $N files in one jq -s would need about $((N / 1000))x the memory of one batch)"
    fi
fi

best=999999
for i in 1 2 3 4 5; do
    t0=$(ms)
    "$CLI" fleet summary --db "$WORK/fleet.sqlite" --format json >"$WORK/summary.json"
    t=$(( $(ms) - t0 )); [ "$t" -lt "$best" ] && best=$t
    echo -n "$t ms  "
done
echo
echo "fleet summary (json, whole process): best of 5 ${best} ms; $(jq -c '{devices, by_verdict}' "$WORK/summary.json")"

# The dashboard: from main() to the first frame with the six charts and the first table rows painted (see
# bench/dashboardbench.cpp), RUNS times; the median, the spread and the largest peak memory.
if [ -x "$BUILD/bench/hpr-dashboard-bench" ]; then
    : >"$WORK/dash.ms"
    for i in $(seq "${RUNS:-5}"); do
        $TIME -v -o "$WORK/dash.time" "$BUILD/bench/hpr-dashboard-bench" "$WORK/fleet.sqlite" >"$WORK/dash.out"
        ms=$(sed -n 's/.* painted \([0-9]*\) ms after main.*/\1/p' "$WORK/dash.out")
        echo "$ms $(mib "$WORK/dash.time") $(wall "$WORK/dash.time") $(cpu "$WORK/dash.time")" >>"$WORK/dash.ms"
        echo "run $i (load $(cut -d' ' -f1 /proc/loadavg)): $(head -1 "$WORK/dash.out" | sed 's/^dashboard: //'); $(cpu "$WORK/dash.time") s CPU; peak $(mib "$WORK/dash.time") MiB"
        sed -n 2p "$WORK/dash.out"
    done
    sort -n "$WORK/dash.ms" | awk '{ ms[NR] = $1; if ($2 > peak) peak = $2; w[NR] = $3; c[NR] = $4 }
        END { printf "dashboard open (main() to charts and table painted), %d runs: median %d ms, min %d, max %d; whole process (wall, CPU) of the median run %s s, %s s; peak %d MiB\n",
              NR, ms[int((NR + 1) / 2)], ms[1], ms[NR], w[int((NR + 1) / 2)], c[int((NR + 1) / 2)], peak }'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
