#!/usr/bin/env bash
# Requests per second of the api on an authenticated read, GET /api/v1/authorities/{slug} (token validated, then the
# authority read from PostgreSQL), first with one api instance, then with two instances on the same database, each
# loaded by its own wrk at the same time (issue 10, docs/benchmarks.md).
#   1. starts ./run.sh (PostgreSQL, Keycloak, api on 8081, portal, demo data) in its own process group;
#   2. wrk 2 threads, 50 connections, 30 s on api 1 (after 10 s of warm-up), with a real token of editor.bretagne
#      (dev client mutualis-cli);
#   3. starts a second api from the same jar on 8083 (management 8093), same database and Keycloak;
#   4. two wrk at once (1 thread, 50 connections, 30 s each), one per api; prints each and the sum;
#   5. stops everything it started.
# Only localhost is loaded; the load generator runs on the same cores as the apis, PostgreSQL and Keycloak.
#
# Usage: infra/benchmarks/several-instances.sh [--duration 30s] [--slug region-bretagne]
set -euo pipefail

duration=30s
slug=region-bretagne
while [[ $# -gt 0 ]]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --slug) slug=$2; shift 2 ;;
    *) echo "usage: $0 [--duration 30s] [--slug SLUG]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
cd "$(dirname "$0")/../.."

KEYCLOAK=http://localhost:8180
out=$(mktemp -d)
stack_group=""
second_api=""
load() { cut -d' ' -f1-3 /proc/loadavg; }

stop_all() {
  if [[ -n "$second_api" ]]; then
    kill -TERM "$second_api" 2>/dev/null || true
    wait "$second_api" 2>/dev/null || true
  fi
  if [[ -n "$stack_group" ]]; then
    kill -TERM -- "-$stack_group" 2>/dev/null || true
    for _ in $(seq 1 60); do pgrep -g "$stack_group" >/dev/null || break; sleep 1; done
    kill -KILL -- "-$stack_group" 2>/dev/null || true
  fi
  rm -rf "$out"
}
trap stop_all EXIT

token() {
  curl -sf -d grant_type=password -d client_id=mutualis-cli -d username="$1" -d password=demo \
    "$KEYCLOAK/realms/mutualis/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
figures() { grep -E "Latency  |50%|99%|Requests/sec|requests in|Non-2xx|Socket errors" "$1" | sed 's/^/    /'; }
rps() { awk '/Requests\/sec/ { print $2 }' "$1"; }

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM; $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(load)"
setsid ./run.sh >"$out/run.log" 2>&1 < /dev/null &
launcher=$!
sleep 0.2
stack_group=$(ps -o pgid= -p "$launcher" | tr -d ' ')
until grep -q "Mutualis is running" "$out/run.log"; do
  kill -0 "$launcher" 2>/dev/null || { echo "./run.sh stopped:" >&2; tail -40 "$out/run.log" >&2; exit 1; }
  sleep 1
done
echo "local stack ready; load average $(load)"

auth="Authorization: Bearer $(token editor.bretagne)"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "http://localhost:8081/api/v1/authorities/$slug")
[[ $status == 200 ]] || { echo "GET /api/v1/authorities/$slug answered $status" >&2; exit 1; }

wrk -t1 -c20 -d10s -H "$auth" "http://localhost:8081/api/v1/authorities/$slug" > /dev/null  # warm-up (JIT), not counted
echo "one api: wrk -t2 -c50 -d$duration GET /api/v1/authorities/$slug (load average before: $(load))"
wrk -t2 -c50 -d"$duration" --latency -H "$auth" "http://localhost:8081/api/v1/authorities/$slug" > "$out/one.txt"
figures "$out/one.txt"

SPRING_R2DBC_URL=r2dbc:postgresql://localhost:5432/mutualis SPRING_R2DBC_USERNAME=mutualis_app \
SPRING_R2DBC_PASSWORD=${MUTUALIS_DB_APP_PASSWORD:-mutualis-app-local} \
SPRING_FLYWAY_URL=jdbc:postgresql://localhost:5432/mutualis SPRING_FLYWAY_USER=mutualis_owner \
SPRING_FLYWAY_PASSWORD=${MUTUALIS_DB_OWNER_PASSWORD:-mutualis-owner-local} \
SERVER_PORT=8083 MANAGEMENT_SERVER_PORT=8093 MUTUALIS_KEYCLOAK_URL=$KEYCLOAK \
MUTUALIS_PROVISIONER_CLIENT_SECRET=${MUTUALIS_PROVISIONER_CLIENT_SECRET:-mutualis-provisioner-dev-secret} \
  "${JAVA_HOME:-/usr}/bin/java" -jar api/target/api.jar > "$out/api-2.log" 2>&1 &
second_api=$!
until curl -sf -o /dev/null http://localhost:8093/actuator/health/readiness; do
  kill -0 "$second_api" 2>/dev/null || { echo "the second api stopped:" >&2; tail -40 "$out/api-2.log" >&2; exit 1; }
  sleep 1
done
wrk -t1 -c20 -d10s -H "$auth" "http://localhost:8083/api/v1/authorities/$slug" > /dev/null  # same warm-up

echo "two apis at once: wrk -t1 -c50 -d$duration on each (load average before: $(load))"
wrk -t1 -c50 -d"$duration" --latency -H "$auth" "http://localhost:8081/api/v1/authorities/$slug" > "$out/a.txt" &
first=$!
wrk -t1 -c50 -d"$duration" --latency -H "$auth" "http://localhost:8083/api/v1/authorities/$slug" > "$out/b.txt"
wait "$first"
echo "  api 1:"; figures "$out/a.txt"
echo "  api 2:"; figures "$out/b.txt"
awk -v a="$(rps "$out/a.txt")" -v b="$(rps "$out/b.txt")" -v o="$(rps "$out/one.txt")" \
  'BEGIN { printf "sum of two apis: %.0f requests/s (one api alone: %.0f requests/s)\n", a + b, o }'
echo "load average after: $(load)"
