#!/usr/bin/env bash
# Parley's benchmarks in one command (see bench/README.md):
#   bench/run.sh               corpora of 10^3 and 10^4 pages (~15 min, 2 cores)
#   BENCH_LARGE=1 bench/run.sh 10^4, 10^5 and 10^6 pages (hours)
# Builds what it needs, installs Kùzu (npm) once, generates the corpora,
# imports them (pages/s, size on disk against the page text, per column
# family, peak RSS), measures RocksDB's raw write rate for the same bytes,
# runs Google Benchmark (parley_bench), the comparison with Kùzu, SQLite and
# networkx (bench/compare.py) and the cold CLI timings beside Kùzu's
# (bench/cold.py), and prints a markdown report (also left in
# $BENCH_DIR/report.md).
#
# Environment:
#   BUILD                  build directory (default: build)
#   BENCH_DIR              scratch space for corpora and databases
#                          (default: ${TMPDIR:-/tmp}/parley-bench; several GB,
#                          tens of GB with 10^6 pages)
#   BENCH_SIZES            corpus sizes (default "1000 10000", "10000 100000
#                          1000000" with BENCH_LARGE=1)
#   BENCH_SEED             corpus seed (default 1)
#   BENCH_IMPORT_TIMEOUT   seconds allowed to `parley import` per corpus
#                          (default 60). A corpus not imported in time is
#                          reported as such, with how far it got, and is
#                          loaded without the linker (bench/parley_load
#                          --no-links) so that its queries can still be timed.
#   BENCH_QUERY_TIMEOUT    seconds one query may run, warm or cold, in Parley,
#                          Kùzu or SQLite (default 10; networkx cannot be
#                          stopped); a query out of time is reported as
#                          "> 10 s".
#   BENCH_KUZU             0: leave Kùzu out (default 1: installed with npm
#                          under $BENCH_DIR/kuzu on first use)
#   BENCH_KUZU_VERSION     the npm package version (default 0.11.3)
#   BENCH_NX_MAX           the largest corpus (pages) given to networkx and to
#                          Parley's whole-graph warm benchmarks (LoadGraph,
#                          the in-memory engine); larger ones do not fit in
#                          memory (default 100000)
#   PARLEY_BIN             the `parley` binary to import with and time
#                          (default: $BUILD/parley, built), e.g. a landed
#                          build for "before" figures
#   BENCH_NO_BUILD         1: take the binaries in $BUILD as they are
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
  SIZES="10000 100000 1000000"
else
  SIZES="1000 10000"
fi
NX_MAX=${BENCH_NX_MAX:-100000}
export PARLEY_DATA=$ROOT/data

log() { printf '\n== %s\n' "$*" >&2; }

targets="parley_gen parley_load parley_bench parley_rocks"
[[ -z ${PARLEY_BIN:-} ]] && targets="parley $targets"
log "building $targets"
if [[ ${BENCH_NO_BUILD:-0} != 1 ]]; then
  # shellcheck disable=SC2086
  cmake --build "$BUILD" --target $targets -j "${JOBS:-2}" >/dev/null
fi

# Run copies, so that a rebuild in the build directory during the run (the
# build tree may be shared) neither breaks nor mixes the measurements.
mkdir -p "$WORK/bin"
cp "${PARLEY_BIN:-$BUILD/parley}" "$WORK/bin/parley"
for b in "$BUILD"/bench/parley_{gen,load,bench,rocks}; do cp "$b" "$WORK/bin/"; done
cp "$ROOT/bench/kuzu_bench.js" "$WORK/bin/"
PARLEY=$WORK/bin/parley
GEN=$WORK/bin/parley_gen
LOAD=$WORK/bin/parley_load
BENCH=$WORK/bin/parley_bench
ROCKS=$WORK/bin/parley_rocks
KUZU_JS=$WORK/bin/kuzu_bench.js
START=$(date +%s)

