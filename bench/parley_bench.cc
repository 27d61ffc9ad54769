// parley_bench: Google Benchmark programs for Parley (see bench/README.md).
//
// Without a database it times the write path on a generated corpus:
//   PageImport        importers::ImportFile, one page per iteration
//   StoreApplyPage    Store::ApplyPage of imported pages (no linking)
//   LinkerApply/B     Linker::Apply of one more page onto B stored pages
// With --parley_db=DIR (repeatable) it times the read path on each database,
// warm (one process, the snapshot's graph view built before timing):
//   LoadGraph         queries::LoadGraph + graph::GraphView (what a cold
//                     traversal query pays first)
//   WhoProposed, Trace, FindPaths, Neighbors   the queries/ functions
//   TopicLookup       storage::Reader::Lookup of the topic index
//   ShortestPaths, Neighborhood                graph::GraphView directly, the
//                     engine that bench/compare.py sets beside Kùzu,
//                     SQLite and networkx
// Queries come from --parley_queries=FILE (lines "path FROM TO", "neighbors
// NODE DEPTH", "who TEXT [BY]", "trace TEXT", "topic TOPIC", tab-separated;
// other kinds are bench/cold.py's; bench/compare.py writes it), else a few
// are picked from the database, the same each run.
// Each query runs once before it is registered, in a forked copy of the
// process so that it can be stopped after --parley_query_timeout seconds
// (default 15; reported as an error, "timed out after 15 s"). When that run
// takes over a second it is the measurement (one iteration, manual time,
// counters single_run=1 and cpu_seconds), else the query is timed as usual,
// median of 3 repetitions. --parley_read_filter=REGEX limits which are
// probed.
//
// Other flags: --parley_data=DIR (gazetteer.tsv, topics.tsv),
// --parley_corpus_pages=N (generated pages for the write path, default 500),
// --parley_linker_backgrounds=0,100,400 (stored pages under LinkerApply),
// --parley_prebuild_view=0 (do not build the whole graph view first, nor
// run the engine benchmarks: for a graph too large for memory).
// Every --benchmark_* flag of Google Benchmark applies.
#include <benchmark/benchmark.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench/corpus_generator.h"
#include "graph/fragment.h"
#include "graph/graph_view.h"
#include "importers/gazetteer.h"
#include "importers/import_file.h"
#include "importers/topics.h"
#include "linking/linker.h"
#include "queries/export.h"
#include "queries/paths.h"
#include "queries/snapshot.h"
#include "queries/trace.h"
#include "queries/who_proposed.h"
#include "storage/store.h"

namespace parley::bench {
namespace {

namespace fs = std::filesystem;

struct Flags {
  std::string data_dir = PARLEY_DATA_DIR;
  std::vector<std::string> dbs;
  std::string queries_file;
  // Which read benchmarks to probe and register (a regex on their names);
  // empty: all. Probing runs each query once, so --benchmark_filter alone
  // would still pay for the ones it then leaves out.
  std::string read_filter;
  // Seconds a query may run before its probe is stopped (reported as an
  // error, "timed out after N s"). Default: 15.
  double query_timeout = 15;
  int corpus_pages = 500;
  std::vector<int> linker_backgrounds = {0, 100, 400};
  // Whether traversal queries get the whole graph view built before they
  // are timed (warm engine). Off for a graph too large to hold in memory:
  // the queries then read what they need, and the engine benchmarks
  // (ShortestPaths, Neighborhood) are not registered. Default: on.
  bool prebuild_view = true;
};

Flags& GetFlags() {
  static Flags flags;
  return flags;
}

[[noreturn]] void Die(const std::string& message) {
  std::cerr << "parley_bench: " << message << "\n";
  std::exit(2);
}

// A directory removed when the benchmark is done with it.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (fs::temp_directory_path() / "parley_bench_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) Die("cannot make a temp dir");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// ---------------------------------------------------------------------------
// The write path

const importers::Knowledge& GetKnowledge() {
  static const importers::Knowledge* knowledge = [] {
    auto k = importers::LoadKnowledge(GetFlags().data_dir);
    if (!k.ok()) Die(k.status().message());
    return new importers::Knowledge(std::move(k).value());
  }();
  return *knowledge;
}

// The generated corpus of the write-path benchmarks, as text and imported.
// Big enough for the largest LinkerApply background plus the pages it adds.
struct Corpus {
  std::vector<GeneratedPage> pages;
  std::vector<graph::Fragment> fragments;
  uint64_t bytes = 0;
};

constexpr int kLinkerPagesPerRun = 50;

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    const Flags& flags = GetFlags();
    int largest = 0;
    for (int b : flags.linker_backgrounds) largest = std::max(largest, b);
    CorpusOptions options;
    options.pages = std::max(flags.corpus_pages, largest + kLinkerPagesPerRun);
    auto* c = new Corpus;
    c->pages = GenerateCorpus(options);
    for (const GeneratedPage& p : c->pages) {
      auto f = importers::ImportFile(p.file_name, p.text, GetKnowledge());
      if (!f.ok()) Die(p.file_name + ": " + f.status().message());
      c->fragments.push_back(std::move(f).value());
      c->bytes += p.text.size();
    }
    return c;
  }();
  return *corpus;
}

