#include "cli/context.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/fragment.h"

namespace parley::cli {
namespace {

// A reader that throws ReadFailure as soon as the reader it wraps has met
// an error (storage's readers skip what they cannot read and keep the
// first error in status()), so that no query answers from a damaged
// database as if nothing were missing.
class CheckedReader : public storage::Reader {
 public:
  explicit CheckedReader(std::unique_ptr<storage::Reader> reader)
      : reader_(std::move(reader)) {}

  std::optional<graph::Node> GetNode(const graph::NodeId& id) override {
    return Checked(reader_->GetNode(id));
  }
  std::vector<graph::Edge> OutEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind) override {
    return Checked(reader_->OutEdges(id, kind));
  }
  std::vector<graph::Edge> InEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind) override {
    return Checked(reader_->InEdges(id, kind));
  }
  // The callbacks too are stopped at the first error: a node or edge met
  // after it (or the one it cut short) never reaches a streamed answer.
  void ForEachNode(const std::function<bool(const graph::Node&)>& fn) override {
    reader_->ForEachNode([&](const graph::Node& node) {
      Check();
      return fn(node);
    });
    Check();
  }
  void ForEachEdge(const std::function<bool(const graph::Edge&)>& fn) override {
    reader_->ForEachEdge([&](const graph::Edge& edge) {
      Check();
      return fn(edge);
    });
    Check();
  }
  std::vector<graph::NodeId> LookupName(const std::string& name) override {
    return Checked(reader_->LookupName(name));
  }
  std::optional<std::string> PageText(const std::string& page_id) override {
    return Checked(reader_->PageText(page_id));
  }
  std::vector<storage::PageInfo> Pages() override {
    return Checked(reader_->Pages());
  }
  std::vector<std::string> Owners(std::string_view prefix,
                                  size_t limit) override {
    return Checked(reader_->Owners(prefix, limit));
  }
  std::vector<std::string> NodeOwners(const graph::NodeId& id) override {
    return Checked(reader_->NodeOwners(id));
  }
  std::optional<graph::Node> GetNodeHead(const graph::NodeId& id,
                                         size_t* evidence_count) override {
    return Checked(reader_->GetNodeHead(id, evidence_count));
  }
  std::optional<graph::Edge> GetEdge(const graph::NodeId& source,
                                     graph::EdgeKind kind,
                                     const graph::NodeId& target,
                                     bool with_evidence) override {
    return Checked(reader_->GetEdge(source, kind, target, with_evidence));
  }
  std::optional<uint32_t> DenseId(const graph::NodeId& id) override {
    return Checked(reader_->DenseId(id));
  }
  std::optional<graph::NodeId> NodeIdOf(uint32_t dense) override {
    return Checked(reader_->NodeIdOf(dense));
  }
  void ForEachDenseId(std::string_view from,
                      const std::function<bool(const graph::NodeId& id,
                                               uint32_t dense)>& fn) override {
    reader_->ForEachDenseId(from, fn);
    Check();
  }
  void Adjacency(uint32_t node, Direction direction,
                 const std::vector<graph::EdgeKind>& kinds,
                 std::vector<Adjacent>& out, size_t limit) override {
    reader_->Adjacency(node, direction, kinds, out, limit);
    Check();
  }
  size_t AdjacencyCount(uint32_t node, Direction direction) override {
    size_t n = reader_->AdjacencyCount(node, direction);
    Check();
    return n;
  }
  void WeightedAdjacency(uint32_t node, graph::EdgeKind kind,
                         std::vector<Weighted>& out) override {
    reader_->WeightedAdjacency(node, kind, out);
    Check();
  }
  void ForEachEdgeEnd(
      const graph::NodeId& id, Direction direction,
      const std::function<bool(graph::EdgeKind kind, const graph::NodeId& far)>&
          fn) override {
    reader_->ForEachEdgeEnd(
        id, direction, [&](graph::EdgeKind kind, const graph::NodeId& far) {
          Check();
          return fn(kind, far);
        });
    Check();
  }
  void ForEachNodeOf(
      const std::vector<graph::NodeKind>& kinds,
      const std::function<bool(const graph::Node&)>& fn) override {
    reader_->ForEachNodeOf(kinds, [&](const graph::Node& node) {
      Check();
      return fn(node);
    });
    Check();
  }
  void ForEachEdgeKey(const std::function<
                      bool(const graph::NodeId& source, graph::EdgeKind kind,
                           const graph::NodeId& target)>& fn) override {
    reader_->ForEachEdgeKey([&](const graph::NodeId& source,
                                graph::EdgeKind kind,
                                const graph::NodeId& target) {
      Check();
      return fn(source, kind, target);
    });
    Check();
  }
  std::vector<graph::Evidence> FirstEvidence(const graph::NodeId& id,
                                             size_t limit) override {
    return Checked(reader_->FirstEvidence(id, limit));
  }
  std::vector<graph::NodeId> Lookup(Index index, std::string_view term,
                                    size_t limit) override {
    return Checked(reader_->Lookup(index, term, limit));
  }
  void LookupRange(
      Index index, std::string_view from, std::string_view to,
      const std::function<bool(std::string_view term, const graph::NodeId& id)>&
          fn) override {
    reader_->LookupRange(index, from, to,
                         [&](std::string_view term, const graph::NodeId& id) {
                           Check();
                           return fn(term, id);
                         });
    Check();
  }
  size_t Count(Index index, std::string_view term) override {
    return Checked(reader_->Count(index, term));
  }
  bool Indexes(Index index) override { return reader_->Indexes(index); }
  std::optional<std::string> Derived(std::string_view set,
                                     std::string_view key) override {
    return Checked(reader_->Derived(set, key));
  }
  bool DerivedCurrent(std::string_view set) override {
    return Checked(reader_->DerivedCurrent(set));
  }
  std::optional<uint64_t> SequenceNumber() override {
    return reader_->SequenceNumber();
  }
  Status status() const override { return reader_->status(); }

