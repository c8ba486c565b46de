#!/usr/bin/env bash
# Cost of row-level security on the scale database (infra/benchmarks/scale-data.sh makes it): the same tenant
# queries, run by pgbench as the runtime role with app.tenant_id set, with the audit_event policy enforced and with
# row-level security disabled on that table (same role, same data, same plan cache conditions). Rounds alternate the
# two variants so that drift in the machine's load hits both. RLS is always restored on exit.
#
# Queries: the audit-log page of one authority (ORDER BY occurred_at DESC, id DESC LIMIT 50) and its count, for
# the authority with the median number of audit events and the one with the most.
#
# Usage: infra/benchmarks/rls-cost.sh   (settings: ROUNDS=5 SECONDS_PER_RUN=10 CLIENTS=1 PARTS="pgbench loop")
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${MUTUALIS_SCALE_DB:-mutualis_scale}
HOST=${MUTUALIS_DB_HOST:-localhost}
PORT=${MUTUALIS_DB_PORT:-5432}
ADMIN=${MUTUALIS_DB_ADMIN_USER:-postgres}
APP=${MUTUALIS_DB_APP_USER:-mutualis_app}
APP_PASSWORD=${MUTUALIS_DB_APP_PASSWORD:-mutualis-app-local}
ROUNDS=${ROUNDS:-5}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
CLIENTS=${CLIENTS:-1}
PARTS=${PARTS:-pgbench loop}