void BM_PageImport(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    const GeneratedPage& page = corpus.pages[i++ % corpus.pages.size()];
    auto fragment =
        importers::ImportFile(page.file_name, page.text, GetKnowledge());
    benchmark::DoNotOptimize(fragment);
    bytes += static_cast<int64_t>(page.text.size());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
  state.SetLabel("pages");
}
BENCHMARK(BM_PageImport)->Name("PageImport")->Unit(benchmark::kMicrosecond);

void BM_StoreApplyPage(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  auto dir = std::make_unique<TempDir>();
  auto store = storage::Store::Open(dir->path());
  if (!store.ok()) Die(store.status().message());
  size_t i = 0;
  int64_t bytes = 0;
  for (auto _ : state) {
    if (i == corpus.fragments.size()) {
      // Every page is stored: start again on an empty database, so that each
      // iteration stores a new page rather than finding it unchanged.
      state.PauseTiming();
      store.value().reset();  // close before removing the files
      dir = std::make_unique<TempDir>();
      store = storage::Store::Open(dir->path());
      if (!store.ok()) Die(store.status().message());
      i = 0;
      state.ResumeTiming();
    }
    auto outcome = (*store)->ApplyPage(corpus.fragments[i]);
    if (!outcome.ok()) Die(outcome.status().message());
    bytes += static_cast<int64_t>(corpus.pages[i].text.size());
    ++i;
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(state.iterations());
  state.SetLabel("pages");
}
BENCHMARK(BM_StoreApplyPage)
    ->Name("StoreApplyPage")
    ->Unit(benchmark::kMicrosecond);

// Linker::Apply of one page onto a database already holding `background`
// pages (stored, with their links, before timing starts). The linker
// compares the new page with every stored page sharing a topic, so the cost
// per page grows with the background.
void BM_LinkerApply(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const size_t background = static_cast<size_t>(state.range(0));
  TempDir dir;
  auto store = storage::Store::Open(dir.path());
  if (!store.ok()) Die(store.status().message());
  linking::Linker linker(**store);
  for (size_t i = 0; i < background; ++i) {
    auto outcome = linker.Apply(corpus.fragments[i]);
    if (!outcome.ok()) Die(outcome.status().message());
  }
  size_t next = background;
  for (auto _ : state) {
    auto outcome = linker.Apply(corpus.fragments[next++]);
    if (!outcome.ok()) Die(outcome.status().message());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel("pages");
}

// ---------------------------------------------------------------------------
// The read path

struct Query {
  std::string kind;  // path, neighbors, who, trace
  std::vector<std::string> args;
};

struct Database {
  std::string path;
  std::string name;  // "pages:1000"
  std::unique_ptr<storage::Store> store;
  std::unique_ptr<storage::Reader> reader;
  std::unique_ptr<queries::Snapshot> snapshot;
};

std::vector<Query> ReadQueries(const std::string& file) {
  std::vector<Query> out;
  std::ifstream in(file);
  if (!in) Die("cannot read " + file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    Query q{fields[0], {fields.begin() + 1, fields.end()}};
    out.push_back(std::move(q));
  }
  return out;
}

// A few queries picked from the view when no file names them: nodes spread
// evenly over the sorted ids, so the same database gives the same queries.
std::vector<Query> PickQueries(const graph::GraphView& view) {
  std::vector<std::string> clauses, docs, persons;
  for (const graph::Node& n : view.nodes()) {
    if (n.kind == graph::NodeKind::kClause) clauses.push_back(n.id);
    if (n.kind == graph::NodeKind::kDocument) docs.push_back(n.id);
    if (n.kind == graph::NodeKind::kPerson) persons.push_back(n.id);
  }
  std::vector<Query> out;
  if (clauses.size() < 4 || docs.size() < 4 || persons.empty()) return out;
  auto at = [](const std::vector<std::string>& v, size_t k, size_t of) {
    return v[v.size() * k / of];
  };
  for (size_t k = 0; k < 4; ++k) {
    out.push_back({"path", {at(clauses, k, 4), at(clauses, 3 - k, 4)}});
    out.push_back({"path", {at(persons, k, 4), at(docs, k, 4)}});
    out.push_back({"neighbors", {at(docs, k, 4), "1"}});
    out.push_back({"neighbors", {at(clauses, k, 4), "2"}});
  }
  out.push_back({"who", {"prisoners_of_war", ""}});
  out.push_back({"who", {at(clauses, 1, 2), ""}});
  out.push_back({"who", {"buffer zone", "Kim Il Sung"}});
  out.push_back({"trace", {at(clauses, 1, 2)}});
  return out;
}

std::vector<std::unique_ptr<Database>>& Databases() {
  static std::vector<std::unique_ptr<Database>> dbs;
  return dbs;
}

Database& OpenDatabase(const std::string& path) {
  auto db = std::make_unique<Database>();
  db->path = path;
  storage::OpenOptions options;
  options.read_only = true;
  auto store = storage::Store::Open(path, options);
  if (!store.ok()) Die(path + ": " + store.status().message());
  db->store = std::move(store).value();
  db->reader = db->store->NewReader();
  db->snapshot = std::make_unique<queries::Snapshot>(*db->reader);
  db->name = "pages:" + std::to_string(db->reader->Pages().size());
  Databases().push_back(std::move(db));
  return *Databases().back();
}

// Warm: the view is built once, outside every timing.
const graph::GraphView& WarmView(Database& db) { return db.snapshot->View(); }

void BM_LoadGraph(benchmark::State& state, Database* db) {
  size_t nodes = 0, edges = 0;
  for (auto _ : state) {
    auto reader = db->store->NewReader();
    queries::GraphData data = queries::LoadGraph(*reader);
    graph::GraphView view(std::move(data.nodes), std::move(data.edges));
    nodes = view.node_count();
    edges = view.edge_count();
    benchmark::DoNotOptimize(view);
  }
  state.counters["nodes"] = static_cast<double>(nodes);
  state.counters["edges"] = static_cast<double>(edges);
}

std::vector<std::string> TopicsOf(const std::string& text) {
  return GetKnowledge().topics.Classify(text);
}

// What one run of a query gives back: the sizes of its answer (for the
// report, and for bench/compare.py to check the other systems against), or
// why it failed.
struct Outcome {
  std::string error;
  std::map<std::string, double> counters;
};
using QueryFn = std::function<Outcome()>;

Outcome Failed(const Status& status) { return Outcome{status.message(), {}}; }

QueryFn WhoProposedFn(Database* db, const Query& q) {
  queries::WhoProposedQuery query;
  query.text = q.args.at(0);
  query.topics = TopicsOf(query.text);
  if (q.args.size() > 1) query.by = q.args[1];
  return [db, query]() {
    auto result = queries::WhoProposed(*db->snapshot, query);
    if (!result.ok()) return Failed(result.status());
    // The distinct people of the answers (proposers and every step of the
    // transmission chains), which bench/compare.py checks against the same
    // question asked of Kùzu, SQLite and networkx.
    std::set<graph::NodeId> people;
    for (const queries::ProposalAnswer& a : result->answers) {
      for (const graph::Node& p : a.proposers) people.insert(p.id);
      for (const queries::TransmissionStep& s : a.chain)
        people.insert(s.person);
    }
    return Outcome{"",
                   {{"answers", double(result->answers.size())},
                    {"people", double(people.size())}}};
  };
}

// The clauses with a topic, from the reader's topic index (what a topic
// lookup in another system is set beside).
QueryFn TopicLookupFn(Database* db, const Query& q) {
  return [db, topic = q.args.at(0)]() {
    std::vector<graph::NodeId> clauses =
        db->reader->Lookup(storage::Reader::Index::kTopic, topic);
    if (Status s = db->reader->status(); !s.ok()) return Failed(s);
    return Outcome{"", {{"clauses", double(clauses.size())}}};
  };
}

QueryFn TraceFn(Database* db, const Query& q) {
  queries::TraceQuery query;
  query.text = q.args.at(0);
  query.topics = TopicsOf(query.text);
  return [db, query]() {
    auto result = queries::TraceClause(*db->snapshot, query);
    if (!result.ok()) return Failed(result.status());
    size_t versions = 0;
    for (const queries::Lineage& l : *result) versions += l.versions.size();
    return Outcome{
        "",
        {{"lineages", double(result->size())}, {"versions", double(versions)}}};
  };
}

// The path query as a user runs it (names resolved, nodes and edge dates
// filled in), over the edges FindPaths follows by default (all but
// MENTIONS), both ways.
QueryFn FindPathsFn(Database* db, const Query& q) {
  queries::PathQuery query;
  query.from = q.args.at(0);
  query.to = q.args.at(1);
  return [db, query]() {
    auto result = queries::FindPaths(*db->snapshot, query);
    if (!result.ok()) return Failed(result.status());
    size_t paths = result->paths.size();
    size_t hops = paths ? result->paths[0].steps.size() : 0;
    return Outcome{"", {{"paths", double(paths)}, {"hops", double(hops)}}};
  };
}

// The same search on the in-memory engine alone.
QueryFn ShortestPathsFn(Database* db, const Query& q) {
  return [db, from = q.args.at(0), to = q.args.at(1)]() {
    auto result =
        WarmView(*db).ShortestPaths(from, to, queries::DefaultPathKinds());
    if (!result.ok()) return Failed(result.status());
    size_t paths = result->size();
    size_t hops = paths ? (*result)[0].edges.size() : 0;
    return Outcome{"", {{"paths", double(paths)}, {"hops", double(hops)}}};
  };
}

// The neighbourhood query as a user runs it: every edge kind, both ways.
QueryFn NeighborsFn(Database* db, const Query& q) {
  queries::NeighborsQuery query;
  query.node = q.args.at(0);
  query.depth = std::stoi(q.args.at(1));
  return [db, query]() {
    auto result = queries::Neighbors(*db->snapshot, query);
    if (!result.ok()) return Failed(result.status());
    return Outcome{"",
                   {{"nodes", double(result->neighbors.size() + 1)},
                    {"edges", double(result->edges.size())}}};
  };
}

QueryFn NeighborhoodFn(Database* db, const Query& q) {
  return [db, node = q.args.at(0), depth = std::stoi(q.args.at(1))]() {
    auto result = WarmView(*db).Neighborhood(node, depth);
    if (!result.ok()) return Failed(result.status());
    return Outcome{"",
                   {{"nodes", double(result->nodes.size())},
                    {"edges", double(result->edges.size())}}};
  };
}

// A query whose first run took longer than this is not run again: its one
// timed run is the measurement (reported as manual time, one iteration), so
// that a query that takes minutes on a large database costs minutes once.
constexpr double kSingleRunSeconds = 1.0;

// CPU time of the calling thread, in seconds.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// The first run of a query: what it gave, how long it took, or that it was
// still running when its time was up.
struct Probe {
  Outcome outcome;
  double seconds = 0, cpu_seconds = 0;
  bool timed_out = false;
};

// Runs `fn` once in a forked child (a copy of this process: the same open
// database, block cache and graph view), so that a query still running after
// `timeout` seconds can be stopped. The child reports through a pipe:
// "wall cpu name=value ..." or "! error".
Probe RunProbe(const QueryFn& fn, double timeout) {
  int fds[2];
  if (pipe(fds) != 0) Die("pipe failed");
  std::cout.flush();
  pid_t child = fork();
  if (child < 0) Die("fork failed");
  if (child == 0) {
    close(fds[0]);
    auto start = std::chrono::steady_clock::now();
    double cpu_start = ThreadCpuSeconds();
    Outcome o = fn();
    double cpu = ThreadCpuSeconds() - cpu_start;
    double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    std::ostringstream msg;
    if (!o.error.empty()) {
      msg << "! " << o.error;
    } else {
      msg.precision(9);
      msg << wall << " " << cpu;
      for (const auto& [k, v] : o.counters) msg << " " << k << "=" << v;
    }
    std::string text = msg.str();
    ssize_t written = write(fds[1], text.data(), text.size());
    (void)written;
    _exit(0);
  }
  close(fds[1]);
  Probe probe;
  std::string text;
  pollfd pfd{fds[0], POLLIN, 0};
  auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout);
  while (true) {
    int left =
        static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(
                             deadline - std::chrono::steady_clock::now())
                             .count());
    if (left <= 0) {
      probe.timed_out = true;
      break;
    }
    int ready = poll(&pfd, 1, left);
    if (ready <= 0) continue;
    char buf[4096];
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  if (probe.timed_out) kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  if (probe.timed_out) {
    probe.seconds = timeout;
    std::ostringstream msg;
    msg << "timed out after " << timeout << " s";
    probe.outcome.error = msg.str();
    return probe;
  }
  if (text.rfind("! ", 0) == 0) {
    probe.outcome.error = text.substr(2);
    return probe;
  }
  if (text.empty()) {
    probe.outcome.error = "the query's process died";
    return probe;
  }
  std::istringstream in(text);
  in >> probe.seconds >> probe.cpu_seconds;
  std::string pair;
  while (in >> pair) {
    size_t eq = pair.find('=');
    probe.outcome.counters[pair.substr(0, eq)] = std::stod(pair.substr(eq + 1));
  }
  return probe;
}

void BM_Query(benchmark::State& state, QueryFn fn, Probe probe) {
  if (!probe.outcome.error.empty()) {
    state.SkipWithError(probe.outcome.error.c_str());
    return;
  }
  Outcome last = probe.outcome;
  if (probe.seconds > kSingleRunSeconds) {
    for (auto _ : state) state.SetIterationTime(probe.seconds);
    last.counters["single_run"] = 1;
    // Google Benchmark's CPU time means nothing here; this is the run's.
    last.counters["cpu_seconds"] = probe.cpu_seconds;
  } else {
    for (auto _ : state) {
      last = fn();
      if (!last.error.empty()) {
        state.SkipWithError(last.error.c_str());
        return;
      }
    }
  }
  for (const auto& [name, value] : last.counters) state.counters[name] = value;
}

void RegisterQuery(const std::string& name, QueryFn fn) {
  // Traversals build the snapshot's graph view first (WarmView, before
  // this), so the probe times the query alone.
  Probe probe = RunProbe(fn, GetFlags().query_timeout);
  auto* b = benchmark::RegisterBenchmark(name.c_str(), BM_Query, fn, probe);
  b->Unit(benchmark::kMicrosecond);
  if (probe.seconds > kSingleRunSeconds || !probe.outcome.error.empty()) {
    b->UseManualTime()->Iterations(1);
  } else {
    b->MinTime(0.05)->Repetitions(3);
  }
  std::cerr << "probe " << name << ": "
            << (probe.outcome.error.empty()
                    ? std::to_string(probe.seconds) + " s"
                    : probe.outcome.error)
            << "\n";
}

void RegisterReadBenchmarks(Database& db, const std::vector<Query>& qs) {
  Database* d = &db;
  std::string filter = GetFlags().read_filter;
  auto wanted = [&](const std::string& name) {
    return filter.empty() || std::regex_search(name, std::regex(filter));
  };
  if (wanted("LoadGraph/" + d->name)) {
    benchmark::RegisterBenchmark(("LoadGraph/" + d->name).c_str(), BM_LoadGraph,
                                 d)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(3);
  }
  int n = 0;
  for (const Query& q : qs) {
    std::string tag = "/" + d->name + "/q" + std::to_string(n++);
    std::vector<std::pair<std::string, QueryFn (*)(Database*, const Query&)>>
        fns;
    if (q.kind == "path" && q.args.size() >= 2) {
      fns = {{"FindPaths", FindPathsFn}, {"ShortestPaths", ShortestPathsFn}};
    } else if (q.kind == "neighbors" && q.args.size() >= 2) {
      fns = {{"Neighbors", NeighborsFn}, {"Neighborhood", NeighborhoodFn}};
    } else if (q.kind == "who" && !q.args.empty()) {
      fns = {{"WhoProposed", WhoProposedFn}};
    } else if (q.kind == "trace" && !q.args.empty()) {
      fns = {{"Trace", TraceFn}};
    } else if (q.kind == "topic" && !q.args.empty()) {
      fns = {{"TopicLookup", TopicLookupFn}};
    }
    for (const auto& [name, make] : fns) {
      if (!wanted(name + tag)) continue;
      bool engine = name == "ShortestPaths" || name == "Neighborhood";
      if (engine && !GetFlags().prebuild_view) continue;
      if ((q.kind == "path" || q.kind == "neighbors") &&
          GetFlags().prebuild_view) {
        WarmView(*d);
      }
      RegisterQuery(name + tag, make(d, q));
    }
  }
}

std::vector<int> ParseInts(const std::string& list) {
  std::vector<int> out;
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (!item.empty()) out.push_back(std::stoi(item));
  }
  return out;
}

