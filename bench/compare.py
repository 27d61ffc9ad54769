#!/usr/bin/env python3
"""Parley beside Kùzu, SQLite and networkx: the same queries on the same
nodes and edges.

    bench/compare.py --db DB --parley build/parley --bench build/bench/parley_bench
                     --out DIR [--seed 1] [--paths 5] [--centres 4] [--timeout 15]
                     [--systems sqlite,networkx,kuzu] [--kuzu-js bench/kuzu_bench.js]

Exports the graph from Parley (`parley export --format json`), loads its
nodes and edges into SQLite (a file database, recursive CTEs), networkx
(MultiGraph, and a MultiDiGraph keyed by kind) and Kùzu (CSV files and COPY,
through bench/kuzu_bench.js; NODE_PATH must reach the npm package `kuzu`,
see bench/README.md), picks the queries (deterministically from the seed),
writes them to DIR/queries.tsv for parley_bench, bench/kuzu_bench.js and
bench/cold.py, times every query in every system, checks that they agree,
and writes DIR/compare.json and a markdown table on stdout.

Queries (as Parley's CLI runs them):
  path A B       shortest paths, edges walked both ways, every kind but
                 MENTIONS (queries::DefaultPathKinds); each system returns
                 up to 10 shortest paths. Answer: hops.
  neighbors N d  the nodes within d hops (both ways, every kind), d = 1, 2
                 and 3. Answer: nodes (and, but for Kùzu, the edges among
                 them).
  who CLAUSE     who-proposed for a clause id: the PROPOSES sources of the
                 clause, and the authors (AUTHORED), addressees
                 (ADDRESSED_TO) and relays (VIA) of its document and of the
                 documents that embed it (EMBEDS), as Parley's transmission
                 chain. Answer: the number of distinct people.
  topic T        the clauses with topic T (Parley: the topic index,
                 Reader::Lookup). Answer: the number of clauses.
Latency: the median of repeated runs of each query (warm: data loaded, one
process), then the median over the queries of a kind. A Parley, SQLite or
Kùzu query still running after --timeout seconds is stopped and left out of
the median (counted in the table as "+k > 15 s"); networkx cannot be
stopped. Cold runs (a fresh process per query) are bench/cold.py's.
"""

import argparse
import csv
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

try:
    import networkx as nx
except ImportError:  # only needed when networkx is among --systems
    nx = None

# A recursive CTE cannot stop when it reaches its target, nor skip a node it
# has already reached at a smaller depth: it walks every (node, depth) up to
# a bound. Pairs are chosen at most this many hops apart, and the bound given
# to SQLite is the largest distance among the chosen pairs (known from
# a breadth-first search) -- the best case for SQLite.
SQLITE_MAX_HOPS = 8

# Parley's edge kinds (graph/model.h), every one a Kùzu relationship table.
EDGE_KINDS = ["AUTHORED", "ADDRESSED_TO", "VIA", "COPY_TO", "EMBEDS", "HAS_CLAUSE",
              "PROPOSES", "MEMBER_OF", "HEADS", "HOLDS_ROLE", "MENTIONS", "CONCERNS",
              "RESPONDS_TO", "STANCE", "VARIANT_OF"]

EDGE_LINE = re.compile(r'^      "(source|target|kind)": (".*?")[,]?$')
NODE_LINE = re.compile(r'^      "(id|kind)": (".*?")[,]?$')
TOPICS_START = '        "topics": ['
TOPIC_LINE = re.compile(r'^          (".*?")[,]?$')


