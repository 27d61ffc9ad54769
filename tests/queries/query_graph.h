// A small hand-built negotiation graph in a fresh temporary RocksDB, for the
// tests of the query functions: Kim Il Sung's message of 30 June forwarded
// by Mao in telegram 21404, Razuvaev's report 501869 of 1 July, the
// agreement of 23 November forwarded in telegram 16002, Stalin's reply 3950,
// with the VARIANT_OF and STANCE links a linker would make.
#ifndef PARLEY_TESTS_QUERIES_QUERY_GRAPH_H_
#define PARLEY_TESTS_QUERIES_QUERY_GRAPH_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "queries/snapshot.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::queries::testing {

inline constexpr char kTelegram21404[] = "doc:telegram-21404-1951-07-03";
inline constexpr char kMessage[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30";
inline constexpr char kBufferZone[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2";
inline constexpr char kPrisoners[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-6";
inline constexpr char kReport[] = "doc:telegram-501869-1951-07-01";
inline constexpr char kReportWithdrawal[] =
    "doc:telegram-501869-1951-07-01/clause-b";
inline constexpr char kReportPrisoners[] =
    "doc:telegram-501869-1951-07-01/clause-e";
inline constexpr char kTelegram16002[] = "doc:telegram-16002-1952-01-31";
inline constexpr char kAgreement[] =
    "doc:telegram-16002-1952-01-31/agreement-1951-11-23";
inline constexpr char kAgreedZone[] =
    "doc:telegram-16002-1952-01-31/agreement-1951-11-23/clause-1";
inline constexpr char kAgreedSubcommittee[] =
    "doc:telegram-16002-1952-01-31/agreement-1951-11-23/clause-2";
inline constexpr char kReply[] = "doc:telegram-3950-1951-07-03";
inline constexpr char kKim[] = "person:kim-il-sung";
inline constexpr char kKimChaek[] = "person:kim-chaek";
inline constexpr char kMao[] = "person:mao-zedong";
inline constexpr char kStalin[] = "person:joseph-stalin";
inline constexpr char kNamIl[] = "person:nam-il";
inline constexpr char kRazuvaev[] = "person:vladimir-razuvaev";
inline constexpr char kShtemenko[] = "person:sergei-shtemenko";
inline constexpr char kKrasovsky[] = "person:krasovsky";

class QueryGraph {
 public:
  QueryGraph() {
    auto store = storage::Store::Open(dir_.db());
    EXPECT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
    Apply(Telegram21404());
    Apply(Report501869());
    Apply(Telegram16002());
    Apply(Reply3950());
    graph::Fragment links;
    links.page_id = "links";
    Variant(links, kReportWithdrawal, kBufferZone, 0.5,
            {"distance: 10 km from the 38th parallel → 5–10 km from the 38th "
             "parallel"},
            "1951-06-30", "1951-07-01");
    Variant(links, kReportPrisoners, kPrisoners, 0.5,
            {"topics added: civilians"}, "1951-06-30", "1951-07-01");
    Variant(links, kAgreedZone, kBufferZone, 0.67,
            {"distance: 10 km from the 38th parallel → 2 km from the military "
             "demarcation line"},
            "1951-06-30", "1951-11-23");
    Variant(
        links, kAgreedZone, kReportWithdrawal, 0.33,
        {"distance: 5–10 km from the 38th parallel → 2 km from the military "
         "demarcation line"},
        "1951-07-01", "1951-11-23");
    // The linker also ties the subcommittee point to the buffer zone (they
    // share a topic); it is not the same clause.
    Variant(links, kAgreedSubcommittee, kBufferZone, 0.25,
            {"duration: 3 day → 30 day"}, "1951-06-30", "1951-11-23");
    graph::Edge stance =
        MakeEdge(kReply, kBufferZone, graph::EdgeKind::kStance);
    stance.props["stance"] = "insists";
    stance.evidence = {{kReply, "en", 10, 30, "we insist on the zone"}};
    links.AddEdge(stance);
    graph::Edge responds =
        MakeEdge(kReply, kTelegram21404, graph::EdgeKind::kRespondsTo);
    links.AddEdge(responds);
    Status s = store_->ReplaceOwned("links:test", links);
    EXPECT_TRUE(s.ok()) << s.message();
    reader_ = store_->NewReader();
    snapshot_ = std::make_unique<Snapshot>(*reader_);
  }

  Snapshot& snapshot() { return *snapshot_; }
  storage::Reader& reader() { return *reader_; }
  storage::Store& store() { return *store_; }
  // A new reader and snapshot, seeing what was written since.
  void Reread() {
    snapshot_.reset();
    reader_ = store_->NewReader();
    snapshot_ = std::make_unique<Snapshot>(*reader_);
  }

 private:
  static graph::Node Person(const std::string& id, const std::string& label,
                            std::vector<std::string> aliases = {}) {
    graph::Node n;
    n.id = id;
    n.kind = graph::NodeKind::kPerson;
    n.label = label;
    n.aliases = std::move(aliases);
    return n;
  }

  static graph::Node Document(const std::string& id, const std::string& type,
                              const std::string& number,
                              const std::string& date,
                              const std::string& title) {
    graph::Node n;
    n.id = id;
    n.kind = graph::NodeKind::kDocument;
    n.label = title;
    n.props["doc_type"] = type;
    if (!number.empty()) n.props["number"] = number;
    n.props["date"] = date;
    n.props["title"] = title;
    return n;
  }

  static graph::Node Clause(const std::string& id, const std::string& doc,
                            const std::string& ordinal, int position,
                            const std::string& en, const std::string& ru,
                            std::vector<std::string> topics) {
    graph::Node n;
    n.id = id;
    n.kind = graph::NodeKind::kClause;
    n.label = "Point " + ordinal;
    n.props["document"] = doc;
    n.props["ordinal"] = ordinal;
    n.props["position"] = position;
    n.props["text"]["en"] = en;
    if (!ru.empty()) n.props["text"]["ru"] = ru;
    graph::Value::Array t;
    for (const std::string& topic : topics) t.push_back(topic);
    n.props["topics"] = t;
    n.evidence = {{id.substr(0, id.find('/')), "en", 0, 10, en.substr(0, 10)}};
    return n;
  }

  static graph::Edge MakeEdge(const std::string& s, const std::string& t,
                              graph::EdgeKind kind) {
    graph::Edge e;
    e.source = s;
    e.target = t;
    e.kind = kind;
    return e;
  }

  static graph::Fragment Page(const std::string& id) {
    graph::Fragment f;
    f.page_id = id;
    f.source_path = id + ".txt";
    f.text = "page " + id;
    f.content_hash = graph::ContentHash(f.text);
    return f;
  }

  static void Link(graph::Fragment& f, const std::string& s,
                   const std::string& t, graph::EdgeKind kind) {
    f.AddEdge(MakeEdge(s, t, kind));
  }

  static void Variant(graph::Fragment& f, const std::string& later,
                      const std::string& earlier, double similarity,
                      std::vector<std::string> changes, const std::string& from,
                      const std::string& to) {
    graph::Edge e = MakeEdge(later, earlier, graph::EdgeKind::kVariantOf);
    e.props["similarity"] = similarity;
    graph::Value::Array list;
    for (const std::string& c : changes) list.push_back(c);
    e.props["changes"] = list;
    e.props["from_date"] = from;
    e.props["to_date"] = to;
    f.AddEdge(e);
  }

  static graph::Fragment Telegram21404() {
    using graph::EdgeKind;
    graph::Fragment f = Page(kTelegram21404);
    graph::Node outer =
        Document(kTelegram21404, "telegram", "21404", "1951-07-03",
                 "Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov");
    outer.props["received"] = "1951-07-03T12:10";
    graph::Value source = graph::Value::MakeObject();
    source["citation"] = "APRF, f. 45, op. 1, d. 339, ll. 6-7";
    outer.props["source"] = graph::Value::Array{source};
    f.AddNode(outer);
    f.AddNode(Document(kMessage, "message", "", "1951-06-30",
                       "Message from Kim Il Sung of 1951-06-30"));
    f.AddNode(Clause(
        kBufferZone, kMessage, "2", 2,
        "the troops of both sides must within three days withdraw from the "
        "38th parallel for a distance of 10 km and create a buffer zone",
        "войска обеих сторон должны отойти на 10 км от 38 параллели и "
        "создать буферную зону",
        {"withdrawal", "buffer_zone"}));
    f.AddNode(
        Clause(kPrisoners, kMessage, "6", 6,
               "In the course of two months an exchange of prisoners will be "
               "conducted.",
               "В течение двух месяцев произвести взаимообмен пленными.",
               {"prisoners_of_war"}));
    f.AddNode(Person(kKim, "Kim Il Sung", {"KIM IL SUNG", "КИМ ИР СЕН"}));
    f.AddNode(Person(kMao, "Mao Zedong", {"MAO ZEDONG"}));
    f.AddNode(Person(kStalin, "Joseph Stalin", {"Filippov", "ФИЛИППОВ"}));
    Link(f, kMao, kTelegram21404, EdgeKind::kAuthored);
    Link(f, kTelegram21404, kStalin, EdgeKind::kAddressedTo);
    Link(f, kTelegram21404, kMessage, EdgeKind::kEmbeds);
    Link(f, kKim, kMessage, EdgeKind::kAuthored);
    Link(f, kMessage, kMao, EdgeKind::kAddressedTo);
    Link(f, kMessage, kBufferZone, EdgeKind::kHasClause);
    Link(f, kMessage, kPrisoners, EdgeKind::kHasClause);
    Link(f, kKim, kBufferZone, EdgeKind::kProposes);
    Link(f, kKim, kPrisoners, EdgeKind::kProposes);
    Link(f, kTelegram21404, kKim, EdgeKind::kMentions);
    return f;
  }

  static graph::Fragment Report501869() {
    using graph::EdgeKind;
    graph::Fragment f = Page(kReport);
    graph::Node doc =
        Document(kReport, "telegram", "501869", "1951-07-01",
                 "Ciphered Telegram No. 501869, Razuvaev to Shtemenko");
    doc.props["sent"] = "1951-07-01T05:30";
    doc.props["received"] = "1951-07-01T07:16";
    doc.props["summary"] = "Razuvaev reports the points Nam Il is to table.";
    f.AddNode(doc);
    f.AddNode(Clause(
        kReportWithdrawal, kReport, "б", 2,
        "troops pulled back 5–10 km to the north and to the south of the "
        "38th parallel;",
        "отвод войск на 5–10 км к северу и к югу от 38 параллели;",
        {"withdrawal"}));
    f.AddNode(Clause(
        kReportPrisoners, kReport, "е", 6,
        "prisoners of war are exchanged and the abducted civilian "
        "population is returned.",
        "обмен военнопленными и возвращение угнанного гражданского населения.",
        {"prisoners_of_war", "civilians"}));
    f.AddNode(Person(kRazuvaev, "Vladimir Razuvaev"));
    f.AddNode(Person(kShtemenko, "Sergei Shtemenko"));
    f.AddNode(Person(kNamIl, "Nam Il", {"HAM ИР"}));
    f.AddNode(Person(kKimChaek, "Kim Chaek"));
    Link(f, kRazuvaev, kReport, EdgeKind::kAuthored);
    Link(f, kReport, kShtemenko, EdgeKind::kAddressedTo);
    Link(f, kReport, kReportWithdrawal, EdgeKind::kHasClause);
    Link(f, kReport, kReportPrisoners, EdgeKind::kHasClause);
    Link(f, kNamIl, kReportWithdrawal, EdgeKind::kProposes);
    Link(f, kNamIl, kReportPrisoners, EdgeKind::kProposes);
    Link(f, kReport, kKimChaek, EdgeKind::kMentions);
    Link(f, kReport, kStalin, EdgeKind::kMentions);
    return f;
  }

  static graph::Fragment Telegram16002() {
    using graph::EdgeKind;
    graph::Fragment f = Page(kTelegram16002);
    graph::Node outer =
        Document(kTelegram16002, "telegram", "16002", "1952-01-31",
                 "Ciphered Telegram No. 16002, Mao Zedong to Filippov");
    outer.props["received"] = "1952-01-31T17:50";
    f.AddNode(outer);
    f.AddNode(Document(kAgreement, "agreement", "", "1951-11-23",
                       "Agreement of 1951-11-23"));
    f.AddNode(Clause(
        kAgreedZone, kAgreement, "1", 1,
        "each side will pull its armed forces back two kilometers from that "
        "line, so that a demilitarized zone exists",
        "", {"demarcation_line", "withdrawal", "buffer_zone"}));
    f.AddNode(Clause(
        kAgreedSubcommittee, kAgreement, "2", 2,
        "A subcommittee will fix the present line of contact as the military "
        "demarcation line.",
        "", {"demarcation_line", "buffer_zone"}));
    f.AddNode(Person(kMao, "Mao Zedong"));
    f.AddNode(Person(kStalin, "Joseph Stalin"));
    Link(f, kMao, kTelegram16002, EdgeKind::kAuthored);
    Link(f, kTelegram16002, kStalin, EdgeKind::kAddressedTo);
    Link(f, kTelegram16002, kAgreement, EdgeKind::kEmbeds);
    Link(f, kAgreement, kAgreedZone, EdgeKind::kHasClause);
    Link(f, kAgreement, kAgreedSubcommittee, EdgeKind::kHasClause);
    return f;
  }

  static graph::Fragment Reply3950() {
    using graph::EdgeKind;
    graph::Fragment f = Page(kReply);
    f.AddNode(Document(
        kReply, "telegram", "3950", "1951-07-03",
        "Ciphered Telegram No. 3950, Filippov to Krasovsky, for Mao Zedong"));
    f.AddNode(Person(kStalin, "Joseph Stalin", {"Сталин"}));
    f.AddNode(Person(kMao, "Mao Zedong"));
    f.AddNode(Person(kKrasovsky, "Krasovsky"));
    Link(f, kStalin, kReply, EdgeKind::kAuthored);
    Link(f, kReply, kMao, EdgeKind::kAddressedTo);
    Link(f, kReply, kKrasovsky, EdgeKind::kVia);
    return f;
  }

  void Apply(const graph::Fragment& f) {
    auto outcome = store_->ApplyPage(f);
    EXPECT_TRUE(outcome.ok()) << outcome.status().message();
  }

  storage::TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::Reader> reader_;
  std::unique_ptr<Snapshot> snapshot_;
};

}  // namespace parley::queries::testing

#endif  // PARLEY_TESTS_QUERIES_QUERY_GRAPH_H_