// Takes the --parley_* flags out of argv (Google Benchmark rejects flags it
// does not know).
void ParseFlags(int* argc, char** argv) {
  Flags& flags = GetFlags();
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string_view name) -> std::optional<std::string> {
      std::string prefix = "--" + std::string(name) + "=";
      if (arg.rfind(prefix, 0) == 0) return arg.substr(prefix.size());
      return std::nullopt;
    };
    if (auto v = value("parley_db")) {
      flags.dbs.push_back(*v);
    } else if (auto v = value("parley_queries")) {
      flags.queries_file = *v;
    } else if (auto v = value("parley_read_filter")) {
      flags.read_filter = *v;
    } else if (auto v = value("parley_query_timeout")) {
      flags.query_timeout = std::stod(*v);
    } else if (auto v = value("parley_data")) {
      flags.data_dir = *v;
    } else if (auto v = value("parley_corpus_pages")) {
      flags.corpus_pages = std::stoi(*v);
    } else if (auto v = value("parley_linker_backgrounds")) {
      flags.linker_backgrounds = ParseInts(*v);
    } else if (auto v = value("parley_prebuild_view")) {
      flags.prebuild_view = *v != "0" && *v != "false";
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
}

}  // namespace
}  // namespace parley::bench

int main(int argc, char** argv) {
  using namespace parley::bench;
  ParseFlags(&argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  for (int b : GetFlags().linker_backgrounds) {
    benchmark::RegisterBenchmark("LinkerApply", BM_LinkerApply)
        ->Arg(b)
        ->Iterations(kLinkerPagesPerRun)
        ->Unit(benchmark::kMillisecond);
  }
  std::vector<Query> from_file;
  if (!GetFlags().queries_file.empty()) {
    from_file = ReadQueries(GetFlags().queries_file);
  }
  for (const std::string& path : GetFlags().dbs) {
    Database& db = OpenDatabase(path);
    RegisterReadBenchmarks(
        db, from_file.empty() ? PickQueries(WarmView(db)) : from_file);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
