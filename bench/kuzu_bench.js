#!/usr/bin/env node
// Kùzu beside Parley: the queries of bench/compare.py on the same nodes and
// edges, in Kùzu (the npm package `kuzu`, installed by bench/run.sh under
// $BENCH_DIR/kuzu; never a dependency of Parley). Run with NODE_PATH set to
// that node_modules folder.
//
//   kuzu_bench.js load --db DIR --csv DIR
//       a fresh Kùzu database from DIR/nodes.csv, DIR/topics.csv,
//       DIR/has_topic.csv and DIR/edges-KIND.csv (bench/compare.py writes
//       them); prints {"load_s": ...}
//   kuzu_bench.js warm --db DIR --queries QUERIES.tsv [--timeout S]
//       every query Kùzu can answer, in one process, timed as compare.py
//       times SQLite and networkx (at least 3 runs and until 1 s is spent,
//       at most 25; once when a run takes over 2 s); prints a JSON list of
//       {index, kind, median_s, runs, answer} or {index, kind, error}
//   kuzu_bench.js one --db DIR --query 'path<TAB>A<TAB>B' [--timeout S]
//       one query in a fresh process (bench/cold.py times the whole process);
//       prints {"answer": ...}
//
// Schema: one node table N(id, kind); one relationship table per Parley edge
// kind (all 15, empty ones too, so that every query binds); the topics of
// clauses as Topic nodes with HAS_TOPIC edges, so that a topic lookup uses
// Kùzu's primary-key index as Parley uses its topic index. Each query is
// written as Kùzu plans it well (measured: a who-proposed written with a
// separate MATCH per step took 0.8 s instead of 4 ms at 10^3 pages).
//
// Answers, for bench/compare.py to check against SQLite, networkx and
// Parley: path -> hops of the shortest paths (and their number, at most
// 10); neighbors -> nodes within d hops, centre included; who (a clause id)
// -> the distinct ids of the clause's proposers and of the authors,
// addressees and relays of its document and of the (up to two) documents
// that embed it;
// topic -> the clauses with that topic.
"use strict";

const fs = require("fs");
const path = require("path");
const kuzu = require("kuzu");

const EDGE_KINDS = [
  "AUTHORED", "ADDRESSED_TO", "VIA", "COPY_TO", "EMBEDS", "HAS_CLAUSE",
  "PROPOSES", "MEMBER_OF", "HEADS", "HOLDS_ROLE", "MENTIONS", "CONCERNS",
  "RESPONDS_TO", "STANCE", "VARIANT_OF",
];
// queries::DefaultPathKinds: every kind but MENTIONS.
const PATH_KINDS = EDGE_KINDS.filter((k) => k !== "MENTIONS").join("|");
const ALL_KINDS = EDGE_KINDS.join("|");
// A path longer than this is "no path" (Kùzu needs an upper bound).
const MAX_PATH_HOPS = 16;
// Levels of documents embedding a clause's document that who-proposed
// follows (bench/compare.py: the same in SQLite and networkx).
const MAX_EMBEDDING = 2;

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--")) out[argv[i].slice(2)] = argv[++i];
    else out._.push(argv[i]);
  }
  return out;
}

function die(message) {
  process.stderr.write(`kuzu_bench: ${message}\n`);
  process.exit(2);
}

async function all(conn, statement, params) {
  const ps = await conn.prepare(statement);
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  const result = await conn.execute(ps, params || {});
  return result.getAll();
}

