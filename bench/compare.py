#!/usr/bin/env python3
"""Parley beside SQLite and networkx: the same path and neighbourhood queries
on the same edges.

    bench/compare.py --db DB --parley build/parley --bench build/bench/parley_bench
                     --out DIR [--seed 1] [--paths 5] [--centres 4] [--timeout 15]

Exports the graph from Parley (`parley export --format json`), loads its edges
into SQLite (a file database, recursive CTEs) and networkx (MultiGraph), picks
the queries (deterministically from the seed), writes them to DIR/queries.tsv
for parley_bench, times every query in the three systems, checks that they
agree (path length, neighbourhood size), and writes DIR/compare.json and a
markdown table on stdout.

Queries (as Parley's CLI runs them):
  path A B       shortest paths, edges walked both ways, every kind but
                 MENTIONS (queries::DefaultPathKinds); each system returns
                 up to 10 shortest paths.
  neighbors N d  the nodes within d hops (both ways, every kind) and the
                 edges among them.
Latency: the median of repeated runs of each query (warm: data loaded, one
process), then the median over the queries of a kind. A Parley or SQLite
query still running after --timeout seconds is stopped and left out of the
median (counted in the table as "+k > 15 s"); networkx cannot be stopped.
"""

import argparse
import itertools
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

import networkx as nx

# A recursive CTE cannot stop when it reaches its target, nor skip a node it
# has already reached at a smaller depth: it walks every (node, depth) up to
# a bound. Pairs are chosen at most this many hops apart, and the bound given
# to SQLite is the largest distance among the chosen pairs (known from
# networkx) -- the best case for SQLite.
SQLITE_MAX_HOPS = 8

EDGE_LINE = re.compile(r'^      "(source|target|kind)": (".*?")[,]?$')
NODE_LINE = re.compile(r'^      "(id|kind)": (".*?")[,]?$')


def read_export(path):
    """Nodes (id -> kind) and edges (source, target, kind) of a parley-graph
    JSON export, read line by line: the export is pretty-printed with the
    node and edge fields at a fixed indent, and a whole-file json.load of a
    large export would take many times its size in memory."""
    nodes, edges = {}, []
    section = None
    current = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith('  "nodes"'):
                section = "nodes"
                continue
            if line.startswith('  "edges"'):
                section = "edges"
                continue
            if section == "nodes":
                m = NODE_LINE.match(line.rstrip("\n"))
                if m:
                    current[m.group(1)] = json.loads(m.group(2))
                    if "id" in current and "kind" in current:
                        nodes[current["id"]] = current["kind"]
                        current = {}
            elif section == "edges":
                m = EDGE_LINE.match(line.rstrip("\n"))
                if m:
                    current[m.group(1)] = json.loads(m.group(2))
                    if len(current) == 3:
                        edges.append((current["source"], current["target"], current["kind"]))
                        current = {}
    return nodes, edges


def timed(fn, min_runs=3, max_runs=25, budget_s=1.0, slow_s=2.0):
    """Runs fn at least min_runs times and until budget_s is spent (at most
    max_runs), but once only when one run takes longer than slow_s; returns
    (median seconds, last result)."""
    times, result = [], None
    start = time.perf_counter()
    while len(times) < max_runs:
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
        spent = time.perf_counter() - start
        if times[0] > slow_s or (len(times) >= min_runs and spent > budget_s):
            break
    return statistics.median(times), result


# ---------------------------------------------------------------------------
# SQLite

SQLITE_PATH = """
WITH RECURSIVE
  fwd(node, depth) AS (
    SELECT :a, 0
    UNION
    SELECT u.dst, f.depth + 1 FROM fwd f JOIN uedge u ON u.src = f.node
    WHERE f.depth < :maxd AND u.kind <> 'MENTIONS'
  ),
  dist(node, d) AS (SELECT node, min(depth) FROM fwd GROUP BY node),
  back(node, d, path) AS (
    SELECT :b, (SELECT d FROM dist WHERE node = :b), :b
    UNION ALL
    SELECT u.dst, back.d - 1, u.dst || ' ' || back.path
    FROM back JOIN uedge u ON u.src = back.node AND u.kind <> 'MENTIONS'
    JOIN dist ON dist.node = u.dst AND dist.d = back.d - 1
    WHERE back.d > 0
  )
SELECT path FROM back WHERE d = 0 LIMIT 10
"""

SQLITE_HOOD_NODES = """
WITH RECURSIVE reach(node, depth) AS (
  SELECT :n, 0
  UNION
  SELECT u.dst, r.depth + 1 FROM reach r JOIN uedge u ON u.src = r.node
  WHERE r.depth < :d
)
SELECT node, min(depth) FROM reach GROUP BY node
"""