def read_export(path):
    """Nodes (id -> kind), the topics of clauses (id -> [topic]) and edges
    (source, target, kind) of a parley-graph JSON export, read line by line:
    the export is pretty-printed with the node and edge fields at a fixed
    indent, and a whole-file json.load of a large export would take many
    times its size in memory. Ids are interned: each is stored once."""
    nodes, topics, edges = {}, {}, []
    section = None
    current = {}
    last_id = None
    in_topics = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith('  "nodes"'):
                section = "nodes"
                continue
            if line.startswith('  "edges"'):
                section = "edges"
                continue
            line = line.rstrip("\n")
            if section == "nodes":
                if in_topics:
                    m = TOPIC_LINE.match(line)
                    if m:
                        topics.setdefault(last_id, []).append(sys.intern(json.loads(m.group(1))))
                    else:
                        in_topics = False
                    continue
                if line == TOPICS_START and nodes.get(last_id) == "Clause":
                    in_topics = True
                    continue
                m = NODE_LINE.match(line)
                if m:
                    current[m.group(1)] = sys.intern(json.loads(m.group(2)))
                    if "id" in current and "kind" in current:
                        nodes[current["id"]] = current["kind"]
                        last_id = current["id"]
                        current = {}
            elif section == "edges":
                m = EDGE_LINE.match(line)
                if m:
                    current[m.group(1)] = sys.intern(json.loads(m.group(2)))
                    if len(current) == 3:
                        edges.append((current["source"], current["target"], current["kind"]))
                        current = {}
    return nodes, topics, edges


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
# Plain adjacency: picking the queries, and the answers that every system
# must give, without networkx (which a 10^6-page graph does not fit).


def undirected_adjacency(nodes, edges, skip_kind=None):
    adj = {}
    for s, t, k in edges:
        if k == skip_kind:
            continue
        adj.setdefault(s, []).append(t)
        adj.setdefault(t, []).append(s)
    return adj


def bfs_hops(adj, a, b, limit):
    """Hops of the shortest path from a to b, or None past `limit`."""
    if a == b:
        return 0
    seen, frontier = {a}, [a]
    for depth in range(1, limit + 1):
        nxt = []
        for u in frontier:
            for v in adj.get(u, ()):
                if v == b:
                    return depth
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        if not nxt:
            return None
        frontier = nxt
    return None


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

# who-proposed for a clause: its proposers, and the authors, addressees and
# relays of its document and of the documents embedding it (up to two
# levels, as in bench/kuzu_bench.js; Parley follows every level). Written
# with IN (subquery) and the two levels unrolled: a join, or a recursive
# CTE, makes SQLite 3.40 build a Bloom filter over the whole edge table
# (400 ms instead of 0.4 ms at 10^4 pages).
SQLITE_WHO = """
WITH
  d0(id) AS (SELECT src FROM edge WHERE dst = :c AND kind = 'HAS_CLAUSE'),
  d1(id) AS (SELECT src FROM edge WHERE kind = 'EMBEDS' AND dst IN (SELECT id FROM d0)),
  d2(id) AS (SELECT src FROM edge WHERE kind = 'EMBEDS' AND dst IN (SELECT id FROM d1)),
  up(id) AS (SELECT id FROM d0 UNION SELECT id FROM d1 UNION SELECT id FROM d2)
SELECT src FROM edge WHERE dst = :c AND kind = 'PROPOSES'
UNION SELECT src FROM edge WHERE kind = 'AUTHORED' AND dst IN (SELECT id FROM up)
UNION SELECT dst FROM edge WHERE kind IN ('ADDRESSED_TO', 'VIA') AND src IN (SELECT id FROM up)
"""


def load_sqlite(path, nodes, topics, edges):
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
      CREATE TABLE clause_topic (topic TEXT, clause TEXT);
    """)
    db.executemany("INSERT INTO node VALUES (?, ?)", nodes.items())
    db.executemany("INSERT INTO edge VALUES (?, ?, ?)", edges)
    db.executemany("INSERT INTO uedge VALUES (?, ?, ?)", edges)
    db.executemany("INSERT INTO uedge VALUES (?, ?, ?)", ((t, s, k) for s, t, k in edges))
    db.executemany("INSERT INTO clause_topic VALUES (?, ?)",
                   ((t, c) for c, ts in topics.items() for t in ts))
    db.executescript("""
      CREATE INDEX uedge_src ON uedge (src, kind, dst);
      CREATE INDEX edge_src ON edge (src, kind, dst);
      CREATE INDEX edge_dst ON edge (dst, kind, src);
      CREATE INDEX clause_topic_topic ON clause_topic (topic, clause);
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