// A Cypher string literal (COPY takes no parameters).
function literal(s) {
  return "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

async function load(dbDir, csvDir) {
  const t0 = process.hrtime.bigint();
  fs.rmSync(dbDir, { recursive: true, force: true });
  const db = new kuzu.Database(dbDir);
  const conn = new kuzu.Connection(db);
  await conn.query("CREATE NODE TABLE N(id STRING, kind STRING, PRIMARY KEY(id))");
  await conn.query("CREATE NODE TABLE Topic(name STRING, PRIMARY KEY(name))");
  for (const k of EDGE_KINDS) await conn.query(`CREATE REL TABLE ${k}(FROM N TO N)`);
  await conn.query("CREATE REL TABLE HAS_TOPIC(FROM N TO Topic)");
  const copy = async (table, file) => {
    const f = path.join(csvDir, file);
    if (!fs.existsSync(f) || fs.statSync(f).size === 0) return;
    await conn.query(`COPY ${table} FROM ${literal(f)} (HEADER=false)`);
  };
  await copy("N", "nodes.csv");
  await copy("Topic", "topics.csv");
  for (const k of EDGE_KINDS) await copy(k, `edges-${k}.csv`);
  await copy("HAS_TOPIC", "has_topic.csv");
  await conn.close();
  await db.close();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// The statements of one query line of queries.tsv, or null when Kùzu has
// no equivalent (trace, who by topic or with --by, show, search).
function statementsOf(q) {
  const [kind, a, b] = q;
  if (kind === "path") {
    return [[`MATCH (x:N {id: $a})-[e:${PATH_KINDS}* ALL SHORTEST 1..${MAX_PATH_HOPS}]-(y:N {id: $b})
              RETURN length(e) AS hops LIMIT 10`, { a, b }]];
  }
  if (kind === "neighbors") {
    const d = parseInt(b, 10);
    return [[`MATCH (x:N {id: $n})-[:${ALL_KINDS}* SHORTEST 1..${d}]-(y:N)
              RETURN count(DISTINCT y) AS nodes`, { n: a }]];
  }
  if (kind === "who" && a.includes(":") && !(q[2] || "")) {
    // The clause's document and up to two documents embedding it: HAS_CLAUSE
    // then EMBEDS, walked backwards from the clause.
    const docs = `MATCH (c:N {id: $c})<-[:HAS_CLAUSE|EMBEDS*1..${1 + MAX_EMBEDDING}]-(o:N)`;
    return [
      ["MATCH (c:N {id: $c})<-[:PROPOSES]-(p:N) RETURN p.id AS id", { c: a }],
      [`${docs}<-[:AUTHORED]-(x:N) RETURN x.id AS id`, { c: a }],
      [`${docs}-[:ADDRESSED_TO|VIA]->(x:N) RETURN x.id AS id`, { c: a }],
    ];
  }
  if (kind === "topic") {
    return [["MATCH (t:Topic {name: $t})<-[:HAS_TOPIC]-(c:N) RETURN c.id AS id", { t: a }]];
  }
  return null;
}

// Runs the statements of query `q`; returns its answer (see the header).
async function answer(conn, q, prepared) {
  const rows = [];
  for (const [ps, params] of prepared) {
    const result = await conn.execute(ps, params);
    rows.push(await result.getAll());
  }
  const kind = q[0];
  if (kind === "path") {
    const r = rows[0];
    return r.length ? { hops: Number(r[0].hops), paths: r.length } : { hops: null, paths: 0 };
  }
  if (kind === "neighbors") return { nodes: Number(rows[0][0].nodes) + 1 };
  if (kind === "who") return { people: new Set(rows.flat().map((r) => r.id)).size };
  if (kind === "topic") return { clauses: rows[0].length };
  return null;
}

async function prepare(conn, statements) {
  const out = [];
  for (const [s, params] of statements) {
    const ps = await conn.prepare(s);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    out.push([ps, params]);
  }
  return out;
}

function readQueries(file) {
  return fs.readFileSync(file, "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

async function warm(dbDir, queriesFile, timeoutS) {
  const db = new kuzu.Database(dbDir, 0, true, /*readOnly=*/true);
  const conn = new kuzu.Connection(db);
  if (timeoutS) conn.setQueryTimeout(Math.round(timeoutS * 1000));
  const out = [];
  const queries = readQueries(queriesFile);
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i];
    const statements = statementsOf(q);
    if (!statements) continue;
    const entry = { index: i, kind: q[0], query: q.slice(1) };
    try {
      const prepared = await prepare(conn, statements);
      const times = [];
      let last = null;
      const start = process.hrtime.bigint();
      while (times.length < 25) {
        const t0 = process.hrtime.bigint();
        last = await answer(conn, q, prepared);
        times.push(Number(process.hrtime.bigint() - t0) / 1e9);
        const spent = Number(process.hrtime.bigint() - start) / 1e9;
        if (times[0] > 2 || (times.length >= 3 && spent > 1)) break;
      }
      times.sort((x, y) => x - y);
      const mid = times.length >> 1;
      entry.median_s = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
      entry.runs = times.length;
      entry.answer = last;
    } catch (e) {
      entry.error = /interrupt|timeout/i.test(String(e.message))
        ? `timed out (> ${timeoutS} s)` : String(e.message);
    }
    out.push(entry);
    process.stderr.write(`kuzu: q${i} ${q.join(" ")}: ${entry.error ||
      (entry.median_s * 1e3).toFixed(2) + " ms " + JSON.stringify(entry.answer)}\n`);
  }
  await conn.close();
  await db.close();
  return out;
}

async function one(dbDir, line, timeoutS) {
  const q = line.split("\t");
  const statements = statementsOf(q);
  if (!statements) die(`no Kùzu equivalent of ${q[0]}`);
  const db = new kuzu.Database(dbDir, 0, true, /*readOnly=*/true);
  const conn = new kuzu.Connection(db);
  if (timeoutS) conn.setQueryTimeout(Math.round(timeoutS * 1000));
  const result = await answer(conn, q, await prepare(conn, statements));
  return { answer: result };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const command = args._[0];
  if (!args.db) die("--db DIR is required");
  const timeout = args.timeout ? parseFloat(args.timeout) : 0;
  let result;
  if (command === "load") {
    if (!args.csv) die("load needs --csv DIR");
    result = { load_s: await load(args.db, args.csv) };
  } else if (command === "warm") {
    if (!args.queries) die("warm needs --queries FILE");
    result = await warm(args.db, args.queries, timeout);
  } else if (command === "one") {
    if (!args.query) die("one needs --query LINE");
    result = await one(args.db, args.query, timeout);
  } else {
    die("usage: kuzu_bench.js load|warm|one --db DIR ...");
  }
  process.stdout.write(JSON.stringify(result) + "\n");
  // Kùzu's native threads may outlive the connection; the answer is out.
  process.exit(0);
}

main().catch((e) => die(e.stack || String(e)));
