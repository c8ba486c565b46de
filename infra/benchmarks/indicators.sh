#!/usr/bin/env bash
# Indicators (issue 5): one indicator (AGENTS_TRAINED) and one year (2025) compared over the whole network.
#   1. scale data: N authorities (default 40,000) with six indicators over four years (scale/50-indicators.sql);
#   2. pgbench, as the runtime role (row-level security on), C clients (default 50), 30 s: the statement the api
#      runs for GET /api/v1/authorities/{slug}/comparisons/AGENTS_TRAINED?year=2025&peers=ALL (member_comparison of
#      V15: the caller's settings, access check, acting for the authority, the indicator lookup and
#      indicator_comparison(...), one statement), for the same authority and the same user as step 3;
#   3. the local stack (./run.sh) on the scale database, on other ports than the usual ones, and wrk, C connections,
#      30 s, on that GET as editor.rennes (member of rennes-metropole): latency percentiles and requests per second;
#   4. the ratio api / pgbench, the CPU the api and PostgreSQL spend per request, and the same wrk run, for scale, on
#      /api/v1/me (the cheapest authenticated route with a transaction) and on a route that does not exist (a signed
#      request answered 404 without the database: the api's floor). Nothing is left running.
# Usage: infra/benchmarks/indicators.sh [--authorities N] [--clients C] [--keep] (--keep: reuse the scale database;
#        WARMUP=90: seconds of traffic before each measured route)
set -euo pipefail
cd "$(dirname "$0")/../.."
authorities=40000
clients=50
keep=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --authorities) authorities=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "usage: $0 [--authorities N] [--clients C] [--keep]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
PGBENCH=${PGBENCH:-$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)}
HOST=${MUTUALIS_DB_HOST:-localhost}
DB=${MUTUALIS_SCALE_DB:-mutualis_scale_indicators}  # its own: other engineers rebuild mutualis_scale
export MUTUALIS_PORTAL_PORT=18080 MUTUALIS_API_PORT=18081 MUTUALIS_KEYCLOAK_PORT=18180
export MUTUALIS_PORTAL_MANAGEMENT_PORT=18090 MUTUALIS_API_MANAGEMENT_PORT=18091 MUTUALIS_MAIL_PORT=12525
API=http://localhost:$MUTUALIS_API_PORT
KEYCLOAK=http://localhost:$MUTUALIS_KEYCLOAK_PORT
out=$(mktemp -d)
stack_group=""
load() { cut -d' ' -f1-3 /proc/loadavg; }
stop_stack() {
  [[ -z "$stack_group" ]] && return 0
  kill -TERM -- "-$stack_group" 2>/dev/null || true
  for _ in $(seq 1 60); do pgrep -g "$stack_group" >/dev/null || break; sleep 1; done
  kill -KILL -- "-$stack_group" 2>/dev/null || true
  stack_group=""
}
trap 'stop_stack; rm -rf "$out"' EXIT

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM; $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(load)"
if [[ $keep == false ]]; then
  infra/benchmarks/scale-data.sh --authorities "$authorities" --rows 200000 --database "$DB" | sed 's/^/  /'
fi

echo "starting the local stack on the scale database (ports 18xxx)..."
MUTUALIS_DB_NAME=$DB MUTUALIS_KEYCLOAK_DB_NAME=mutualis_keycloak_bench setsid ./run.sh >"$out/run.log" 2>&1 < /dev/null &
launcher=$!
sleep 0.5
stack_group=$(ps -o pgid= -p "$launcher" | tr -d ' ')
until grep -q "Mutualis is running" "$out/run.log"; do
  kill -0 "$launcher" 2>/dev/null || { echo "./run.sh stopped:" >&2; tail -40 "$out/run.log" >&2; exit 1; }
  sleep 1
done
psql -X -q -h "$HOST" -U postgres -d "$DB" -c "VACUUM (ANALYZE) measurement" >/dev/null

q() { psql -X -At -h "$HOST" -U postgres -d "$DB" -c "$1"; }
tenant=$(q "SELECT id FROM authority WHERE slug = 'rennes-metropole'")
user=$(q "SELECT user_id FROM membership WHERE tenant_id = '$tenant' LIMIT 1")
echo "data: $(q "SELECT count(*) FROM authority") authorities; $(q "SELECT count(*) FROM measurement") measurements;" \
     "AGENTS_TRAINED 2025: $(q "SELECT count(*) FROM measurement WHERE indicator_code = 'AGENTS_TRAINED' AND year = 2025") values," \
     "$(q "SELECT count(*) FROM measurement WHERE indicator_code = 'AGENTS_TRAINED' AND year = 2025 AND confidential") confidential"

cat > "$out/comparison.sql" <<SQL
SELECT * FROM member_comparison('$user', false, 'rennes-metropole', 'AGENTS_TRAINED', 2025, 2025, 'ALL');
SQL
app_psql() { PGPASSWORD=${MUTUALIS_DB_APP_PASSWORD:-mutualis-app-local} psql -X -At -h "$HOST" \
  -U "${MUTUALIS_DB_APP_USER:-mutualis_app}" -d "$DB" -c "SELECT set_config('app.tenant_id', '$tenant', false)" "$@"; }