command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-contrib" >&2; exit 1; }
admin() { PGPASSWORD=${MUTUALIS_DB_ADMIN_PASSWORD:-} psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$ADMIN" -d "$DB" -At "$@"; }
admin -c "SELECT 1 FROM audit_event LIMIT 1" >/dev/null 2>&1 \
  || { echo "No scale database $DB: run infra/benchmarks/scale-data.sh first." >&2; exit 1; }

restore_rls() { admin -c "ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY; ALTER TABLE audit_event FORCE ROW LEVEL SECURITY"; }

work=$(mktemp -d)
trap 'restore_rls; rm -rf "$work"' EXIT

counts="SELECT tenant_id, count(*) AS events FROM audit_event GROUP BY tenant_id"
median_tenant=$(admin -c "SELECT tenant_id FROM ($counts) c ORDER BY events, tenant_id OFFSET (SELECT count(DISTINCT tenant_id) / 2 FROM audit_event) LIMIT 1")
largest_tenant=$(admin -c "SELECT tenant_id FROM ($counts) c ORDER BY events DESC, tenant_id LIMIT 1")
describe() { admin -c "SELECT a.slug || ' (' || a.kind || ', ' || (SELECT count(*) FROM audit_event e WHERE e.tenant_id = a.id) || ' audit events)' FROM authority a WHERE a.id = '$1'"; }

cat >"$work/page.sql" <<'SQL'
SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, details
FROM audit_event WHERE tenant_id = :tenant ORDER BY occurred_at DESC, id DESC LIMIT 50;
SQL
cat >"$work/count.sql" <<'SQL'
SELECT count(*) FROM audit_event WHERE tenant_id = :tenant;
SQL

set_rls() {
  if [[ $1 == on ]]; then restore_rls; else admin -c "ALTER TABLE audit_event DISABLE ROW LEVEL SECURITY"; fi
}

# One pgbench run; prints "tps mean_ms p50_ms p99_ms". The tenant is set for the session (PGOPTIONS), so that each
# transaction is the query alone, as the api's query is inside a transaction that set it.
bench() {
  local query=$1 tenant=$2 seconds=$3 prefix="$work/log.$RANDOM"
  local out
  out=$(PGPASSWORD=$APP_PASSWORD PGOPTIONS="-c app.tenant_id=$tenant -c app.user_id=benchmark" \
    pgbench -n -M prepared -h "$HOST" -p "$PORT" -U "$APP" -c "$CLIENTS" -j "$CLIENTS" -T "$seconds" \
      -D tenant="$tenant" -f "$work/$query.sql" -l --log-prefix="$prefix" "$DB" 2>&1) \
    || { echo "$out" >&2; return 1; }
  local tps
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")
  cat "$prefix".* | awk '{print $3}' | sort -n | awk -v tps="$tps" '
    { v[NR] = $1; s += $1 }
    END { printf "%.0f %.3f %.3f %.3f\n", tps, s / NR / 1000, v[int(NR * 0.50)] / 1000, v[int(NR * 0.99)] / 1000 }'
  rm -f "$prefix".*
}

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM, $(lscpu | sed -n 's/^Model name: *//p' | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(admin -c 'SHOW server_version'), shared_buffers $(admin -c 'SHOW shared_buffers'); database $DB: $(admin -c 'SELECT count(*) FROM authority') authorities, $(admin -c 'SELECT (SELECT count(*) FROM membership) + (SELECT count(*) FROM invitation) + (SELECT count(*) FROM audit_event)') tenant-owned rows"
echo "median tenant:  $(describe "$median_tenant")"
echo "largest tenant: $(describe "$largest_tenant")"
echo "pgbench: $CLIENTS clients, $SECONDS_PER_RUN s per run, $ROUNDS rounds, prepared statements, role $APP"
echo

# Plans of the two queries, as the runtime role, for the largest tenant.
plan() {
  local query
  for query in page count; do
    echo "  $query:"
    PGPASSWORD=$APP_PASSWORD PGOPTIONS="-c app.tenant_id=$largest_tenant" psql -X -h "$HOST" -p "$PORT" -U "$APP" -d "$DB" -At \
      -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $(sed "s/:tenant/'$largest_tenant'/" "$work/$query.sql")" \
      | sed 's/^/    /'
  done
}
set_rls on; echo "plans with RLS:"; plan
set_rls off; echo "plans without RLS:"; plan
echo

if [[ " $PARTS " == *" pgbench "* ]]; then
# Warm-up of both variants, untimed.
for variant in on off; do
  set_rls $variant
  for query in page count; do bench $query "$largest_tenant" 3 >/dev/null; bench $query "$median_tenant" 3 >/dev/null; done
done

declare -A results
for round in $(seq 1 "$ROUNDS"); do
  for variant in on off; do
    set_rls $variant
    for query in page count; do
      for tenant in median largest; do
        id=$median_tenant; [[ $tenant == largest ]] && id=$largest_tenant
        r=$(bench $query "$id" "$SECONDS_PER_RUN")
        echo "round $round  rls=$variant  $query  $tenant tenant: tps mean_ms p50_ms p99_ms = $r"
        results[$query.$tenant.$variant]+="$r;"
      done
    done
  done
done
restore_rls

echo
echo "summary: median over the $ROUNDS rounds; overhead = with RLS / without RLS - 1"
printf '%-6s %-8s | %9s %9s %7s | %9s %9s %7s | %9s %9s %7s\n' query tenant "p50 RLS" "p50 off" "p50 +%" \
  "mean RLS" "mean off" "mean +%" "p99 RLS" "p99 off" "p99 +%"
for query in page count; do
  for tenant in median largest; do
    on=${results[$query.$tenant.on]} off=${results[$query.$tenant.off]}
    awk -v on="$on" -v off="$off" -v q=$query -v t=$tenant '
      function median(list, field,   parts, n, i, f, v, c, j, x) {
        n = split(list, parts, ";"); c = 0
        for (i = 1; i <= n; i++) if (parts[i] != "") { split(parts[i], f, " "); v[++c] = f[field] + 0 }
        for (i = 2; i <= c; i++) { x = v[i]; for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
        return c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
      BEGIN {
        printf "%-6s %-8s | %9.3f %9.3f %6.1f%% | %9.3f %9.3f %6.1f%% | %9.3f %9.3f %6.1f%%\n", q, t,
          median(on, 3), median(off, 3), (median(on, 3) / median(off, 3) - 1) * 100,
          median(on, 2), median(off, 2), (median(on, 2) / median(off, 2) - 1) * 100,
          median(on, 4), median(off, 4), (median(on, 4) / median(off, 4) - 1) * 100 }'
  done
done
echo "(latencies in ms, per transaction = the query alone, measured by pgbench on this machine)"
fi

# Part 2: the executor alone, without network or client: each query 5,000 times in a PL/pgSQL loop (cached plans),
# median of 3 rounds, in microseconds per query. Variant "policy only" drops the query's own tenant_id filter and
# lets the policy select the rows (the api keeps its explicit filter; this shows what the gating costs).
cat >"$work/loop.sql" <<'SQL'
\set QUIET on
DO $$
DECLARE
  t uuid := current_setting('app.tenant_id')::uuid; n int := 5000; started timestamptz; r record;
  page float8[] := '{}'; counting float8[] := '{}'; page_policy float8[] := '{}'; count_policy float8[] := '{}';
  policy_only boolean := current_setting('bench.policy_only', true) = 'on';
BEGIN
  FOR round IN 1..3 LOOP
    started := clock_timestamp();
    FOR i IN 1..n LOOP
      FOR r IN SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, details
               FROM audit_event WHERE tenant_id = t ORDER BY occurred_at DESC, id DESC LIMIT 50 LOOP END LOOP;
    END LOOP;
    page := page || extract(epoch FROM clock_timestamp() - started) * 1e6 / n;
    started := clock_timestamp();
    FOR i IN 1..n LOOP PERFORM count(*) FROM audit_event WHERE tenant_id = t; END LOOP;
    counting := counting || extract(epoch FROM clock_timestamp() - started) * 1e6 / n;
    IF policy_only THEN
      started := clock_timestamp();
      FOR i IN 1..n LOOP
        FOR r IN SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, details
                 FROM audit_event ORDER BY tenant_id, occurred_at DESC, id DESC LIMIT 50 LOOP END LOOP;
      END LOOP;
      page_policy := page_policy || extract(epoch FROM clock_timestamp() - started) * 1e6 / n;
      started := clock_timestamp();
      FOR i IN 1..n LOOP PERFORM count(*) FROM audit_event; END LOOP;
      count_policy := count_policy || extract(epoch FROM clock_timestamp() - started) * 1e6 / n;
    END IF;
  END LOOP;
  RAISE NOTICE 'result page % count % page_policy_only % count_policy_only %',
    (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY v)::numeric, 1) FROM unnest(page) v),
    (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY v)::numeric, 1) FROM unnest(counting) v),
    coalesce((SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY v)::numeric, 1) FROM unnest(page_policy) v)::text, '-'),
    coalesce((SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY v)::numeric, 1) FROM unnest(count_policy) v)::text, '-');
END $$;
SQL
in_database() {
  local tenant=$1 policy_only=$2 plans=$3
  PGPASSWORD=$APP_PASSWORD PGOPTIONS="-c app.tenant_id=$tenant -c bench.policy_only=$policy_only -c plan_cache_mode=$plans" \
    psql -X -q -h "$HOST" -p "$PORT" -U "$APP" -d "$DB" -f "$work/loop.sql" 2>&1 | sed -n 's/.*NOTICE: *result //p'
}
if [[ " $PARTS " == *" loop "* ]]; then
  echo
  echo "executor only (PL/pgSQL loop, 5,000 runs x 3 rounds, median, microseconds per query; plan_cache_mode auto"
  echo "re-plans these parameterised queries at each run (custom plans), force_generic_plan plans them once):"
  for tenant in median largest; do
    id=$median_tenant; [[ $tenant == largest ]] && id=$largest_tenant
    for plans in auto force_generic_plan; do
      set_rls on;  echo "  $tenant tenant, $plans, RLS on:  $(in_database "$id" on $plans)"
      set_rls off; echo "  $tenant tenant, $plans, RLS off: $(in_database "$id" off $plans)"
    done
  done
  restore_rls
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
