#!/usr/bin/env python3
"""Cold query timings: each query as a fresh `parley` process (the whole
command: start, open the database, build what the query needs, answer,
print). OS page cache warm; the process's own caches cold.

    bench/cold.py --parley build/parley --db DB --queries QUERIES.tsv --out OUT.json

QUERIES.tsv is what bench/compare.py writes; the first query of each shape
is run. Each command runs once under /usr/bin/time -v (peak RSS, and a
warm-up), then under hyperfine (5 runs when the first took under 2 s, 2
when under 10 s; over 10 s the first run stands alone), or a /usr/bin/time
loop when hyperfine is missing. Writes OUT.json: per command its median
wall seconds, CPU seconds (user + system), runs and peak RSS.
"""

import argparse
import json
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
    """(name, argv tail, query index) for the first query of each shape."""
    seen, out = set(), []

    def add(name, tail, index):
        if name not in seen:
            seen.add(name)
            out.append((name, tail, index))

    for i, q in enumerate(queries):
        kind = q[0]
        if kind == "path":
            add("path", ["path", q[1], q[2], "--format", "json"], i)
        elif kind == "neighbors":
            add(f"neighbors d={q[2]}", ["neighbors", q[1], "--depth", q[2], "--format", "json"], i)
        elif kind == "who":
            if len(q) > 2 and q[2]:
                add("who-proposed --by", ["who-proposed", q[1], "--by", q[2], "--format", "json"], i)
            elif ":" in q[1]:
                add("who-proposed clause id", ["who-proposed", q[1], "--format", "json"], i)
            else:
                add("who-proposed topic", ["who-proposed", q[1], "--format", "json"], i)
        elif kind == "trace":
            if ":" in q[1]:
                add("trace clause id", ["trace", q[1], "--format", "json"], i)
            else:
                add("trace words", ["trace", q[1], "--format", "json"], i)
    add("stats", ["stats"], None)
    return out


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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parley", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--timeout", type=float, default=15,
                    help="seconds a command may run (default 15)")
    ap.add_argument("--warm", nargs="*", default=[],
                    help="parley_bench JSON reports: a query that timed out warm is not run cold")
    args = ap.parse_args()
    skip = timed_out_warm(args.warm)
    results = []
    for name, tail, index in commands(read_queries(args.queries)):
        argv = [args.parley, "--db", args.db] + tail
        if index in skip:
            results.append({"name": name, "argv": tail, "median_s": None, "times": [],
                            "exit_code": None, "error": f"timed out warm (> {args.timeout:g} s)"})
            print(f"cold: {name}: skipped, timed out warm", file=sys.stderr, flush=True)
            continue
        first, cpu_first, rss, rc = time_v(argv, args.timeout)
        if rc == 124:
            results.append({"name": name, "argv": tail, "median_s": None, "times": [],
                            "exit_code": rc, "error": f"timed out (> {args.timeout:g} s)"})
            print(f"cold: {name}: timed out", file=sys.stderr, flush=True)
            continue
        if rc not in (0, 1):  # 1 is "nothing found", a valid answer
            results.append({"name": name, "argv": tail, "median_s": None, "times": [],
                            "first_s": first, "peak_rss_kib": None, "exit_code": rc,
                            "error": f"exit code {rc}"})
            print(f"cold: {name}: exit code {rc}", file=sys.stderr, flush=True)
            continue
        if first > 10:
            # More runs would not fit the budget: the one run stands.
            median, times, cpu, tool = first, [first], cpu_first, "time -v"
        else:
            median, times, cpu, tool = hyperfine(argv, 5 if first < 2 else 2)
        results.append({"name": name, "argv": tail, "median_s": median, "times": times,
                        "cpu_s": cpu, "first_s": first, "peak_rss_kib": rss, "exit_code": rc,
                        "tool": tool})
        print(f"cold: {name}: {median * 1e3:.1f} ms (rss {rss} KiB, exit {rc})",
              file=sys.stderr, flush=True)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
