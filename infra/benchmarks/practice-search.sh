#!/usr/bin/env bash
# Best practices (issue 7): the library's French full-text search over the practices of the scale database
# (MUTUALIS_SCALE_PRACTICES, default 50,000, made by infra/benchmarks/scale-data.sh), in two ways:
#   1. in PostgreSQL alone: pgbench with CLIENTS concurrent clients (default 50) as the runtime role with row-level
#      security on and no tenant (the network's view: published practices only). Each transaction is one search as
#      the api sends it, one call of practice_search (V17, the statement of api/.../practice/SearchRows.java): ranked,
#      with facets, total, the query's lexemes and the bodies of a first page of 20 (the api makes the excerpts), for
#      a query drawn from a mix of 20 searches (frequent and rare words, phrases, accents left out) and, one time in
#      ten, the library's first page without words; one time in five a theme filter. Before it, each kind of search
#      once alone with EXPLAIN ANALYZE. Prints tps and the percentiles;
#   2. with --api (or --api-only), through the real api: PracticeLoad (local-stack) starts a Keycloak of its own and
#      the api jar on the same database, then wrk, 2 threads, 50 connections, API_DURATION (default 30s) after a
#      warm-up of API_WARMUP (90s: the JIT settles slowly on 2 shared cores), each request drawn from the same mix by
#      practice-search.lua, plus NEVER_ASKED (default 0.1) of searches never asked before (cache misses by
#      construction). Prints p50/p90/p99, requests/s, the hits and misses of the api's answer cache during the run
#      (its own meters) and the CPU the api and PostgreSQL spent per request.
# The database must have the practices, the facet counts (V13) and, to use the GIN index under row-level security,
# the superuser's LEAKPROOF statement that scale-data.sh applies (ADR 0019): this script says when it is missing.
#
# Usage: infra/benchmarks/practice-search.sh [--api | --api-only]   (settings: MUTUALIS_SCALE_DB=mutualis_scale,
#        CLIENTS=50 SECONDS_PER_RUN=30 ROUNDS=3 for pgbench; WORDS="a|b|c" to search other words, BROWSE_WEIGHT=0 to
#        leave out the library's first page without words; NEVER_ASKED=0.1 API_DURATION=30s API_WARMUP=90s for the
#        api)
set -euo pipefail
cd "$(dirname "$0")/../.."

pgbench_run=true
api_run=false
case ${1:-} in
  --api) api_run=true ;;
  --api-only) api_run=true; pgbench_run=false ;;
  "") ;;
  *) echo "usage: $0 [--api | --api-only]" >&2; exit 2 ;;
esac

DB=${MUTUALIS_SCALE_DB:-mutualis_scale}
HOST=${MUTUALIS_DB_HOST:-localhost}
PORT=${MUTUALIS_DB_PORT:-5432}
ADMIN=${MUTUALIS_DB_ADMIN_USER:-postgres}
APP=${MUTUALIS_DB_APP_USER:-mutualis_app}
APP_PASSWORD=${MUTUALIS_DB_APP_PASSWORD:-mutualis-app-local}
CLIENTS=${CLIENTS:-50}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
ROUNDS=${ROUNDS:-3}
BROWSE_WEIGHT=${BROWSE_WEIGHT:-1}
NEVER_ASKED=${NEVER_ASKED:-0.1}
API_DURATION=${API_DURATION:-30s}
API_WARMUP=${API_WARMUP:-90s}

