#!/usr/bin/env bash
# Parley's benchmarks in one command (see bench/README.md):
#   bench/run.sh               corpora of 10^3 and 10^4 pages (~10 min, 2 cores)
#   BENCH_LARGE=1 bench/run.sh adds 10^5 pages
# Builds what it needs, generates the corpora, imports them (pages/s, size on
# disk, peak RSS), runs Google Benchmark (parley_bench), the cold CLI timings
# (bench/cold.py) and the comparison with SQLite and networkx
# (bench/compare.py), and prints a markdown report (also left in
# $BENCH_DIR/report.md).
#
# Environment:
#   BUILD                  build directory (default: build)
#   BENCH_DIR              scratch space for corpora and databases
#                          (default: ${TMPDIR:-/tmp}/parley-bench; several GB)
#   BENCH_SIZES            corpus sizes (default "1000 10000", "1000 10000
#                          100000" with BENCH_LARGE=1)
#   BENCH_SEED             corpus seed (default 1)
#   BENCH_IMPORT_TIMEOUT   seconds allowed to `parley import` per corpus
#                          (default 60). A corpus not imported in time is
#                          reported as such, with how far it got, and is
#                          loaded without the linker (bench/parley_load
#                          --no-links) so that its queries can still be timed.
#   BENCH_QUERY_TIMEOUT    seconds one query may run, warm or cold, in Parley
#                          or SQLite (default 10; networkx cannot be stopped);
#                          a query out of time is reported as "> 10 s".
#   JOBS                   build parallelism (default 2)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/parley-bench}
SEED=${BENCH_SEED:-1}
TIMEOUT=${BENCH_IMPORT_TIMEOUT:-60}
QTIMEOUT=${BENCH_QUERY_TIMEOUT:-10}
if [[ -n ${BENCH_SIZES:-} ]]; then
  SIZES=$BENCH_SIZES
elif [[ ${BENCH_LARGE:-0} == 1 ]]; then
  SIZES="1000 10000 100000"
else
  SIZES="1000 10000"
fi
export PARLEY_DATA=$ROOT/data

log() { printf '\n== %s\n' "$*" >&2; }

log "building parley, parley_gen, parley_load, parley_bench"
cmake --build "$BUILD" --target parley parley_gen parley_load parley_bench -j "${JOBS:-2}" >/dev/null

# Run copies, so that a rebuild in the build directory during the run (the
# build tree may be shared) neither breaks nor mixes the measurements.
mkdir -p "$WORK/bin"
for b in "$BUILD/parley" "$BUILD"/bench/parley_{gen,load,bench}; do cp "$b" "$WORK/bin/"; done
PARLEY=$WORK/bin/parley
GEN=$WORK/bin/parley_gen
LOAD=$WORK/bin/parley_load
BENCH=$WORK/bin/parley_bench
START=$(date +%s)

# One line of facts about the machine, for the report.
{
  echo "{\"date\": \"$(date -u +%Y-%m-%d)\", \"cpus\": $(nproc),"
  echo " \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //; s/"//g')\","
  echo " \"mem_gib\": $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo),"
  echo " \"commit\": \"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)\","
  echo " \"seed\": $SEED, \"import_timeout_s\": $TIMEOUT, \"query_timeout_s\": $QTIMEOUT,"
  echo " \"sizes\": \"$SIZES\"}"
} >"$WORK/machine.json"

# The peak RSS (KiB) and wall seconds from a `/usr/bin/time -v` log.
rss_of() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
wall_of() {
  sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}

