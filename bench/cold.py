#!/usr/bin/env python3
"""Cold query timings: each query as a fresh `parley` process (the whole
command: start, open the database, build what the query needs, answer,
print), and, beside it, each Kùzu query as a fresh `node` process that
opens the Kùzu database of the same graph and runs it (bench/kuzu_bench.js
one). OS page cache warm; the process's own caches cold.

    bench/cold.py --parley build/parley --db DB --queries QUERIES.tsv --out OUT.json
                  [--instances 3] [--kuzu-db DIR --kuzu-js bench/kuzu_bench.js]

QUERIES.tsv is what bench/compare.py writes. The commands: who-proposed of a
clause, trace of a clause, path, neighbors --depth 1, 2 and 3 (and, for 2
and 3, the count alone: --limit 1, as Kùzu's query counts), show (a hub
person, a document), search, who-proposed of a topic (whole, and with
--limit 50 when `parley who-proposed --help` offers it), who-proposed --by,
trace by words, stats. Path, neighbours and who-proposed of a clause run
--instances queries each, the others their first query. Each instance runs
once under /usr/bin/time -v (peak RSS, and a warm-up), then under hyperfine
(5 runs when the first took under 2 s, 2 when under 10 s; over 10 s the
first run stands alone), or a /usr/bin/time loop when hyperfine is missing.
Writes OUT.json: {"who_proposed_limit": bool, "results": [...]}, per
command (and system, parley or kuzu) the p50 over every run of every
instance, CPU seconds (user + system), runs and the peak RSS.
"""

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def read_queries(path):
    out = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.append(line.split("\t"))
    return out


