#!/usr/bin/env bash
# Best practices (issue 7): the library's French full-text search over the practices of the scale database
# (MUTUALIS_SCALE_PRACTICES, default 50,000, made by infra/benchmarks/scale-data.sh), run by pgbench with CLIENTS
# concurrent clients (default 50) as the runtime role with row-level security on and no tenant (the network's view:
# published practices only). Each transaction is one search as the api sends it: the exact SQL of
# api/.../practice/SearchRows.java (read from the source), ranked, with facets, total and excerpts of a first page of
# 20, for a query drawn from a mix of 20 searches (frequent and rare words, phrases, accents left out) and, one time in
# ten, the library's first page without words; one time in five a theme filter. Prints tps and the latency
# percentiles of the searches as pgbench saw them.
#
# Usage: infra/benchmarks/practice-search.sh   (settings: CLIENTS=50 SECONDS_PER_RUN=30 ROUNDS=3; WORDS="a|b|c" to
#        search other words, BROWSE_WEIGHT=0 to leave out the library's first page without words)
set -euo pipefail
cd "$(dirname "$0")/../.."

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

command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-contrib" >&2; exit 1; }
admin() { PGPASSWORD=${MUTUALIS_DB_ADMIN_PASSWORD:-} psql -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U "$ADMIN" -d "$DB" -At "$@"; }
admin -c "SELECT 1 FROM practice LIMIT 1" >/dev/null 2>&1 \
  || { echo "No practices in $DB: run infra/benchmarks/scale-data.sh first." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The search SQL of the api, taken from its source (Java strings: \\ is \), with pgbench variables for the binds:
# nine searches in ten have words (one of 20), one in ten is the library's first page without words.
source_file=api/src/main/java/fr/mutualis/api/practice/SearchRows.java
constant() { sed -n "s/.*static final String $1 = \"\(.*\)\";/\1/p" "$source_file" | sed -e 's/\\\\/\\/g' -e 's/[&|]/\\&/g'; }
queries="ARRAY['reemploi', 'impression', 'imprimantes partagées', 'serveurs', 'PUE', 'formation des agents',
  'mediatheque', 'smartphones reconditionnés', 'convention de cession', 'ecoconception', 'données ouvertes', 'élus',
  'Quimper', 'piscine de Brest', '\"recto verso\"', 'empreinte de fabrication', 'agents', 'collectivité',
  'numérique responsable', 'label -élus']"
if [[ -n "${WORDS:-}" ]]; then
  queries="ARRAY['$(sed "s/|/', '/g" <<<"$WORDS")']"
fi
count=$(grep -o "'[^']*'" <<<"$queries" | wc -l)
search_sql() { # $1: match, $2: rank, $3: excerpt, $4: the words
  awk '/SEARCH = """/ {on = 1; next} on && /""";/ {sub(/""";.*/, ""); print; exit} on {print}' "$source_file" \
    | sed -e "s|{match}|$1|" -e "s|{rank}|$2|" -e "s|{excerpt}|$3|" \
          -e 's/\$10/20 + 1/g' -e 's/\$9/NULL/g' -e 's/\$8/NULL/g' -e 's/\$7/false/g' -e 's/\$6/NULL/g' \
          -e 's/\$5/NULL/g' -e 's/\$4/NULL/g' -e 's/\$3/NULL/g' \
          -e "s/\\\$2/(CASE WHEN :t = 1 THEN 'PROCUREMENT' END)/g" -e "s/\\\$1/$4/g"
  echo ';'
}
{ echo "\\set i random(1, $count)"; echo '\set t random(1, 5)'
  search_sql "$(constant WORDS_MATCH)" "$(constant WORDS_RANK)" "$(constant WORDS_EXCERPT)" "(${queries//$'\n'/ })[:i]"
} >"$work/words.sql"
{ echo '\set t random(1, 5)'; search_sql '$1::text IS NULL' '0::real' 'NULL::text' 'NULL'; } >"$work/browse.sql"
grep -q 'practice_query' "$work/words.sql" && grep -q 'GROUPING SETS' "$work/browse.sql" \
  || { echo "Could not read the search SQL from $source_file" >&2; exit 1; }

echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(admin -c 'SHOW server_version'), shared_buffers $(admin -c 'SHOW shared_buffers'); database $DB:"
echo "  $(admin -c "SELECT count(*) || ' practices (' || count(*) FILTER (WHERE status = 'PUBLISHED') || ' published) of ' || count(DISTINCT tenant_id) || ' authorities, table ' || pg_size_pretty(pg_table_size('practice')) || ', indexes ' || pg_size_pretty(pg_indexes_size('practice')) FROM practice")"
echo "searches: $queries; without words: weight $BROWSE_WEIGHT against 9"
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