for N in $SIZES; do
  corpus=$WORK/corpus-$N
  if [[ ! -f $corpus/.seed-$SEED ]]; then
    log "generating $N pages"
    rm -rf "$corpus"
    "$GEN" --pages "$N" --seed "$SEED" --out "$corpus" >&2
    touch "$corpus/.seed-$SEED"
  fi
  bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')

  log "importing $N pages (parley import, at most ${TIMEOUT}s)"
  db=$WORK/db-$N
  rm -rf "$db" "$db-nolinks"
  set +e
  /usr/bin/time -v -o "$WORK/import-$N.time" \
    timeout "$TIMEOUT" "$PARLEY" --db "$db" import "$corpus" >"$WORK/import-$N.log" 2>&1
  rc=$?
  set -e
  # Nodes and edges by kind, and how many pages made it (also after a
  # timeout: RocksDB recovers the database up to the last whole write).
  "$PARLEY" --db "$db" stats --format json >"$WORK/stats-$N.json"
  done_pages=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["pages"])' \
    "$WORK/stats-$N.json")
  db_bytes=$(du -sb "$db" | cut -f1)
  wall=$(wall_of "$WORK/import-$N.time")
  rss=$(rss_of "$WORK/import-$N.time")
  linked=true
  query_db=$db
  if [[ $rc == 124 ]]; then
    linked=false
    log "import of $N pages ran out of time after $done_pages pages; loading without links"
    rm -rf "$db"
    query_db=$db-nolinks
    /usr/bin/time -v -o "$WORK/load-$N.time" \
      "$LOAD" --no-links --db "$query_db" "$corpus" >"$WORK/load-$N.json"
    "$PARLEY" --db "$query_db" stats --format json >"$WORK/stats-$N-nolinks.json"
  elif [[ $rc != 0 ]]; then
    echo "parley import failed (exit $rc); see $WORK/import-$N.log" >&2
    exit 1
  fi
  {
    echo "{\"pages\": $N, \"bytes\": $bytes, \"exit_code\": $rc, \"linked\": $linked,"
    echo " \"pages_imported\": $done_pages, \"wall_s\": $wall, \"peak_rss_kib\": $rss,"
    echo " \"db_bytes\": $db_bytes, \"query_db\": \"$query_db\","
    if [[ $linked == false ]]; then
      echo " \"nolinks_db_bytes\": $(du -sb "$query_db" | cut -f1),"
      echo " \"nolinks_wall_s\": $(wall_of "$WORK/load-$N.time"),"
      echo " \"nolinks_peak_rss_kib\": $(rss_of "$WORK/load-$N.time"),"
      echo " \"nolinks_load\": $(cat "$WORK/load-$N.json"),"
    fi
    echo " \"timeout_s\": $TIMEOUT}"
  } >"$WORK/import-$N.json"
  echo "$query_db" >"$WORK/query-db-$N"
done

log "write path: PageImport, StoreApplyPage, LinkerApply (Google Benchmark)"
"$BENCH" --benchmark_filter='^(PageImport|StoreApplyPage|LinkerApply)' \
  --benchmark_out="$WORK/bench-write.json" --benchmark_out_format=json >&2

for N in $SIZES; do
  query_db=$(cat "$WORK/query-db-$N")
  log "$N pages: SQLite and networkx beside Parley (bench/compare.py)"
  python3 "$ROOT/bench/compare.py" --db "$query_db" --parley "$PARLEY" --bench "$BENCH" \
    --out "$WORK/compare-$N" --seed "$SEED" --timeout "$QTIMEOUT" --label "$N pages" \
    >"$WORK/compare-$N.md"
  log "$N pages: warm queries (Google Benchmark)"
  "$BENCH" --parley_db="$query_db" --parley_queries="$WORK/compare-$N/queries.tsv" \
    --parley_linker_backgrounds= --parley_query_timeout="$QTIMEOUT" \
    --parley_read_filter='^(LoadGraph|WhoProposed|Trace)/' \
    --benchmark_filter='^(LoadGraph|WhoProposed|Trace)/' \
    --benchmark_out="$WORK/bench-read-$N.json" --benchmark_out_format=json >&2
  log "$N pages: cold queries (fresh parley processes)"
  python3 "$ROOT/bench/cold.py" --parley "$PARLEY" --db "$query_db" --timeout "$QTIMEOUT" \
    --queries "$WORK/compare-$N/queries.tsv" --out "$WORK/cold-$N.json" \
    --warm "$WORK/bench-read-$N.json" "$WORK/compare-$N/parley_bench_compare.json"
done

echo "{\"seconds\": $(($(date +%s) - START))}" >"$WORK/elapsed.json"
python3 "$ROOT/bench/report.py" "$WORK" --sizes "$SIZES" | tee "$WORK/report.md"
