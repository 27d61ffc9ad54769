#!/usr/bin/env python3
"""Cold query timings: each query as a fresh `parley` process (the whole
command: start, open the database, build what the query needs, answer,
print). OS page cache warm; the process's own caches cold.

    bench/cold.py --parley build/parley --db DB --queries QUERIES.tsv --out OUT.json

QUERIES.tsv is what bench/compare.py writes; the first query of each shape
is run. Each command runs once under /usr/bin/time -v (peak RSS, and a
warm-up), then under hyperfine (5 runs when the first took under 2 s, else
2), or a plain timing loop when hyperfine is missing. Writes OUT.json: per
command its median seconds, runs and peak RSS.
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


def commands(queries):
    """(name, argv tail) for the first query of each shape."""
    seen, out = set(), []

    def add(name, tail):
        if name not in seen:
            seen.add(name)
            out.append((name, tail))

    for q in queries:
        kind = q[0]
        if kind == "path":
            add("path", ["path", q[1], q[2], "--format", "json"])
        elif kind == "neighbors":
            add(f"neighbors d={q[2]}", ["neighbors", q[1], "--depth", q[2], "--format", "json"])
        elif kind == "who":
            if len(q) > 2 and q[2]:
                add("who-proposed --by", ["who-proposed", q[1], "--by", q[2], "--format", "json"])
            elif ":" in q[1]:
                add("who-proposed clause id", ["who-proposed", q[1], "--format", "json"])
            else:
                add("who-proposed topic", ["who-proposed", q[1], "--format", "json"])
        elif kind == "trace":
            if ":" in q[1]:
                add("trace clause id", ["trace", q[1], "--format", "json"])
            else:
                add("trace words", ["trace", q[1], "--format", "json"])
    add("stats", ["stats"])
    return out


def time_v(argv):
    """(elapsed seconds, peak RSS KiB, exit code) of one run."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as log:
        t0 = time.perf_counter()
        rc = subprocess.run(["/usr/bin/time", "-v", "-o", log.name] + argv,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        elapsed = time.perf_counter() - t0
        text = log.read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    return elapsed, int(m.group(1)) if m else None, rc


def hyperfine(argv, runs):
    if shutil.which("hyperfine") is None:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
        return statistics.median(times), times, "loop"
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        cmd = " ".join(shlex.quote(a) for a in argv)
        subprocess.run(["hyperfine", "--runs", str(runs), "--style", "none", "-i",
                        "--export-json", out.name, cmd],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = json.load(out)["results"][0]
    return result["median"], result["times"], "hyperfine"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parley", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    results = []
    for name, tail in commands(read_queries(args.queries)):
        argv = [args.parley, "--db", args.db] + tail
        first, rss, rc = time_v(argv)
        if rc not in (0, 1):  # 1 is "nothing found", a valid answer
            results.append({"name": name, "argv": tail, "median_s": None, "times": [],
                            "first_s": first, "peak_rss_kib": None, "exit_code": rc,
                            "tool": None})
            print(f"cold: {name}: exit code {rc}", file=sys.stderr, flush=True)
            continue
        runs = 5 if first < 2 else 2
        median, times, tool = hyperfine(argv, runs)
        results.append({"name": name, "argv": tail, "median_s": median, "times": times,
                        "first_s": first, "peak_rss_kib": rss, "exit_code": rc, "tool": tool})
        print(f"cold: {name}: {median * 1e3:.1f} ms (rss {rss} KiB, exit {rc})",
              file=sys.stderr, flush=True)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
