#!/usr/bin/env python3
"""The final markdown report of bench/run.sh, from the files it left in its
working directory:

    bench/report.py WORK_DIR --sizes "1000 10000"

machine.json, import-N.json, stats-N.json, sizes-N.json,
rocks-write-N.json, bench-write.json, bench-read-N.json,
compare-N/{queries.tsv, parley_bench_compare.json}, compare-N/compare.json,
cold-N.json, elapsed.json.
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
    if kind == "topic":
        return "topic lookup"
    return kind


def cold_results(w, n):
    """The entries of cold-N.json (a list, or {"results": [...]}), each
    with its system (parley unless said)."""
    data = load(os.path.join(w, f"cold-{n}.json"), [])
    entries = data.get("results", []) if isinstance(data, dict) else data
    for e in entries:
        e.setdefault("system", "parley")
    return entries


def medians(report):
    """{(benchmark, tag): (seconds, entry)} for median aggregates (or single
    runs) in a Google Benchmark JSON report; tag is 'q3', a number, or ''."""
    out = {}
    if not report:
        return out
    for b in report.get("benchmarks", []):
        agg = b.get("aggregate_name")
        if agg not in (None, "median"):
            continue
        parts = b["run_name"].split("/")
        tag = next((p for p in parts[1:] if re.fullmatch(r"q\d+|\d+", p)), "")
        key = (parts[0], tag)
        if agg is None and key in out:
            continue  # a repetition; the median comes later
        if b.get("error_occurred"):
            out[key] = (None, dict(b, cpu_s=None))
            continue
        seconds = b["real_time"] * SCALE[b["time_unit"]]
        b = dict(b)
        b["cpu_s"] = b.get("cpu_seconds", b["cpu_time"] * SCALE[b["time_unit"]])
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


def times(r):
    """A ratio with the digits that matter: 2388, 36, 4.2, 0.17, 0.0011."""
    return (f"{r:.0f}" if r >= 10 else f"{r:.1f}" if r >= 1 else f"{r:.2f}" if r >= 0.1
            else f"{r:.2g}")


def wall_cpu(v):
    """'4.2 s (1.8 s)': wall time, and CPU time when known."""
    if v is None or isinstance(v, str):
        return ms(v)
    wall, cpu = v
    return ms(wall) if cpu is None else f"{ms(wall)} ({ms(cpu)})"


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
    timeout = machine.get("query_timeout_s", 15)
    elapsed = load(os.path.join(w, "elapsed.json"), {})
    out = []
    p = out.append

    p(f"# Parley benchmarks\n")
    p(f"Measured on {machine.get('date', '?')}, {machine.get('cpus', '?')} cores "
      f"({machine.get('cpu', '?')}), {machine.get('mem_gib', '?')} GiB RAM; corpus seed "
      f"{machine.get('seed', '?')}; commit {machine.get('commit', '?')}; `bench/run.sh` took "
      f"{elapsed.get('seconds', '?')} s. "
      f"Warm = in one process after the data is loaded (Google Benchmark median of 3 "
      f"repetitions; a query whose first run took over 1 s: that one run); cold = a fresh "
      f"`parley` process per query, whole command (p50 over every run of up to 3 queries "
      f"of a shape, each run 5 times, or 2 over 2 s, or once over 10 s; OS page cache "
      f"warm). Times are wall clock, "
      f"with the CPU time of the query thread (warm) or process (cold) in brackets: "
      f"where the two differ a lot, the machine was busy with other work.\n")

    # Import.
    p("## Import\n")
    p("| pages | corpus | `parley import` | pages/s | database on disk | peak RSS | "
      "nodes | edges | VARIANT_OF | RESPONDS_TO | STANCE |")
    p("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
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
        by_kind = st.get("edges_by_kind", {})
        p(f"| {n:,} | {mb(imp['bytes'])} | {what} | {done / wall:.0f} | {mb(imp['db_bytes'])} | "
          f"{imp['peak_rss_kib'] / 1024:.0f} MiB | {num(st.get('nodes', '—'))} | "
          f"{num(edges if edges is not None else '—')} | {share} | "
          f"{num(by_kind.get('RESPONDS_TO', '—'))} | {num(by_kind.get('STANCE', '—'))} |")
        if not imp["linked"]:
            nl = imp.get("nolinks_load", {})
            st2 = load(os.path.join(w, f"stats-{n}-nolinks.json"), {})
            p(f"| {n:,} | | without links (`parley_load --no-links`): {imp['nolinks_wall_s']:.1f} s "
              f"| {nl.get('pages_per_s', 0):.0f} | {mb(imp['nolinks_db_bytes'])} | "
              f"{imp['nolinks_peak_rss_kib'] / 1024:.0f} MiB | {num(st2.get('nodes', '—'))} | "
              f"{num(st2.get('edges', '—'))} | 0 | 0 | 0 |")
            notes.append(
                f"{n:,} pages: `parley import` (with the linker) did not finish within "
                f"{imp['timeout_s']} s; it had stored {done:,} pages (the counts in its row are "
                f"theirs). The queries below ran on the "
                f"same corpus loaded page by page without the linker (every page's own facts; no "
                f"RESPONDS_TO, STANCE or VARIANT_OF edges): read its rows as a smaller graph. "
                f"(parse {nl.get('import_s', 0):.1f} s, store {nl.get('apply_s', 0):.1f} s)")
    if notes:
        p("")
    for note in notes:
        p(f"- {note}")
    p("")

    # Storage: the database against the page text, bytes per edge of the
    # adjacency, RocksDB's raw write rate for the same bytes.
    storage_rows = []
    for n in sizes:
        imp = load(os.path.join(w, f"import-{n}.json"))
        if not imp:
            continue
        st = load(os.path.join(w, f"stats-{n}.json" if imp["linked"] else
                               f"stats-{n}-nolinks.json"), {})
        cfs = load(os.path.join(w, f"sizes-{n}.json"), {}).get("column_families", {})
        rw = load(os.path.join(w, f"rocks-write-{n}.json"), {})
        db_bytes = imp["db_bytes"] if imp["linked"] else imp.get("nolinks_db_bytes")
        edges = st.get("edges")
        adj = cfs.get("adjacency")
        if adj:
            adj_cell = f"{mb(adj['sst_bytes'])}"
            per_edge = (f"{adj['sst_bytes'] / edges:.1f}" if edges else "—")
        else:
            edge_cfs = [v for k, v in cfs.items() if "edge" in k]
            adj_cell = "— (no adjacency)"
            per_edge = (f"{sum(v['sst_bytes'] for v in edge_cfs) / edges:.1f} (edge records)"
                        if edge_cfs and edges else "—")
        ft = imp.get("fulltext_bytes")
        import_rate = (imp["pages_imported"] / imp["wall_s"]) if imp["linked"] else None
        storage_rows.append(
            f"| {n:,} | {mb(imp['bytes'])} | {mb(db_bytes)} | "
            f"{db_bytes / imp['bytes']:.1f}× | {mb(ft) if ft else '—'} | {adj_cell} | "
            f"{num(edges) if edges is not None else '—'} | {per_edge} | "
            f"{rw.get('pages_per_s', 0):,.0f} pages/s, {rw.get('mb_per_s', 0):.0f} MB/s "
            f"({mb(rw.get('bytes'))} in {rw.get('write_s', 0) + rw.get('flush_s', 0):.1f} s, "
            f"CPU {rw.get('process_cpu_s', 0):.1f} s) | "
            f"{f'{import_rate:,.0f}' if import_rate else '—'} |" if rw else
            f"| {n:,} | {mb(imp['bytes'])} | {mb(db_bytes)} | {db_bytes / imp['bytes']:.1f}× | "
            f"{mb(ft) if ft else '—'} | {adj_cell} | {num(edges) if edges is not None else '—'} | "
            f"{per_edge} | — | {f'{import_rate:,.0f}' if import_rate else '—'} |")
    if storage_rows:
        p("## Storage\n")
        p("| pages | page text | database | × text | of which full-text | adjacency CF | edges | "
          "bytes per edge | RocksDB raw write, same bytes | `parley import` pages/s |")
        p("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
        for r in storage_rows:
            p(r)
        p("\n*RocksDB raw write*: every entry of the database's SST files written again into a "
          "fresh RocksDB (default options, WAL on), in one WriteBatch per page, then flushed "
          "(`bench/parley_rocks write-rate`): the ceiling for the import. *bytes per edge*: the "
          "adjacency column family's SST bytes over the edges.\n")

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
    order = ["load graph + view", "who-proposed topic", "who-proposed topic --limit 50",
             "who-proposed clause id", "who-proposed --by", "trace clause id",
             "trace clause id --limit 50", "trace words",
             "path", "path (engine)", "neighbors d=1", "neighbors d=1 (engine)",
             "neighbors d=2", "neighbors d=2 --limit 50", "neighbors d=2 (engine)",
             "neighbors d=3",
             "neighbors d=3 (engine)", "show hub", "show hub --limit 50", "show document",
             "search", "topic lookup",
             "stats", "export json"]
    bench_name = {"FindPaths": "", "Neighbors": "", "ShortestPaths": " (engine)",
                  "Neighborhood": " (engine)", "WhoProposed": "", "Trace": "",
                  "TopicLookup": ""}
    for n in sizes:
        qs = read_queries(os.path.join(w, f"compare-{n}", "queries.tsv"))
        warm = {}
        for report in (load(os.path.join(w, f"bench-read-{n}.json")),
                       load(os.path.join(w, f"compare-{n}", "parley_bench_compare.json"))):
            for (name, tag), (sec, b) in medians(report).items():
                if name == "LoadGraph":
                    warm.setdefault("load graph + view", []).append((sec, b["cpu_s"]))
                    continue
                if name not in bench_name or not tag.startswith("q"):
                    continue
                i = int(tag[1:])
                if i >= len(qs):
                    continue
                warm.setdefault(query_shape(qs[i]) + bench_name[name], []).append(
                    (sec, b["cpu_s"]))
        for shape, runs in warm.items():
            done = [r for r in runs if r[0] is not None]
            late = len(runs) - len(done)
            if not done:
                rows.setdefault(shape, {})[(n, "warm")] = f"> {timeout:g} s"
                continue
            cell = (statistics.median(r[0] for r in done), statistics.median(r[1] for r in done))
            rows.setdefault(shape, {})[(n, "warm")] = (
                wall_cpu(cell) + (f" (+{late} > {timeout:g} s)" if late else ""))
        for c in cold_results(w, n):
            if c["system"] != "parley":
                continue
            if c["median_s"] is None:
                rows.setdefault(c["name"], {})[(n, "cold")] = c.get("error", "failed")
                continue
            cell = (c["median_s"], c.get("cpu_s"))
            if c.get("left_out"):  # instances that timed out or failed
                cell = wall_cpu(cell) + f" (+{c['left_out']}: {c['errors'][0]})"
            rows.setdefault(c["name"], {})[(n, "cold")] = cell
            rows[c["name"]][(n, "rss")] = c["peak_rss_kib"]
        cmp_ = load(os.path.join(w, f"compare-{n}", "compare.json"), {})
        if cmp_:
            rows.setdefault("export json", {})[(n, "cold")] = (cmp_["export_s"], None)
    p("## Queries: median latency (cold: p50 of fresh processes)\n")
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
            cells += [wall_cpu(r.get((n, "warm"))), wall_cpu(r.get((n, "cold"))),
                      f"{rss / 1024:.0f} MiB" if rss else "—"]
        p(f"| {shape} | " + " | ".join(cells) + " |")
    p(f"\n`(+k > {timeout:g} s)`: k more queries of the row ran out of time and are not in "
      f"the median. ")
    p("*engine* rows time `graph::GraphView::ShortestPaths` / `Neighborhood` alone; the others "
      "the `queries/` functions the CLI calls (names resolved, nodes and dates filled in).\n")

    # Cold, beside Kùzu.
    pairs = [("path", "path"), ("neighbors d=2", "neighbors d=2"),
             ("neighbors d=2", "neighbors d=2 count"),
             ("neighbors d=3", "neighbors d=3"),
             ("neighbors d=3", "neighbors d=3 count"),
             ("who-proposed clause id", "who-proposed clause id"),
             ("topic lookup", "who-proposed topic --limit 50")]
    side = []
    for n in sizes:
        cold = cold_results(w, n)
        kuzu = {c["name"]: c for c in cold if c["system"] == "kuzu"}
        parley = {c["name"]: c for c in cold if c["system"] == "parley"}
        for kname, pname in pairs:
            k, pc = kuzu.get(kname), parley.get(pname)
            if not k and not pc:
                continue
            cell = lambda c: wall_cpu((c["median_s"], c.get("cpu_s"))) if c and c[
                "median_s"] is not None else (c.get("error", "—") if c else "—")
            rss = lambda c: f"{c['peak_rss_kib'] / 1024:.0f} MiB" if c and c.get(
                "peak_rss_kib") else "—"
            r = (f"{pc['median_s'] / k['median_s']:.2f}" if k and pc and k["median_s"]
                 and pc["median_s"] else "—")
            # On a busy machine wall times stretch; the CPU ratio stands.
            if k and pc and k.get("cpu_s") and pc.get("cpu_s"):
                r += f" (CPU {pc['cpu_s'] / k['cpu_s']:.2f})"
            label = kname if kname == pname else f"{kname} (Parley: `{pname}`)"
            side.append(f"| {n:,} | {label} | {cell(pc)} | {rss(pc)} | {cell(k)} | {rss(k)} | "
                        f"{r} |")
    if side:
        p("## Cold, beside Kùzu (a fresh process per query, same nodes and edges)\n")
        p(f"Kùzu {machine.get('kuzu_version', '')}: a fresh `node bench/kuzu_bench.js one` "
          "process opens the Kùzu database read-only and runs the query; timed whole, as "
          "`parley` is (Node's start, ~50 ms, included); CPU time (user + system, all threads) "
          "in brackets. Target (issue 8): Parley : Kùzu ≤ 0.5 on path and 2-hop.\n")
        p("| pages | query | Parley p50 | Parley RSS | Kùzu p50 | Kùzu RSS | Parley : Kùzu |")
        p("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
        for line in side:
            p(line)
        p("")

    # The cold targets of issue 8.
    targets = ["who-proposed clause id", "trace clause id", "trace clause id --limit 50",
               "path", "neighbors d=2", "neighbors d=2 --limit 50", "show hub",
               "show hub --limit 50", "show document", "search",
               "who-proposed topic --limit 50"]
    done = []
    for n in sizes:
        parley = {c["name"]: c for c in cold_results(w, n) if c["system"] == "parley"}
        # The targets are set at 10^5 and 10^6 pages; smaller corpora are
        # shown against the 10^5 one, unmarked.
        limit_ms = 300 if n >= 1000000 else 150
        for t in targets:
            c = parley.get(t)
            if not c:
                continue
            sec, rss = c.get("median_s"), c.get("peak_rss_kib")
            ok = (sec is not None and sec * 1e3 <= limit_ms and rss is not None
                  and rss / 1024 <= 200)
            met = ("yes" if ok else "no") if n >= 100000 else "—"
            cpu = c.get("cpu_s")
            done.append(f"| {n:,} | {t} | {ms(sec) if sec is not None else c.get('error')} | "
                        f"{ms(cpu) if cpu is not None else '—'} | "
                        f"{f'{rss / 1024:.0f} MiB' if rss else '—'} | ≤ {limit_ms} ms, ≤ 200 MB | "
                        f"{met} |")
    if done:
        p("## Cold targets (issue 8: p50 ≤ 150 ms at 10^5 pages, ≤ 300 ms at 10^6; peak RSS "
          "≤ 200 MB)\n")
        p("| pages | command | p50 | CPU | peak RSS | target | met |")
        p("| ---: | --- | ---: | ---: | ---: | --- | --- |")
        for line in done:
            p(line)
        p("")

    # Comparison.
    p("## Beside Kùzu, SQLite and networkx (same nodes and edges, same queries, warm)\n")
    p("| pages | query | n | Parley engine | Parley query fn | Kùzu | SQLite | networkx | "
      "Parley : Kùzu : SQLite : networkx |")
    p("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    loads = []
    for n in sizes:
        c = load(os.path.join(w, f"compare-{n}", "compare.json"))
        if not c:
            continue
        for kind, s in c["summary"].items():
            e = s.get("parley_engine_s") or s.get("parley_query_s")
            others = [s.get("kuzu_s"), s.get("sqlite_s"), s.get("networkx_s")]
            ratio = ("1 : " + " : ".join(times(o / e) if o else "—" for o in others)
                     if e else "—")
            late = s.get("timeouts", {})
            cell = lambda k: ms(s.get(k)) + (f" (+{late[k]} > {c['timeout_s']:g} s)"
                                             if late.get(k) else "")
            p(f"| {n:,} | {kind} | {s['queries']} | {cell('parley_engine_s')} | "
              f"{cell('parley_query_s')} | {cell('kuzu_s')} | {cell('sqlite_s')} | "
              f"{cell('networkx_s')} | {ratio} |")
        fmt_s = lambda v: f"{v:.1f} s" if v is not None else "—"
        loads.append(f"{n:,} pages: {c['nodes']:,} nodes, {c['edges']:,} edges; export "
                     f"{c['export_s']:.1f} s ({mb(c['export_bytes'])}); loading SQLite "
                     f"{fmt_s(c.get('sqlite_load_s'))}, networkx {fmt_s(c.get('networkx_load_s'))}, "
                     f"Kùzu {fmt_s(c.get('kuzu_load_s'))} (CSV {fmt_s(c.get('kuzu_csv_s'))}, "
                     f"database {mb(c.get('kuzu_db_bytes'))}); SQLite walk bound "
                     f"{c['sqlite_max_hops']} hops"
                     + (f"; Kùzu failed: {c['kuzu_error']}" if c.get("kuzu_error") else "")
                     + (f"; **{len(c['mismatches'])} results differ**: "
                        + "; ".join(f"{q[0]} {' '.join(q[1:])}: {v}" for q, v in c["mismatches"])
                        if c["mismatches"] else
                        "; every system that answered agrees on every answer"))
    p("")
    p("Answers compared: path hops, neighbourhood nodes (and edges, but for Kùzu), the people "
      "of who-proposed of a clause, the clauses of a topic. *Parley query fn* is the `queries/` "
      "function the CLI calls; for a topic lookup the Parley column is `Reader::Lookup` of the "
      "topic index.\n")
    for line in loads:
        p(f"- {line}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
