#!/usr/bin/env bash
# The fleet store on PostgreSQL: N generated reports (default 10,000 devices, 20 % with an older report too) and
# their rings imported into a throwaway cluster, directly (unix socket) and through bench/delayproxy.py, a TCP
# proxy that holds every chunk DELAY_MS each way (default 0.5: a LAN-like 1 ms round trip plus the proxy's own
# cost), so the round trips an import makes show in the time. OLD_CLI=path also times another build's CLI the
# same way (e.g. one from before a change), and the stores both builds leave are compared row for row.
# Usage: bench/fleet-pg-bench.sh [BUILD_DIR] [N]
set -euo pipefail
BUILD=${1:-build}
N=${2:-10000}
DELAY_MS=${DELAY_MS:-0.5}
CLI=$(realpath "$BUILD/app/hotpatch-ready-cli")
HERE=$(dirname "$(realpath "$0")")
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/hpr-pg-bench.XXXXXX)
PORT=$((20000 + RANDOM % 10000))
PROXY_PORT=$((PORT + 1))
RUNAS=""
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK"; RUNAS="runuser -u postgres --"; fi
cleanup() {
    [ -n "${PROXY_PID:-}" ] && kill "$PROXY_PID" 2>/dev/null || true
    $RUNAS "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
ms() { date +%s%3N; }

$RUNAS "$PGBIN/initdb" -D "$WORK/data" -A trust -U hpr -E UTF8 --locale=C --no-sync >/dev/null
$RUNAS "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w -o "-k $WORK -c listen_addresses=127.0.0.1 -c port=$PORT -F" \
    start >/dev/null
python3 "$HERE/delayproxy.py" "$PROXY_PORT" "$PORT" "$(awk -v d="$DELAY_MS" 'BEGIN { print d / 1000 }')" &
PROXY_PID=$!
"$BUILD/bench/hpr-fleet-gen" "$WORK/reports" --devices "$N" --history-percent 20 --rings "$WORK/rings.csv" | tail -1
echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name cli uri
    local t0 t1
    t0=$(ms)
    "$2" fleet import "$WORK/reports" --db "$3" --rings "$WORK/rings.csv" >"$WORK/$1.out" 2>"$WORK/$1.err"
    t1=$(ms)
    echo "$1: $((t1 - t0)) ms wall; $(tail -1 "$WORK/$1.out" | sed 's/ into .* in / in /')"
}
db() { $RUNAS "$PGBIN/createdb" -h "$WORK" -p "$PORT" -U hpr "$1"; echo "$1"; }
sql() { $RUNAS "$PGBIN/psql" -h "$WORK" -p "$PORT" -U hpr -At -d "$1" -c "$2"; }
socket() { echo "postgresql://hpr@/$1?host=$WORK&port=$PORT"; }
proxied() { echo "postgresql://hpr@127.0.0.1:$PROXY_PORT/$1?sslmode=disable"; }

run "this build, unix socket" "$CLI" "$(socket "$(db a)")"
run "this build, ${DELAY_MS} ms each way" "$CLI" "$(proxied "$(db b)")"
if [ -n "${OLD_CLI:-}" ]; then
    run "OLD_CLI, unix socket" "$OLD_CLI" "$(socket "$(db c)")"
    run "OLD_CLI, ${DELAY_MS} ms each way" "$OLD_CLI" "$(proxied "$(db d)")"
fi
# The stores are the same whichever way they were filled.
fingerprint() {
    sql "$1" "SELECT md5(string_agg(d::text, ',' ORDER BY device_key)) FROM (SELECT device_key, hostname_key,
        content_hash, generated_at, verdict, blockers, ring FROM devices) d" | tr '\n' ' '
    sql "$1" "SELECT md5(string_agg(device_key || check_id || category, ',' ORDER BY device_key, check_id))
        FROM device_blockers" | tr '\n' ' '
    sql "$1" "SELECT count(*) FROM reports"
}
stores=(a b)
[ -n "${OLD_CLI:-}" ] && stores+=(c d)
first=$(fingerprint a)
for s in "${stores[@]}"; do
    [ "$(fingerprint "$s")" = "$first" ] || { echo "store $s differs from store a" >&2; exit 1; }
done
echo "all ${#stores[@]} stores identical (devices, blockers, report count: $first)"
