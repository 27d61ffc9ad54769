// A Parley database opened read-only for the Python module: the store, the
// full-text index (opened on the first search) and the data files (gazetteer
// and topics, read on first need) that turn names and words into hints for
// the queries, as the CLI gives them. No pybind11 here.
#ifndef PARLEY_PYTHON_DATABASE_H_
#define PARLEY_PYTHON_DATABASE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "queries/names.h"

namespace parley::storage {
class Store;
class TextIndex;
}  // namespace parley::storage
namespace parley::importers {
struct Knowledge;
}

namespace parley::python {

class Database {
 public:
  // Opens the database in folder `path` for reading (no lock: an import may
  // run beside it; what it adds later is seen after opening again).
  // `data_dir` holds gazetteer.tsv and topics.tsv; empty means $PARLEY_DATA,
  // else the source tree's data/ the module was built from, else ./data.
  // kNotFound "PATH: no database here (...)" when there is none, as the CLI
  // says it.
  static Result<std::unique_ptr<Database>> Open(const std::string& path,
                                                const std::string& data_dir);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& path() const { return path_; }
  bool closed() const { return store_ == nullptr; }
  // Releases the store and index; later queries fail with kInvalidArgument.
  void Close();

  // The store, or kInvalidArgument when closed.
  Result<storage::Store*> store();
  // The full-text index, opened on the first call.
  Result<storage::TextIndex*> text_index();

  // The gazetteer as a hint for names ("Filippov" -> Stalin); the hint
  // refers to this object. No hint when the data files cannot be read.
  queries::NameHint NameHint();
  // The topics whose cue words occur in `text`.
  std::vector<std::string> TopicsIn(const std::string& text);
  // Every spelling and codename of what `name` stands for; none when the
  // gazetteer does not know it.
  std::vector<std::string> Spellings(std::string_view name);

 private:
  Database(std::string path, std::string data_dir,
           std::unique_ptr<storage::Store> store);
  const importers::Knowledge* knowledge();

  std::string path_;
  std::string data_dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::TextIndex> text_index_;
  bool knowledge_tried_ = false;
  std::unique_ptr<importers::Knowledge> knowledge_;
};

}  // namespace parley::python

#endif  // PARLEY_PYTHON_DATABASE_H_