def load_sqlite(path, nodes, edges):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript("""
      PRAGMA journal_mode = OFF;
      PRAGMA synchronous = OFF;
      CREATE TABLE node (id TEXT PRIMARY KEY, kind TEXT) WITHOUT ROWID;
      CREATE TABLE edge (src TEXT, dst TEXT, kind TEXT);
      -- Both directions, for walks that ignore direction.
      CREATE TABLE uedge (src TEXT, dst TEXT, kind TEXT);
    """)
    db.executemany("INSERT INTO node VALUES (?, ?)", nodes.items())
    db.executemany("INSERT INTO edge VALUES (?, ?, ?)", edges)
    db.executemany("INSERT INTO uedge VALUES (?, ?, ?)", edges)
    db.executemany("INSERT INTO uedge VALUES (?, ?, ?)", ((t, s, k) for s, t, k in edges))
    db.executescript("""
      CREATE INDEX uedge_src ON uedge (src, kind, dst);
      CREATE INDEX edge_src ON edge (src, dst);
      ANALYZE;
    """)
    db.commit()
    return db


class Interrupted(Exception):
    pass


def with_deadline(db, seconds, fn):
    """fn(), interrupted (sqlite3's Connection.interrupt) after `seconds`."""
    timer = threading.Timer(seconds, db.interrupt)
    timer.start()
    try:
        return fn()
    except sqlite3.OperationalError as e:
        if "interrupt" in str(e):
            raise Interrupted() from e
        raise
    finally:
        timer.cancel()


def sqlite_path(db, a, b, maxd):
    rows = db.execute(SQLITE_PATH, {"a": a, "b": b, "maxd": maxd}).fetchall()
    return [r[0].split(" ") for r in rows]