def sqlite_who(db, c):
    return len(db.execute(SQLITE_WHO, {"c": c}).fetchall())


def sqlite_topic(db, t):
    return len(db.execute("SELECT clause FROM clause_topic WHERE topic = ?", (t,)).fetchall())


# ---------------------------------------------------------------------------
# networkx


def load_networkx(nodes, topics, edges):
    everything = nx.MultiGraph()
    everything.add_nodes_from(nodes)
    # No keys: networkx would take the kind for the key and merge a -> b and
    # b -> a of one kind (mutual RESPONDS_TO), which Parley keeps apart.
    everything.add_edges_from((s, t) for s, t, k in edges)
    for c, ts in topics.items():
        everything.nodes[c]["topics"] = ts
    paths = nx.Graph()
    paths.add_nodes_from(nodes)
    paths.add_edges_from((s, t) for s, t, k in edges if k != "MENTIONS")
    # Directed and keyed by kind, for who-proposed.
    directed = nx.MultiDiGraph()
    directed.add_nodes_from(nodes)
    directed.add_edges_from((s, t, k) for s, t, k in edges)
    return everything, paths, directed


def nx_path(g, a, b):
    try:
        return list(itertools.islice(nx.all_shortest_paths(g, a, b), 10))
    except nx.NetworkXNoPath:
        return []


def nx_neighbors(g, n, d):
    hood = nx.single_source_shortest_path_length(g, n, cutoff=d)
    return len(hood), g.subgraph(hood).number_of_edges()


def nx_who(g, c):
    sources = lambda n, kind: [s for s, _, k in g.in_edges(n, keys=True) if k == kind]
    targets = lambda n, kinds: [t for _, t, k in g.out_edges(n, keys=True) if k in kinds]
    people = set(sources(c, "PROPOSES"))
    docs, level = [], sources(c, "HAS_CLAUSE")
    for _ in range(3):  # the document and up to 2 embedding levels
        docs += level
        level = [p for d in level for p in sources(d, "EMBEDS") if p not in docs]
        if not level:
            break
    for d in docs:
        people.update(sources(d, "AUTHORED"))
        people.update(targets(d, ("ADDRESSED_TO", "VIA")))
    return len(people)


def nx_topic(g, t):
    # networkx has no index on attributes: a scan, as a networkx user writes it.
    return sum(1 for _, ts in g.nodes(data="topics") if ts and t in ts)


# ---------------------------------------------------------------------------
# Kùzu (through bench/kuzu_bench.js)


def write_kuzu_csv(out_dir, nodes, topics, edges):
    """nodes.csv (id, kind), topics.csv, has_topic.csv and one
    edges-KIND.csv per edge kind, without headers, for kuzu_bench.js load."""
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "nodes.csv"), "w", newline="") as f:
        csv.writer(f).writerows(nodes.items())
    names = sorted({t for ts in topics.values() for t in ts})
    with open(os.path.join(out_dir, "topics.csv"), "w", newline="") as f:
        csv.writer(f).writerows([t] for t in names)
    with open(os.path.join(out_dir, "has_topic.csv"), "w", newline="") as f:
        csv.writer(f).writerows((c, t) for c, ts in topics.items() for t in ts)
    writers, files = {}, []
    for k in EDGE_KINDS:
        fh = open(os.path.join(out_dir, f"edges-{k}.csv"), "w", newline="")
        files.append(fh)
        writers[k] = csv.writer(fh)
    for s, t, k in edges:
        writers[k].writerow((s, t))
    for fh in files:
        fh.close()