# Kùzu, for bench/compare.py and bench/cold.py only (never a dependency of
# Parley): the npm package, with its prebuilt Linux binary put in place by
# its install.js. Left out, with a note in the report, when npm cannot get it.
KUZU=false
if [[ ${BENCH_KUZU:-1} == 1 ]]; then
  kdir=$WORK/kuzu
  if [[ ! -f $kdir/node_modules/kuzu/kuzujs.node ]]; then
    log "installing Kùzu ${BENCH_KUZU_VERSION:-0.11.3} (npm) under $kdir"
    mkdir -p "$kdir"
    if ! (cd "$kdir" && { [[ -f package.json ]] || npm init -y >/dev/null; } &&
      npm install "kuzu@${BENCH_KUZU_VERSION:-0.11.3}" >&2 &&
      node node_modules/kuzu/install.js >&2); then
      log "Kùzu could not be installed; the comparison goes on without it"
    fi
  fi
  if [[ -f $kdir/node_modules/kuzu/kuzujs.node ]]; then
    KUZU=true
    export NODE_PATH=$kdir/node_modules
  fi
fi

# One line of facts about the machine, for the report.
{
  echo "{\"date\": \"$(date -u +%Y-%m-%d)\", \"cpus\": $(nproc),"
  echo " \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //; s/"//g')\","
  echo " \"mem_gib\": $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo),"
  echo " \"commit\": \"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)\","
  echo " \"seed\": $SEED, \"import_timeout_s\": $TIMEOUT, \"query_timeout_s\": $QTIMEOUT,"
  echo " \"kuzu\": $KUZU, \"kuzu_version\": \"${BENCH_KUZU_VERSION:-0.11.3}\","
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
  # Per column family (and the full-text index) against the page text; and
  # RocksDB's own write rate for the same keys and values, the ceiling for
  # the import.
  "$ROCKS" sizes "$query_db" >"$WORK/sizes-$N.json" || echo '{}' >"$WORK/sizes-$N.json"
  fulltext_bytes=$(du -sb "$query_db/fulltext" 2>/dev/null | cut -f1 || true)
  rm -rf "$WORK/rocks-$N"
  log "$N pages: RocksDB's raw write rate for the same bytes (parley_rocks)"
  "$ROCKS" write-rate "$query_db" --pages "$N" --out "$WORK/rocks-$N" \
    >"$WORK/rocks-write-$N.json" || echo '{}' >"$WORK/rocks-write-$N.json"
  rm -rf "$WORK/rocks-$N"
  {
    echo "{\"pages\": $N, \"bytes\": $bytes, \"exit_code\": $rc, \"linked\": $linked,"
    echo " \"fulltext_bytes\": ${fulltext_bytes:-null},"
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
  systems=sqlite
  [[ $N -le $NX_MAX ]] && systems+=,networkx
  [[ $KUZU == true ]] && systems+=,kuzu
  whole=1 read_filter='^(LoadGraph|WhoProposed|Trace)/'
  if [[ $N -gt $NX_MAX ]]; then
    whole=0 read_filter='^(WhoProposed|Trace)/'
  fi
  log "$N pages: $systems beside Parley (bench/compare.py)"
  python3 "$ROOT/bench/compare.py" --db "$query_db" --parley "$PARLEY" --bench "$BENCH" \
    --out "$WORK/compare-$N" --seed "$SEED" --timeout "$QTIMEOUT" --label "$N pages" \
    --systems "$systems" --kuzu-js "$KUZU_JS" --parley-engine "$whole" \
    >"$WORK/compare-$N.md"
  rm -f "$WORK/compare-$N/edges.sqlite"
  log "$N pages: warm queries (Google Benchmark)"
  "$BENCH" --parley_db="$query_db" --parley_queries="$WORK/compare-$N/queries.tsv" \
    --parley_linker_backgrounds= --parley_query_timeout="$QTIMEOUT" \
    --parley_prebuild_view="$whole" \
    --parley_read_filter="$read_filter" --benchmark_filter="$read_filter" \
    --benchmark_out="$WORK/bench-read-$N.json" --benchmark_out_format=json >&2
  log "$N pages: cold queries (fresh parley and Kùzu processes)"
  python3 "$ROOT/bench/cold.py" --parley "$PARLEY" --db "$query_db" --timeout "$QTIMEOUT" \
    --queries "$WORK/compare-$N/queries.tsv" --out "$WORK/cold-$N.json" \
    --kuzu-db "$WORK/compare-$N/kuzu.db" --kuzu-js "$KUZU_JS" \
    --warm "$WORK/bench-read-$N.json" "$WORK/compare-$N/parley_bench_compare.json"
done

echo "{\"seconds\": $(($(date +%s) - START))}" >"$WORK/elapsed.json"
python3 "$ROOT/bench/report.py" "$WORK" --sizes "$SIZES" | tee "$WORK/report.md"
