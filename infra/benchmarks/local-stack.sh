#!/usr/bin/env bash
# Figures of the local stack (./run.sh), printed as it goes:
#   1. ready time of a cold start (--cold: build output deleted and the databases mutualis and mutualis_keycloak
#      dropped first, so the Maven build, Keycloak's build and schema creation are part of it) or of a plain start;
#   2. api start time (Spring's "Started ApiApplication in N seconds") and RSS of the api process after start;
#   3. RSS after 10,000 GET /api/v1/me (10 at a time, one curl process); then 200 more one at a time (latency);
#   4. wrk, 2 threads, 100 connections, 30 s, on GET /api/v1/me and GET /api/v1/authorities, with a fresh real token
#      of the dev client mutualis-cli for each run, then RSS again;
#   5. stop (SIGTERM to the stack's process group) and a warm start: ready time and api start time; stop.
# Only localhost is loaded. Nothing is left running: the stack's process group is stopped on exit, whatever happens.
#
# Usage: infra/benchmarks/local-stack.sh [--cold] [--project DIR]   (DIR: a checkout to run, default this one;
#        use a copy when others build in this one: --cold deletes DIR's build output)
set -euo pipefail

cold=false
project=$(cd "$(dirname "$0")/../.." && pwd)
while [[ $# -gt 0 ]]; do
  case $1 in
    --cold) cold=true; shift ;;
    --project) project=$(cd "$2" && pwd); shift 2 ;;
    *) echo "usage: $0 [--cold] [--project DIR]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
cd "$project"

KEYCLOAK=http://localhost:${MUTUALIS_KEYCLOAK_PORT:-8180}
API=http://localhost:${MUTUALIS_API_PORT:-8081}
ADMIN=${MUTUALIS_DB_ADMIN_USER:-postgres}
out=$(mktemp -d)
stack_group=""
say() { echo "$*"; }

stop_stack() {
  [[ -z "$stack_group" ]] && return 0
  # SIGTERM, not SIGINT: a background job of a script ignores SIGINT, and so would the JVM it starts. The launcher's
  # shutdown hooks stop Keycloak, the api and the portal; they also get the signal and stop gracefully.
  local waited=0
  kill -TERM -- "-$stack_group" 2>/dev/null || true
  while pgrep -g "$stack_group" >/dev/null && (( waited < 60 )); do
    sleep 1
    waited=$((waited + 1))
  done
  if pgrep -g "$stack_group" >/dev/null; then
    echo "  (still running after 60 s: killing the process group)"
    kill -KILL -- "-$stack_group" 2>/dev/null || true
    sleep 2
  fi
  say "  stopped in about $waited s; processes left in the stack's group: $(pgrep -c -g "$stack_group" || true)"
  stack_group=""
}
trap 'stop_stack; rm -rf "$out"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Starts ./run.sh in its own process group; waits for the welcome banner; prints the wall time.
start_stack() {
  local label=$1 log="$out/run-$1.log"
  local started=$(date +%s.%N)
  setsid ./run.sh >"$log" 2>&1 < /dev/null &
  local launcher=$!
  sleep 0.2
  stack_group=$(ps -o pgid= -p "$launcher" | tr -d ' ')
  until grep -q "Mutualis is running" "$log"; do
    if ! kill -0 "$launcher" 2>/dev/null; then
      echo "./run.sh stopped; its output:" >&2; tail -40 "$log" >&2; exit 1
    fi
    sleep 0.5
  done
  local ended=$(date +%s.%N)
  say "$label start: ready after $(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", b - a }') s wall" \
      "(launcher's own count: $(sed -n 's/.*(ready in \([0-9]*\) s).*/\1/p' "$log") s; build included when ./run.sh built);" \
      "load average $(load)"
  grep "^demo data:" "$log" | sed 's/^/  /' | head -40 || true
  say "  $(grep -o 'Started ApiApplication in [0-9.]* seconds[^)]*)' target/local-stack/logs/api.log | tail -1)"
  say "  $(grep -o 'Started PortalApplication in [0-9.]* seconds[^)]*)' target/local-stack/logs/portal.log | tail -1)"
}

api_pid() { pgrep -g "$stack_group" -f 'api/target/api.jar' | head -1; }
rss() { ps -o rss= -p "$(api_pid)" | awk '{ printf "%.0f MiB", $1 / 1024 }'; }
token() {
  curl -sf -d grant_type=password -d client_id=mutualis-cli -d username="$1" -d password=demo \
    "$KEYCLOAK/realms/mutualis/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

run_wrk() {
  local path=$1 user=$2
  local token
  token=$(token "$user")
  say "wrk GET $path as $user (load average before: $(load)):"
  wrk -t2 -c100 -d30s --latency -H "Authorization: Bearer $token" "$API$path" | tee "$out/wrk.txt" \
    | grep -E "Latency  |50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors" | sed 's/^/  /'
}

if [[ $cold == true ]]; then
  say "cold: deleting build output (target/ of every module) and dropping databases mutualis, mutualis_keycloak"
  rm -rf target api/target web-client/target infra/local-stack/target
  for db in mutualis mutualis_keycloak; do
    psql -X -q -h "${MUTUALIS_DB_HOST:-localhost}" -U "$ADMIN" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  done
fi
say "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(lscpu | sed -n 's/^Model name: *//p' | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
say "project: $project ($(git -C "$project" rev-parse --short HEAD 2>/dev/null || echo 'not a git checkout'))"

start_stack "$([[ $cold == true ]] && echo cold || echo first)"
say "api RSS after start: $(rss)"

me_token=$(token editor.bretagne)
printf 'url = "%s/api/v1/me"\noutput = "/dev/null"\n' "$API" > "$out/one.cfg"
for _ in $(seq 1 10000); do cat "$out/one.cfg"; done > "$out/me.cfg"
me_started=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-max 10 -H "Authorization: Bearer $me_token" -w '%{http_code}\n' -K "$out/me.cfg" \
  | sort | uniq -c | awk '{ printf "%s x %s; ", $1, $2 }' > "$out/codes.txt"
say "10,000 GET /api/v1/me (10 at a time) in $(awk -v a="$me_started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s," \
    "statuses: $(cat "$out/codes.txt")api RSS after: $(rss)"

head -400 "$out/me.cfg" > "$out/me-200.cfg"
curl -s --no-progress-meter -H "Authorization: Bearer $me_token" -w '%{time_total}\n' -K "$out/me-200.cfg" | sort -n \
  | awk '{ v[NR] = $1 } END { printf "one at a time, 200 GET /api/v1/me: p50 %.1f ms, p90 %.1f ms, max %.1f ms\n",
      v[int(NR * 0.5)] * 1000, v[int(NR * 0.9)] * 1000, v[NR] * 1000 }'

run_wrk /api/v1/me editor.bretagne
run_wrk /api/v1/authorities editor.bretagne
say "api RSS after the wrk runs: $(rss)"

stop_stack
start_stack warm
say "api RSS after warm start: $(rss)"
stop_stack