def run_kuzu(node, js, args, timeout=None):
    """kuzu_bench.js's JSON answer, or raises CalledProcessError."""
    out = subprocess.run([node, js] + args, check=True, capture_output=True, text=True,
                         timeout=timeout)
    return json.loads(out.stdout)


# ---------------------------------------------------------------------------
# Queries


def pick_queries(nodes, topics, path_adj, seed, n_paths, n_centres):
    """Deterministic queries: pairs of clauses of different documents, a
    person and a document, two documents; neighbourhood centres among
    documents and clauses; clauses for who-proposed; prisoners_of_war and
    the commonest topic; a hub person and a document for show. Only pairs that a path
    joins are kept."""
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
        hops = bfs_hops(path_adj, a, b, SQLITE_MAX_HOPS)
        if hops is None:
            continue
        queries.append(("path", a, b))
        max_hops = max(max_hops, hops)
    centres = []
    for kind in ("Document", "Clause"):
        if pool[kind]:
            centres += rnd.sample(pool[kind], min(n_centres // 2, len(pool[kind])))
    for d in ("1", "2", "3"):
        for c in centres:
            queries.append(("neighbors", c, d))
    if clauses:
        # The clause of the trace and of the first who is the one cold.py runs.
        clause = rnd.choice(clauses)
        queries.append(("who", "prisoners_of_war", ""))
        queries.append(("who", clause, ""))
        for c in rnd.sample(clauses, min(2, len(clauses))):
            queries.append(("who", c, ""))
        queries.append(("who", "buffer zone", "Kim Il Sung"))
        queries.append(("trace", clause))
        queries.append(("trace", "demarcation line"))
    counts = {}
    for ts in topics.values():
        for t in ts:
            counts[t] = counts.get(t, 0) + 1
    common = sorted(counts, key=lambda t: (-counts[t], t))
    for t in (["prisoners_of_war"] if "prisoners_of_war" in counts else []) + common:
        if len([q for q in queries if q[0] == "topic"]) == 2:
            break
        if ("topic", t) not in queries:
            queries.append(("topic", t))
    # show: the person with the most edges (a hub, Stalin in the seed) and a
    # document; search: words every corpus has.
    degree = {}
    for p in persons:
        degree[p] = len(path_adj.get(p, ()))
    if persons:
        queries.append(("show", max(persons, key=lambda p: (degree[p], p))))
    if docs:
        queries.append(("show", rnd.choice(docs)))
    queries.append(("search", "exchange of prisoners"))
    return queries, max_hops


def run_parley_bench(bench, db, queries_file, out_json, filter_re, timeout, engine=True):
    cmd = [bench, f"--parley_db={db}", f"--parley_queries={queries_file}",
           f"--parley_read_filter={filter_re}", f"--benchmark_filter={filter_re}",
           f"--parley_query_timeout={timeout}", "--benchmark_format=json",
           f"--benchmark_out={out_json}", "--benchmark_out_format=json",
           "--parley_linker_backgrounds=", f"--parley_prebuild_view={int(engine)}"]
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
                    if k in ("hops", "paths", "nodes", "edges", "answers", "versions",
                             "people", "clauses")}
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
    return (f"{r:.0f}×" if r >= 10 else f"{r:.1f}×" if r >= 1 else f"{r:.2f}×" if r >= 0.1
            else f"{r:.2g}×")


def row_kind(q):
    if q[0] == "path":
        return "path"
    if q[0] == "neighbors":
        return f"neighbors d={q[2]}"
    if q[0] == "who" and ":" in q[1] and not (len(q) > 2 and q[2]):
        return "who-proposed clause"
    if q[0] == "topic":
        return "topic lookup"
    return None


# Which parley_bench benchmarks answer a row: (engine, query function).
PARLEY_BENCH = {"path": ("ShortestPaths", "FindPaths"),
                "neighbors": ("Neighborhood", "Neighbors"),
                "who-proposed clause": (None, "WhoProposed"),
                "topic lookup": ("TopicLookup", None)}

SYSTEMS = ("parley_engine_s", "parley_query_s", "kuzu_s", "sqlite_s", "networkx_s")


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
    ap.add_argument("--systems", default="sqlite,networkx,kuzu",
                    help="which of sqlite, networkx, kuzu to run (default all)")
    ap.add_argument("--kuzu-js", default=os.path.join(os.path.dirname(__file__),
                                                      "kuzu_bench.js"))
    ap.add_argument("--node", default="node")
    ap.add_argument("--parley-engine", type=int, default=1,
                    help="0: neither build Parley's whole graph view nor time its "
                         "in-memory engine (a graph too large for memory)")
    args = ap.parse_args()
    systems = set(s for s in args.systems.split(",") if s)
    if "networkx" in systems and nx is None:
        systems.discard("networkx")
    os.makedirs(args.out, exist_ok=True)
    log = lambda *a: print(*a, file=sys.stderr, flush=True)

    export = os.path.join(args.out, "graph.json")
    t0 = time.perf_counter()
    subprocess.run([args.parley, "--db", args.db, "export", "--format", "json", "-o", export],
                   check=True, stdout=subprocess.DEVNULL)
    export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    nodes, topics, edges = read_export(export)
    parse_s = time.perf_counter() - t0
    export_bytes = os.path.getsize(export)
    os.remove(export)
    log(f"compare: {len(nodes)} nodes, {len(edges)} edges, {len(topics)} clauses with topics "
        f"(export {export_s:.1f} s, {export_bytes / 1e6:.0f} MB, read {parse_s:.1f} s)")

    path_adj = undirected_adjacency(nodes, edges, skip_kind="MENTIONS")
    queries, max_hops = pick_queries(nodes, topics, path_adj, args.seed, args.paths,
                                     args.centres)
    del path_adj
    queries_file = os.path.join(args.out, "queries.tsv")
    with open(queries_file, "w") as f:
        f.write("# kind\targs (bench/compare.py, seed %d)\n" % args.seed)
        for q in queries:
            f.write("\t".join(q) + "\n")

    loads = {}
    sql = g_all = g_paths = g_dir = None
    if "sqlite" in systems:
        t0 = time.perf_counter()
        sql = load_sqlite(os.path.join(args.out, "edges.sqlite"), nodes, topics, edges)
        loads["sqlite_load_s"] = time.perf_counter() - t0
    if "networkx" in systems:
        t0 = time.perf_counter()
        g_all, g_paths, g_dir = load_networkx(nodes, topics, edges)
        loads["networkx_load_s"] = time.perf_counter() - t0
    kuzu_rows, kuzu_error = {}, None
    if "kuzu" in systems:
        csv_dir = os.path.join(args.out, "kuzu-csv")
        kuzu_db = os.path.join(args.out, "kuzu.db")
        try:
            t0 = time.perf_counter()
            write_kuzu_csv(csv_dir, nodes, topics, edges)
            loads["kuzu_csv_s"] = time.perf_counter() - t0
            loads["kuzu_load_s"] = run_kuzu(args.node, args.kuzu_js,
                                            ["load", "--db", kuzu_db, "--csv", csv_dir])["load_s"]
            loads["kuzu_db_bytes"] = sum(
                os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(kuzu_db) for f in fs
            ) if os.path.isdir(kuzu_db) else os.path.getsize(kuzu_db)
            for e in run_kuzu(args.node, args.kuzu_js,
                              ["warm", "--db", kuzu_db, "--queries", queries_file,
                               "--timeout", str(args.timeout)]):
                kuzu_rows[e["index"]] = e
        except (subprocess.CalledProcessError, OSError, ValueError) as e:
            kuzu_error = (getattr(e, "stderr", None) or str(e)).strip().splitlines()[-1:]
            log(f"compare: Kùzu failed: {kuzu_error}")
    log("compare: loaded " + ", ".join(f"{k} {v:.1f}" for k, v in loads.items()
                                        if k.endswith("_s")))

    parley = {}
    if args.bench:  # "" leaves Parley's warm side out (cold.py still times it)
        report = run_parley_bench(args.bench, args.db, queries_file,
                                  os.path.join(args.out, "parley_bench_compare.json"),
                                  "^(FindPaths|ShortestPaths|Neighbors|Neighborhood|WhoProposed"
                                  "|TopicLookup)/",
                                  args.timeout, engine=bool(args.parley_engine))
        parley = bench_medians(report)

    def sqlite_timed(fn):
        if sql is None:
            return None, "not run"
        try:
            return timed(lambda: with_deadline(sql, args.timeout, fn))
        except Interrupted:
            return None, "timeout"

    def nx_timed(fn):
        return timed(fn) if g_all is not None else (None, "not run")

    rows = []
    mismatches = []
    for i, q in enumerate(queries):
        kind = row_kind(q)
        if kind is None:
            continue
        names = PARLEY_BENCH[kind.split(" ")[0] if q[0] in ("path", "neighbors") else kind]
        missing = (None, {}, "not run")
        engine = parley.get((names[0], i), missing) if names[0] else missing
        user = parley.get((names[1], i), missing) if names[1] else missing
        ku = kuzu_rows.get(i, {"error": kuzu_error or "not run"})
        k_t = ku.get("median_s")
        k_ans = ku.get("answer") or {}
        if q[0] == "path":
            a, b = q[1], q[2]
            s_t, s_res = sqlite_timed(lambda: sqlite_path(sql, a, b, max_hops))
            n_t, n_res = nx_timed(lambda: nx_path(g_paths, a, b))
            pe = engine if engine[0] is not None else user
            answers = {"sqlite": len(s_res[0]) - 1 if s_t is not None and s_res else s_res,
                       "networkx": len(n_res[0]) - 1 if n_t is not None and n_res else n_res,
                       "kuzu": k_ans.get("hops") if k_t is not None else ku.get("error"),
                       "parley": int(pe[1]["hops"]) if pe[0] is not None else pe[2]}
            row = {"kind": kind, "query": list(q[1:]), "hops": answers["networkx"]}
        elif q[0] == "neighbors":
            n, d = q[1], int(q[2])
            s_t, s_res = sqlite_timed(lambda: sqlite_neighbors(sql, n, d))
            n_t, n_res = nx_timed(lambda: nx_neighbors(g_all, n, d))
            pe = engine if engine[0] is not None else user
            # Kùzu gives the nodes only; every other system nodes and edges.
            answers = {"sqlite": s_res[0] if s_t is not None else s_res,
                       "networkx": n_res[0] if n_t is not None else n_res,
                       "kuzu": k_ans.get("nodes") if k_t is not None else ku.get("error"),
                       "parley": int(pe[1]["nodes"]) if pe[0] is not None else pe[2]}
            edges_seen = {int(pe[1]["edges"]) if pe[0] is not None else None,
                          s_res[1] if s_t is not None else None,
                          n_res[1] if n_t is not None else None} - {None}
            if len(edges_seen) > 1:
                mismatches.append((q, {"edges": sorted(edges_seen)}))
            row = {"kind": kind, "query": list(q[1:]), "nodes": answers["networkx"]}
        elif q[0] == "who":
            c = q[1]
            s_t, s_res = sqlite_timed(lambda: sqlite_who(sql, c))
            n_t, n_res = nx_timed(lambda: nx_who(g_dir, c))
            answers = {"sqlite": s_res, "networkx": n_res,
                       "kuzu": k_ans.get("people") if k_t is not None else ku.get("error"),
                       "parley": (int(user[1]["people"]) if user[0] is not None
                                  and "people" in user[1] else user[2])}
            row = {"kind": kind, "query": list(q[1:]), "people": answers["sqlite"]}
        else:  # topic
            t = q[1]
            s_t, s_res = sqlite_timed(lambda: sqlite_topic(sql, t))
            n_t, n_res = nx_timed(lambda: nx_topic(g_all, t))
            answers = {"sqlite": s_res, "networkx": n_res,
                       "kuzu": k_ans.get("clauses") if k_t is not None else ku.get("error"),
                       "parley": (int(engine[1]["clauses"]) if engine[0] is not None
                                  and "clauses" in engine[1] else engine[2])}
            row = {"kind": kind, "query": list(q[1:]), "clauses": answers["sqlite"]}
        finished = {k: v for k, v in answers.items() if isinstance(v, int)}
        if len(set(finished.values())) > 1:
            mismatches.append((q, answers))
        row.update({"answers": answers,
                    "parley_engine_s": engine[0], "parley_engine_error": engine[2],
                    "parley_query_s": user[0], "parley_query_error": user[2],
                    "kuzu_s": k_t, "kuzu_error": ku.get("error"),
                    "sqlite_s": s_t, "sqlite_error": None if s_t is not None else s_res,
                    "networkx_s": n_t, "networkx_error": None if n_t is not None else n_res})
        rows.append(row)

    summary = {}
    for kind in sorted({r["kind"] for r in rows}):
        rs = [r for r in rows if r["kind"] == kind]
        med = lambda key: (statistics.median([r[key] for r in rs if r[key] is not None])
                           if any(r[key] is not None for r in rs) else None)
        summary[kind] = {k: med(k) for k in SYSTEMS}
        # Queries left out of a median because they ran out of time (or
        # failed); a system not run at all counts none.
        summary[kind]["timeouts"] = {
            k: sum(1 for r in rs if r[k] is None
                   and r.get(k[:-2] + "_error") not in ("not run", None))
            for k in SYSTEMS}
        summary[kind]["queries"] = len(rs)

    result = {"label": args.label, "db": args.db, "nodes": len(nodes), "edges": len(edges),
              "systems": sorted(systems), "export_s": export_s, "export_bytes": export_bytes,
              "read_export_s": parse_s, "sqlite_load_s": loads.get("sqlite_load_s"),
              "networkx_load_s": loads.get("networkx_load_s"),
              "kuzu_load_s": loads.get("kuzu_load_s"), "kuzu_csv_s": loads.get("kuzu_csv_s"),
              "kuzu_db_bytes": loads.get("kuzu_db_bytes"), "kuzu_error": kuzu_error,
              "sqlite_max_hops": max_hops, "timeout_s": args.timeout, "rows": rows,
              "summary": summary, "mismatches": [[list(q), v] for q, v in mismatches]}
    with open(os.path.join(args.out, "compare.json"), "w") as f:
        json.dump(result, f, indent=1)

    print(f"\n{args.label}: {len(nodes)} nodes, {len(edges)} edges; median latency in ms "
          f"(warm); ratio = other / Parley (engine, else query function)\n")
    print("| query | n | Parley engine | Parley query fn | Kùzu | SQLite | networkx | "
          "Kùzu : Parley | SQLite : Parley | networkx : Parley |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for kind, s in summary.items():
        cell = lambda k: fmt_ms(s[k]) + (f" (+{s['timeouts'][k]} > {args.timeout:g} s)"
                                         if s["timeouts"][k] else "")
        base = s["parley_engine_s"] or s["parley_query_s"]
        print(f"| {kind} | {s['queries']} | {cell('parley_engine_s')} | "
              f"{cell('parley_query_s')} | {cell('kuzu_s')} | {cell('sqlite_s')} | "
              f"{cell('networkx_s')} | {ratio(base, s['kuzu_s'])} | "
              f"{ratio(base, s['sqlite_s'])} | {ratio(base, s['networkx_s'])} |")
    if mismatches:
        print(f"\nresults that differ between systems: {len(mismatches)}")
        for q, v in mismatches:
            print(f"  {q}: {v}")
    if sql is not None:
        sql.close()


if __name__ == "__main__":
    main()
