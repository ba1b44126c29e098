#!/usr/bin/env bash
# The logical restore drill (docs/operations.md, Backup and restore): for each database named, pg_dump it, restore
# the dump into a new database <name>_drill with pg_restore, compare every table's row count and content checksum,
# and drop the copy. Exits non-zero when any table differs.
#
#   PGHOST=localhost PGPORT=5432 PGUSER=parley PGPASSWORD=... k8s/drills/dump-restore.sh parley_ingest parley_inbox ...
#
# On Kubernetes: kubectl -n parley port-forward svc/parley-postgres-rw 5432, with a role that may create databases.
# Needs psql, pg_dump and pg_restore (Debian's postgresql-client) of the server's major version or newer.
set -euo pipefail
[ $# -gt 0 ] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
BIN=${PG_BIN:-$(dirname "$(command -v pg_dump || ls /usr/lib/postgresql/*/bin/pg_dump | tail -1)")}
q() { "$BIN/psql" -v ON_ERROR_STOP=1 -Atq "$@"; }

# One line per table: name, row count, md5 of its rows in a stable order.
fingerprint() {
  q -d "$1" -c "select format('select %L, count(*), coalesce(md5(string_agg(t::text, chr(10) order by t::text)), %L) from %I.%I t',
                  schemaname || '.' || relname, '-', schemaname, relname)
                from pg_stat_user_tables order by schemaname, relname" |
    while read -r sql; do q -d "$1" -F ' ' -c "$sql"; done
}

failed=0
for db in "$@"; do
  copy="${db}_drill"
  dump="$(mktemp -t "$db.XXXXXX.dump")"
  before="$(fingerprint "$db")"
  start=$(date +%s%N)
  "$BIN/pg_dump" -Fc -d "$db" -f "$dump"
  q -d postgres -c "drop database if exists \"$copy\"" -c "create database \"$copy\"" 2>/dev/null
  "$BIN/pg_restore" --no-owner --exit-on-error -d "$copy" "$dump"
  took=$(( ($(date +%s%N) - start) / 1000000 ))
  after="$(fingerprint "$copy")"
  tables=$(printf '%s\n' "$before" | grep -c .)
  rows=$(printf '%s\n' "$before" | awk '{s += $2} END {print s + 0}')
  if [ "$before" = "$after" ]; then verdict="identical"; else verdict="DIFFERENT"; failed=1; fi
  printf '%-22s %3d tables %8d rows  dump %7d KiB  dump+restore %6d ms  %s\n' \
    "$db" "$tables" "$rows" $(( $(stat -c %s "$dump") / 1024 )) "$took" "$verdict"
  [ "$verdict" = identical ] || diff <(printf '%s\n' "$before") <(printf '%s\n' "$after") | head -20
  q -d postgres -c "drop database \"$copy\""
  rm -f "$dump"
done
exit $failed