command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-contrib" >&2; exit 1; }
if [[ $api_run == true ]]; then
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
fi
admin() { PGPASSWORD=${MUTUALIS_DB_ADMIN_PASSWORD:-} psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$ADMIN" -d "$DB" -At "$@"; }
as_reader() { # the runtime role as a signed-in reader without tenant, as the api's searches run
  PGPASSWORD=$APP_PASSWORD PGOPTIONS="-c app.user_id=benchmark" psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" \
    -U "$APP" -d "$DB" -At "$@"
}
admin -c "SELECT 1 FROM practice LIMIT 1" >/dev/null 2>&1 \
  || { echo "No practices in $DB: run infra/benchmarks/scale-data.sh first." >&2; exit 1; }
admin -c "SELECT 1 FROM practice_facet_count LIMIT 1" >/dev/null 2>&1 \
  || { echo "$DB has no practice_facet_count (V13): run infra/benchmarks/scale-data.sh again." >&2; exit 1; }
[[ $(admin -c "SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure") == t ]] \
  || echo "WARNING: in $DB, @@ is not LEAKPROOF: under row-level security every search with words reads every practice" \
          "(ADR 0019; scale-data.sh applies it)." >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The mix: 20 searches (frequent words such as « agents », phrases, exclusions, rare names), or those of WORDS.
words=('reemploi' 'impression' 'imprimantes partagées' 'serveurs' 'PUE' 'formation des agents' 'mediatheque'
  'smartphones reconditionnés' 'convention de cession' 'ecoconception' 'données ouvertes' 'élus' 'Quimper'
  'piscine de Brest' '"recto verso"' 'empreinte de fabrication' 'agents' 'collectivité' 'numérique responsable'
  'label -élus')
if [[ -n "${WORDS:-}" ]]; then
  IFS='|' read -r -a words <<<"$WORDS"
fi
printf '%s\n' "${words[@]}" >"$work/words.txt"
queries="ARRAY[$(printf "'%s', " "${words[@]}" | sed 's/, $//')]"
count=${#words[@]}

# The search as the api sends it: one statement, V17's practice_search (the reader, the words, the theme, the tag, the
# authority kind, the région, the date, PUBLIC only, the cursor's rank and id, the page size + 1), as a signed-in
# reader; with words, or the library without words (BROWSE).
search_sql() { # $1: the words; $2: the theme
  echo "SELECT * FROM practice_search('benchmark', $1, $2, NULL, NULL, NULL, NULL, false, NULL, NULL, 20 + 1);"
}
theme="(CASE WHEN :t = 1 THEN 'PROCUREMENT' END)"
{ echo "\\set i random(1, $count)"; echo '\set t random(1, 5)'; search_sql "(${queries//$'\n'/ })[:i]" "$theme"; } >"$work/words.sql"
{ echo '\set t random(1, 5)'; search_sql NULL "$theme"; } >"$work/browse.sql"

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM; $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(admin -c 'SHOW server_version'), shared_buffers $(admin -c 'SHOW shared_buffers'); database $DB:"
echo "  $(admin -c "SELECT count(*) || ' practices (' || count(*) FILTER (WHERE status = 'PUBLISHED') || ' published) of ' || count(DISTINCT tenant_id) || ' authorities, table ' || pg_size_pretty(pg_table_size('practice')) || ', indexes ' || pg_size_pretty(pg_indexes_size('practice')) FROM practice")"
echo "searches: $queries; without words: weight $BROWSE_WEIGHT against 9"

if [[ $pgbench_run == true ]]; then
  echo "one search alone, EXPLAIN ANALYZE as the runtime role (execution time; load average $(cut -d' ' -f1 /proc/loadavg)):"
  for one in agents reemploi 'piscine de Brest'; do
    echo "  « $one » ($(as_reader -c "SELECT count(*) FROM practice WHERE status = 'PUBLISHED' AND search @@ practice_query('$one')") published matches):" \
         "$( { echo 'EXPLAIN (ANALYZE)'; search_sql "'$one'" NULL; } | as_reader | sed -n 's/^Execution Time: //p')"
  done
  echo "  the first page without words: $( { echo 'EXPLAIN (ANALYZE)'; search_sql NULL NULL; } | as_reader | sed -n 's/^Execution Time: //p')"
  echo "pgbench: $CLIENTS clients, 2 threads, $SECONDS_PER_RUN s per round, $ROUNDS rounds, prepared statements, role $APP"
  for round in $(seq 1 "$ROUNDS"); do
    prefix="$work/log.$round"
    out=$(PGPASSWORD=$APP_PASSWORD PGOPTIONS="-c app.user_id=benchmark" \
      pgbench -n -M prepared -h "$HOST" -p "$PORT" -U "$APP" -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" \
        -f "$work/words.sql@9" $( ((BROWSE_WEIGHT > 0)) && echo "-f $work/browse.sql@$BROWSE_WEIGHT") -l --log-prefix="$prefix" "$DB" 2>&1) || { echo "$out" >&2; exit 1; }
    tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")
    cat "$prefix".* | awk '{print $3}' | sort -n | awk -v tps="$tps" -v round="$round" -v loadavg="$(cut -d' ' -f1 /proc/loadavg)" '
      { v[NR] = $1; s += $1 }
      END { printf "round %d: %d searches, %.0f/s, mean %.1f ms, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (load average after: %s)\n",
            round, NR, tps, s / NR / 1000, v[int(NR * 0.50)] / 1000, v[int(NR * 0.95)] / 1000, v[int(NR * 0.99)] / 1000, v[NR] / 1000, loadavg }'
  done
fi

if [[ $api_run == true ]]; then
  source infra/scripts/select-jdk.sh
  if [[ ! -f api/target/api.jar ]] || [[ -n "$(find api/src/main -newer api/target/api.jar -type f -print -quit)" ]]; then
    ./mvnw -q -B -pl api -am package -DskipTests
  fi
  jar=infra/local-stack/target/local-stack-exec.jar
  if [[ ! -f "$jar" ]] || [[ -n "$(find infra/local-stack/src -newer "$jar" -type f -print -quit)" ]]; then
    ./mvnw -q -B -pl infra/local-stack -DskipTests package
  fi
  echo "through the api (its jar: api/target/api.jar, built $(date -u -r api/target/api.jar '+%Y-%m-%d %H:%M UTC')):"
  "$JAVA_HOME/bin/java" -cp "$jar" -Dloader.main=fr.mutualis.stack.PracticeLoad -Dmutualis.project.dir=. \
    org.springframework.boot.loader.launch.PropertiesLauncher "$DB" "$work/words.txt" "$BROWSE_WEIGHT" "$NEVER_ASKED" \
    "$API_DURATION" "$API_WARMUP"
fi
