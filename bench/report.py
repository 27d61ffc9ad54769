#!/usr/bin/env python3
"""The final markdown report of bench/run.sh, from the files it left in its
working directory:

    bench/report.py WORK_DIR --sizes "1000 10000"

machine.json, import-N.json, stats-N.json, bench-write.json,
bench-read-N.json, compare-N/{queries.tsv, parley_bench_compare.json},
compare-N/compare.json, cold-N.json, elapsed.json.
"""

import argparse
import json
import os
import re
import statistics

SCALE = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def load(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def read_queries(path):
    out = []
    try:
        with open(path) as f:
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    out.append(line.split("\t"))
    except OSError:
        pass
    return out


def query_shape(q):
    """The row a query belongs to; the names cold.py uses."""
    kind = q[0]
    if kind == "path":
        return "path"
    if kind == "neighbors":
        return f"neighbors d={q[2]}"
    if kind == "who":
        if len(q) > 2 and q[2]:
            return "who-proposed --by"
        return "who-proposed clause id" if ":" in q[1] else "who-proposed topic"
    if kind == "trace":
        return "trace clause id" if ":" in q[1] else "trace words"
    return kind


def medians(report):
    """{(benchmark, tag): (seconds, entry)} for median aggregates (or single
    runs) in a Google Benchmark JSON report; tag is 'q3', a number, or ''."""
    out = {}
    if not report:
        return out
    for b in report.get("benchmarks", []):
        agg = b.get("aggregate_name")
        if agg not in (None, "median") or b.get("error_occurred"):
            continue
        parts = b["run_name"].split("/")
        tag = next((p for p in parts[1:] if re.fullmatch(r"q\d+|\d+", p)), "")
        key = (parts[0], tag)
        if agg is None and key in out:
            continue  # a repetition; the median comes later
        seconds = b["real_time"] * SCALE[b["time_unit"]]
        out[key] = (seconds, b)
    return out


def ms(s):
    if s is None:
        return "—"
    if isinstance(s, str):
        return s
    v = s * 1e3
    if v < 0.1:
        return f"{v:.3f} ms"
    if v < 10:
        return f"{v:.2f} ms"
    if v < 1000:
        return f"{v:.0f} ms"
    return f"{s:.1f} s"


def mb(b):
    if b is None:
        return "—"
    return f"{b / 2**20:.1f} MiB" if b < 2**30 else f"{b / 2**30:.2f} GiB"


def num(n):
    return f"{n:,}" if isinstance(n, int) else str(n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("work")
    ap.add_argument("--sizes", required=True)
    args = ap.parse_args()
    w = args.work
    sizes = [int(s) for s in args.sizes.split()]
    machine = load(os.path.join(w, "machine.json"), {})
    elapsed = load(os.path.join(w, "elapsed.json"), {})
    out = []
    p = out.append

    p(f"# Parley benchmarks\n")
    p(f"Measured on {machine.get('date', '?')}, {machine.get('cpus', '?')} cores "
      f"({machine.get('cpu', '?')}), {machine.get('mem_gib', '?')} GiB RAM; corpus seed "
      f"{machine.get('seed', '?')}; `bench/run.sh` took {elapsed.get('seconds', '?')} s. "
      f"Warm = in one process after the data is loaded (Google Benchmark median of 3 "
      f"repetitions); cold = a fresh `build/parley` process per query, whole command "
      f"(hyperfine median; OS page cache warm).\n")

    # Import.
    p("## Import\n")
    p("| pages | corpus | `parley import` | pages/s | database on disk | peak RSS | "
      "nodes | edges | of which VARIANT_OF |")
    p("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    notes = []
    for n in sizes:
        imp = load(os.path.join(w, f"import-{n}.json"))
        st = load(os.path.join(w, f"stats-{n}.json"), {})
        if not imp:
            continue
        wall = imp["wall_s"]
        done = imp["pages_imported"]
        variant = st.get("edges_by_kind", {}).get("VARIANT_OF")
        edges = st.get("edges")
        share = f"{variant:,} ({100 * variant / edges:.0f}%)" if variant and edges else "—"
        if imp["linked"]:
            what = f"{wall:.1f} s"
        else:
            what = f"**timed out** after {imp['timeout_s']} s at {done:,} pages"
        p(f"| {n:,} | {mb(imp['bytes'])} | {what} | {done / wall:.0f} | {mb(imp['db_bytes'])} | "
          f"{imp['peak_rss_kib'] / 1024:.0f} MiB | {num(st.get('nodes', '—'))} | "
          f"{num(edges if edges is not None else '—')} | {share} |")
        if not imp["linked"]:
            nl = imp.get("nolinks_load", {})
            st2 = load(os.path.join(w, f"stats-{n}-nolinks.json"), {})
            p(f"| {n:,} | | without links (`parley_load --no-links`): {imp['nolinks_wall_s']:.1f} s "
              f"| {nl.get('pages_per_s', 0):.0f} | {mb(imp['nolinks_db_bytes'])} | "
              f"{imp['nolinks_peak_rss_kib'] / 1024:.0f} MiB | {num(st2.get('nodes', '—'))} | "
              f"{num(st2.get('edges', '—'))} | 0 |")
            notes.append(
                f"{n:,} pages: `parley import` (with the linker) did not finish within "
                f"{imp['timeout_s']} s; it had stored {done:,} pages. The queries below ran on the "
                f"same corpus loaded page by page without the linker (every page's own facts; no "
                f"RESPONDS_TO, STANCE or VARIANT_OF edges): read its rows as a smaller graph. "
                f"(parse {nl.get('import_s', 0):.1f} s, store {nl.get('apply_s', 0):.1f} s)")
    for note in notes:
        p(f"\n- {note}")
    p("")

    # Write path microbenchmarks.
    write = medians(load(os.path.join(w, "bench-write.json")))
    if write:
        p("## Write path (Google Benchmark, generated pages)\n")
        p("| benchmark | time per page | pages/s | MB/s |")
        p("| --- | ---: | ---: | ---: |")
        rank = {"PageImport": 0, "StoreApplyPage": 1, "LinkerApply": 2}
        for (name, tag), (sec, b) in sorted(
                write.items(), key=lambda kv: (rank.get(kv[0][0], 9), int(kv[0][1] or 0))):
            label = {"PageImport": "PageImporter::Import",
                     "StoreApplyPage": "Store::ApplyPage (no links)",
                     "LinkerApply": f"Linker::Apply onto {tag} stored pages"}.get(name, name)
            mbps = b.get("bytes_per_second")
            p(f"| {label} | {ms(sec)} | {b.get('items_per_second', 0):.0f} | "
              f"{mbps / 1e6:.1f} |" if mbps else
              f"| {label} | {ms(sec)} | {b.get('items_per_second', 0):.0f} | — |")
        p("")

    # Queries: warm and cold per size.
    rows = {}
    order = ["load graph + view", "who-proposed topic", "who-proposed clause id",
             "who-proposed --by", "trace clause id", "trace words", "path", "path (engine)",
             "neighbors d=1", "neighbors d=1 (engine)", "neighbors d=2", "neighbors d=2 (engine)",
             "stats", "export json"]
    bench_name = {"FindPaths": "", "Neighbors": "", "ShortestPaths": " (engine)",
                  "Neighborhood": " (engine)", "WhoProposed": "", "Trace": ""}
    for n in sizes:
        qs = read_queries(os.path.join(w, f"compare-{n}", "queries.tsv"))
        warm = {}
        for report in (load(os.path.join(w, f"bench-read-{n}.json")),
                       load(os.path.join(w, f"compare-{n}", "parley_bench_compare.json"))):
            for (name, tag), (sec, b) in medians(report).items():
                if name == "LoadGraph":
                    warm.setdefault("load graph + view", []).append(sec)
                    continue
                if name not in bench_name or not tag.startswith("q"):
                    continue
                i = int(tag[1:])
                if i >= len(qs):
                    continue
                warm.setdefault(query_shape(qs[i]) + bench_name[name], []).append(sec)
        for shape, secs in warm.items():
            rows.setdefault(shape, {})[(n, "warm")] = statistics.median(secs)
        for c in load(os.path.join(w, f"cold-{n}.json"), []):
            if c["median_s"] is None:
                rows.setdefault(c["name"], {})[(n, "cold")] = f"exit {c['exit_code']}"
                continue
            rows.setdefault(c["name"], {})[(n, "cold")] = c["median_s"]
            rows[c["name"]][(n, "rss")] = c["peak_rss_kib"]
        cmp_ = load(os.path.join(w, f"compare-{n}", "compare.json"), {})
        if cmp_:
            rows.setdefault("export json", {})[(n, "cold")] = cmp_["export_s"]
    p("## Queries: median latency\n")
    header = "| query | " + " | ".join(f"{n:,} warm | {n:,} cold | {n:,} cold RSS" for n in sizes) + " |"
    p(header)
    p("| --- | " + " | ".join("---: | ---: | ---:" for _ in sizes) + " |")
    for shape in order + sorted(set(rows) - set(order)):
        if shape not in rows:
            continue
        r = rows[shape]
        cells = []
        for n in sizes:
            rss = r.get((n, "rss"))
            cells += [ms(r.get((n, "warm"))), ms(r.get((n, "cold"))),
                      f"{rss / 1024:.0f} MiB" if rss else "—"]
        p(f"| {shape} | " + " | ".join(cells) + " |")
    p("\n*engine* rows time `graph::GraphView::ShortestPaths` / `Neighborhood` alone; the others "
      "the `queries/` functions the CLI calls (names resolved, nodes and dates filled in).\n")

    # Comparison.
    p("## Beside SQLite and networkx (same edges, same queries, warm)\n")
    p("| pages | query | n | Parley engine | Parley query fn | SQLite (recursive CTE) | networkx | "
      "Parley : SQLite : networkx |")
    p("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    loads = []
    for n in sizes:
        c = load(os.path.join(w, f"compare-{n}", "compare.json"))
        if not c:
            continue
        for kind, s in c["summary"].items():
            e, sq, nx_ = s["parley_engine_s"], s["sqlite_s"], s["networkx_s"]
            ratio = (f"1 : {sq / e:.0f} : {nx_ / e:.0f}" if e and sq and nx_ else "—")
            p(f"| {n:,} | {kind} | {s['queries']} | {ms(e)} | {ms(s['parley_query_s'])} | "
              f"{ms(sq)} | {ms(nx_)} | {ratio} |")
        loads.append(f"{n:,} pages: {c['nodes']:,} nodes, {c['edges']:,} edges; export "
                     f"{c['export_s']:.1f} s ({mb(c['export_bytes'])}), loading SQLite "
                     f"{c['sqlite_load_s']:.1f} s, networkx {c['networkx_load_s']:.1f} s; SQLite "
                     f"walk bound {c['sqlite_max_hops']} hops"
                     + (f"; **{len(c['mismatches'])} results differ**" if c["mismatches"] else
                        "; all three agree on every path length and neighbourhood size"))
    p("")
    for line in loads:
        p(f"- {line}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