def sqlite_neighbors(db, n, d):
    hood = dict(db.execute(SQLITE_HOOD_NODES, {"n": n, "d": d}).fetchall())
    db.execute("DROP TABLE IF EXISTS temp.hood")
    db.execute("CREATE TEMP TABLE hood (id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.executemany("INSERT INTO temp.hood VALUES (?)", ((k,) for k in hood))
    edges = db.execute(
        "SELECT count(*) FROM temp.hood h JOIN edge e ON e.src = h.id "
        "WHERE e.dst IN (SELECT id FROM temp.hood)").fetchone()[0]
    return len(hood), edges


# ---------------------------------------------------------------------------
# networkx


def load_networkx(nodes, edges):
    everything = nx.MultiGraph()
    everything.add_nodes_from(nodes)
    # No keys: networkx would take the kind for the key and merge a -> b and
    # b -> a of one kind (mutual RESPONDS_TO), which Parley keeps apart.
    everything.add_edges_from((s, t) for s, t, k in edges)
    paths = nx.Graph()
    paths.add_nodes_from(nodes)
    paths.add_edges_from((s, t) for s, t, k in edges if k != "MENTIONS")
    return everything, paths


def nx_path(g, a, b):
    try:
        return list(itertools.islice(nx.all_shortest_paths(g, a, b), 10))
    except nx.NetworkXNoPath:
        return []


def nx_neighbors(g, n, d):
    hood = nx.single_source_shortest_path_length(g, n, cutoff=d)
    return len(hood), g.subgraph(hood).number_of_edges()


# ---------------------------------------------------------------------------
# Queries


def pick_queries(nodes, paths_graph, seed, n_paths, n_centres):
    """Deterministic queries: pairs of clauses of different documents, a
    person and a document, two documents; neighbourhood centres among
    documents and clauses. Only pairs that a path joins are kept."""
    rnd = random.Random(seed)
    by_kind = {}
    for node_id, kind in sorted(nodes.items()):
        by_kind.setdefault(kind, []).append(node_id)
    clauses = by_kind.get("Clause", [])
    docs = by_kind.get("Document", [])
    persons = by_kind.get("Person", [])
    queries = []
    max_hops = 0
    shapes = [("Clause", "Clause"), ("Person", "Document"), ("Document", "Document"),
              ("Clause", "Clause")]
    pool = {"Clause": clauses, "Document": docs, "Person": persons}
    tries = 0
    while len([q for q in queries if q[0] == "path"]) < n_paths and tries < 50 * n_paths:
        tries += 1
        ka, kb = shapes[tries % len(shapes)]
        if not pool[ka] or not pool[kb]:
            continue
        a, b = rnd.choice(pool[ka]), rnd.choice(pool[kb])
        if a == b or a.split("/")[0] == b.split("/")[0]:
            continue
        try:
            hops = nx.shortest_path_length(paths_graph, a, b)
        except nx.NetworkXNoPath:
            continue
        if hops > SQLITE_MAX_HOPS:
            continue
        queries.append(("path", a, b))
        max_hops = max(max_hops, hops)
    centres = []
    for kind in ("Document", "Clause"):
        if pool[kind]:
            centres += rnd.sample(pool[kind], min(n_centres // 2, len(pool[kind])))
    for c in centres:
        queries.append(("neighbors", c, "1"))
    for c in centres:
        queries.append(("neighbors", c, "2"))
    # who-proposed and trace: not compared here, timed by parley_bench and
    # bench/run.sh with the same database.
    if clauses:
        clause = rnd.choice(clauses)
        queries.append(("who", "prisoners_of_war", ""))
        queries.append(("who", clause, ""))
        queries.append(("who", "buffer zone", "Kim Il Sung"))
        queries.append(("trace", clause))
        queries.append(("trace", "demarcation line"))
    return queries, max_hops


def run_parley_bench(bench, db, queries_file, out_json, filter_re, timeout):
    cmd = [bench, f"--parley_db={db}", f"--parley_queries={queries_file}",
           f"--parley_read_filter={filter_re}", f"--benchmark_filter={filter_re}",
           f"--parley_query_timeout={timeout}", "--benchmark_format=json",
           f"--benchmark_out={out_json}", "--benchmark_out_format=json",
           "--parley_linker_backgrounds="]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(out_json) as f:
        return json.load(f)


def bench_medians(report):
    """{(benchmark, query index): (median seconds or None, counters, error)}
    from a Google Benchmark JSON report: the median aggregate, or the single
    run of a slow query, or its error ("timed out after 15 s")."""
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    out = {}
    for b in report["benchmarks"]:
        agg = b.get("aggregate_name")
        if agg not in (None, "median"):
            continue
        parts = b["run_name"].split("/")  # FindPaths/pages:1000/q3/...
        q = next((p for p in parts if re.fullmatch(r"q\d+", p)), None)
        if q is None:
            continue
        key = (parts[0], int(q[1:]))
        if agg is None and key in out:
            continue  # a repetition; its median comes after
        if b.get("error_occurred"):
            out[key] = (None, {}, b.get("error_message", "error"))
            continue
        counters = {k: v for k, v in b.items()
                    if k in ("hops", "paths", "nodes", "edges", "answers", "versions")}
        out[key] = (b["real_time"] * scale[b["time_unit"]], counters, None)
    return out


def fmt_ms(s):
    if s is None:
        return "—"
    ms = s * 1e3
    return f"{ms:.3f}" if ms < 1 else f"{ms:.2f}" if ms < 100 else f"{ms:.0f}"


def ratio(a, b):
    if not a or not b:
        return "—"
    r = b / a
    return f"{r:.0f}×" if r >= 10 else f"{r:.1f}×" if r >= 1 else f"{r:.2f}×"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--parley", required=True)
    ap.add_argument("--bench", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--paths", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=15,
                    help="seconds one query may run in any system (default 15)")
    ap.add_argument("--centres", type=int, default=4)
    ap.add_argument("--label", default="")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    log = lambda *a: print(*a, file=sys.stderr, flush=True)

    export = os.path.join(args.out, "graph.json")
    t0 = time.perf_counter()
    subprocess.run([args.parley, "--db", args.db, "export", "--format", "json", "-o", export],
                   check=True, stdout=subprocess.DEVNULL)
    export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    nodes, edges = read_export(export)
    parse_s = time.perf_counter() - t0
    export_bytes = os.path.getsize(export)
    os.remove(export)
    log(f"compare: {len(nodes)} nodes, {len(edges)} edges "
        f"(export {export_s:.1f} s, {export_bytes / 1e6:.0f} MB, read {parse_s:.1f} s)")

    t0 = time.perf_counter()
    sql = load_sqlite(os.path.join(args.out, "edges.sqlite"), nodes, edges)
    sqlite_load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    g_all, g_paths = load_networkx(nodes, edges)
    nx_load_s = time.perf_counter() - t0
    log(f"compare: loaded SQLite in {sqlite_load_s:.1f} s, networkx in {nx_load_s:.1f} s")

    queries, max_hops = pick_queries(nodes, g_paths, args.seed, args.paths, args.centres)
    queries_file = os.path.join(args.out, "queries.tsv")
    with open(queries_file, "w") as f:
        f.write("# kind\targs (bench/compare.py, seed %d)\n" % args.seed)
        for q in queries:
            f.write("\t".join(q) + "\n")

    report = run_parley_bench(args.bench, args.db, queries_file,
                              os.path.join(args.out, "parley_bench_compare.json"),
                              "^(FindPaths|ShortestPaths|Neighbors|Neighborhood)/",
                              args.timeout)
    parley = bench_medians(report)

    def sqlite_timed(fn):
        try:
            return timed(lambda: with_deadline(sql, args.timeout, fn))
        except Interrupted:
            return None, None

    rows = []
    mismatches = []
    for i, q in enumerate(queries):
        if q[0] not in ("path", "neighbors"):
            continue
        engine = parley.get(("ShortestPaths" if q[0] == "path" else "Neighborhood", i),
                            (None, {}, "not run"))
        user = parley.get(("FindPaths" if q[0] == "path" else "Neighbors", i),
                          (None, {}, "not run"))
        if q[0] == "path":
            a, b = q[1], q[2]
            s_t, s_res = sqlite_timed(lambda: sqlite_path(sql, a, b, max_hops))
            n_t, n_res = timed(lambda: nx_path(g_paths, a, b))
            answers = {"sqlite": (len(s_res[0]) - 1 if s_res else None) if s_t else "timeout",
                       "networkx": len(n_res[0]) - 1 if n_res else None,
                       "parley": int(engine[1]["hops"]) if engine[0] is not None else engine[2]}
            row = {"kind": "path", "query": list(q[1:]), "hops": answers["networkx"]}
        else:
            n, d = q[1], int(q[2])
            s_t, s_res = sqlite_timed(lambda: sqlite_neighbors(sql, n, d))
            n_t, n_res = timed(lambda: nx_neighbors(g_all, n, d))
            answers = {"sqlite": s_res if s_t else "timeout", "networkx": n_res,
                       "parley": ((int(engine[1]["nodes"]), int(engine[1]["edges"]))
                                  if engine[0] is not None else engine[2])}
            row = {"kind": f"neighbors d={d}", "query": list(q[1:]), "nodes": n_res[0],
                   "edges": n_res[1]}
        finished = {k: v for k, v in answers.items() if v != "timeout" and not isinstance(v, str)}
        if len(set(finished.values())) > 1:
            mismatches.append((q, answers))
        row.update({"parley_engine_s": engine[0], "parley_engine_error": engine[2],
                    "parley_query_s": user[0], "parley_query_error": user[2],
                    "sqlite_s": s_t, "sqlite_error": None if s_t else "timeout",
                    "networkx_s": n_t})
        rows.append(row)

    summary = {}
    for kind in sorted({r["kind"] for r in rows}):
        rs = [r for r in rows if r["kind"] == kind]
        med = lambda key: (statistics.median([r[key] for r in rs if r[key] is not None])
                           if any(r[key] is not None for r in rs) else None)
        summary[kind] = {k: med(k) for k in
                         ("parley_engine_s", "parley_query_s", "sqlite_s", "networkx_s")}
        # Queries left out of a median because they ran out of time.
        summary[kind]["timeouts"] = {
            k: sum(1 for r in rs if r[k] is None)
            for k in ("parley_engine_s", "parley_query_s", "sqlite_s", "networkx_s")}
        summary[kind]["queries"] = len(rs)

    result = {"label": args.label, "db": args.db, "nodes": len(nodes), "edges": len(edges),
              "export_s": export_s, "export_bytes": export_bytes, "read_export_s": parse_s,
              "sqlite_load_s": sqlite_load_s, "networkx_load_s": nx_load_s,
              "sqlite_max_hops": max_hops, "timeout_s": args.timeout, "rows": rows, "summary": summary,
              "mismatches": [[list(q), v] for q, v in mismatches]}
    with open(os.path.join(args.out, "compare.json"), "w") as f:
        json.dump(result, f, indent=1)

    print(f"\n{args.label}: {len(nodes)} nodes, {len(edges)} edges; median latency in ms "
          f"(warm); ratio = other / Parley engine\n")
    print("| query | n | Parley engine | Parley query fn | SQLite CTE | networkx | "
          "SQLite : Parley | networkx : Parley |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, s in summary.items():
        cell = lambda k: fmt_ms(s[k]) + (f" (+{s['timeouts'][k]} > {args.timeout:g} s)"
                                         if s["timeouts"][k] else "")
        print(f"| {kind} | {s['queries']} | {cell('parley_engine_s')} | "
              f"{cell('parley_query_s')} | {cell('sqlite_s')} | "
              f"{cell('networkx_s')} | {ratio(s['parley_engine_s'], s['sqlite_s'])} | "
              f"{ratio(s['parley_engine_s'], s['networkx_s'])} |")
    if mismatches:
        print(f"\nresults that differ between systems: {len(mismatches)}")
        for q, v in mismatches:
            print(f"  {q}: {v}")
    sql.close()


if __name__ == "__main__":
    main()