def supports(parley, subcommand, option):
    """Whether `parley SUBCOMMAND --help` lists `option` (the CLI grows
    options while the benchmarks stay the same)."""
    try:
        out = subprocess.run([parley, subcommand, "--help"], capture_output=True, text=True,
                             timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return re.search(r"(^|[\s,])" + re.escape(option) + r"\b", out) is not None


def commands(queries, instances=1, limit=False, show_limit=False, show_all=False,
             neighbors_all=False):
    """(name, [(argv tail, query index)]) per command shape: up to
    `instances` queries of a shape for path, neighbours and who-proposed of
    a clause, the first query for the others. With `limit`, also
    who-proposed TOPIC --limit 50 and trace CLAUSE --limit 50; with
    `show_limit`, show of the hub --limit 50; with `show_all`, show of the
    hub is asked for whole (--all); with `neighbors_all`, neighbors too, and
    neighbors d=2 --limit 50 (its default) is timed beside it."""
    shapes, order = {}, []

    def add(name, tail, index, many=False):
        if name not in shapes:
            shapes[name] = []
            order.append(name)
        if len(shapes[name]) < (instances if many else 1):
            shapes[name].append((tail, index))

    for i, q in enumerate(queries):
        kind = q[0]
        if kind == "path":
            add("path", ["path", q[1], q[2], "--format", "json"], i, True)
        elif kind == "neighbors":
            # The whole neighbourhood: neighbors lists 50 unless told
            # otherwise (--all), and did not cut before it had --all.
            whole = ["--all"] if neighbors_all else []
            add(f"neighbors d={q[2]}",
                ["neighbors", q[1], "--depth", q[2], "--format", "json"] + whole, i, True)
            if neighbors_all and q[2] == "2":
                add("neighbors d=2 --limit 50",
                    ["neighbors", q[1], "--depth", q[2], "--limit", "50", "--format", "json"],
                    i, True)
            if q[2] in ("2", "3"):
                # The question Kùzu's query answers: how many nodes are within
                # d hops (`total`), not the list of them with their edges.
                add(f"neighbors d={q[2]} count",
                    ["neighbors", q[1], "--depth", q[2], "--limit", "1", "--format", "json"],
                    i, True)
        elif kind == "who":
            if len(q) > 2 and q[2]:
                add("who-proposed --by", ["who-proposed", q[1], "--by", q[2], "--format", "json"],
                    i)
            elif ":" in q[1]:
                add("who-proposed clause id", ["who-proposed", q[1], "--format", "json"], i, True)
            else:
                add("who-proposed topic", ["who-proposed", q[1], "--format", "json"], i)
                if limit:
                    add("who-proposed topic --limit 50",
                        ["who-proposed", q[1], "--limit", "50", "--format", "json"], i)
        elif kind == "trace":
            if ":" in q[1]:
                add("trace clause id", ["trace", q[1], "--format", "json"], i)
                if limit:
                    add("trace clause id --limit 50",
                        ["trace", q[1], "--limit", "50", "--format", "json"], i)
            else:
                add("trace words", ["trace", q[1], "--format", "json"], i)
        elif kind == "show":
            name = "show document" if q[1].startswith("doc:") else "show hub"
            # The whole node: show prints 50 of each list unless told
            # otherwise (--all), and did not cut before it had --all.
            whole = ["--all"] if show_all and name == "show hub" else []
            add(name, ["show", q[1], "--format", "json"] + whole, i)
            if show_limit and name == "show hub":
                add("show hub --limit 50",
                    ["show", q[1], "--limit", "50", "--format", "json"], i)
        elif kind == "search":
            add("search", ["search", q[1], "--format", "json"], i)
    add("stats", ["stats"], None)
    return [(name, shapes[name]) for name in order]


# Kùzu's equivalents (bench/kuzu_bench.js one), under the names of the
# Parley commands they stand beside.
KUZU_SHAPES = {"path": "path", "neighbors d=2": "neighbors d=2",
               "neighbors d=3": "neighbors d=3", "who-proposed clause id": "who-proposed clause id",
               "topic": "topic lookup"}


def kuzu_commands(queries, instances=1):
    shapes, order = {}, []
    for i, q in enumerate(queries):
        if q[0] == "path":
            name = "path"
        elif q[0] == "neighbors" and q[2] in ("2", "3"):
            name = f"neighbors d={q[2]}"
        elif q[0] == "who" and ":" in q[1] and not (len(q) > 2 and q[2]):
            name = "who-proposed clause id"
        elif q[0] == "topic":
            name = "topic lookup"
        else:
            continue
        if name not in shapes:
            shapes[name] = []
            order.append(name)
        if len(shapes[name]) < instances:
            shapes[name].append(("\t".join(q), i))
    return [(name, shapes[name]) for name in order]


def timed_out_warm(reports):
    """Indices of the queries whose warm run (parley_bench) timed out."""
    out = set()
    for path in reports:
        try:
            with open(path) as f:
                report = json.load(f)
        except (OSError, ValueError):
            continue
        for b in report.get("benchmarks", []):
            if "timed out" in b.get("error_message", ""):
                m = re.search(r"/q(\d+)", b["run_name"])
                if m:
                    out.add(int(m.group(1)))
    return out


def time_v(argv, timeout=None):
    """(elapsed seconds, CPU seconds, peak RSS KiB, exit code) of one run;
    exit code 124 when it ran out of `timeout` seconds."""
    limit = ["timeout", "-s", "KILL", str(timeout)] if timeout else []
    with tempfile.NamedTemporaryFile("r", suffix=".time") as log:
        t0 = time.perf_counter()
        rc = subprocess.run(["/usr/bin/time", "-v", "-o", log.name] + limit + argv,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if rc == 137 and timeout:  # timeout -s KILL reports 128 + 9
            rc = 124
        elapsed = time.perf_counter() - t0
        text = log.read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", text))
    return elapsed, cpu, int(m.group(1)) if m else None, rc


def hyperfine(argv, runs):
    """(median seconds, every run's seconds, mean CPU seconds, tool)."""
    if shutil.which("hyperfine") is None:
        times, cpus = [], []
        for _ in range(runs):
            elapsed, cpu, _, _ = time_v(argv)
            times.append(elapsed)
            cpus.append(cpu)
        return statistics.median(times), times, statistics.mean(cpus), "time -v loop"
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        cmd = " ".join(shlex.quote(a) for a in argv)
        subprocess.run(["hyperfine", "--runs", str(runs), "--style", "none", "-i",
                        "--export-json", out.name, cmd],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = json.load(out)["results"][0]
    return result["median"], result["times"], result["user"] + result["system"], "hyperfine"


def measure(name, runs_of, timeout, skip=()):
    """Times the command instances of one shape: each once under
    /usr/bin/time -v (peak RSS, and a warm-up), then again (5 runs when the
    first took under 2 s, 2 when under 10 s, none over 10 s). The p50 is
    the median of every timed run of every instance."""
    times, cpus, rss, exits, argvs, errors = [], [], [], [], [], []
    tool = "time -v"
    for argv, index in runs_of:
        argvs.append(argv)
        if index in skip:
            errors.append(f"timed out warm (> {timeout:g} s)")
            continue
        first, cpu_first, peak, rc = time_v(argv, timeout)
        if rc == 124:
            errors.append(f"timed out (> {timeout:g} s)")
            continue
        if rc not in (0, 1):  # 1 is "nothing found", a valid answer
            errors.append(f"exit code {rc}")
            continue
        exits.append(rc)
        rss.append(peak)
        if first > 10:
            # More runs would not fit the budget: the one run stands.
            times.append(first)
            cpus.append(cpu_first)
            continue
        median, ts, cpu, tool = hyperfine(argv, 5 if first < 2 else 2)
        times += ts
        cpus.append(cpu)
    result = {"name": name, "argv": [a[3:] for a in argvs],
              "instances": len(runs_of), "times": times,
              "median_s": statistics.median(times) if times else None,
              "cpu_s": statistics.median(cpus) if cpus else None,
              "peak_rss_kib": max((r for r in rss if r), default=None),
              "exit_code": max(exits) if exits else None, "tool": tool,
              "errors": errors}
    if not times:
        result["error"] = errors[0] if errors else "not run"
    elif errors:
        result["left_out"] = len(errors)
    return result


def log_result(system, r):
    if r["median_s"] is None:
        print(f"cold: {system} {r['name']}: {r.get('error')}", file=sys.stderr, flush=True)
    else:
        print(f"cold: {system} {r['name']}: p50 {r['median_s'] * 1e3:.1f} ms over "
              f"{len(r['times'])} runs (rss {r['peak_rss_kib']} KiB)", file=sys.stderr, flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parley", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--timeout", type=float, default=15,
                    help="seconds a command may run (default 15)")
    ap.add_argument("--instances", type=int, default=3,
                    help="queries per shape for path, neighbors and who-proposed of a "
                         "clause (default 3)")
    ap.add_argument("--warm", nargs="*", default=[],
                    help="parley_bench JSON reports: a query that timed out warm is not run cold")
    ap.add_argument("--kuzu-db", help="a Kùzu database of the same graph (bench/compare.py)")
    ap.add_argument("--kuzu-js", default=os.path.join(os.path.dirname(__file__),
                                                      "kuzu_bench.js"))
    ap.add_argument("--node", default="node")
    args = ap.parse_args()
    skip = timed_out_warm(args.warm)
    queries = read_queries(args.queries)
    limit = supports(args.parley, "who-proposed", "--limit")
    show_limit = supports(args.parley, "show", "--limit")
    show_all = supports(args.parley, "show", "--all")
    neighbors_all = supports(args.parley, "neighbors", "--all")
    results = []
    for name, runs_of in commands(queries, args.instances, limit, show_limit, show_all,
                                     neighbors_all):
        argvs = [([args.parley, "--db", args.db] + tail, index) for tail, index in runs_of]
        r = measure(name, argvs, args.timeout, skip)
        r["system"] = "parley"
        log_result("parley", r)
        results.append(r)
    if args.kuzu_db and os.path.exists(args.kuzu_db):
        for name, runs_of in kuzu_commands(queries, args.instances):
            argvs = [([args.node, args.kuzu_js, "one", "--db", args.kuzu_db, "--query", line,
                       "--timeout", f"{args.timeout:g}"], None) for line, _ in runs_of]
            r = measure(name, argvs, args.timeout)
            r["system"] = "kuzu"
            r["argv"] = [line.split("\t") for line, _ in runs_of]
            log_result("kuzu", r)
            results.append(r)
    with open(args.out, "w") as f:
        json.dump({"who_proposed_limit": limit, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
