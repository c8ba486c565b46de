#!/usr/bin/env bash
# Restore drill (docs/operations.md): fills a scratch database with the scale data, dumps it with pg_dump (custom
# format), restores the dump into a second scratch database with pg_restore, then compares every table's row count,
# the row-level security flags and the policies of both. Prints each step's duration and the sizes. Drops both
# scratch databases at the end (--keep to keep them). Never touches the application's database.
# Usage: infra/benchmarks/restore-drill.sh [--authorities N] [--rows R] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."

authorities=5000
rows=1000000
keep=false
while [[ $# -gt 0 ]]; do
  case $1 in
    --authorities) authorities=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "usage: $0 [--authorities N] [--rows R] [--keep]" >&2; exit 2 ;;
  esac
done
HOST=${MUTUALIS_DB_HOST:-localhost}
PORT=${MUTUALIS_DB_PORT:-5432}
ADMIN=${MUTUALIS_DB_ADMIN_USER:-postgres}
source=mutualis_drill
target=mutualis_drill_restored
dump=$(mktemp -d)/mutualis.dump
psql_() { psql -X -q -At -h "$HOST" -p "$PORT" -U "$ADMIN" "$@"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
cleanup() {
  rm -rf "$(dirname "$dump")"
  if [[ $keep == false ]]; then
    for db in "$source" "$target"; do psql_ -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; done
  fi
}
trap cleanup EXIT

echo "machine: $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
infra/benchmarks/scale-data.sh --authorities "$authorities" --rows "$rows" --database "$source" | tail -3

started=$(now)
pg_dump -Fc -Z 6 -h "$HOST" -p "$PORT" -U "$ADMIN" -d "$source" -f "$dump"
echo "pg_dump (custom format, compression 6): $(since "$started"), dump $(du -h "$dump" | cut -f1)," \
     "database $(psql_ -d postgres -c "SELECT pg_size_pretty(pg_database_size('$source'))")"

psql_ -d postgres -c "DROP DATABASE IF EXISTS $target WITH (FORCE)"
psql_ -d postgres -c "CREATE DATABASE $target OWNER mutualis_owner"
started=$(now)
pg_restore -h "$HOST" -p "$PORT" -U "$ADMIN" -d "$target" --jobs 2 --exit-on-error "$dump"
echo "pg_restore (2 jobs): $(since "$started")"
started=$(now)
psql_ -d "$target" -c "VACUUM (ANALYZE)"
echo "VACUUM (ANALYZE) after the restore: $(since "$started")"

# What must be the same: the rows of every table (as the superuser, which row-level security does not filter), the
# forced row-level security of every table, and the policies.
fingerprint() {
  psql_ -d "$1" <<'SQL'
SELECT string_agg(format('%s=%s', table_name, (xpath('/row/c/text()',
         query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text), ' '
       ORDER BY table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE';
SELECT string_agg(format('%s:%s%s', relname, relrowsecurity, relforcerowsecurity), ' ' ORDER BY relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r';
SELECT string_agg(format('%s.%s', polrelid::regclass, polname), ' ' ORDER BY polrelid::regclass::text, polname)
FROM pg_policy;
SQL
}
if diff <(fingerprint "$source") <(fingerprint "$target") > /dev/null; then
  echo "restored copy identical: $(fingerprint "$target" | sed -n 1p | tr ' ' '\n' | wc -l) tables, same row counts," \
       "row-level security and policies"
  fingerprint "$target" | sed -n 1p | tr ' ' '\n' | sed 's/^/  /'
else
  echo "RESTORED COPY DIFFERS:" >&2
  diff <(fingerprint "$source") <(fingerprint "$target") >&2
  exit 1
fi