 private:
  void Check() const {
    Status s = reader_->status();
    if (!s.ok()) throw ReadFailure(std::move(s));
  }
  template <typename T>
  T Checked(T answer) const {
    Check();
    return answer;
  }

  std::unique_ptr<storage::Reader> reader_;
};

// A read-only store whose readers are CheckedReaders.
class CheckedStore : public storage::Store {
 public:
  explicit CheckedStore(std::unique_ptr<storage::Store> store)
      : store_(std::move(store)) {}

  Result<storage::ApplyOutcome> ApplyPage(
      const graph::Fragment& fragment) override {
    return store_->ApplyPage(fragment);
  }
  Status ReplaceOwned(const std::string& owner,
                      const graph::Fragment& fragment) override {
    return store_->ReplaceOwned(owner, fragment);
  }
  using storage::Store::ApplyBatch;
  Result<std::vector<storage::ApplyOutcome>> ApplyBatch(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::pair<std::string, const graph::Fragment*>>& owned,
      const std::vector<std::string>& removed) override {
    return store_->ApplyBatch(pages, owned, removed);
  }
  std::unique_ptr<storage::Reader> NewReader() override {
    return std::make_unique<CheckedReader>(store_->NewReader());
  }
  Status Compact() override { return store_->Compact(); }
  Status ReplaceDerived(
      std::string_view set,
      const std::vector<std::pair<std::string, std::string>>& records,
      storage::Reader& worked_out_from) override {
    return store_->ReplaceDerived(set, records, worked_out_from);
  }

 private:
  std::unique_ptr<storage::Store> store_;
};

}  // namespace

Result<std::unique_ptr<storage::Store>> Context::OpenForWrite() const {
  // Storage's errors name the database already.
  return storage::Store::Open(db_path);
}

Result<std::unique_ptr<storage::Store>> Context::OpenForRead() const {
  auto store = storage::OpenForReading(db_path);
  // No database where --db points is bad usage (exit 2), not an answer
  // that found nothing.
  if (!store.ok() && store.status().code() == Status::Code::kNotFound)
    return Status::InvalidArgument(store.status().message());
  if (!store.ok()) return store.status();
  return std::unique_ptr<storage::Store>(
      std::make_unique<CheckedStore>(std::move(store).value()));
}

std::string Context::DataDir() const {
  if (!data_dir.empty()) return data_dir;
  if (const char* env = std::getenv("PARLEY_DATA"); env && *env) return env;
#ifdef PARLEY_DATA_DIR
  if (std::filesystem::exists(std::string(PARLEY_DATA_DIR) +
                              "/gazetteer.tsv")) {
    return PARLEY_DATA_DIR;
  }
#endif
  return "data";
}

Result<Knowledge> LoadKnowledge(const Context& context) {
  return importers::LoadKnowledge(context.DataDir());
}

int ReportError(const Status& status) {
  std::cerr << "parley: " << status.message() << "\n";
  switch (status.code()) {
    case Status::Code::kOk:
      return kExitOk;
    case Status::Code::kNotFound:
      return kExitNothingFound;
    case Status::Code::kCorruption:
      return storage::IsDamage(status) ? kExitDamaged : kExitBadInput;
    default:
      return kExitBadInput;
  }
}

void AddFormatOption(CLI::App& command, OutputFormat& format) {
  std::map<std::string, OutputFormat> names = {{"table", OutputFormat::kTable},
                                               {"json", OutputFormat::kJson},
                                               {"csv", OutputFormat::kCsv}};
  command
      .add_option("--format", format, "output: table (default), json or csv")
      ->transform(
          CLI::CheckedTransformer(names, CLI::ignore_case).description(""))
      ->type_name("table|json|csv");
}

}  // namespace parley::cli
