// The reader of a JSON document (docs/json-documents.md): its fields
// checked and read into a fragment. Internals of importers/json_importer.cc
// (the document) and importers/json_fields.cc (field checks, evidence).
#ifndef PARLEY_IMPORTERS_DETAIL_JSON_READER_H_
#define PARLEY_IMPORTERS_DETAIL_JSON_READER_H_

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/fragment.h"
#include "graph/status.h"
#include "importers/detail/json_text.h"
#include "importers/gazetteer.h"
#include "importers/topics.h"

namespace parley::importers::detail {

// Field paths as errors name them: "document.date", "clauses[1].text.en".
std::string FieldPath(const std::string& object, const std::string& key);
std::string ItemPath(const std::string& array, size_t index);

// The member `key` of `object`, or nullptr when it is absent or null (an
// optional field written as null is an absent one).
const nlohmann::json* Member(const nlohmann::json& object,
                             const std::string& key);

class JsonReader {
 public:
  JsonReader(std::string_view text, const Gazetteer& g, const TopicList& t)
      : text_(text), gazetteer_(g), topics_(t) {}

  // Reads the whole document; a schema violation or a wrongly typed field
  // is an InvalidArgument naming the field and its line.
  Result<graph::Fragment> Read(const std::string& path);

 private:
  // The stages of Read, in order.
  Status Parse(nlohmann::json& doc) const;
  Status CheckHeader(const nlohmann::json& doc) const;
  Status ReadDocument(const nlohmann::json& d, const std::string& path);
  Status ReadParties(const nlohmann::json& d);
  Status ReadClauses(const nlohmann::json& doc);
  // A clause's fields, checked, then its nodes and edges.
  struct ClauseFields {
    std::string ordinal;
    std::vector<std::pair<std::string, std::string>> texts;  // lang, text
    bool has_topics = false;  // topics given, even an empty list
    std::vector<std::string> topics;
    std::string proposer;
    int64_t position = 0;  // 1-based, in the file
  };
  Status CheckClause(const nlohmann::json& c, const std::string& where,
                     ClauseFields& out) const;
  void AddClause(const ClauseFields& fields);
  // The id of the document's clause `ordinal`.
  graph::NodeId ClauseId(const std::string& ordinal) const;
  graph::Fragment Finish(const std::string& path) const;

  // "field: what (line N)".
  Status Error(const std::string& field, const std::string& what) const;
  // "field: expected a string, got number (line N)".
  Status TypeError(const std::string& field, std::string_view expected,
                   const nlohmann::json& got) const;
  // The string member `key` of `object` (at `where`): "" when absent;
  // an error when it is not a string, or when `required` and absent/empty.
  Status GetString(const nlohmann::json& object, const std::string& where,
                   const std::string& key, bool required,
                   std::string& out) const;
  // A copy count: a whole number from 1 to kMaxCopyCount, else an error
  // naming `field` (a count too large for any archive is refused, never
  // dropped or wrapped).
  Status CheckCount(const nlohmann::json& c, const std::string& field,
                    int64_t& out) const;
  // The array member `key` of `object`: nullptr when absent, an error
  // when it is not an array.
  Status GetArray(const nlohmann::json& object, const std::string& where,
                  const std::string& key, const nlohmann::json*& out) const;
  // The array of strings at `key`: an error naming the first item that is
  // not a string. `present` says whether the field was there at all.
  Status GetStrings(const nlohmann::json& object, const std::string& where,
                    const std::string& key, std::vector<std::string>& out,
                    bool* present = nullptr) const;

  // graph::Evidence for a string value: the bytes of the literal it was read
  // from (the next one holding that value after the last hit, so repeated
  // values map in order); the whole text when no literal holds it.
  graph::Evidence Ev(const std::string& value);
  void IndexStrings();

  std::vector<JsonStringLiteral> strings_;
  graph::NodeId Person(const std::string& name, const graph::Evidence& ev);
  void AddEdge(const graph::NodeId& s, const graph::NodeId& t,
               graph::EdgeKind k, const graph::Evidence& ev,
               graph::Value props = graph::Value::MakeObject());

  std::string_view text_;
  const Gazetteer& gazetteer_;
  const TopicList& topics_;
  graph::Fragment fragment_;
  size_t cursor_ = 0;
  // What the clauses need of their document.
  graph::NodeId doc_id_;
  std::string doc_type_;
  std::vector<graph::NodeId> authors_;
};

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_JSON_READER_H_