# The first comparison after a change computes the group's figures (V12); the next ones read them.
q "UPDATE statistics_generation SET generation = generation + 1 WHERE indicator_code = 'AGENTS_TRAINED' AND year = 2025" >/dev/null
app_psql -c '\timing on' -c "SELECT row(c.*) FROM indicator_comparison('$tenant', 'AGENTS_TRAINED', 2025, 'ALL') c" \
  -c "SELECT row(c.*) FROM indicator_comparison('$tenant', 'AGENTS_TRAINED', 2025, 'ALL') c" \
  | grep -E "^Time|^\(" | paste - - | sed -e 's/^/  /' -e '1s/^  /  first comparison after a change (computes the group): /' \
        -e '2s/^  /  next comparison (kept figures): /'
echo "pgbench, 1 client, 10 s, the api's SQL for one comparison (load average before: $(load)):"
PGPASSWORD=${MUTUALIS_DB_APP_PASSWORD:-mutualis-app-local} "$PGBENCH" -n -h "$HOST" -U "${MUTUALIS_DB_APP_USER:-mutualis_app}" \
  -c 1 -T 10 -f "$out/comparison.sql" "$DB" 2>&1 | grep -E "latency average|tps =" | sed 's/^/  /'

echo "pgbench, $clients clients, 2 threads, 30 s (load average before: $(load)):"
PGPASSWORD=${MUTUALIS_DB_APP_PASSWORD:-mutualis-app-local} "$PGBENCH" -n -h "$HOST" -U "${MUTUALIS_DB_APP_USER:-mutualis_app}" \
  -c "$clients" -j 2 -T 30 -f "$out/comparison.sql" -r "$DB" > "$out/pgbench.txt" 2>&1 || { cat "$out/pgbench.txt"; exit 1; }
grep -E "latency average|tps =|number of failed" "$out/pgbench.txt" | sed 's/^/  /'
pg_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/pgbench.txt" | head -1)

token=$(curl -sf -d grant_type=password -d client_id=mutualis-cli -d username=editor.rennes -d password=demo \
  "$KEYCLOAK/realms/mutualis/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
url="$API/api/v1/authorities/rennes-metropole/comparisons/AGENTS_TRAINED?year=2025&peers=ALL"
echo "one answer: $(curl -s -H "Authorization: Bearer $token" "$url" | sed 's/"indicator":{[^}]*},//' | cut -c1-300)"
api_pid=$(pgrep -f -- "-jar $PWD/api/target/api.jar" | head -1)
cpu_ticks() { awk '{s += $14 + $15} END {print s}' "$@" 2>/dev/null; }
# wrk on a URL: latency percentiles, requests per second, and the CPU the api and PostgreSQL spent per request.
measure() { # $1: label, $2: URL
  # Warm-up: the JIT takes minutes of traffic to settle here (10 s left the api at 2-3 times its settled CPU cost).
  wrk -t2 -c20 -d"${WARMUP:-90}"s -H "Authorization: Bearer $token" "$2" >/dev/null
  echo "wrk, $clients connections, 2 threads, 30 s, GET ${2#$API} ($1; load average before: $(load)):"
  local postgres api0 pg0
  postgres=$(pgrep -d' ' -f '^postgres' | sed 's|\([0-9]*\)|/proc/\1/stat|g')
  api0=$(cpu_ticks "/proc/$api_pid/stat"); pg0=$(cpu_ticks $postgres)
  wrk -t2 -c"$clients" -d30s --latency -H "Authorization: Bearer $token" "$2" > "$out/wrk.txt"
  local api1 pg1 count
  api1=$(cpu_ticks "/proc/$api_pid/stat"); pg1=$(cpu_ticks $postgres)
  grep -E "Latency  |50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors" "$out/wrk.txt" | sed 's/^/  /'
  count=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$out/wrk.txt")
  awk -v n="$count" -v a=$((api1 - api0)) -v p=$((pg1 - pg0)) -v hz="$(getconf CLK_TCK)" 'BEGIN {
    printf "  CPU per request: api %.2f ms, PostgreSQL %.2f ms (backends that lived through the run)\n",
           a * 1000 / hz / n, p * 1000 / hz / n }'
}
measure "the comparison" "$url"
api_rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$out/wrk.txt")
echo "ratio api / pgbench (same SQL): $(awk -v a="$api_rps" -v b="$pg_tps" 'BEGIN { printf "%.2f", a / b }')" \
     "(api $api_rps req/s, pgbench $pg_tps tps); load average after: $(load)"
# For scale: the cheapest authenticated route with a transaction, under the same load generator.
measure "for comparison: who am I, one transaction" "$API/api/v1/me"
measure "for comparison: no route, no database (404), the api's floor" "$API/api/v1/no-such-route"
