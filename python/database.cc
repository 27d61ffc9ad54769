#include "python/database.h"

#include <cstdlib>
#include <filesystem>

#include "importers/knowledge.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace parley::python {
namespace {

// As the CLI's Context::DataDir, without --data.
std::string DefaultDataDir() {
  if (const char* env = std::getenv("PARLEY_DATA"); env && *env) return env;
#ifdef PARLEY_DATA_DIR
  if (std::filesystem::exists(std::string(PARLEY_DATA_DIR) + "/gazetteer.tsv"))
    return PARLEY_DATA_DIR;
#endif
  return "data";
}

Status Closed() { return Status::InvalidArgument("the database is closed"); }

}  // namespace

Database::Database(std::string path, std::string data_dir,
                   std::unique_ptr<storage::Store> store)
    : path_(std::move(path)),
      data_dir_(std::move(data_dir)),
      store_(std::move(store)) {}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::Open(const std::string& path,
                                                 const std::string& data_dir) {
  // The same words as `parley --db PATH QUERY` on a missing database.
  auto store = storage::OpenForReading(path);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Database>(
      new Database(path, data_dir.empty() ? DefaultDataDir() : data_dir,
                   std::move(store).value()));
}

void Database::Close() {
  text_index_.reset();
  store_.reset();
}

Result<storage::Store*> Database::store() {
  if (store_ == nullptr) return Closed();
  return store_.get();
}

Result<storage::TextIndex*> Database::text_index() {
  if (store_ == nullptr) return Closed();
  if (text_index_ == nullptr) {
    auto index = storage::TextIndex::OpenForRead(path_);
    if (!index.ok()) return index.status();
    text_index_ = std::move(index).value();
  }
  return text_index_.get();
}

const importers::Knowledge* Database::knowledge() {
  if (!knowledge_tried_) {
    knowledge_tried_ = true;
    auto k = importers::LoadKnowledge(data_dir_);
    if (k.ok())
      knowledge_ = std::make_unique<importers::Knowledge>(std::move(k).value());
  }
  return knowledge_.get();
}

queries::NameHint Database::NameHint() {
  return [this](std::string_view name, std::optional<graph::NodeKind> kind)
             -> std::optional<graph::NodeId> {
    // The gazetteer knows people, organisations and places only.
    if (kind && *kind != graph::NodeKind::kPerson &&
        *kind != graph::NodeKind::kOrganization &&
        *kind != graph::NodeKind::kPlace) {
      return std::nullopt;
    }
    const importers::Knowledge* k = knowledge();
    if (k == nullptr) return std::nullopt;
    const importers::GazetteerEntry* e = k->gazetteer.Resolve(name, kind);
    if (e == nullptr) return std::nullopt;
    return e->id;
  };
}

std::vector<std::string> Database::TopicsIn(const std::string& text) {
  const importers::Knowledge* k = knowledge();
  if (k == nullptr || text.empty()) return {};
  return k->topics.Classify(text);
}

std::vector<std::string> Database::Spellings(std::string_view name) {
  const importers::Knowledge* k = knowledge();
  if (k == nullptr) return {};
  const importers::GazetteerEntry* e = k->gazetteer.Resolve(name);
  if (e == nullptr) return {};
  std::vector<std::string> out = {e->label};
  out.insert(out.end(), e->names.begin(), e->names.end());
  out.insert(out.end(), e->codenames.begin(), e->codenames.end());
  return out;
}

}  // namespace parley::python
