#include "linking/linker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "graph/props.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::linking {
namespace {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Fragment;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
using storage::ApplyOutcome;
using storage::TestDir;

constexpr char kMao[] = "person:mao-zedong";
constexpr char kStalin[] = "person:joseph-stalin";
constexpr char kKim[] = "person:kim-il-sung";
constexpr char kLiKenong[] = "person:li-kenong";

// A page under construction: its outer document and what hangs off it, with
// evidence quoting the page's text.
class PageBuilder {
 public:
  PageBuilder(const std::string& doc_id, const std::string& date) {
    page_.page_id = doc_id;
    page_.source_path = doc_id + ".txt";
    page_.text = "Page " + doc_id + " of " + date + ".\n";
    AddDocument(doc_id, date);
  }

  // Adds a document (the outer one is added by the constructor).
  PageBuilder& AddDocument(const NodeId& id, const std::string& date) {
    Node n;
    n.id = id;
    n.kind = NodeKind::kDocument;
    n.label = id;
    n.props["date"] = date;
    n.props["doc_type"] = "telegram";
    n.evidence.push_back(Ev());
    page_.AddNode(std::move(n));
    return *this;
  }
  PageBuilder& Embed(const NodeId& child, const std::string& date) {
    AddDocument(child, date);
    return AddEdge(page_.page_id, child, EdgeKind::kEmbeds);
  }
  PageBuilder& Number(const NodeId& doc, const std::string& number) {
    page_.FindNode(doc)->props["number"] = number;
    return *this;
  }
  PageBuilder& Author(const NodeId& doc, const NodeId& person) {
    AddPerson(person);
    return AddEdge(person, doc, EdgeKind::kAuthored);
  }
  PageBuilder& Recipient(const NodeId& doc, const NodeId& person) {
    AddPerson(person);
    return AddEdge(doc, person, EdgeKind::kAddressedTo);
  }
  // A point of `doc`: "<doc>/clause-<ordinal>".
  PageBuilder& Clause(const NodeId& doc, const std::string& ordinal,
                      std::vector<std::string> topics,
                      Value terms = Value::MakeObject(),
                      const std::string& words = "",
                      const std::string& lang = "en") {
    Node n;
    n.id = doc + "/clause-" + ordinal;
    n.kind = NodeKind::kClause;
    n.label = "Point " + ordinal;
    n.props["ordinal"] = ordinal;
    n.props["document"] = doc;
    n.props["position"] = ++positions_[doc];
    Value t = Value::MakeArray();
    for (const std::string& topic : topics) t.Append(topic);
    n.props["topics"] = t;
    n.props["terms"] = std::move(terms);
    Value text = Value::MakeObject();
    text[lang] = !words.empty() ? words
                                : "Point " + ordinal + " on " +
                                      (topics.empty() ? "" : topics[0]);
    n.props["text"] = text;
    n.evidence.push_back(Ev());
    page_.AddNode(std::move(n));
    return AddEdge(doc, doc + "/clause-" + ordinal, EdgeKind::kHasClause);
  }
  // "your telegram of <date>", written by `authors` (node ids).
  PageBuilder& Reference(const NodeId& doc, const std::string& date,
                         std::vector<std::string> authors,
                         const std::string& number = "") {
    Value ref = Value::MakeObject();
    ref["date"] = date;
    Value a = Value::MakeArray();
    for (const std::string& x : authors) a.Append(x);
    ref["authors"] = a;
    if (!number.empty()) ref["number"] = number;
    Evidence ev = Ev();
    ref["start"] = static_cast<int64_t>(ev.start);
    ref["end"] = static_cast<int64_t>(ev.end);
    ref["quote"] = ev.quote;
    page_.FindNode(doc)->props["references"].Append(ref);
    return *this;
  }
  // `person` proposes point `ordinal` of `doc`; with `modality` "planned",
  // is to propose it ("Cde. NAM IL will table").
  PageBuilder& Proposer(const NodeId& doc, const std::string& ordinal,
                        const NodeId& person,
                        const std::string& modality = "") {
    AddPerson(person);
    Edge e;
    e.source = person;
    e.target = doc + "/clause-" + ordinal;
    e.kind = EdgeKind::kProposes;
    if (!modality.empty()) e.props["modality"] = modality;
    e.evidence.push_back(Ev());
    page_.AddEdge(std::move(e));
    return *this;
  }
  // A position on points named by number (`ordinals`) or content (`topics`);
  // `points_of`: the persons whose numbered points it names.
  PageBuilder& Stance(const NodeId& doc, const std::string& stance,
                      std::vector<std::string> ordinals,
                      std::vector<std::string> topics,
                      const std::string& quote = "",
                      std::vector<std::string> points_of = {}) {
    Value st = Value::MakeObject();
    st["stance"] = stance;
    if (!points_of.empty()) {
      Value of = Value::MakeArray();
      for (const std::string& x : points_of) of.Append(x);
      st["points_of"] = of;
    }
    Value o = Value::MakeArray();
    for (const std::string& x : ordinals) o.Append(x);
    st["ordinals"] = o;
    Value t = Value::MakeArray();
    for (const std::string& x : topics) t.Append(x);
    st["topics"] = t;
    Evidence ev = Ev(quote);
    st["start"] = static_cast<int64_t>(ev.start);
    st["end"] = static_cast<int64_t>(ev.end);
    st["quote"] = ev.quote;
    st["lang"] = "en";
    page_.FindNode(doc)->props["stances"].Append(st);
    return *this;
  }

  // Puts the last reference of `doc` inside the words of its last stance
  // ("... as proposed in point two of my telegram of 9 December").
  PageBuilder& ReferenceInStance(const NodeId& doc) {
    Value& props = page_.FindNode(doc)->props;
    Value& st = props["stances"].as_array().back();
    Value& ref = props["references"].as_array().back();
    ref["start"] = st["start"].as_int() + 1;
    ref["end"] = st["end"].as_int() - 1;
    return *this;
  }

  // Gives the last stance of `doc` its language.
  PageBuilder& Lang(const NodeId& doc, const std::string& lang) {
    page_.FindNode(doc)->props["stances"].as_array().back()["lang"] = lang;
    return *this;
  }

  // Makes the last stance of `doc` one on a whole list: `whole` "list" or
  // a side, `count` the points it says the list holds (0: none said).
  PageBuilder& Whole(const NodeId& doc, const std::string& whole,
                     int64_t count = 0) {
    Value& last = page_.FindNode(doc)->props["stances"].as_array().back();
    last["whole"] = whole;
    if (count > 0) last["whole_count"] = count;
    return *this;
  }

  // Makes the last stance of `doc` leave out the points `ordinals` ("as a
  // whole, except for point 3").
  PageBuilder& Except(const NodeId& doc, std::vector<std::string> ordinals) {
    Value& last = page_.FindNode(doc)->props["stances"].as_array().back();
    Value o = Value::MakeArray();
    for (const std::string& x : ordinals) o.Append(x);
    last["except"] = o;
    return *this;
  }

  Fragment Build() const {
    Fragment out = page_;
    out.content_hash = graph::ContentHash(out.text + Fingerprint(out));
    return out;
  }

 private:
  // A new line of page text naming the next fact; the evidence quotes it.
  Evidence Ev(const std::string& words = "") {
    std::string line =
        words.empty() ? "fact " + std::to_string(++facts_) : words;
    Evidence ev;
    ev.doc = page_.page_id;
    ev.lang = "en";
    ev.start = static_cast<uint32_t>(page_.text.size());
    ev.end = static_cast<uint32_t>(page_.text.size() + line.size());
    ev.quote = line;
    page_.text += line + "\n";
    return ev;
  }
  void AddPerson(const NodeId& id) {
    Node n;
    n.id = id;
    n.kind = NodeKind::kPerson;
    n.label = id.substr(id.find(':') + 1);
    n.evidence.push_back(Ev());
    page_.AddNode(std::move(n));
  }
  PageBuilder& AddEdge(const NodeId& s, const NodeId& t, EdgeKind kind) {
    Edge e;
    e.source = s;
    e.target = t;
    e.kind = kind;
    e.evidence.push_back(Ev());
    page_.AddEdge(std::move(e));
    return *this;
  }
  // What distinguishes two versions built with the same text lines: their
  // props (the text only numbers the facts).
  static std::string Fingerprint(const Fragment& f) {
    std::string out;
    for (const Node& n : f.nodes()) out += n.id + Describe(n.props);
    return out;
  }

 public:
  static std::string Describe(const Value& v) {
    if (v.is_null()) return "null";
    if (v.is_bool()) return v.as_bool() ? "true" : "false";
    if (v.is_int()) return std::to_string(v.as_int());
    if (v.is_double()) return std::to_string(v.as_double());
    if (v.is_string()) return "\"" + v.as_string() + "\"";
    std::string out;
    if (v.is_array()) {
      for (const Value& x : v.as_array())
        out += (out.empty() ? "" : ",") + Describe(x);
      return "[" + out + "]";
    }
    for (const auto& [k, x] : v.as_object()) {
      out += (out.empty() ? "" : ",") + k + ":" + Describe(x);
    }
    return "{" + out + "}";
  }

 private:
  Fragment page_;
  int facts_ = 0;
  std::map<NodeId, int64_t> positions_;
};

Value Distance(int64_t min, int64_t max, const std::string& from) {
  Value d = Value::MakeObject();
  d["min"] = min;
  d["max"] = max;
  d["unit"] = "km";
  d["from"] = from;
  Value terms = Value::MakeObject();
  terms["distances"].Append(d);
  return terms;
}

// Kim Il Sung's message of 30 June, forwarded by Mao on 3 July: points 1
// (ceasefire), 2 (withdrawal, buffer zone: `km` from the 38th parallel) and
// 5 (foreign forces).
Fragment ForwardedProposal(int64_t km = 10) {
  const std::string doc = "doc:telegram-21404-1951-07-03";
  const std::string kim = doc + "/message-1951-06-30";
  return PageBuilder(doc, "1951-07-03")
      .Number(doc, "21404")
      .Author(doc, kMao)
      .Recipient(doc, kStalin)
      .Embed(kim, "1951-06-30")
      .Author(kim, kKim)
      .Recipient(kim, kMao)
      .Clause(kim, "1", {"ceasefire"})
      .Clause(kim, "2", {"withdrawal", "buffer_zone"},
              Distance(km, km, "38th parallel"))
      .Clause(kim, "5", {"foreign_forces_withdrawal"})
      .Build();
}
constexpr char kKimPoint1[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-1";
constexpr char kKimPoint2[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2";
constexpr char kKimPoint5[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-5";

// Stalin's answer of 3 July to "your telegram of 3 July" (Mao's): accepts
// point 1 by number, insists on the withdrawal of foreign forces by content.
Fragment Reply(const std::string& date_referred = "1951-07-03",
               const std::string& author_referred = kMao) {
  const std::string doc = "doc:telegram-3950-1951-07-03";
  return PageBuilder(doc, "1951-07-03")
      .Number(doc, "3950")
      .Author(doc, kStalin)
      .Recipient(doc, kMao)
      .Reference(doc, date_referred, {author_referred})
      .Stance(doc, "accepts", {"1"}, {})
      .Stance(doc, "insists", {}, {"foreign_forces_withdrawal"})
      .Build();
}
constexpr char kReply[] = "doc:telegram-3950-1951-07-03";

// The counter-proposal of 1 July: point b (withdrawal, 5-10 km).
Fragment CounterProposal(int64_t min_km = 5) {
  const std::string doc = "doc:telegram-501869-1951-07-01";
  return PageBuilder(doc, "1951-07-01")
      .Author(doc, kStalin)
      .Recipient(doc, kMao)
      .Clause(doc, "b", {"withdrawal"}, Distance(min_km, 10, "38th parallel"))
      .Clause(doc, "z", {"military_aid"})
      .Build();
}
constexpr char kCounterB[] = "doc:telegram-501869-1951-07-01/clause-b";

// The first change of `field` on a VARIANT_OF edge, or nullptr.
const Value* ChangeOf(const Edge& e, const std::string& field) {
  const Value* changes = e.props.Get("changes");
  if (changes == nullptr || !changes->is_array()) return nullptr;
  for (const Value& c : changes->as_array()) {
    if (c.GetString("field") == field) return &c;
  }
  return nullptr;
}

class LinkerTest : public ::testing::Test {
 protected:
  void SetUp() override { store_ = Open(dir_.db()); }

  static std::unique_ptr<storage::Store> Open(const std::string& db) {
    auto store = storage::Store::Open(db);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  ApplyOutcome Apply(const Fragment& page) {
    if (!linker_) linker_ = std::make_unique<Linker>(*store_);
    Result<ApplyOutcome> outcome = linker_->Apply(page);
    EXPECT_TRUE(outcome.ok()) << outcome.status().message();
    return outcome.ok() ? *outcome : ApplyOutcome::kUnchanged;
  }

  std::vector<Edge> Edges(const NodeId& source, EdgeKind kind) {
    return store_->NewReader()->OutEdges(source, kind);
  }
  // The nearest versions of `clause`: its VARIANT_OF targets but the
  // documents restating it.
  std::vector<NodeId> NearestVersions(const NodeId& clause) {
    std::vector<NodeId> out;
    for (const Edge& e : Edges(clause, EdgeKind::kVariantOf)) {
      if (PageBuilder::Describe(e.props).find("restated") == std::string::npos)
        out.push_back(e.target);
    }
    return out;
  }
  std::vector<NodeId> Targets(const NodeId& source, EdgeKind kind) {
    std::vector<NodeId> out;
    for (const Edge& e : Edges(source, kind)) out.push_back(e.target);
    std::sort(out.begin(), out.end());
    return out;
  }
  const Edge* Find(const std::vector<Edge>& edges, const NodeId& target) {
    for (const Edge& e : edges) {
      if (e.target == target) return &e;
    }
    return nullptr;
  }

  // The maximum of the distance the counter-proposal's point B is compared
  // with, on its one version link; nullopt when there is no such link.
  std::optional<int64_t> CounterComparedWithMax() {
    std::vector<Edge> variants = Edges(kCounterB, EdgeKind::kVariantOf);
    EXPECT_EQ(variants.size(), 1u);
    if (variants.size() != 1) return std::nullopt;
    const Value* distance = ChangeOf(variants[0], "distance");
    EXPECT_NE(distance, nullptr);
    if (distance == nullptr) return std::nullopt;
    return graph::IntAt(*distance->Get("from"), "max");
  }

  TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<Linker> linker_;
};

// The whole merged graph of `store`, one line per node and edge.
std::vector<std::string> GraphLines(storage::Store& store) {
  std::vector<std::string> lines;
  auto reader = store.NewReader();
  auto evidence = [](const std::vector<Evidence>& list) {
    std::string out;
    for (const Evidence& ev : list) {
      out += " [" + ev.doc + " " + std::to_string(ev.start) + "-" +
             std::to_string(ev.end) + " " + ev.quote + "]";
    }
    return out;
  };
  reader->ForEachNode([&](const Node& n) {
    lines.push_back("node " + n.id + " " + PageBuilder::Describe(n.props) +
                    evidence(n.evidence));
    return true;
  });
  reader->ForEachEdge([&](const Edge& e) {
    lines.push_back("edge " + std::string(graph::EdgeKindName(e.kind)) + " " +
                    e.source + " -> " + e.target + " " +
                    PageBuilder::Describe(e.props) + evidence(e.evidence));
    return true;
  });
  return lines;
}

// The lines only one of `a` and `b` has, marked "-" and "+".
std::string Difference(const std::vector<std::string>& a,
                       const std::vector<std::string>& b) {
  std::string out;
  for (const std::string& l : a) {
    if (std::find(b.begin(), b.end(), l) == b.end()) out += "\n  - " + l;
  }
  for (const std::string& l : b) {
    if (std::find(a.begin(), a.end(), l) == a.end()) out += "\n  + " + l;
  }
  return out;
}

TEST_F(LinkerTest, AReplyRespondsToTheDocumentOfTheDateAndAuthorItNames) {
  Apply(ForwardedProposal());
  EXPECT_EQ(Apply(Reply()), ApplyOutcome::kAdded);
  std::vector<Edge> responds = Edges(kReply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(graph::Strings(responds[0].props.Get("matched_by")),
            (std::vector<std::string>{"date", "author"}));
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
  EXPECT_EQ(responds[0].props.Get("conflicts"), nullptr);
  ASSERT_FALSE(responds[0].evidence.empty());
  EXPECT_EQ(responds[0].evidence[0].doc, kReply);
  EXPECT_FALSE(responds[0].evidence[0].quote.empty());
}

TEST_F(LinkerTest, AReferenceToAnotherAuthorOrDateLinksNothing) {
  Apply(ForwardedProposal());
  Apply(Reply("1951-07-03", kKim));
  EXPECT_TRUE(Edges(kReply, EdgeKind::kRespondsTo).empty());
  EXPECT_TRUE(Edges(kReply, EdgeKind::kStance).empty());
  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(ForwardedProposal()).ok());
  ASSERT_TRUE(linker.Apply(Reply("1951-07-02")).ok());
  EXPECT_TRUE(
      store->NewReader()->OutEdges(kReply, EdgeKind::kRespondsTo).empty());
}

// A message written one day and sent the next ("[The telegram was sent to
// Beijing on 29 August.]") is cited by either day, whichever page comes
// first.
TEST_F(LinkerTest, AReplyMayCiteTheDayTheTelegramWasSent) {
  auto sent_next_day = [] {
    Fragment f = ForwardedProposal();
    f.FindNode("doc:telegram-21404-1951-07-03")->props["sent"] =
        "1951-07-04T02:10";
    return f;
  };
  Apply(sent_next_day());
  Apply(Reply("1951-07-04"));
  EXPECT_EQ(Targets(kReply, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});

  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(Reply("1951-07-04")).ok());
  ASSERT_TRUE(linker.Apply(sent_next_day()).ok());
  std::vector<Edge> responds =
      store->NewReader()->OutEdges(kReply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-21404-1951-07-03");
  // A day it was neither written nor sent names it no more.
  TestDir third;
  auto store3 = Open(third.db());
  Linker linker3(*store3);
  ASSERT_TRUE(linker3.Apply(sent_next_day()).ok());
  ASSERT_TRUE(linker3.Apply(Reply("1951-07-05")).ok());
  EXPECT_TRUE(
      store3->NewReader()->OutEdges(kReply, EdgeKind::kRespondsTo).empty());
}

// "Further to my telegram of 3 July" follows up the writer's own message:

// A telegram the archive dates by the day it arrived is cited by the day
// its writer dated it under his number ("No. 6231" over "11.XII.51").
TEST_F(LinkerTest, AReplyMayCiteTheDayTheWriterDatedTheTelegram) {
  Fragment written_before = ForwardedProposal();
  written_before.FindNode("doc:telegram-21404-1951-07-03")
      ->props["written_on"] = "1951-07-02";
  Apply(written_before);
  Apply(Reply("1951-07-02"));
  EXPECT_EQ(Targets(kReply, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});
  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(ForwardedProposal()).ok());
  ASSERT_TRUE(linker.Apply(Reply("1951-07-02")).ok());
  EXPECT_TRUE(
      store->NewReader()->OutEdges(kReply, EdgeKind::kRespondsTo).empty());
}
// no reply to it.
TEST_F(LinkerTest, AReferenceToTheWritersOwnTelegramAnswersNothing) {
  Apply(ForwardedProposal());
  const std::string doc = "doc:telegram-4100-1951-07-05";
  Apply(PageBuilder(doc, "1951-07-05")
            .Author(doc, kMao)
            .Recipient(doc, kStalin)
            .Reference(doc, "1951-07-03", {kMao})
            .Build());
  EXPECT_TRUE(Edges(doc, EdgeKind::kRespondsTo).empty());
}

// Stalin's report to Kim of "Mao's telegram of 3 July" speaks of a message
// written to someone else: it answers nothing. A decision that carries the
// reply to Mao, and the reply itself, answer it.
TEST_F(LinkerTest, AReplyAnswersOnlyThoseItWritesTo) {
  Apply(ForwardedProposal());
  const std::string report = "doc:telegram-4200-1951-07-05";
  Apply(PageBuilder(report, "1951-07-05")
            .Author(report, kStalin)
            .Recipient(report, kKim)
            .Reference(report, "1951-07-03", {kMao})
            .Build());
  EXPECT_TRUE(Edges(report, EdgeKind::kRespondsTo).empty());

  const std::string decision = "doc:decision-p83-1951-07-05";
  const std::string reply = decision + "/telegram-1951-07-05";
  Apply(PageBuilder(decision, "1951-07-05")
            .Reference(decision, "1951-07-03", {kMao})
            .Embed(reply, "1951-07-05")
            .Author(reply, kStalin)
            .Recipient(reply, kMao)
            .Reference(reply, "1951-07-03", {kMao})
            .Build());
  EXPECT_EQ(Targets(decision, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});
  EXPECT_EQ(Targets(reply, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});

  // A reply whose addressee the page does not name may write to anyone.
  const std::string draft = "doc:telegram-1951-07-06-stalin";
  Apply(PageBuilder(draft, "1951-07-06")
            .Author(draft, kStalin)
            .Reference(draft, "1951-07-03", {kMao})
            .Build());
  EXPECT_EQ(Targets(draft, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});
  // Unless the cited writer is of the other side: a report whose "To" line
  // is unread speaks of Ridgway's letter, which a letter to him would
  // address.
  const std::string letter = "doc:letter-1951-07-08-ridgway";
  const NodeId ridgway = "person:matthew-ridgway";
  Fragment ridgways = PageBuilder(letter, "1951-07-08")
                          .Author(letter, ridgway)
                          .Recipient(letter, kKim)
                          .Build();
  for (const NodeId& id : {NodeId(letter), ridgway})
    ridgways.FindNode(id)->props["side"] = "unc";
  Apply(ridgways);
  const std::string report_of = "doc:telegram-1951-07-09-mao";
  Fragment mao_report = PageBuilder(report_of, "1951-07-09")
                            .Author(report_of, kMao)
                            .Reference(report_of, "1951-07-08", {ridgway})
                            .Build();
  mao_report.FindNode(report_of)->props["side"] = "kpa";
  Apply(mao_report);
  EXPECT_TRUE(Edges(report_of, EdgeKind::kRespondsTo).empty());
  // Kim's message, which Mao forwarded, answered in the reply to Mao.
  const std::string answer = "doc:telegram-4300-1951-07-07";
  Apply(PageBuilder(answer, "1951-07-07")
            .Author(answer, kStalin)
            .Recipient(answer, kMao)
            .Reference(answer, "1951-06-30", {kKim})
            .Build());
  EXPECT_EQ(
      Targets(answer, EdgeKind::kRespondsTo),
      std::vector<NodeId>{"doc:telegram-21404-1951-07-03/message-1951-06-30"});
}

// A reply sent through a relay ("СОВПОСОЛУ КУЗНЕЦОВУ ... передайте ЧЖОУ
// ЭНЬ-ЛАЮ") answers the relay's report of the addressee's points: "your
// points 1 and 4" are the points of that report.
TEST_F(LinkerTest, YourPointsMayBeTheOnesTheRelayReported) {
  const std::string report = "doc:telegram-12208-1953-04-23";
  const std::string zhou = "person:zhou-enlai";
  const std::string kuznetsov = "person:vasily-kuznetsov";
  Apply(PageBuilder(report, "1953-04-23")
            .Number(report, "12208")
            .Author(report, kuznetsov)
            .Recipient(report, "person:vyacheslav-molotov")
            .Clause(report, "1", {"prisoners_of_war"})
            .Clause(report, "4", {"prisoners_of_war"})
            .Build());
  const std::string reply = "doc:telegram-5140-1953-04-24";
  Fragment f = PageBuilder(reply, "1953-04-24")
                   .Author(reply, "person:vyacheslav-molotov")
                   .Recipient(reply, zhou)
                   .Reference(reply, "", {}, "12208")
                   .Stance(reply, "accepts", {"1", "4"}, {})
                   .Build();
  graph::Edge via;
  via.source = reply;
  via.target = kuznetsov;
  via.kind = EdgeKind::kVia;
  f.AddEdge(via);
  Apply(f);
  EXPECT_EQ(Targets(reply, EdgeKind::kStance),
            (std::vector<NodeId>{report + "/clause-1", report + "/clause-4"}));
}

// A telegram that quotes another's list and says which of its points it
// accepts ("Points 1 and 3 can be accepted") takes those positions on the
// quoted points, when it answers no other document; a list of its own
// writer's takes none.
TEST_F(LinkerTest, APositionOnThePointsOfAQuotedListTiesToThem) {
  const std::string doc = "doc:telegram-21811-1951-07-13";
  const std::string agenda = doc + "/message-1951-07-10";
  const std::string joy = "person:c-turner-joy";
  auto page = [&](const std::string& quoted_author) {
    return PageBuilder(doc, "1951-07-13")
        .Author(doc, kMao)
        .Recipient(doc, kStalin)
        .Embed(agenda, "1951-07-10")
        .Author(agenda, quoted_author)
        .Clause(agenda, "1", {"negotiation_procedure"})
        .Clause(agenda, "2", {"prisoners_of_war"})
        .Clause(agenda, "3", {"ceasefire"})
        .Stance(doc, "accepts", {"1", "3"}, {})
        .Stance(doc, "rejects", {"2"}, {})
        .Build();
  };
  Apply(page(joy));
  EXPECT_EQ(Targets(doc, EdgeKind::kStance),
            (std::vector<NodeId>{agenda + "/clause-1", agenda + "/clause-2",
                                 agenda + "/clause-3"}));
  for (const Edge& e : Edges(doc, EdgeKind::kStance)) {
    EXPECT_EQ(e.props.GetString("stance"),
              e.target == agenda + "/clause-2" ? "rejects" : "accepts");
    EXPECT_EQ(e.props.GetString("via"), agenda);
  }

  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(page(kMao)).ok());
  EXPECT_TRUE(store->NewReader()->OutEdges(doc, EdgeKind::kStance).empty());

  // "points 1 and 3 of Comrade Joy" are the quoted writer's; "of Comrade
  // Kim" names someone else's points.
  for (const std::string& whose : {joy, std::string(kKim)}) {
    TestDir dir;
    auto s = Open(dir.db());
    Linker l(*s);
    ASSERT_TRUE(l.Apply(PageBuilder(doc, "1951-07-13")
                            .Author(doc, kMao)
                            .Recipient(doc, kStalin)
                            .Embed(agenda, "1951-07-10")
                            .Author(agenda, joy)
                            .Clause(agenda, "1", {"negotiation_procedure"})
                            .Stance(doc, "accepts", {"1"}, {}, "", {whose})
                            .Build())
                    .ok());
    EXPECT_EQ(s->NewReader()->OutEdges(doc, EdgeKind::kStance).size(),
              whose == joy ? 1u : 0u)
        << whose;
  }
}

// A message forwarded beside a report of another's points ("The report of
// Comrade Li Kenong:" with Hodes's three points, then "Comrade Kim Il Sung
// wrote to me: ... we should agree to them") takes its positions on those
// points; one whose writer put them forward takes none.
TEST_F(LinkerTest, AMessageForwardedBesideAReportTakesPositionsOnItsPoints) {
  const std::string doc = "doc:telegram-26074-1951-11-19";
  const std::string report = doc + "/report-1951-11-17";
  const std::string kim = doc + "/message-1951-11-18";
  const std::string hodes = "person:henry-i-hodes";
  auto page = [&](const std::string& proposer) {
    PageBuilder b(doc, "1951-11-19");
    b.Author(doc, kMao)
        .Recipient(doc, kStalin)
        .Embed(report, "1951-11-17")
        .Author(report, kLiKenong)
        .Embed(kim, "1951-11-18")
        .Author(kim, kKim);
    for (const char* o : {"1", "2", "3"})
      b.Clause(report, o, {"demarcation_line"}).Proposer(report, o, proposer);
    return b.Stance(kim, "accepts", {"1", "2"}, {})
        .Stance(kim, "amends", {"3"}, {})
        .Build();
  };
  Apply(page(hodes));
  EXPECT_EQ(Targets(kim, EdgeKind::kStance),
            (std::vector<NodeId>{report + "/clause-1", report + "/clause-2",
                                 report + "/clause-3"}));
  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(page(kKim)).ok());
  EXPECT_TRUE(store->NewReader()->OutEdges(kim, EdgeKind::kStance).empty());
}

// "I consider Comrade LI KENONG's proposals correct": a position on a quoted
// list as a whole falls on each of its points that no position names by
// number. "Both ..." names a list of two: on a list of three it names
// another.
TEST_F(LinkerTest, APositionOnAWholeQuotedListTiesToEachPoint) {
  const std::string doc = "doc:telegram-17455-1952-03-15";
  const std::string report = doc + "/message-1952-03-14";
  auto page = [&](int64_t count) {
    return PageBuilder(doc, "1952-03-15")
        .Author(doc, kMao)
        .Recipient(doc, kStalin)
        .Embed(report, "1952-03-14")
        .Author(report, kLiKenong)
        .Clause(report, "1", {"supervision"})
        .Clause(report, "2", {"prisoners_of_war"})
        .Clause(report, "3", {"supervision"})
        .Stance(doc, "rejects", {"2"}, {}, "Point 2 is unacceptable")
        .Stance(doc, "accepts", {}, {},
                "I consider Comrade LI KENONG's proposals correct", {kLiKenong})
        .Whole(doc, "list", count)
        .Build();
  };
  Apply(page(0));
  std::map<NodeId, std::string> stance;
  for (const Edge& e : Edges(doc, EdgeKind::kStance))
    stance[e.target] = e.props.GetString("stance");
  EXPECT_EQ(stance,
            (std::map<NodeId, std::string>{{report + "/clause-1", "accepts"},
                                           {report + "/clause-2", "rejects"},
                                           {report + "/clause-3", "accepts"}}));

  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(page(2)).ok());
  EXPECT_EQ(store->NewReader()->OutEdges(doc, EdgeKind::kStance).size(), 1u);
}

// "The remaining points of the draft are acceptable", "acceptable as a
// whole, except for one addition to point 3": a position on a whole list
// answered falls on each point but those it leaves out, on a list its
// writer forwards (every point another's) too.
TEST_F(LinkerTest, APositionOnAWholeListLeavesOutThePointsExcepted) {
  const std::string draft = "doc:telegram-12436-1953-05-04";
  const NodeId kuznetsov = "person:vasily-kuznetsov";
  const NodeId zhou = "person:zhou-enlai";
  PageBuilder forwarded(draft, "1953-05-04");
  forwarded.Author(draft, kuznetsov).Recipient(draft, kStalin);
  for (const char* o : {"1", "2", "3"})
    forwarded.Clause(draft, o, {"prisoners_of_war"}).Proposer(draft, o, zhou);
  Apply(forwarded.Build());
  const std::string reply = "doc:telegram-1196-1953-05-05";
  Apply(PageBuilder(reply, "1953-05-05")
            .Author(reply, kStalin)
            .Recipient(reply, kuznetsov)
            .Reference(reply, "1953-05-04", {kuznetsov})
            .Stance(reply, "accepts", {}, {}, "acceptable as a whole, except")
            .Whole(reply, "list")
            .Except(reply, {"3"})
            .Build());
  EXPECT_EQ(Targets(reply, EdgeKind::kStance),
            (std::vector<NodeId>{draft + "/clause-1", draft + "/clause-2"}));
}

// "С первым и вторым пунктами Ваших предложений согласны": points named
// as the addressee's, in any case of "ваш", are numbered as the
// addressee's, whatever topic the reply's position on the Americans'
// demand bears.
TEST_F(LinkerTest, PointsOfYourProposalsInRussianAreNumberedAsYours) {
  const std::string proposal = "doc:cable-25318-1951-10-27";
  PageBuilder sent(proposal, "1951-10-27");
  sent.Author(proposal, kMao).Recipient(proposal, kStalin);
  sent.Clause(proposal, "1", {"demarcation_line"})
      .Proposer(proposal, "1", kMao);
  sent.Clause(proposal, "2", {"withdrawal", "buffer_zone"})
      .Proposer(proposal, "2", kMao);
  sent.Clause(proposal, "3", {"demarcation_line"})
      .Proposer(proposal, "3", kMao);
  Apply(sent.Build());
  const std::string reply = "doc:telegram-6431-1951-10-28";
  Apply(PageBuilder(reply, "1951-10-28")
            .Author(reply, kStalin)
            .Recipient(reply, kMao)
            .Reference(reply, "1951-10-27", {kMao})
            .Stance(reply, "accepts", {"1", "2"}, {},
                    "С первым и вторым пунктами Ваших предложений согласны")
            .Lang(reply, "ru")
            .Stance(reply, "conditional", {"3"}, {},
                    "Третий пункт можно принять при условии, что поправки "
                    "будут взаимными")
            .Lang(reply, "ru")
            .Stance(reply, "rejects", {}, {"withdrawal"},
                    "Требование американцев передать им район Кэсона в обмен "
                    "на отвод их войск надо отклонить")
            .Lang(reply, "ru")
            .Build());
  std::vector<NodeId> on = Targets(reply, EdgeKind::kStance);
  EXPECT_EQ(std::ranges::count(on, proposal + "/clause-1"), 1);
}

// "... agree with points 1, 3 and 4 of the telegram. Point "e" has already
// been struck out": a letter named beside a numbered list answered is a
// point of another list, and the tie by number stays strong, so the
// numbered positions fall on the telegram's points.
TEST_F(LinkerTest, ALetterBesideANumberedListAnsweredIsAnotherListsPoint) {
  const std::string advice = "doc:telegram-5463-1953-05-06";
  const NodeId kuznetsov = "person:vasily-kuznetsov";
  PageBuilder sent(advice, "1953-05-06");
  sent.Author(advice, kStalin)
      .Recipient(advice, kuznetsov)
      .Number(advice, "5463");
  for (const char* o : {"1", "2", "3", "4"})
    sent.Clause(advice, o, {"prisoners_of_war"}).Proposer(advice, o, kStalin);
  Apply(sent.Build());
  const std::string reply = "doc:telegram-11628-1953-05-07";
  Apply(PageBuilder(reply, "1953-05-07")
            .Author(reply, kuznetsov)
            .Recipient(reply, kStalin)
            .Reference(reply, "", {}, "5463")
            .Stance(reply, "accepts", {"1", "3"}, {},
                    "agree with the considerations set out in points 1 and 3")
            .Stance(reply, "rejects", {"e"}, {},
                    "Point \"e\" has already been struck out")
            .Build());
  EXPECT_EQ(Targets(reply, EdgeKind::kStance),
            (std::vector<NodeId>{advice + "/clause-1", advice + "/clause-3"}));
}

// "Both of the enemy's points must be firmly rejected": a position on the
// other side's points of the quoted report, not on its writer's own. "Both"
// counts the points, not the sub-points inside them ("2(1)"), which the
// position falls on too.
TEST_F(LinkerTest, APositionOnTheEnemysPointsTiesToTheOtherSidesOnly) {
  const std::string doc = "doc:telegram-22352-1951-07-29";
  const std::string report = doc + "/message-1951-07-28";
  const NodeId joy = "person:c-turner-joy";
  const NodeId nam_il = "person:nam-il";
  Fragment page = PageBuilder(doc, "1951-07-29")
                      .Author(doc, kMao)
                      .Recipient(doc, kStalin)
                      .Embed(report, "1951-07-28")
                      .Author(report, kLiKenong)
                      .Clause(report, "1", {"buffer_zone"})
                      .Proposer(report, "1", joy)
                      .Clause(report, "2", {"demarcation_line"})
                      .Proposer(report, "2", joy)
                      .Clause(report, "2(1)", {"demarcation_line"})
                      .Proposer(report, "2(1)", joy)
                      .Clause(report, "a", {"demarcation_line"})
                      .Proposer(report, "a", nam_il)
                      .Stance(doc, "rejects", {}, {},
                              "Both of the enemy's points must be firmly "
                              "rejected")
                      .Whole(doc, "other", 2)
                      .Build();
  page.FindNode(doc)->props["side"] = "kpa-cpv";
  page.FindNode(joy)->props["side"] = "unc";
  page.FindNode(nam_il)->props["side"] = "kpa-cpv";
  Apply(page);
  std::vector<NodeId> on = Targets(doc, EdgeKind::kStance);
  ASSERT_EQ(on.size(), 3u);
  EXPECT_EQ(on[0], report + "/clause-1");
  EXPECT_EQ(on[1], report + "/clause-2");
  EXPECT_EQ(std::ranges::count(on, report + "/clause-a"), 0);
}

// A report that gives as its own the points another read out at the table
// (Nam Il's proposal quoted in Clark's telegram), or a record of
// conversation the points its visitor set out ("On the first point I said
// that ..."), and comments on them by number takes those positions on them;
// a FRUS memorandum of conversation, whose numbers are what the speakers
// said, takes none.
TEST_F(LinkerTest, AReportsPositionsOnThePointsItReportsTieToThem) {
  const std::string doc = "doc:telegram-c-62071-1953-04-26";
  const std::string clark = "person:mark-clark";
  const std::string nam_il = "person:nam-il";
  auto page = [&](const std::string& doc_type, const NodeId& proposer) {
    Fragment f = PageBuilder(doc, "1953-04-26")
                     .Author(doc, clark)
                     .Clause(doc, "1", {"prisoners_of_war"})
                     .Clause(doc, "2", {"prisoners_of_war"})
                     .Proposer(doc, "1", proposer)
                     .Proposer(doc, "2", proposer)
                     .Stance(doc, "rejects", {"2"}, {})
                     .Build();
    f.FindNode(doc)->props["doc_type"] = doc_type;
    return f;
  };
  for (std::string doc_type : {"telegram", "record of conversation"}) {
    TestDir dir;
    auto store = Open(dir.db());
    Linker linker(*store);
    ASSERT_TRUE(linker.Apply(page(doc_type, nam_il)).ok());
    std::vector<Edge> stances =
        store->NewReader()->OutEdges(doc, EdgeKind::kStance);
    ASSERT_EQ(stances.size(), 1u) << doc_type;
    EXPECT_EQ(stances[0].target, doc + "/clause-2");
    EXPECT_EQ(stances[0].props.GetString("stance"), "rejects");
    EXPECT_EQ(stances[0].props.GetString("via"), doc);
  }
  // Clark's own points, or a FRUS memorandum of conversation: no position.
  for (auto [doc_type, proposer] :
       {std::pair{"telegram", clark}, std::pair{"memorandum", nam_il}}) {
    TestDir dir;
    auto store = Open(dir.db());
    Linker linker(*store);
    ASSERT_TRUE(linker.Apply(page(doc_type, proposer)).ok());
    EXPECT_TRUE(store->NewReader()->OutEdges(doc, EdgeKind::kStance).empty())
        << doc_type << " " << proposer;
  }
  // Points the writer's side will put forward ("Cde. NAM IL will table
  // ..."): the writer's own plan, on which his words are no position.
  TestDir dir;
  auto store = Open(dir.db());
  Linker linker(*store);
  Fragment planned = page("telegram", nam_il);
  for (const std::string point : {"1", "2"}) {
    Edge e;
    e.source = nam_il;
    e.target = doc + "/clause-" + point;
    e.kind = EdgeKind::kProposes;
    e.props["modality"] = "planned";
    planned.AddEdge(std::move(e));
  }
  ASSERT_TRUE(linker.Apply(planned).ok());
  EXPECT_TRUE(store->NewReader()->OutEdges(doc, EdgeKind::kStance).empty());
  // Points a man of the writer's own side tabled (Harrison, in Clark's
  // report): no position either.
  TestDir own_dir;
  auto own_store = Open(own_dir.db());
  Linker own_linker(*own_store);
  const std::string harrison = "person:william-k-harrison";
  Fragment own = page("telegram", harrison);
  for (const NodeId& id : {NodeId(doc), NodeId(clark), harrison})
    own.FindNode(id)->props["side"] = "unc";
  ASSERT_TRUE(own_linker.Apply(own).ok());
  EXPECT_TRUE(own_store->NewReader()->OutEdges(doc, EdgeKind::kStance).empty());
  // One camp, two governments: Mao's positions on the points Kim put to
  // him are his, as a Chinese writer's on a Korean proposal. Of one
  // government (Kim's on the points his own delegate tabled), they are not.
  for (const std::string writer_government : {"china", "north-korea"}) {
    TestDir camp_dir;
    auto camp_store = Open(camp_dir.db());
    Linker camp_linker(*camp_store);
    Fragment camp = page("telegram", std::string(kKim));
    for (const NodeId& id : {NodeId(doc), NodeId(clark), NodeId(kKim)})
      camp.FindNode(id)->props["side"] = "kpa-cpv";
    camp.FindNode(doc)->props["government"] = "place:" + writer_government;
    camp.FindNode(kKim)->props["government"] = "place:north-korea";
    ASSERT_TRUE(camp_linker.Apply(camp).ok());
    EXPECT_EQ(camp_store->NewReader()->OutEdges(doc, EdgeKind::kStance).size(),
              writer_government == "china" ? 1u : 0u)
        << writer_government;
  }
}

// A number cited with a space ("Reurmsg C 58115") names the telegram
// printed with a dash ("C–58115").
TEST_F(LinkerTest, ANumberCitedWithASpaceNamesTheOnePrintedWithADash) {
  const std::string telegram = "doc:telegram-c-58115-1951-11-27";
  Apply(PageBuilder(telegram, "1951-11-27")
            .Number(telegram, "C–58115")
            .Author(telegram, "person:matthew-ridgway")
            .Build());
  const std::string doc = "doc:telegram-jcs-87720-1951-11-29";
  Apply(PageBuilder(doc, "1951-11-29")
            .Author(doc, kStalin)
            .Reference(doc, "", {}, "C 58115")
            .Build());
  EXPECT_EQ(Targets(doc, EdgeKind::kRespondsTo), std::vector<NodeId>{telegram});
}

// A reply that cites both the telegram and the message it forwarded ("your
// telegram of 3 July ... Kim Il Sung's of 30 June") answers the telegram
// alone.
TEST_F(LinkerTest, AReplyCitingAForwardedMessageAnswersTheTelegram) {
  Apply(ForwardedProposal());
  const std::string doc = "doc:telegram-3951-1951-07-04";
  Apply(PageBuilder(doc, "1951-07-04")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "1951-07-03", {kMao})
            .Reference(doc, "1951-06-30", {kKim})
            .Build());
  EXPECT_EQ(Targets(doc, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});
}

// A reply that sums up the addressee's points before answering them ("In
// it you put three questions to us: (1) ...") answers that restated
// document on its own page; a document it quotes it does not answer.
TEST_F(LinkerTest, AReplyAnswersTheDocumentItRestates) {
  const std::string doc = "doc:telegram-1952-07-15-mao-zedong";
  const std::string asked = doc + "/telegram-1952-07-14";
  auto page = [&](bool restated) {
    PageBuilder b(doc, "1952-07-15");
    b.Author(doc, kMao)
        .Recipient(doc, kKim)
        .Embed(asked, "1952-07-14")
        .Author(asked, kKim)
        .Recipient(asked, kMao)
        .Clause(asked, "1", {"prisoners_of_war"})
        .Clause(asked, "2", {"ceasefire"})
        .Reference(doc, "1952-07-14", {kKim})
        .Stance(doc, "rejects", {"1"}, {})
        .Stance(doc, "conditional", {"2"}, {});
    Fragment f = b.Build();
    if (restated) f.FindNode(asked)->props["restated"] = true;
    return f;
  };
  Apply(page(true));
  EXPECT_EQ(Targets(doc, EdgeKind::kRespondsTo), std::vector<NodeId>{asked});
  for (const Edge& e : Edges(doc, EdgeKind::kStance)) {
    EXPECT_EQ(e.props.GetString("stance"),
              e.target == asked + "/clause-1" ? "rejects" : "conditional");
  }
  EXPECT_EQ(Edges(doc, EdgeKind::kStance).size(), 2u);

  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(page(false)).ok());
  EXPECT_TRUE(store->NewReader()->OutEdges(doc, EdgeKind::kRespondsTo).empty());
}

// "Ref my C 62288 ... Paras 1, 7 and 8 of the Communist proposal are
// accepted": the numbers name the points of another that the writer's own
// cited message reported; his own points they would not name.
TEST_F(LinkerTest, NumbersNameThePointsTheWritersOwnMessageReported) {
  const std::string report = "doc:telegram-c-62288-1953-05-07";
  const std::string reply = "doc:telegram-cx-62507-1953-05-13";
  const std::string clark = "person:mark-clark";
  const std::string jcs = "org:joint-chiefs-of-staff";
  const std::string nam_il = "person:nam-il";
  auto first = [&](const NodeId& proposer) {
    return PageBuilder(report, "1953-05-07")
        .Number(report, "C 62288")
        .Author(report, clark)
        .Recipient(report, jcs)
        .Clause(report, "1", {"prisoners_of_war"})
        .Clause(report, "2", {"supervision"})
        .Proposer(report, "1", proposer)
        .Proposer(report, "2", proposer)
        .Build();
  };
  auto second = [&] {
    return PageBuilder(reply, "1953-05-13")
        .Author(reply, clark)
        .Recipient(reply, jcs)
        .Reference(reply, "", {}, "C 62288")
        .Stance(reply, "accepts", {"1"}, {})
        .Stance(reply, "amends", {"2"}, {})
        .Build();
  };
  Apply(first(nam_il));
  Apply(second());
  EXPECT_EQ(Targets(reply, EdgeKind::kRespondsTo), std::vector<NodeId>{report});
  EXPECT_EQ(Targets(reply, EdgeKind::kStance),
            (std::vector<NodeId>{report + "/clause-1", report + "/clause-2"}));

  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(first(clark)).ok());
  ASSERT_TRUE(linker.Apply(second()).ok());
  EXPECT_TRUE(store->NewReader()->OutEdges(reply, EdgeKind::kStance).empty());
}

// "Reur DA 939673 ... Re 3 a. Concur.": the numbers of a reply name the
// points of another's message it cites by number, though that message's
// page names no addressee.
TEST_F(LinkerTest, NumbersNameThePointsOfAMessageCitedByNumber) {
  const std::string directive = "doc:telegram-da-939673-1953-05-22";
  const std::string reply = "doc:telegram-cx-62658-1953-05-23";
  Apply(PageBuilder(directive, "1953-05-22")
            .Number(directive, "DA 939673")
            .Clause(directive, "a", {"supervision"})
            .Clause(directive, "b", {"prisoners_of_war"})
            .Build());
  Apply(PageBuilder(reply, "1953-05-23")
            .Author(reply, "person:mark-clark")
            .Reference(reply, "", {}, "DA 939673")
            .Stance(reply, "accepts", {"a"}, {})
            .Build());
  EXPECT_EQ(Targets(reply, EdgeKind::kRespondsTo),
            std::vector<NodeId>{directive});
  EXPECT_EQ(Targets(reply, EdgeKind::kStance),
            std::vector<NodeId>{directive + "/clause-a"});
}

// "Communist points 5, 7 and 8 are accepted as they stand" in the answer
// to one's own side's counterproposal names the other side's list: the
// counterproposal's lack of a point 5 says nothing against the tie.
TEST_F(LinkerTest, TheOtherSidesPointsAreNotTheOwnSidesMessages) {
  const std::string counter = "doc:telegram-cx-62384-1953-05-10";
  const std::string reply = "doc:telegram-jcs-938736-1953-05-12";
  Fragment clarks = PageBuilder(counter, "1953-05-10")
                        .Author(counter, "person:mark-clark")
                        .Number(counter, "CX 62384")
                        .Clause(counter, "1", {"prisoners_of_war"})
                        .Clause(counter, "3", {"supervision"})
                        .Build();
  clarks.FindNode(counter)->props["side"] = "unc";
  Apply(clarks);
  Fragment answer =
      PageBuilder(reply, "1953-05-12")
          .Author(reply, "person:omar-bradley")
          .Recipient(reply, "person:mark-clark")
          .Reference(reply, "", {}, "CX 62384")
          .Stance(reply, "accepts", {"1"}, {}, "Your point 1 is approved")
          .Stance(reply, "accepts", {"5", "7", "8"}, {},
                  "Communist points 5, 7 and 8 are accepted as they stand")
          .Build();
  answer.FindNode(reply)->props["side"] = "unc";
  Apply(answer);
  std::vector<Edge> links = Edges(reply, EdgeKind::kRespondsTo);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].props.GetString("strength"), "strong");
  EXPECT_EQ(Targets(reply, EdgeKind::kStance),
            std::vector<NodeId>{counter + "/clause-1"});
}

// A number the archive lacks ("Ref: C 58911") and no date: the reference
// meets no document, and an undated one (a FRUS editorial note) least of
// all.
TEST_F(LinkerTest, AnUndatedReferenceMeetsNoUndatedDocument) {
  const std::string note = "doc:editorial-note";
  Apply(PageBuilder(note, "").Build());
  const std::string doc = "doc:telegram-cx-59325-1951-12-14";
  Apply(PageBuilder(doc, "1951-12-14")
            .Author(doc, "person:matthew-ridgway")
            .Reference(doc, "", {}, "C 58911")
            .Build());
  EXPECT_TRUE(Targets(doc, EdgeKind::kRespondsTo).empty());
}

// "Ref: my C 58911" over the Communist principles the report quotes and
// answers by number: a report that cites only its writer's earlier message
// takes its positions on the points it gives itself, whatever undated
// notes the archive holds.
TEST_F(LinkerTest, AReportCitingItsOwnEarlierMessageAnswersThePointsItGives) {
  const NodeId ridgway = "person:matthew-ridgway";
  const std::string earlier = "doc:telegram-c-58911-1951-12-08";
  Apply(PageBuilder(earlier, "1951-12-08")
            .Author(earlier, ridgway)
            .Number(earlier, "C 58911")
            .Clause(earlier, "1", {"ceasefire"})
            .Proposer(earlier, "1", "person:nam-il")
            .Build());
  Apply(PageBuilder("doc:editorial-note", "").Build());
  const std::string doc = "doc:telegram-cx-59325-1951-12-14";
  Apply(PageBuilder(doc, "1951-12-14")
            .Author(doc, ridgway)
            .Reference(doc, "", {}, "C 58911")
            .Clause(doc, "1", {"ceasefire"})
            .Proposer(doc, "1", "person:nam-il")
            .Clause(doc, "2", {"withdrawal"})
            .Proposer(doc, "2", "person:nam-il")
            .Stance(doc, "accepts", {"1", "2"}, {},
                    "UNC could accept (1) and (2) as they stand")
            .Build());
  EXPECT_EQ(Targets(doc, EdgeKind::kStance),
            (std::vector<NodeId>{doc + "/clause-1", doc + "/clause-2"}));
  EXPECT_TRUE(Targets(doc, EdgeKind::kRespondsTo).empty());
}

TEST_F(LinkerTest, AReferenceByNumberRespondsToThatDocument) {
  Apply(ForwardedProposal());
  const std::string doc = "doc:telegram-4000-1951-07-05";
  Apply(PageBuilder(doc, "1951-07-05")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "", {}, "21404")
            .Build());
  std::vector<Edge> responds = Edges(doc, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(graph::Strings(responds[0].props.Get("matched_by")),
            std::vector<std::string>{"number"});
  EXPECT_GE(responds[0].props.Get("confidence")->as_double(), 0.8);
}

// A reply citing only a number ("your No. 21404"), stored before the
// telegram it answers, is linked when the telegram arrives.
TEST_F(LinkerTest, AReferenceByNumberLinksWhicheverPageComesFirst) {
  const std::string doc = "doc:telegram-4000-1951-07-05";
  Apply(PageBuilder(doc, "1951-07-05")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "", {}, "21404")
            .Build());
  Apply(ForwardedProposal());
  EXPECT_EQ(Targets(doc, EdgeKind::kRespondsTo),
            std::vector<NodeId>{"doc:telegram-21404-1951-07-03"});
}

TEST_F(LinkerTest, APointNamedByContentGetsTheStance) {
  Apply(ForwardedProposal());
  Apply(Reply());
  std::vector<Edge> stances = Edges(kReply, EdgeKind::kStance);
  const Edge* insists = Find(stances, kKimPoint5);
  ASSERT_NE(insists, nullptr);
  EXPECT_EQ(insists->props.GetString("stance"), "insists");
  ASSERT_FALSE(insists->evidence.empty());
  EXPECT_EQ(insists->evidence[0].doc, kReply);
  EXPECT_EQ(Find(stances, kKimPoint2), nullptr);
}

// "Your point 1" is a point the addressee (Mao) wrote; only when none of
// his bears the number is it the point 1 he forwarded (Kim's).
TEST_F(LinkerTest, OrdinalsTieOnlyToClausesOfTheAddressee) {
  Apply(ForwardedProposal());
  Apply(Reply());
  std::vector<Edge> first = Edges(kReply, EdgeKind::kStance);
  const Edge* forwarded = Find(first, kKimPoint1);
  ASSERT_NE(forwarded, nullptr);
  EXPECT_EQ(forwarded->props.GetString("stance"), "accepts");

  // Mao's telegram of the day forwarding Kim's points with a point 1 of his
  // own.
  TestDir other;
  auto store = Open(other.db());
  Linker linker(*store);
  const std::string mao = "doc:telegram-21405-1951-07-03";
  const std::string kim = mao + "/message-1951-06-30";
  ASSERT_TRUE(linker
                  .Apply(PageBuilder(mao, "1951-07-03")
                             .Author(mao, kMao)
                             .Recipient(mao, kStalin)
                             .Clause(mao, "1", {"negotiation_procedure"})
                             .Embed(kim, "1951-06-30")
                             .Author(kim, kKim)
                             .Recipient(kim, kMao)
                             .Clause(kim, "1", {"ceasefire"})
                             .Clause(kim, "5", {"foreign_forces_withdrawal"})
                             .Build())
                  .ok());
  ASSERT_TRUE(linker.Apply(Reply()).ok());
  std::vector<Edge> stances =
      store->NewReader()->OutEdges(kReply, EdgeKind::kStance);
  const Edge* accepts = Find(stances, mao + "/clause-1");
  ASSERT_NE(accepts, nullptr);
  EXPECT_EQ(accepts->props.GetString("stance"), "accepts");
  EXPECT_EQ(Find(stances, kim + "/clause-1"), nullptr);
  EXPECT_NE(Find(stances, kim + "/clause-5"), nullptr);
}

// Mao forwards Peng Dehuai's points beside one of his own; Stalin answers
// "the first and second points of Comrade PENG DEHUAI's proposals", and
// stands on the zone and the observers apart: each point takes the
// position that names it most closely, and a zone several of their points
// carry says nothing of how the reply numbers them.
TEST_F(LinkerTest, NumbersNamedAsAnothersPointsAndOnePositionAPoint) {
  const std::string mao = "doc:cable-24556-1951-10-04";
  const std::string peng = mao + "/telegram-1951-10-03";
  const std::string kPeng = "person:peng-dehuai";
  Apply(PageBuilder(mao, "1951-10-04")
            .Author(mao, kMao)
            .Recipient(mao, kStalin)
            .Clause(mao, "1", {"military_aid"})
            .Embed(peng, "1951-10-03")
            .Author(peng, kPeng)
            .Recipient(peng, kMao)
            .Clause(peng, "1", {"negotiation_procedure"})
            .Proposer(peng, "1", kPeng)
            .Clause(peng, "2", {"buffer_zone", "negotiation_procedure"})
            .Proposer(peng, "2", kPeng)
            .Clause(peng, "4", {"buffer_zone", "demarcation_line"})
            .Proposer(peng, "4", kPeng)
            .Clause(peng, "5", {"buffer_zone", "supervision"})
            .Proposer(peng, "5", kPeng)
            .Build());
  const std::string reply = "doc:telegram-6027-1951-10-05";
  Apply(PageBuilder(reply, "1951-10-05")
            .Author(reply, kStalin)
            .Recipient(reply, kMao)
            .Reference(reply, "1951-10-04", {kMao})
            .Stance(reply, "accepts", {"1", "2"}, {},
                    "We agree with the first and second points of Comrade "
                    "PENG DEHUAI's proposals",
                    {kPeng})
            .Stance(reply, "insists", {}, {"buffer_zone"},
                    "the demilitarized zone must not be made at the expense "
                    "of your side alone")
            .Stance(reply, "rejects", {}, {"buffer_zone", "supervision"},
                    "We object to inviting neutral states to investigate "
                    "violations of the neutral zone")
            .Build());
  std::vector<Edge> responds = Edges(reply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
  std::vector<Edge> stances = Edges(reply, EdgeKind::kStance);
  EXPECT_EQ(Find(stances, mao + "/clause-1"), nullptr);
  for (const char* point : {"/clause-1", "/clause-2"}) {
    const Edge* e = Find(stances, peng + point);
    ASSERT_NE(e, nullptr) << point;
    EXPECT_EQ(e->props.GetString("stance"), "accepts") << point;
  }
  const Edge* line = Find(stances, peng + "/clause-4");
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->props.GetString("stance"), "insists");
  const Edge* observers = Find(stances, peng + "/clause-5");
  ASSERT_NE(observers, nullptr);
  EXPECT_EQ(observers->props.GetString("stance"), "rejects");
}

// Another telegram of Mao's of 3 July, with point 1 on procedure only.
Fragment MaosOtherTelegram(std::vector<std::string> topics = {
                               "negotiation_procedure"}) {
  const std::string doc = "doc:telegram-21405-1951-07-03";
  return PageBuilder(doc, "1951-07-03")
      .Number(doc, "21405")
      .Author(doc, kMao)
      .Recipient(doc, kStalin)
      .Clause(doc, "1", std::move(topics))
      .Build();
}
constexpr char kMaosOther[] = "doc:telegram-21405-1951-07-03";

// Stalin's answer to "your telegram of 3 July" insisting on the withdrawal
// of foreign forces, which only 21404 carries.
Fragment ReplyOnForeignForces() {
  const std::string doc = "doc:telegram-3951-1951-07-04";
  return PageBuilder(doc, "1951-07-04")
      .Author(doc, kStalin)
      .Recipient(doc, kMao)
      .Reference(doc, "1951-07-03", {kMao})
      .Stance(doc, "insists", {}, {"foreign_forces_withdrawal"})
      .Build();
}

// Mao sent two telegrams on 3 July: the reply answers the one its content
// fits, whichever page comes first.
TEST_F(LinkerTest, ADateCitedForTwoTelegramsTiesTheOneTheContentFits) {
  const std::string reply = "doc:telegram-3951-1951-07-04";
  Apply(ForwardedProposal());
  Apply(MaosOtherTelegram());
  Apply(ReplyOnForeignForces());
  std::vector<Edge> responds = Edges(reply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(graph::Strings(responds[0].props.Get("matched_by")),
            (std::vector<std::string>{"date", "author", "content"}));
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
  EXPECT_EQ(Targets(reply, EdgeKind::kStance), std::vector<NodeId>{kKimPoint5});

  for (const std::vector<int>& order :
       std::vector<std::vector<int>>{{2, 0, 1}, {0, 2, 1}, {1, 2, 0}}) {
    TestDir other;
    auto store = Open(other.db());
    Linker linker(*store);
    const Fragment pages[] = {ForwardedProposal(), MaosOtherTelegram(),
                              ReplyOnForeignForces()};
    for (int i : order) ASSERT_TRUE(linker.Apply(pages[i]).ok());
    EXPECT_EQ(GraphLines(*store), GraphLines(*store_))
        << "pages in the order " << order[0] << order[1] << order[2];
  }
}

// "Ваша телеграмма от 3 июля" beside "your telegram of 3 July (No. 21404)":
// one reference in two languages, and the number names the telegram, however
// well another of the day fits.
TEST_F(LinkerTest, ANumberInOneLanguageNamesTheTelegramForTheOther) {
  const std::string reply = "doc:telegram-3951-1951-07-04";
  Apply(ForwardedProposal());
  Apply(MaosOtherTelegram({"foreign_forces_withdrawal"}));
  Apply(PageBuilder(reply, "1951-07-04")
            .Author(reply, kStalin)
            .Recipient(reply, kMao)
            .Reference(reply, "1951-07-03", {kMao})
            .Reference(reply, "1951-07-03", {kMao}, "21404")
            .Stance(reply, "insists", {}, {"foreign_forces_withdrawal"})
            .Build());
  std::vector<Edge> responds = Edges(reply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(graph::Strings(responds[0].props.Get("matched_by")),
            (std::vector<std::string>{"number", "date", "author"}));
}

// Numbers are reused: "your telegram of 12 October (No. 21404)" is not
// No. 21404 of 3 July, but Mao's telegram of 12 October.
TEST_F(LinkerTest, ANumberCitedWithADateMonthsAwayNamesAnotherTelegram) {
  const std::string october = "doc:telegram-30000-1951-10-12";
  const std::string reply = "doc:telegram-5000-1951-10-13";
  Apply(ForwardedProposal());
  Apply(PageBuilder(october, "1951-10-12")
            .Number(october, "30000")
            .Author(october, kMao)
            .Recipient(october, kStalin)
            .Clause(october, "1", {"ceasefire"})
            .Build());
  Apply(PageBuilder(reply, "1951-10-13")
            .Author(reply, kStalin)
            .Recipient(reply, kMao)
            .Reference(reply, "1951-10-12", {kMao}, "21404")
            .Build());
  std::vector<Edge> responds = Edges(reply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, october);
  EXPECT_EQ(graph::Strings(responds[0].props.Get("matched_by")),
            (std::vector<std::string>{"date", "author"}));
}

// "Your telegram" is one sent to the reply's author: Mao's telegram of the
// day to Kim Il Sung, on the same subject, is not the one Stalin answers.
TEST_F(LinkerTest, ATelegramSentToTheReplierOutranksOneSentElsewhere) {
  const std::string reply = "doc:telegram-3951-1951-07-04";
  const std::string to_kim = "doc:telegram-21407-1951-07-03";
  Apply(PageBuilder(to_kim, "1951-07-03")
            .Author(to_kim, kMao)
            .Recipient(to_kim, kKim)
            .Clause(to_kim, "1", {"foreign_forces_withdrawal"})
            .Build());
  Apply(ReplyOnForeignForces());
  // Alone, it is the one the reply can answer.
  EXPECT_EQ(Targets(reply, EdgeKind::kRespondsTo), std::vector<NodeId>{to_kim});
  Apply(ForwardedProposal());
  std::vector<Edge> responds = Edges(reply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(graph::Strings(responds[0].props.Get("matched_by")),
            (std::vector<std::string>{"date", "author", "addressee"}));
}

// "Your telegram of 3 July" names its author: another author's telegram of
// that day is not the one answered, however well it fits, and a telegram
// whose page now names another author stops being answered. A reference
// naming no author is met by any telegram of the day.
TEST_F(LinkerTest, ADateCitedWithItsAuthorMeetsOnlyThatAuthorsTelegrams) {
  const std::string telegram = "doc:telegram-21410-1951-07-03";
  const std::string reply = "doc:telegram-3951-1951-07-04";
  auto telegram_by = [&](const char* author) {
    return PageBuilder(telegram, "1951-07-03")
        .Author(telegram, author)
        .Recipient(telegram, kStalin)
        .Clause(telegram, "1", {"foreign_forces_withdrawal"})
        .Build();
  };
  Apply(telegram_by(kKim));
  Apply(ReplyOnForeignForces());
  EXPECT_TRUE(Targets(reply, EdgeKind::kRespondsTo).empty());

  Apply(telegram_by(kMao));
  EXPECT_EQ(Targets(reply, EdgeKind::kRespondsTo),
            std::vector<NodeId>{telegram});
  Apply(telegram_by(kKim));
  EXPECT_TRUE(Targets(reply, EdgeKind::kRespondsTo).empty());

  const std::string anyone = "doc:telegram-3952-1951-07-04";
  Apply(PageBuilder(anyone, "1951-07-04")
            .Author(anyone, kStalin)
            .Recipient(anyone, kKim)
            .Reference(anyone, "1951-07-03", {})
            .Stance(anyone, "insists", {}, {"foreign_forces_withdrawal"})
            .Build());
  EXPECT_EQ(Targets(anyone, EdgeKind::kRespondsTo),
            std::vector<NodeId>{telegram});
}

// When both of the day's telegrams fit as well, the reply is tied to each,
// weakly, saying why; its "point 1" is tied to neither's point 1.
TEST_F(LinkerTest, WhenTheContentCannotTellTwoTelegramsApartEachTieSaysSo) {
  Apply(ForwardedProposal());
  Apply(MaosOtherTelegram());
  Apply(Reply());
  std::vector<Edge> responds = Edges(kReply, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 2u);
  for (const Edge& e : responds) {
    EXPECT_EQ(e.props.GetString("strength"), "weak") << e.target;
    EXPECT_EQ(graph::Strings(e.props.Get("conflicts")),
              std::vector<std::string>{"another document of that date and "
                                       "author fits the reply as well"});
  }
  std::vector<Edge> stances = Edges(kReply, EdgeKind::kStance);
  EXPECT_EQ(Find(stances, std::string(kMaosOther) + "/clause-1"), nullptr);
  EXPECT_EQ(Find(stances, kKimPoint1), nullptr);

  // A third telegram of the day that fits better takes the reply over.
  const std::string third = "doc:telegram-21406-1951-07-03";
  Apply(PageBuilder(third, "1951-07-03")
            .Author(third, kMao)
            .Recipient(third, kStalin)
            .Clause(third, "1", {"ceasefire"})
            .Clause(third, "2", {"foreign_forces_withdrawal"})
            .Build());
  EXPECT_EQ(Targets(kReply, EdgeKind::kRespondsTo), std::vector<NodeId>{third});
  EXPECT_NE(Find(Edges(kReply, EdgeKind::kStance), third + "/clause-1"),
            nullptr);
}

TEST_F(LinkerTest, TheLaterClausePointsAtTheEarlierWithWhatChanged) {
  Apply(ForwardedProposal());
  Apply(CounterProposal());
  std::vector<Edge> variants = Edges(kCounterB, EdgeKind::kVariantOf);
  ASSERT_EQ(variants.size(), 1u);
  EXPECT_EQ(variants[0].target, kKimPoint2);
  const Value* distance = ChangeOf(variants[0], "distance");
  ASSERT_NE(distance, nullptr) << PageBuilder::Describe(variants[0].props);
  EXPECT_EQ(graph::IntAt(*distance->Get("from"), "min"), 10);
  EXPECT_EQ(graph::IntAt(*distance->Get("to"), "min"), 5);
  EXPECT_EQ(graph::IntAt(*distance->Get("to"), "max"), 10);
  EXPECT_EQ(distance->Get("to")->GetString("from"), "38th parallel");
  const Value* topics = ChangeOf(variants[0], "topics");
  ASSERT_NE(topics, nullptr);
  EXPECT_EQ(graph::Strings(topics->Get("from")),
            (std::vector<std::string>{"buffer_zone", "withdrawal"}));
  EXPECT_EQ(graph::Strings(topics->Get("to")),
            std::vector<std::string>{"withdrawal"});
  EXPECT_EQ(variants[0].props.GetString("similarity_basis"), "text");
  EXPECT_EQ(variants[0].props.GetString("from_date"), "1951-06-30");
  EXPECT_EQ(variants[0].props.GetString("to_date"), "1951-07-01");
  // Not the other way round, and not between clauses sharing no topic.
  EXPECT_TRUE(Edges(kKimPoint2, EdgeKind::kVariantOf).empty());
  EXPECT_TRUE(
      Edges("doc:telegram-501869-1951-07-01/clause-z", EdgeKind::kVariantOf)
          .empty());
  EXPECT_TRUE(Edges(kKimPoint1, EdgeKind::kVariantOf).empty());
}

TEST_F(LinkerTest, ReimportingAPageWritesNothing) {
  Apply(ForwardedProposal());
  Apply(Reply());
  std::vector<std::string> before = GraphLines(*store_);
  EXPECT_EQ(Apply(Reply()), ApplyOutcome::kUnchanged);
  EXPECT_EQ(Apply(ForwardedProposal()), ApplyOutcome::kUnchanged);
  EXPECT_EQ(GraphLines(*store_), before);
}

TEST_F(LinkerTest, ReplacingTheEarlierPageRefreshesTheVariantLink) {
  Apply(ForwardedProposal(10));
  Apply(CounterProposal());
  EXPECT_EQ(Apply(ForwardedProposal(20)), ApplyOutcome::kReplaced);
  EXPECT_EQ(CounterComparedWithMax(), 20);

  // The same graph as a fresh store given the pages as they now are.
  TestDir fresh;
  auto store = Open(fresh.db());
  Linker linker(*store);
  ASSERT_TRUE(linker.Apply(CounterProposal()).ok());
  ASSERT_TRUE(linker.Apply(ForwardedProposal(20)).ok());
  EXPECT_EQ(GraphLines(*store_), GraphLines(*store));
}

// A group holding a page as stored, a page changed and a new page: each
// gets its outcome, and the graph is the one the pages one by one leave,
// links of the pages beside them included.
TEST_F(LinkerTest, AGroupOfPagesIsStoredAsThePagesOneByOne) {
  Apply(ForwardedProposal(10));
  Apply(Reply());
  Fragment changed = ForwardedProposal(20);
  Fragment reply = Reply();
  Fragment counter = CounterProposal();
  if (!linker_) linker_ = std::make_unique<Linker>(*store_);
  auto outcomes = linker_->ApplyAll({&reply, &changed, &counter});
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  EXPECT_EQ(*outcomes, (std::vector<ApplyOutcome>{ApplyOutcome::kUnchanged,
                                                  ApplyOutcome::kReplaced,
                                                  ApplyOutcome::kAdded}));
  EXPECT_EQ(CounterComparedWithMax(), 20);

  TestDir one_by_one;
  auto store = Open(one_by_one.db());
  Linker linker(*store);
  for (const Fragment& page : {ForwardedProposal(10), Reply(), Reply(),
                               ForwardedProposal(20), CounterProposal()})
    ASSERT_TRUE(linker.Apply(page).ok());
  EXPECT_EQ(GraphLines(*store_), GraphLines(*store))
      << Difference(GraphLines(*store), GraphLines(*store_));

  // A group of nothing new writes nothing.
  std::vector<std::string> before = GraphLines(*store_);
  outcomes = linker_->ApplyAll({&reply, &counter});
  ASSERT_TRUE(outcomes.ok());
  EXPECT_EQ(*outcomes, std::vector<ApplyOutcome>(2, ApplyOutcome::kUnchanged));
  EXPECT_EQ(GraphLines(*store_), before);
}

TEST_F(LinkerTest, AGroupNamingAPageTwiceIsRefusedAndWritesNothing) {
  Apply(ForwardedProposal(10));
  std::vector<std::string> before = GraphLines(*store_);
  Fragment a = ForwardedProposal(20);
  Fragment b = ForwardedProposal(30);
  Fragment counter = CounterProposal();
  auto outcomes = linker_->ApplyAll({&counter, &a, &b});
  ASSERT_FALSE(outcomes.ok());
  EXPECT_EQ(outcomes.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(GraphLines(*store_), before);
  // The linker goes on as before.
  EXPECT_EQ(Apply(counter), ApplyOutcome::kAdded);
}

TEST_F(LinkerTest, ReplacingTheLaterPageRefreshesTheVariantLink) {
  Apply(ForwardedProposal());
  Apply(CounterProposal(5));
  Apply(CounterProposal(8));
  std::vector<Edge> variants = Edges(kCounterB, EdgeKind::kVariantOf);
  ASSERT_EQ(variants.size(), 1u);
  const Value* distance = ChangeOf(variants[0], "distance");
  ASSERT_NE(distance, nullptr);
  EXPECT_EQ(graph::IntAt(*distance->Get("to"), "min"), 8);
}

// A telegram of July 1951 on the day `day` (7000 + day its number), its one
// point on withdrawal by `km`: one a day, of one topic.
Fragment JulyTelegram(int day, int km) {
  std::string date =
      "1951-07-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
  std::string doc = "doc:telegram-" + std::to_string(7000 + day) + "-" + date;
  return PageBuilder(doc, date)
      .Author(doc, day % 2 ? kStalin : kMao)
      .Recipient(doc, day % 2 ? kMao : kStalin)
      .Clause(doc, "1", {"withdrawal"}, Distance(km, km, "38th parallel"))
      .Build();
}

// Telegrams of one topic, one a day: the versions of a later one are taken
// among the nearest few before it, so a telegram arriving before those
// leaves them as they were, and one arriving among them takes over.
TEST_F(LinkerTest, ATelegramArrivingNearerTakesOverAsTheVersion) {
  const std::string later = "doc:telegram-7020-1951-07-20/clause-1";
  std::vector<Fragment> pages = {JulyTelegram(1, 1), JulyTelegram(3, 3),
                                 JulyTelegram(4, 4), JulyTelegram(5, 5),
                                 JulyTelegram(20, 20)};
  for (const Fragment& p : pages) Apply(p);
  // The nearest of its versions: the others are documents restating it.
  auto version = [&] {
    std::vector<NodeId> nearest = NearestVersions(later);
    return nearest.size() == 1
               ? nearest[0]
               : "(" + std::to_string(nearest.size()) + " nearest versions)";
  };
  EXPECT_EQ(version(), "doc:telegram-7005-1951-07-05/clause-1");

  pages.push_back(
      JulyTelegram(2, 2));  // before the later telegram's candidates
  Apply(pages.back());
  EXPECT_EQ(version(), "doc:telegram-7005-1951-07-05/clause-1");
  pages.push_back(JulyTelegram(10, 10));  // among them, and the nearest
  Apply(pages.back());
  EXPECT_EQ(version(), "doc:telegram-7010-1951-07-10/clause-1");

  // The same graph as a fresh store given the pages by date.
  std::sort(pages.begin(), pages.end(),
            [](const Fragment& a, const Fragment& b) {
              return a.page_id.substr(a.page_id.size() - 10) <
                     b.page_id.substr(b.page_id.size() - 10);
            });
  TestDir fresh;
  auto store = Open(fresh.db());
  Linker linker(*store);
  for (const Fragment& p : pages) ASSERT_TRUE(linker.Apply(p).ok());
  EXPECT_EQ(GraphLines(*store_), GraphLines(*store))
      << Difference(GraphLines(*store), GraphLines(*store_));
}

// A later import (a new Linker, loaded from the store) files a stored page
// under its id as stored, not its document's: a print's page
// ("doc:...@cwihp") keeps one owner of its links, and a nearer version
// arriving in a second command replaces its link instead of adding one.
TEST_F(LinkerTest, ALaterImportRelinksAPageWhoseIdIsNotItsDocuments) {
  const std::string later = "doc:telegram-7020-1951-07-20/clause-1";
  Fragment print = JulyTelegram(20, 20);
  print.page_id += "@cwihp";
  std::vector<Fragment> pages = {JulyTelegram(1, 1), JulyTelegram(3, 3),
                                 JulyTelegram(4, 4), JulyTelegram(5, 5), print};
  for (const Fragment& p : pages) Apply(p);
  EXPECT_EQ(NearestVersions(later),
            std::vector<NodeId>{"doc:telegram-7005-1951-07-05/clause-1"});

  linker_.reset();  // a second `parley import`
  pages.push_back(JulyTelegram(10, 10));
  Apply(pages.back());
  EXPECT_EQ(NearestVersions(later),
            std::vector<NodeId>{"doc:telegram-7010-1951-07-10/clause-1"});
  EXPECT_EQ(
      store_->NewReader()->Owners("links:doc:telegram-7020"),
      std::vector<std::string>{"links:doc:telegram-7020-1951-07-20@cwihp"});
  TestDir fresh;
  auto store = Open(fresh.db());
  Linker linker(*store);
  for (const Fragment& p : pages) ASSERT_TRUE(linker.Apply(p).ok());
  EXPECT_EQ(GraphLines(*store_), GraphLines(*store))
      << Difference(GraphLines(*store), GraphLines(*store_));
}

TEST_F(LinkerTest, APointThatLosesItsTopicLosesItsStance) {
  Apply(ForwardedProposal());
  Apply(Reply());
  ASSERT_NE(Find(Edges(kReply, EdgeKind::kStance), kKimPoint5), nullptr);
  // The forwarded page, re-read: point 5 is now about prisoners.
  const std::string doc = "doc:telegram-21404-1951-07-03";
  const std::string kim = doc + "/message-1951-06-30";
  Apply(PageBuilder(doc, "1951-07-03")
            .Number(doc, "21404")
            .Author(doc, kMao)
            .Recipient(doc, kStalin)
            .Embed(kim, "1951-06-30")
            .Author(kim, kKim)
            .Recipient(kim, kMao)
            .Clause(kim, "5", {"prisoners_of_war"})
            .Build());
  EXPECT_EQ(Find(Edges(kReply, EdgeKind::kStance), kKimPoint5), nullptr);
  // The reply still answers the telegram.
  EXPECT_EQ(Targets(kReply, EdgeKind::kRespondsTo), std::vector<NodeId>{doc});
}

TEST_F(LinkerTest, AReplyThatNoLongerRefersLosesItsLinks) {
  Apply(ForwardedProposal());
  Apply(Reply());
  ASSERT_FALSE(Edges(kReply, EdgeKind::kRespondsTo).empty());
  Apply(Reply("1951-06-01"));
  EXPECT_TRUE(Edges(kReply, EdgeKind::kRespondsTo).empty());
  EXPECT_TRUE(Edges(kReply, EdgeKind::kStance).empty());
}

// Mao's own telegram of 3 July with points of his: 1 (ceasefire) and 5
// (foreign forces).
Fragment MaosOwnProposal() {
  const std::string mao = "doc:telegram-21405-1951-07-03";
  return PageBuilder(mao, "1951-07-03")
      .Number(mao, "21405")
      .Author(mao, kMao)
      .Recipient(mao, kStalin)
      .Clause(mao, "1", {"ceasefire"})
      .Clause(mao, "5", {"foreign_forces_withdrawal"})
      .Build();
}
constexpr char kMaoPoint5[] = "doc:telegram-21405-1951-07-03/clause-5";

// Stalin's answer: point five by number; with `contradicting`, also a
// proposal of Mao's the telegram lacks and the foreign troops as a point
// apart from point five.
Fragment AnswerToMao(bool contradicting) {
  const std::string doc = "doc:telegram-3951-1951-07-03";
  PageBuilder page(doc, "1951-07-03");
  page.Number(doc, "3951")
      .Author(doc, kStalin)
      .Recipient(doc, kMao)
      .Reference(doc, "1951-07-03", {kMao})
      .Stance(doc, "insists", {"5"}, {},
              "Point five should be tabled and insisted upon");
  if (contradicting) {
    page.Stance(doc, "conditional", {}, {"supervision"},
                "counter with your proposal for a commission of "
                "representatives of neutral countries chosen by agreement")
        .Stance(doc, "insists", {}, {"foreign_forces_withdrawal"},
                "Both of your remaining points, on the withdrawal of all "
                "foreign troops and on refugees, should be insisted upon");
  }
  return page.Build();
}
constexpr char kAnswer[] = "doc:telegram-3951-1951-07-03";

// A position that goes on right after the one on point five, naming no
// point of its own ("Point five should be tabled and insisted upon. The
// conference must be called within three months ..."), says more of point
// five: no conflict of numbering, and the numbered position ties.
TEST_F(LinkerTest, APositionThatGoesOnAfterANumberedOneIsOfThatPoint) {
  Apply(MaosOwnProposal());
  const std::string doc = "doc:telegram-3952-1951-07-04";
  Apply(PageBuilder(doc, "1951-07-04")
            .Number(doc, "3952")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "1951-07-03", {kMao})
            .Stance(doc, "insists", {"5"}, {},
                    "Point five should be tabled and insisted upon")
            .Stance(doc, "accepts", {}, {"foreign_forces_withdrawal"},
                    "The withdrawal of foreign troops must remain on the "
                    "agenda")
            .Build());
  std::vector<Edge> responds = Edges(doc, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong")
      << PageBuilder::Describe(responds[0].props);
  std::vector<Edge> stances = Edges(doc, EdgeKind::kStance);
  EXPECT_TRUE(std::any_of(stances.begin(), stances.end(), [](const Edge& e) {
    return e.target == kMaoPoint5 && e.props.GetString("stance") == "insists";
  }));
}

// A position whose point comes from a heading before it ("On point 5: ...
// the ceasefire line must hold") says less of its topic than one that
// names its point itself: its topic, another point's, is no conflict of
// numbering. Named in its own words, it is.
TEST_F(LinkerTest, APointTakenFromAHeadingIsNoConflictOfTopic) {
  Apply(MaosOwnProposal());
  auto answer = [&](const std::string& doc, const std::string& number,
                    const std::string& quote) {
    Apply(PageBuilder(doc, "1951-07-04")
              .Number(doc, number)
              .Author(doc, kStalin)
              .Recipient(doc, kMao)
              .Reference(doc, "1951-07-03", {kMao})
              .Stance(doc, "accepts", {"5"}, {"ceasefire"}, quote)
              .Build());
    std::vector<Edge> responds = Edges(doc, EdgeKind::kRespondsTo);
    EXPECT_EQ(responds.size(), 1u);
    return responds.empty() ? std::string()
                            : responds[0].props.GetString("strength");
  };
  const std::string headed = "doc:telegram-3953-1951-07-04";
  EXPECT_EQ(answer(headed, "3953", "The ceasefire must hold as proposed"),
            "strong");
  std::vector<Edge> stances = Edges(headed, EdgeKind::kStance);
  EXPECT_TRUE(std::any_of(stances.begin(), stances.end(), [](const Edge& e) {
    return e.target == kMaoPoint5 && e.props.GetString("stance") == "accepts";
  }));
  EXPECT_EQ(answer("doc:telegram-3954-1951-07-04", "3954",
                   "Point five, the ceasefire, is acceptable"),
            "weak");
}

// Their point 3 carries no topic ("The area of Kaesong must remain on our
// side"): the topic of a position named "the third point" cannot set the
// two numberings apart, and the position ties by number.
TEST_F(LinkerTest, APointWithoutATopicIsNoConflictOfTopic) {
  const std::string mao = "doc:telegram-24071-1951-09-20";
  Apply(PageBuilder(mao, "1951-09-20")
            .Number(mao, "24071")
            .Author(mao, kMao)
            .Recipient(mao, kStalin)
            .Clause(mao, "1", {"negotiation_procedure"})
            .Clause(mao, "3", {})
            .Build());
  const std::string doc = "doc:telegram-5571-1951-09-22";
  Apply(PageBuilder(doc, "1951-09-22")
            .Number(doc, "5571")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "1951-09-20", {kMao})
            .Stance(doc, "conditional", {"3"}, {"negotiation_procedure"},
                    "We agree with the third point on condition that the "
                    "question is not made a reason for breaking off the talks")
            .Build());
  std::vector<Edge> responds = Edges(doc, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong")
      << PageBuilder::Describe(responds[0].props);
  EXPECT_EQ(Targets(doc, EdgeKind::kStance),
            std::vector<NodeId>{mao + "/clause-3"});
}

// "No objection to points one, four and five of the draft agenda": a topic
// one of the points named carries (point 1, the agenda) is no conflict for
// the others; nor is the talks' own procedure, which a reply's narrative
// names whatever point it speaks of ("In point two ... in the agenda
// itself").
TEST_F(LinkerTest, TopicsOfSeveralPointsAndOfTheTalksAreNoConflict) {
  const std::string mao = "doc:cable-21590-1951-07-08";
  Apply(PageBuilder(mao, "1951-07-08")
            .Number(mao, "21590")
            .Author(mao, kMao)
            .Recipient(mao, kStalin)
            .Clause(mao, "1", {"negotiation_procedure"})
            .Clause(mao, "2", {"demarcation_line", "buffer_zone"})
            .Clause(mao, "3", {"foreign_forces_withdrawal"})
            .Clause(mao, "4", {"ceasefire"})
            .Clause(mao, "5", {"prisoners_of_war"})
            .Build());
  const std::string doc = "doc:telegram-4019-1951-07-09";
  Apply(PageBuilder(doc, "1951-07-09")
            .Number(doc, "4019")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "1951-07-08", {kMao})
            .Stance(doc, "accepts", {"1", "4", "5"}, {"negotiation_procedure"},
                    "We have no objection to points one, four and five of the "
                    "draft agenda")
            .Stance(doc, "amends", {"2"}, {"negotiation_procedure"},
                    "In point two it is better not to name the distance of "
                    "ten kilometers in the agenda itself")
            .Build());
  std::vector<Edge> responds = Edges(doc, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong")
      << PageBuilder::Describe(responds[0].props);
  std::vector<NodeId> tied = Targets(doc, EdgeKind::kStance);
  std::sort(tied.begin(), tied.end());
  EXPECT_EQ(tied, (std::vector<NodeId>{mao + "/clause-1", mao + "/clause-2",
                                       mao + "/clause-4", mao + "/clause-5"}));
}

// A Chinese list lettered by the Stems ("甲", "乙") is lettered a, b in a
// translation: "step B" of a reply is its "乙".
TEST_F(LinkerTest, APointLetteredByTheStemsIsItsLatinLetter) {
  const std::string li = "doc:telegram-1952-05-05-li-kenong";
  Apply(PageBuilder(li, "1952-05-05")
            .Author(li, kMao)
            .Recipient(li, kStalin)
            .Clause(li, "甲", {})
            .Clause(li, "乙", {})
            .Build());
  const std::string doc = "doc:telegram-1952-05-06-stalin";
  Apply(PageBuilder(doc, "1952-05-06")
            .Author(doc, kStalin)
            .Recipient(doc, kMao)
            .Reference(doc, "1952-05-05", {kMao})
            .Stance(doc, "accepts", {"b"}, {}, "Step B is approved")
            .Build());
  EXPECT_EQ(Targets(doc, EdgeKind::kStance),
            std::vector<NodeId>{li + "/clause-乙"});
}

TEST_F(LinkerTest, AReplyWhoseContentContradictsTheTelegramIsAWeakLink) {
  Apply(MaosOwnProposal());
  Apply(AnswerToMao(true));
  std::vector<Edge> responds = Edges(kAnswer, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  const Value& props = responds[0].props;
  EXPECT_EQ(props.GetString("strength"), "weak");
  EXPECT_LT(props.Get("confidence")->as_double(), 0.6);
  std::vector<std::string> conflicts = graph::Strings(props.Get("conflicts"));
  ASSERT_EQ(conflicts.size(), 2u) << PageBuilder::Describe(props);
  EXPECT_NE(conflicts[0].find("\"a commission of representatives of neutral "
                              "countries\""),
            std::string::npos)
      << conflicts[0];
  EXPECT_NE(conflicts[0].find("telegram 21405"), std::string::npos);
  EXPECT_NE(conflicts[1].find("point 5"), std::string::npos) << conflicts[1];
  EXPECT_NE(conflicts[1].find("foreign forces withdrawal"), std::string::npos);
  // Point five by number is not tied through the weak link; the foreign
  // troops by topic are, weakly.
  std::vector<Edge> stances = Edges(kAnswer, EdgeKind::kStance);
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].target, kMaoPoint5);
  EXPECT_EQ(graph::Strings(stances[0].props.Get("matched_by")),
            std::vector<std::string>{"content"});
  EXPECT_EQ(stances[0].props.GetString("strength"), "weak");
  EXPECT_EQ(stances[0].props.GetString("holder"), kStalin);
  EXPECT_EQ(stances[0].props.GetString("via"), "doc:telegram-21405-1951-07-03");
}

TEST_F(LinkerTest, ANumberedStanceTiesThroughAStrongLinkWhoseNumberingFits) {
  Apply(MaosOwnProposal());
  Apply(AnswerToMao(false));
  std::vector<Edge> responds = Edges(kAnswer, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
  EXPECT_EQ(responds[0].props.Get("conflicts"), nullptr);
  std::vector<Edge> stances = Edges(kAnswer, EdgeKind::kStance);
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].target, kMaoPoint5);
  EXPECT_EQ(stances[0].props.GetString("stance"), "insists");
  EXPECT_EQ(graph::Strings(stances[0].props.Get("matched_by")),
            std::vector<std::string>{"number"});
  EXPECT_EQ(stances[0].props.GetString("strength"), "strong");
  // The edge names its claim by its bytes.
  EXPECT_EQ(stances[0].evidence[0].start,
            graph::IntAt(stances[0].props, "claim_start"));
  EXPECT_EQ(stances[0].evidence[0].end,
            graph::IntAt(stances[0].props, "claim_end"));
}

// Two earlier points share the later one's topic; the later point's words
// choose its earlier version.
TEST_F(LinkerTest, TheEarlierVersionIsChosenByWhatTheClauseSays) {
  const std::string kim = "doc:telegram-21336-1951-06-30";
  Apply(PageBuilder(kim, "1951-06-30")
            .Author(kim, kKim)
            .Clause(kim, "2", {"withdrawal"}, Value::MakeObject(),
                    "The troops of both sides withdraw ten kilometres from "
                    "the 38th parallel.")
            .Clause(kim, "4", {"withdrawal"}, Value::MakeObject(),
                    "All foreign warships withdraw from the territorial "
                    "waters and the blockade of the coast is lifted.")
            .Build());
  const std::string later = "doc:telegram-501869-1951-07-01";
  Apply(PageBuilder(later, "1951-07-01")
            .Author(later, kStalin)
            .Clause(later, "g", {"withdrawal"}, Value::MakeObject(),
                    "Naval forces leave the territorial waters and the "
                    "blockade is lifted.")
            .Build());
  EXPECT_EQ(Targets(later + "/clause-g", EdgeKind::kVariantOf),
            std::vector<NodeId>{kim + "/clause-4"});
  std::vector<Edge> v = Edges(later + "/clause-g", EdgeKind::kVariantOf);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_GT(v[0].props.Get("similarity")->as_double(), 0.3);
  std::vector<std::string> how = graph::Strings(v[0].props.Get("matched_by"));
  EXPECT_NE(std::find(how.begin(), how.end(), "words"), how.end());
}

Value Terms(const std::string& key, Value list) {
  Value terms = Value::MakeObject();
  terms[key] = std::move(list);
  return terms;
}

Value Duration(int64_t value, const std::string& unit,
               const std::string& anchor, const std::string& subject,
               const std::string& kind = "deadline") {
  Value d = Value::MakeObject();
  d["value"] = value;
  d["unit"] = unit;
  d["anchor"] = anchor;
  d["kind"] = kind;
  d["subject"] = subject;
  Value list = Value::MakeArray();
  list.Append(d);
  return list;
}

// A Russian clause and an English one share no word to compare: a place
// both name is no version, unless the earlier covers the later's topics.
TEST_F(LinkerTest, AcrossLanguagesAVersionMustCoverTheTopics) {
  Value korea = Value::MakeArray();
  korea.Append("place:korea");
  const std::string airfields = "doc:telegram-17618-1952-03-21";
  Apply(PageBuilder(airfields, "1952-03-21")
            .Clause(airfields, "4", {"political_settlement"},
                    Terms("places", korea),
                    "Не соглашаться ни на какие ограничения в строительстве "
                    "аэродромов: это вмешательство во внутренние дела Кореи.",
                    "ru")
            .Clause(airfields, "5", {"foreign_forces_withdrawal"},
                    Terms("places", korea),
                    "Все иностранные войска уходят из Кореи.", "ru")
            .Build());
  const std::string talk = "doc:memorandum-1952-09-19";
  Apply(PageBuilder(talk, "1952-09-19")
            .Clause(talk, "3",
                    {"foreign_forces_withdrawal", "political_settlement",
                     "supervision"},
                    Terms("places", korea),
                    "Withdrawal from Korea of the foreign troops; a peaceful "
                    "settlement of the Korean question under the observation "
                    "of a committee.")
            .Build());
  // Point 5 covers a third of the topics, like point 4: neither is a version
  // across languages; a version in English would need words in common.
  EXPECT_EQ(Targets(talk + "/clause-3", EdgeKind::kVariantOf),
            std::vector<NodeId>{});
  const std::string plan = "doc:telegram-5302-1951-11-19";
  Apply(PageBuilder(plan, "1952-09-01")
            .Clause(plan, "4",
                    {"foreign_forces_withdrawal", "political_settlement"},
                    Terms("places", korea),
                    "Вывод иностранных войск из Кореи и другие политические "
                    "вопросы передаются конференции.",
                    "ru")
            .Build());
  EXPECT_EQ(Targets(talk + "/clause-3", EdgeKind::kVariantOf),
            std::vector<NodeId>{plan + "/clause-4"});
}

// Kim's "two months" from the ceasefire; a report without a time; the
// armistice's "sixty days" after it takes effect: compared with Kim's, and
// the same time.
TEST_F(LinkerTest, ATermTheNearestVersionLacksIsComparedWithAnOlderOne) {
  const std::string a = "doc:telegram-1-1951-06-30";
  const std::string b = "doc:telegram-2-1951-07-01";
  const std::string c = "doc:agreement-3-1953-07-27";
  Apply(PageBuilder(a, "1951-06-30")
            .Clause(a, "6", {"prisoners_of_war"},
                    Terms("durations",
                          Duration(2, "month", "ceasefire", "exchange")),
                    "Prisoners are exchanged within two months from the "
                    "ceasefire.")
            .Build());
  Apply(PageBuilder(c, "1953-07-27")
            .Clause(c, "51", {"prisoners_of_war"},
                    Terms("durations",
                          Duration(60, "day", "entry into force", "exchange")),
                    "Within sixty days after the armistice takes effect "
                    "prisoners of war are repatriated.")
            .Clause(c, "60", {"political_settlement"},
                    Terms("durations", Duration(3, "month", "entry into force",
                                                "political_conference")),
                    "Within three months after the armistice takes effect a "
                    "political conference is recommended.")
            .Build());
  Apply(PageBuilder(b, "1951-07-01")
            .Clause(b, "e", {"prisoners_of_war"}, Value::MakeObject(),
                    "Prisoners of war are repatriated after the armistice "
                    "takes effect.")
            .Build());
  std::vector<Edge> v = Edges(c + "/clause-51", EdgeKind::kVariantOf);
  const Edge* nearest = Find(v, b + "/clause-e");
  ASSERT_NE(nearest, nullptr);
  const Value* duration = ChangeOf(*nearest, "duration");
  ASSERT_NE(duration, nullptr) << PageBuilder::Describe(nearest->props);
  EXPECT_EQ(duration->GetString("compared_with"), a + "/clause-6");
  EXPECT_EQ(graph::IntAt(*duration->Get("from"), "value"), 2);
  EXPECT_EQ(graph::IntAt(*duration->Get("to"), "value"), 60);
  EXPECT_NE(duration->GetString("note").find("the same time"),
            std::string::npos);
}

TEST_F(LinkerTest, APointTwoReportsRestateIsAVersionOfEach) {
  // Nam Il's point as Mao's cable and Ridgway's report give it, a procedural
  // point sharing its topic, and the point restated two days later.
  const std::string cable = "doc:cable-21680-1951-07-10";
  const std::string report = "doc:telegram-hnc-060-1951-07-11";
  const std::string procedure = "doc:telegram-hnc-061-1951-07-12";
  const std::string later = "doc:cable-21756-1951-07-13";
  const std::vector<std::string> topics = {"demarcation_line", "buffer_zone"};
  Apply(PageBuilder(cable, "1951-07-10")
            .Clause(cable, "2", topics, Value::MakeObject(),
                    "The 38th parallel is fixed as the military demarcation "
                    "line, and the armed forces of both sides withdraw 10 km "
                    "from it to form a demilitarized zone.")
            .Build());
  Apply(PageBuilder(report, "1951-07-11")
            .Clause(report, "2", topics, Value::MakeObject(),
                    "Establishment of the 38th parallel as the military "
                    "demarcation line, the armed forces of both sides "
                    "withdrawing 10 km from it to form a demilitarized zone.")
            .Build());
  Apply(PageBuilder(procedure, "1951-07-12")
            .Clause(procedure, "1", {"demarcation_line"}, Value::MakeObject(),
                    "The delegations take up the line only after the agenda "
                    "has been adopted.")
            .Build());
  Apply(PageBuilder(later, "1951-07-13")
            .Clause(later, "2", topics, Value::MakeObject(),
                    "The 38th parallel to be fixed as the military "
                    "demarcation line, both sides withdrawing 10 km from it "
                    "to form a demilitarized zone.")
            .Build());
  std::vector<Edge> v = Edges(later + "/clause-2", EdgeKind::kVariantOf);
  const Edge* nearest = Find(v, report + "/clause-2");
  const Edge* restating = Find(v, cable + "/clause-2");
  ASSERT_NE(nearest, nullptr);
  ASSERT_NE(restating, nullptr);
  EXPECT_EQ(PageBuilder::Describe(nearest->props).find("restated"),
            std::string::npos);
  EXPECT_NE(PageBuilder::Describe(restating->props).find("restated"),
            std::string::npos);
  EXPECT_EQ(Find(v, procedure + "/clause-1"), nullptr);
}

TEST_F(LinkerTest, ForcesDroppedAreAChange) {
  const std::string a = "doc:telegram-1-1951-06-30";
  const std::string b = "doc:telegram-2-1951-07-01";
  Value all = Value::MakeArray();
  for (const char* k : {"land", "naval", "air"}) all.Append(k);
  Value two = Value::MakeArray();
  for (const char* k : {"air", "land"}) two.Append(k);
  Apply(PageBuilder(a, "1951-06-30")
            .Clause(a, "3", {"movement_restriction"}, Terms("forces", all),
                    "Both sides cease the transfer of land, naval and air "
                    "forces across the 38th parallel.")
            .Build());
  Apply(PageBuilder(b, "1951-07-01")
            .Clause(b, "v", {"movement_restriction"}, Terms("forces", two),
                    "Crossing the 38th parallel by air or by land is "
                    "forbidden.")
            .Build());
  std::vector<Edge> v = Edges(b + "/clause-v", EdgeKind::kVariantOf);
  ASSERT_EQ(v.size(), 1u);
  const Value* forces = ChangeOf(v[0], "forces");
  ASSERT_NE(forces, nullptr) << PageBuilder::Describe(v[0].props);
  EXPECT_EQ(graph::Strings(forces->Get("from")),
            (std::vector<std::string>{"land", "naval", "air"}));
  EXPECT_EQ(graph::Strings(forces->Get("to")),
            (std::vector<std::string>{"air", "land"}));
  EXPECT_EQ(forces->GetString("note"), "dropped: naval");
}

// Every order of import, with one linker for all pages or a new one per
// page (as separate `parley import` commands do), gives the same graph.
TEST(LinkerOrderTest, EveryImportOrderGivesTheSameGraph) {
  std::vector<Fragment> pages = {ForwardedProposal(), Reply(),
                                 CounterProposal()};
  const std::string mao = "doc:telegram-21405-1951-07-03";
  pages.push_back(PageBuilder(mao, "1951-07-03")
                      .Number(mao, "21405")
                      .Author(mao, kMao)
                      .Recipient(mao, kStalin)
                      .Clause(mao, "1", {"withdrawal", "ceasefire"},
                              Distance(10, 10, "38th parallel"))
                      .Build());
  // A page whose id is another's with more after it: its ids sort between
  // that page's document and clauses, which a linker reading the database
  // (a linker per page, below) must still gather page by page.
  const std::string mao_b = mao + "-b";
  pages.push_back(
      PageBuilder(mao_b, "1951-07-03")
          .Author(mao_b, kMao)
          .Recipient(mao_b, kStalin)
          .Clause(mao_b, "1", {"withdrawal"}, Distance(5, 5, "38th parallel"))
          .Build());
  const std::string by_number = "doc:telegram-4000-1951-07-05";
  pages.push_back(PageBuilder(by_number, "1951-07-05")
                      .Author(by_number, kStalin)
                      .Recipient(by_number, kMao)
                      .Reference(by_number, "1951-07-01", {kMao}, "21405")
                      .Stance(by_number, "rejects", {"1"}, {})
                      .Build());
  // Each page first, in the forward and the reverse order of the others.
  std::vector<std::vector<size_t>> orders;
  for (size_t first = 0; first < pages.size(); ++first) {
    std::vector<size_t> order = {first};
    for (size_t i = 0; i < pages.size(); ++i) {
      if (i != first) order.push_back(i);
    }
    orders.push_back(order);
    std::reverse(order.begin() + 1, order.end());
    orders.push_back(order);
  }
  // How the pages are given: one Apply each (with one linker, or a linker
  // per page), or ApplyAll of two at a time, or of all at once.
  enum class Mode { kOneLinker, kLinkerPerPage, kPairs, kAllAtOnce };
  std::vector<std::string> first;
  for (const std::vector<size_t>& order : orders) {
    for (Mode mode : {Mode::kOneLinker, Mode::kLinkerPerPage, Mode::kPairs,
                      Mode::kAllAtOnce}) {
      bool linker_per_page = mode == Mode::kLinkerPerPage;
      TestDir dir;
      auto store = storage::Store::Open(dir.db());
      ASSERT_TRUE(store.ok()) << store.status().message();
      auto linker = std::make_unique<Linker>(**store);
      size_t group = mode == Mode::kPairs       ? 2
                     : mode == Mode::kAllAtOnce ? order.size()
                                                : 1;
      for (size_t at = 0; at < order.size(); at += group) {
        if (linker_per_page) linker = std::make_unique<Linker>(**store);
        std::vector<const Fragment*> given;
        for (size_t k = at; k < std::min(order.size(), at + group); ++k)
          given.push_back(&pages[order[k]]);
        if (given.size() == 1) {
          ASSERT_TRUE(linker->Apply(*given[0]).ok());
        } else {
          auto outcomes = linker->ApplyAll(given);
          ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
          EXPECT_EQ(*outcomes, std::vector<ApplyOutcome>(given.size(),
                                                         ApplyOutcome::kAdded));
        }
      }
      std::vector<std::string> lines = GraphLines(**store);
      if (first.empty()) {
        first = lines;
        int links = 0;
        for (const std::string& l : lines) {
          links += l.rfind("edge RESPONDS_TO", 0) == 0 ||
                   l.rfind("edge STANCE", 0) == 0 ||
                   l.rfind("edge VARIANT_OF", 0) == 0;
        }
        int by_number = 0;
        for (const std::string& l : lines) {
          by_number += l.rfind("edge RESPONDS_TO doc:telegram-4000", 0) == 0;
        }
        EXPECT_EQ(by_number, 1) << "the reference by number is linked";
        EXPECT_GE(links, 7) << "the pages should link to one another";
      } else {
        std::string o;
        for (size_t i : order) o += std::to_string(i);
        EXPECT_TRUE(lines == first)
            << "order " << o << ", mode " << static_cast<int>(mode)
            << " differs from order 01234:" << Difference(first, lines);
      }
    }
  }
}

TEST(LinkerNamesTest, PageOfAndLinkOwner) {
  EXPECT_EQ(PageOf("doc:x/message-1/clause-2"), "doc:x");
  EXPECT_EQ(PageOf("doc:x"), "doc:x");
  EXPECT_EQ(LinkOwner("doc:x"), "links:doc:x");
  EXPECT_EQ(TieOwner("doc:r", "doc:t"), "ties:doc:r>doc:t");
}

// Mao's second telegram to Stalin of 3 July, with a point 1 of his own and
// a point on foreign troops: "your telegram of 3 July" fits it better than
// 21404.
Fragment SecondTelegramOfTheDay(const std::string& number = "21405",
                                const std::string& date = "1951-07-03") {
  const std::string doc = "doc:telegram-" + number + "-1951-07-03";
  return PageBuilder(doc, date)
      .Author(doc, kMao)
      .Recipient(doc, kStalin)
      .Clause(doc, "1", {"ceasefire"})
      .Clause(doc, "2", {"foreign_forces_withdrawal"})
      .Build();
}

// A new telegram of the day that the reply's content fits better (its
// point 1 and the foreign troops are both there) takes the reply over;
// dated another day, it gives the reply back as it was.
TEST_F(LinkerTest, ANewTelegramOfTheDayThatFitsBetterTakesTheReplyOver) {
  Apply(ForwardedProposal());
  Apply(Reply());
  std::vector<Edge> first = Edges(kReply, EdgeKind::kRespondsTo);
  ASSERT_EQ(first.size(), 1u);
  std::vector<NodeId> first_stances = Targets(kReply, EdgeKind::kStance);
  Apply(SecondTelegramOfTheDay());
  std::vector<Edge> now = Edges(kReply, EdgeKind::kRespondsTo);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].target, "doc:telegram-21405-1951-07-03");
  EXPECT_EQ(now[0].props.GetString("strength"), "strong");
  EXPECT_EQ(Targets(kReply, EdgeKind::kStance),
            (std::vector<NodeId>{"doc:telegram-21405-1951-07-03/clause-1",
                                 "doc:telegram-21405-1951-07-03/clause-2"}));

  // The same page, now dated the 4th: the reply no longer answers it.
  EXPECT_EQ(Apply(SecondTelegramOfTheDay("21405", "1951-07-04")),
            ApplyOutcome::kReplaced);
  now = Edges(kReply, EdgeKind::kRespondsTo);
  ASSERT_EQ(now.size(), 1u);
  EXPECT_EQ(now[0].target, first[0].target);
  EXPECT_EQ(PageBuilder::Describe(now[0].props),
            PageBuilder::Describe(first[0].props));
  EXPECT_EQ(Targets(kReply, EdgeKind::kStance), first_stances);
}

// A database written when a page's ties were stored inside its links is
// linked again once, on the first import: the graph is then what an import
// into an empty database gives, with no tie counted twice.
TEST_F(LinkerTest, ADatabaseWithTiesInsidePageLinksIsLinkedAgainOnce) {
  Apply(ForwardedProposal());
  Apply(Reply());
  Apply(SecondTelegramOfTheDay());

  TestDir old_dir;
  auto old_store = Open(old_dir.db());
  ASSERT_TRUE(old_store->ApplyPage(ForwardedProposal()).ok());
  ASSERT_TRUE(old_store->ApplyPage(Reply()).ok());
  ASSERT_TRUE(old_store->ApplyPage(SecondTelegramOfTheDay()).ok());
  // The old layout: every tie of the reply under the reply's own links.
  Fragment old_links;
  old_links.page_id = kReply;
  for (EdgeKind kind : {EdgeKind::kRespondsTo, EdgeKind::kStance}) {
    for (const Edge& e : Edges(kReply, kind)) old_links.AddEdge(e);
  }
  ASSERT_FALSE(old_links.edges().empty());
  ASSERT_TRUE(old_store->ReplaceOwned(LinkOwner(kReply), old_links).ok());

  Linker linker(*old_store);
  Fragment third = SecondTelegramOfTheDay("21406");
  ASSERT_TRUE(linker.Apply(third).ok());
  Apply(third);
  EXPECT_TRUE(GraphLines(*old_store) == GraphLines(*store_))
      << Difference(GraphLines(*store_), GraphLines(*old_store));
  EXPECT_TRUE(old_store->NewReader()->Owners(LinkOwner(kReply)).empty())
      << "the reply makes no version link";
}

// A report from the table of the points Libby tabled (`proposer`) on
// `date`, written by Ridgway for the UNC side.
Fragment TabledPoints(const NodeId& doc, const std::string& date,
                      const NodeId& proposer = "person:libby") {
  const NodeId ridgway = "person:matthew-ridgway";
  Fragment f = PageBuilder(doc, date)
                   .Author(doc, ridgway)
                   .Clause(doc, "1", {"prisoners_of_war"})
                   .Clause(doc, "2", {"civilians"})
                   .Clause(doc, "3", {"supervision"})
                   .Proposer(doc, "1", proposer)
                   .Proposer(doc, "2", proposer)
                   .Proposer(doc, "3", proposer)
                   .Build();
  for (const NodeId& id : {doc, ridgway, proposer})
    f.FindNode(id)->props["side"] = "unc";
  return f;
}

// Mao's answer to Li Kenong on `date`: points 1 and 3 rejected, point 2
// accepted, citing no document.
constexpr char kMaosAnswer[] = "doc:telegram-1952-01-06-mao-zedong";
// With `on_topic`, a position on a topic comes first ("Inspection behind
// the lines is interference").
Fragment AnswerByNumber(const std::string& date = "1952-01-06",
                        bool on_topic = false) {
  PageBuilder page(kMaosAnswer, date);
  page.Author(kMaosAnswer, kMao).Recipient(kMaosAnswer, "person:li-kenong");
  if (on_topic)
    page.Stance(kMaosAnswer, "rejects", {}, {"supervision"},
                "Inspection behind the lines is interference");
  Fragment f = page.Stance(kMaosAnswer, "rejects", {"1", "3"}, {},
                           "Points one and three must be rejected")
                   .Stance(kMaosAnswer, "accepts", {"2"}, {"civilians"},
                           "The second point, on civilians, may be accepted")
                   .Build();
  for (const NodeId& id : {NodeId(kMaosAnswer), NodeId(kMao)})
    f.FindNode(id)->props["side"] = "kpa-cpv";
  return f;
}

// A reply that cites no document takes its positions by number on the
// latest proposal of the other side, tabled in the days before, whose points
// they fit; weakly, by the window, and whichever page comes first.
TEST_F(LinkerTest, PositionsCitingNothingTieToTheOtherSidesLatestProposal) {
  const NodeId hnc660 = "doc:telegram-hnc-660-1952-01-02";
  const NodeId older = "doc:telegram-hnc-640-1951-12-28";
  Apply(AnswerByNumber());
  Apply(TabledPoints(older, "1951-12-28"));
  Apply(TabledPoints(hnc660, "1952-01-02"));
  EXPECT_EQ(Targets(kMaosAnswer, EdgeKind::kStance),
            (std::vector<NodeId>{hnc660 + "/clause-1", hnc660 + "/clause-2",
                                 hnc660 + "/clause-3"}));
  for (const Edge& e : Edges(kMaosAnswer, EdgeKind::kStance)) {
    EXPECT_EQ(graph::Strings(e.props.Get("matched_by")),
              (std::vector<std::string>{"window", "number"}));
    EXPECT_EQ(e.props.GetString("strength"), "weak");
    EXPECT_EQ(e.props.GetString("via"), hnc660);
    EXPECT_EQ(e.props.GetString("stance"),
              e.target == hnc660 + "/clause-2" ? "accepts" : "rejects");
  }
  // Another side's proposal answers no document of its own.
  EXPECT_TRUE(Edges(kMaosAnswer, EdgeKind::kRespondsTo).empty());
  // The same pages the other way round: the same graph.
  TestDir dir;
  auto store = Open(dir.db());
  Linker linker(*store);
  for (const Fragment& f :
       {TabledPoints(hnc660, "1952-01-02"), TabledPoints(older, "1951-12-28"),
        AnswerByNumber()})
    ASSERT_TRUE(linker.Apply(f).ok());
  EXPECT_TRUE(GraphLines(*store) == GraphLines(*store_))
      << Difference(GraphLines(*store_), GraphLines(*store));
}

// No tie to a proposal after the reply, more than the window before it, of
// the reply's own side, lacking a point it names, or where one number alone
// is named; nor when a reply cites a document.
TEST_F(LinkerTest, PositionsCitingNothingTieOnlyWhereTheyFit) {
  const NodeId doc = "doc:telegram-hnc-660-1952-01-02";
  auto stances = [&](const Fragment& proposal, const Fragment& reply) {
    TestDir dir;
    auto store = Open(dir.db());
    Linker linker(*store);
    EXPECT_TRUE(linker.Apply(proposal).ok());
    EXPECT_TRUE(linker.Apply(reply).ok());
    return store->NewReader()->OutEdges(kMaosAnswer, EdgeKind::kStance).size();
  };
  EXPECT_EQ(stances(TabledPoints(doc, "1952-01-02"), AnswerByNumber()), 3u);
  EXPECT_EQ(stances(TabledPoints(doc, "1952-01-07"), AnswerByNumber()), 0u);
  EXPECT_EQ(stances(TabledPoints(doc, "1951-12-20"), AnswerByNumber()), 0u);
  Fragment own = TabledPoints(doc, "1952-01-02", "person:nam-il");
  for (const NodeId& id :
       {NodeId(doc), NodeId("person:matthew-ridgway"), NodeId("person:nam-il")})
    own.FindNode(id)->props["side"] = "kpa-cpv";
  EXPECT_EQ(stances(own, AnswerByNumber()), 0u);
  // Ridgway's own instructions never reached the other side.
  EXPECT_EQ(stances(TabledPoints(doc, "1952-01-02", "person:matthew-ridgway"),
                    AnswerByNumber()),
            0u);
  Fragment one = PageBuilder(kMaosAnswer, "1952-01-06")
                     .Author(kMaosAnswer, kMao)
                     .Stance(kMaosAnswer, "rejects", {"1"}, {})
                     .Build();
  for (const NodeId& id : {NodeId(kMaosAnswer), NodeId(kMao)})
    one.FindNode(id)->props["side"] = "kpa-cpv";
  EXPECT_EQ(stances(TabledPoints(doc, "1952-01-02"), one), 0u);
}

// "We accept Ridgway's first and second points": positions that say whose
// points they judge tie, by the window, to that person's proposal sent to
// the reply's side (Ridgway's message to Kim Il Sung, quoted in his report
// to Washington); not to one he sent his own side.
TEST_F(LinkerTest, PositionsOnANamedOwnersPointsTieToHisMessageToOurSide) {
  const NodeId ridgway = "person:matthew-ridgway";
  const NodeId message = "doc:message-1951-07-13-matthew-ridgway";
  auto proposal = [&](const NodeId& to, const std::string& side) {
    Fragment f = PageBuilder(message, "1951-07-13")
                     .Author(message, ridgway)
                     .Recipient(message, to)
                     .Clause(message, "1", {"buffer_zone"})
                     .Clause(message, "2", {"buffer_zone"})
                     .Proposer(message, "1", ridgway)
                     .Proposer(message, "2", ridgway)
                     .Build();
    for (const NodeId& id : {message, ridgway})
      f.FindNode(id)->props["side"] = "unc";
    f.FindNode(to)->props["side"] = side;
    return f;
  };
  const NodeId reply = "doc:telegram-21838-1951-07-14";
  Fragment answer =
      PageBuilder(reply, "1951-07-14")
          .Author(reply, kMao)
          .Recipient(reply, "person:joseph-stalin")
          .Stance(reply, "accepts", {"1", "2"}, {},
                  "We accept Ridgway's first and second points", {ridgway})
          .Build();
  for (const NodeId& id : {reply, NodeId(kMao)})
    answer.FindNode(id)->props["side"] = "kpa-cpv";
  auto stances = [&](const Fragment& sent) {
    TestDir dir;
    auto store = Open(dir.db());
    Linker linker(*store);
    EXPECT_TRUE(linker.Apply(sent).ok());
    EXPECT_TRUE(linker.Apply(answer).ok());
    std::vector<NodeId> on;
    for (const Edge& e : store->NewReader()->OutEdges(reply, EdgeKind::kStance))
      on.push_back(e.target);
    return on;
  };
  EXPECT_EQ(
      stances(proposal("person:kim-il-sung", "kpa-cpv")),
      (std::vector<NodeId>{message + "/clause-1", message + "/clause-2"}));
  EXPECT_TRUE(stances(proposal("org:joint-chiefs-of-staff", "unc")).empty());
}

// "On airfields we are holding firm, as proposed in point two of my
// telegram of 9 December": a position on the points of a document its own
// words name by date and writers is on that document's points, though the
// reply answers another that has a point two too; so is one on "point five
// of the same telegram".
TEST_F(LinkerTest, APositionNamingItsDocumentByDateIsOnItsPoints) {
  const NodeId stalin = "person:joseph-stalin";
  const NodeId own = "doc:telegram-26847-1951-12-09";
  const NodeId answer = "doc:telegram-7638-1951-12-12";
  const NodeId report = "doc:telegram-27249-1951-12-17";
  Apply(PageBuilder(own, "1951-12-09")
            .Author(own, kMao)
            .Recipient(own, stalin)
            .Clause(own, "1", {"movement_restriction"})
            .Clause(own, "2", {"supervision"})
            .Clause(own, "5", {"supervision"})
            .Build());
  Apply(PageBuilder(answer, "1951-12-12")
            .Author(answer, stalin)
            .Recipient(answer, kMao)
            .Clause(answer, "1", {"prisoners_of_war"})
            .Clause(answer, "2", {"prisoners_of_war"})
            .Build());
  Apply(PageBuilder(report, "1951-12-17")
            .Author(report, kMao)
            .Recipient(report, stalin)
            .Reference(report, "1951-12-12", {stalin})
            .Stance(report, "accepts", {"1"}, {},
                    "We agree with the first point of your telegram")
            .Reference(report, "1951-12-09", {NodeId(kMao)})
            .Stance(report, "insists", {"2"}, {},
                    "On airfields we are holding firm, as proposed in point "
                    "two of my telegram of 9 December")
            .ReferenceInStance(report)
            .Stance(report, "drops", {"5"}, {},
                    "The question of which neutral countries to invite "
                    "(point five of the same telegram) has not been raised")
            .Build());
  std::map<NodeId, std::string> stances;
  for (const Edge& e : Edges(report, EdgeKind::kStance)) {
    stances[e.target] = e.props.GetString("stance");
    if (e.target == own + "/clause-2") {
      EXPECT_EQ(graph::Strings(e.props.Get("matched_by")),
                (std::vector<std::string>{"reference", "number"}));
      EXPECT_EQ(e.props.GetString("via"), own);
    }
  }
  EXPECT_EQ(stances,
            (std::map<NodeId, std::string>{{answer + "/clause-1", "accepts"},
                                           {own + "/clause-2", "insists"},
                                           {own + "/clause-5", "drops"}}));
}

// "In change of point 4 of our No. 1368": the writers' own earlier
// document named by its number in the position's words; another's document
// so named is no such tie (the reply answers it as before).
TEST_F(LinkerTest, APositionNamingTheWritersOwnDocumentByNumber) {
  const NodeId molotov = "person:vyacheslav-molotov";
  const NodeId own = "doc:telegram-1368-1951-11-19";
  const NodeId reply = "doc:telegram-1391-1951-11-22";
  Apply(PageBuilder(own, "1951-11-19")
            .Number(own, "1368")
            .Author(own, molotov)
            .Clause(own, "4", {"negotiation_procedure"})
            .Build());
  Apply(PageBuilder(reply, "1951-11-22")
            .Author(reply, molotov)
            .Reference(reply, "", {}, "1368")
            .Stance(reply, "amends", {"4"}, {},
                    "In change of point 4 of our No. 1368, Malik is to come")
            .ReferenceInStance(reply)
            .Build());
  std::vector<Edge> stances = Edges(reply, EdgeKind::kStance);
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].target, own + "/clause-4");
  EXPECT_EQ(graph::Strings(stances[0].props.Get("matched_by")),
            (std::vector<std::string>{"reference", "number"}));
}

// "Your proposed text for para 13 a is approved": a lettered
// sub-paragraph printed with its paragraph's number ("13 a", "13(c)") is
// point a to the reply that names it so.
TEST_F(LinkerTest, ASubParagraphPrintedWithItsNumberIsTheLetterNamed) {
  const NodeId proposal = "doc:telegram-cx-62741-1953-06-10";
  const NodeId reply = "doc:telegram-jcs-941872-1953-06-10";
  Apply(PageBuilder(proposal, "1953-06-10")
            .Number(proposal, "CX 62741")
            .Author(proposal, "person:mark-w-clark")
            .Clause(proposal, "13 a", {"movement_restriction"})
            .Clause(proposal, "13(c)", {"movement_restriction"})
            .Clause(proposal, "37", {"supervision"})
            .Build());
  Apply(PageBuilder(reply, "1953-06-10")
            .Recipient(reply, "person:mark-w-clark")
            .Reference(reply, "", {}, "CX 62741")
            .Stance(reply, "accepts", {"a"}, {},
                    "Your proposed text for para 13 a is approved")
            .Stance(reply, "rejects", {"c"}, {}, "Para 13(c) is not approved")
            .Build());
  std::map<NodeId, std::string> stances;
  for (const Edge& e : Edges(reply, EdgeKind::kStance))
    stances[e.target] = e.props.GetString("stance");
  EXPECT_EQ(stances, (std::map<NodeId, std::string>{
                         {proposal + "/clause-13 a", "accepts"},
                         {proposal + "/clause-13(c)", "rejects"}}));
}

// The earlier telegram its page prints unsigned ("INSTANTSIIA") sent to
// `to`, and the writer's later telegram to Vyshinsky citing it as "our No.
// 1368".
Fragment UnsignedInstruction(const NodeId& to) {
  const NodeId own = "doc:telegram-1368-1951-11-19";
  return PageBuilder(own, "1951-11-19")
      .Number(own, "1368")
      .Recipient(own, to)
      .Clause(own, "3", {"negotiation_procedure"})
      .Build();
}
Fragment DropsPointOfOurNumber() {
  const NodeId molotov = "person:vyacheslav-molotov";
  const NodeId reply = "doc:telegram-1391-1951-11-22";
  return PageBuilder(reply, "1951-11-22")
      .Author(reply, molotov)
      .Recipient(reply, "person:andrey-vyshinsky")
      .Reference(reply, "", {molotov}, "1368")
      .Stance(reply, "drops", {"3"}, {},
              "The instruction in point 3 of our No. 1368 no longer applies")
      .ReferenceInStance(reply)
      .Build();
}

// An unsigned telegram is the writers' own when the reply cites it by
// number and it went to the same addressee; one to another is not.
TEST_F(LinkerTest, AnUnsignedTelegramToTheSameAddresseeIsTheWritersOwn) {
  Apply(UnsignedInstruction("person:andrey-vyshinsky"));
  Apply(DropsPointOfOurNumber());
  EXPECT_EQ(Targets("doc:telegram-1391-1951-11-22", EdgeKind::kStance),
            std::vector<NodeId>{"doc:telegram-1368-1951-11-19/clause-3"});
}

TEST_F(LinkerTest, AnUnsignedTelegramToAnotherAddresseeIsNotTheWritersOwn) {
  Apply(UnsignedInstruction("person:yakov-malik"));
  Apply(DropsPointOfOurNumber());
  EXPECT_TRUE(
      Targets("doc:telegram-1391-1951-11-22", EdgeKind::kStance).empty());
}

// A reply citing a telegram the archive does not hold ("Ref: CX 64061")
// still answers the latest proposal it fits; once the telegram is stored,
// the reply answers that one instead.
TEST_F(LinkerTest, AReplyCitingAMissingTelegramTiesByTheWindowUntilItComes) {
  const NodeId hnc660 = "doc:telegram-hnc-660-1952-01-02";
  const NodeId cited = "doc:telegram-600300-1952-01-05";
  Fragment citing = AnswerByNumber();
  citing.FindNode(kMaosAnswer)->props["references"] = Value::MakeArray();
  Value ref = Value::MakeObject();
  ref["date"] = "";
  ref["number"] = "600300";
  citing.FindNode(kMaosAnswer)->props["references"].Append(ref);
  Apply(TabledPoints(hnc660, "1952-01-02"));
  Apply(citing);
  EXPECT_EQ(Targets(kMaosAnswer, EdgeKind::kStance).size(), 3u);
  EXPECT_TRUE(Edges(kMaosAnswer, EdgeKind::kRespondsTo).empty());
  Apply(PageBuilder(cited, "1952-01-05")
            .Number(cited, "600300")
            .Author(cited, "person:li-kenong")
            .Recipient(cited, kMao)
            .Clause(cited, "1", {"prisoners_of_war"})
            .Clause(cited, "2", {"civilians"})
            .Clause(cited, "3", {"supervision"})
            .Build());
  EXPECT_EQ(Targets(kMaosAnswer, EdgeKind::kRespondsTo),
            std::vector<NodeId>{cited});
  for (const NodeId& target : Targets(kMaosAnswer, EdgeKind::kStance))
    EXPECT_TRUE(target.starts_with(cited)) << target;
}

// Another position of the reply on a topic a point it names carries
// ("Bryan rejected flatly the charge that UNC is holding prisoners" beside
// "Point 4 (non-repatriates ...): UNC agrees") does not stop the window.
TEST_F(LinkerTest, AWindowTieTakesTheNumbersTheReplyNames) {
  const NodeId hnc660 = "doc:telegram-hnc-660-1952-01-02";
  Apply(TabledPoints(hnc660, "1952-01-02"));
  Fragment answer = AnswerByNumber("1952-01-06", /*on_topic=*/true);
  Apply(answer);
  EXPECT_EQ(Targets(kMaosAnswer, EdgeKind::kStance).size(), 3u);
}

// Two proposals of one day that the positions fit as well tie neither,
// unless both give the points of one proposer (a report of Libby's points
// and a memorandum of it): then the first by id.
TEST_F(LinkerTest, TwoProposalsThatFitAlikeTieOnlyWhenTheyAreOne) {
  const NodeId a = "doc:telegram-hnc-660-1952-01-02";
  const NodeId b = "doc:telegram-hnc-661-1952-01-02";
  Apply(TabledPoints(b, "1952-01-02"));
  Apply(TabledPoints(a, "1952-01-02"));
  Apply(AnswerByNumber());
  EXPECT_EQ(
      Targets(kMaosAnswer, EdgeKind::kStance),
      (std::vector<NodeId>{a + "/clause-1", a + "/clause-2", a + "/clause-3"}));
  Apply(TabledPoints(b, "1952-01-02", "person:joy"));
  EXPECT_TRUE(Edges(kMaosAnswer, EdgeKind::kStance).empty());
}

// Stalin's answer to Mao's proposal of the day before, citing no telegram:
// Mao's points are his addressee's, and the answer responds to them.
TEST_F(LinkerTest, PositionsCitingNothingAnswerTheAddresseesProposal) {
  const NodeId cable = "doc:cable-15344-1952-01-04";
  const NodeId answer = "doc:telegram-58-1952-01-05";
  Apply(PageBuilder(cable, "1952-01-04")
            .Author(cable, kMao)
            .Recipient(cable, kStalin)
            .Clause(cable, "1", {"prisoners_of_war"})
            .Clause(cable, "2", {"civilians"})
            .Proposer(cable, "1", kMao)
            .Proposer(cable, "2", kMao)
            .Build());
  Apply(PageBuilder(answer, "1952-01-05")
            .Author(answer, kStalin)
            .Recipient(answer, kMao)
            .Stance(answer, "accepts", {"1"}, {"prisoners_of_war"})
            .Stance(answer, "amends", {"2"}, {})
            .Build());
  EXPECT_EQ(Targets(answer, EdgeKind::kStance),
            (std::vector<NodeId>{cable + "/clause-1", cable + "/clause-2"}));
  std::vector<Edge> responds = Edges(answer, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, cable);
  EXPECT_EQ(responds[0].props.GetString("strength"), "weak");
}

// "The Communist principles 1, 2 and 4 ... are acceptable": points named
// as the other side's are numbered as theirs, though another position of
// the reply bears on a topic only their point 4 carries ("Rotation of
// personnel ... must be permitted"); the tie stays strong.
TEST_F(LinkerTest, PointsNamedAsTheirsAreNoConflictOfNumbering) {
  const NodeId report = "doc:telegram-c-58115-1951-11-27";
  const NodeId answer = "doc:telegram-jcs-87719-1951-11-29";
  Apply(PageBuilder(report, "1951-11-27")
            .Number(report, "C-58115")
            .Clause(report, "1", {"ceasefire"})
            .Clause(report, "2", {"withdrawal"})
            .Clause(report, "4", {"movement_restriction"})
            .Build());
  auto answer_page = [&](const std::string& quote) {
    return PageBuilder(answer, "1951-11-29")
        .Reference(answer, "", {}, "C 58115")
        .Stance(answer, "amends", {}, {"movement_restriction"},
                "Rotation of personnel must be permitted")
        .Stance(answer, "accepts", {"1", "2", "4"}, {}, quote)
        .Build();
  };
  Apply(answer_page(
      "The Communist principles 1, 2 and 4 are acceptable in substance"));
  std::vector<Edge> responds = Edges(answer, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
  std::vector<NodeId> tied = Targets(answer, EdgeKind::kStance);
  for (const char* point : {"1", "2", "4"})
    EXPECT_NE(std::find(tied.begin(), tied.end(),
                        report + "/clause-" + std::string(point)),
              tied.end())
        << point;
  // Named as the reply's own ("Points 1, 2 and 4"), the numbering is in
  // doubt.
  Apply(answer_page("Points 1, 2 and 4 are acceptable in substance"));
  responds = Edges(answer, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "weak");
}

// "The letter of October 16 to NNRC from Lee Sang Cho ... Our views on its
// five points follow": a letter to a third party, which the reply does not
// answer, whatever its date; the reply's numbers name its points.
TEST_F(LinkerTest, NumbersNameThePointsOfACitedLetterToAThird) {
  const NodeId letter = "doc:letter-1953-10-16-lee-sang-cho";
  const NodeId answer = "doc:telegram-612-1953-11-04";
  const NodeId lee = "person:lee-sang-cho";
  Apply(PageBuilder(letter, "1953-10-16")
            .Author(letter, lee)
            .Recipient(letter, "person:thimayya")
            .Clause(letter, "1", {"prisoners_of_war"})
            .Clause(letter, "2", {"prisoners_of_war"})
            .Proposer(letter, "1", lee)
            .Proposer(letter, "2", lee)
            .Build());
  Apply(PageBuilder(answer, "1953-11-04")
            .Author(answer, "person:john-foster-dulles")
            .Recipient(answer, "person:george-allen")
            .Reference(answer, "1953-10-16", {lee})
            .Stance(answer, "conditional", {"1"}, {})
            .Stance(answer, "rejects", {"2"}, {})
            .Build());
  EXPECT_TRUE(Edges(answer, EdgeKind::kRespondsTo).empty());
  std::vector<Edge> stances = Edges(answer, EdgeKind::kStance);
  ASSERT_EQ(stances.size(), 2u);
  for (const Edge& e : stances) {
    EXPECT_TRUE(e.target.starts_with(letter)) << e.target;
    EXPECT_EQ(graph::Strings(e.props.Get("matched_by")),
              (std::vector<std::string>{"reference", "number"}));
  }
}

// A reference without a date ("their letter to NNRC") meets no undated
// letter of its writers.
TEST_F(LinkerTest, AnUndatedReferenceNamesNoPointsOfAnUndatedLetter) {
  const NodeId letter = "doc:letter-lee-sang-cho";
  const NodeId answer = "doc:telegram-612-1953-11-04";
  const NodeId lee = "person:lee-sang-cho";
  Apply(PageBuilder(letter, "")
            .Author(letter, lee)
            .Clause(letter, "1", {"prisoners_of_war"})
            .Clause(letter, "2", {"prisoners_of_war"})
            .Build());
  Apply(PageBuilder(answer, "1953-11-04")
            .Author(answer, "person:john-foster-dulles")
            .Reference(answer, "", {lee})
            .Stance(answer, "conditional", {"1"}, {})
            .Stance(answer, "rejects", {"2"}, {})
            .Build());
  EXPECT_TRUE(Edges(answer, EdgeKind::kStance).empty());
}

// The window ties the same after the database is read again: a proposer's
// side comes from the stored people when the page is read without them.
TEST_F(LinkerTest, AWindowTieIsTheSameAfterTheDatabaseIsReadAgain) {
  const NodeId hnc660 = "doc:telegram-hnc-660-1952-01-02";
  Apply(TabledPoints(hnc660, "1952-01-02"));
  linker_.reset();  // the next command reads the database anew
  Apply(AnswerByNumber());
  EXPECT_EQ(Targets(kMaosAnswer, EdgeKind::kStance).size(), 3u);
}

// A document dated by its month alone dates no day of a window.
TEST_F(LinkerTest, AMonthAloneIsNoDayOfTheWindow) {
  Apply(TabledPoints("doc:telegram-hnc-660-1952-01", "1952-01"));
  Apply(AnswerByNumber());
  EXPECT_TRUE(Edges(kMaosAnswer, EdgeKind::kStance).empty());
}

// Two proposals of the addressee's on one day, whose points name no
// proposer, cannot be told apart: neither is tied.
TEST_F(LinkerTest, TwoProposalsWithoutProposersTieNeither) {
  for (const NodeId& doc : {NodeId("doc:cable-15344-1952-01-04"),
                            NodeId("doc:cable-15345-1952-01-04")})
    Apply(PageBuilder(doc, "1952-01-04")
              .Author(doc, "person:li-kenong")
              .Clause(doc, "1", {"prisoners_of_war"})
              .Clause(doc, "2", {"civilians"})
              .Clause(doc, "3", {"supervision"})
              .Build());
  Apply(AnswerByNumber());
  EXPECT_TRUE(Edges(kMaosAnswer, EdgeKind::kStance).empty());
}

// The graph of `first` and `second` imported in one command (one linker,
// one group), and in two (a second linker, reading the first's database,
// given `second`).
std::pair<std::vector<std::string>, std::vector<std::string>> OneCommandAndTwo(
    const std::vector<Fragment>& first, const std::vector<Fragment>& second) {
  auto import = [](storage::Store& store, const std::vector<Fragment>& pages) {
    std::vector<const Fragment*> given;
    for (const Fragment& p : pages) given.push_back(&p);
    Linker linker(store);
    auto outcomes = linker.ApplyAll(given);
    EXPECT_TRUE(outcomes.ok()) << outcomes.status().message();
  };
  std::vector<Fragment> all = first;
  all.insert(all.end(), second.begin(), second.end());
  TestDir one_dir, two_dir;
  auto one = storage::Store::Open(one_dir.db());
  auto two = storage::Store::Open(two_dir.db());
  EXPECT_TRUE(one.ok() && two.ok());
  if (!one.ok() || !two.ok()) return {};
  import(**one, all);
  import(**two, first);
  import(**two, second);
  return {GraphLines(**one), GraphLines(**two)};
}

// The graph `batches` leave, each imported by a command of its own.
std::vector<std::string> Commands(
    const std::vector<std::vector<Fragment>>& batches) {
  TestDir dir;
  auto store = storage::Store::Open(dir.db());
  EXPECT_TRUE(store.ok());
  if (!store.ok()) return {};
  for (const std::vector<Fragment>& pages : batches) {
    std::vector<const Fragment*> given;
    for (const Fragment& p : pages) given.push_back(&p);
    Linker linker(**store);
    auto outcomes = linker.ApplyAll(given);
    EXPECT_TRUE(outcomes.ok()) << outcomes.status().message();
  }
  return GraphLines(**store);
}

// A later command reads from the database what the first knew of the pages:
// a point the writer's side only plans to table is no other's proposal
// reported (its PROPOSES edge's modality), so the reply's positions still
// go to the other side's proposal that a later command brings.
TEST_F(LinkerTest, ALaterCommandKnowsAPlannedPointIsNoOnesProposal) {
  const NodeId hnc660 = "doc:telegram-hnc-660-1952-01-02";
  Fragment answer;
  {
    PageBuilder page(kMaosAnswer, "1952-01-06");
    page.Author(kMaosAnswer, kMao)
        .Recipient(kMaosAnswer, "person:li-kenong")
        .Stance(kMaosAnswer, "rejects", {"1", "3"}, {})
        .Stance(kMaosAnswer, "accepts", {"2"}, {});
    for (const char* n : {"1", "2", "3"}) {
      page.Clause(kMaosAnswer, n, {"supervision"})
          .Proposer(kMaosAnswer, n, "person:nam-il", "planned");
    }
    answer = page.Build();
    for (const NodeId& id : {NodeId(kMaosAnswer), NodeId(kMao)})
      answer.FindNode(id)->props["side"] = "kpa-cpv";
  }
  auto [one, two] =
      OneCommandAndTwo({answer}, {TabledPoints(hnc660, "1952-01-02")});
  EXPECT_EQ(std::ranges::count(
                one,
                std::string("edge STANCE ") + kMaosAnswer + " -> " + hnc660 +
                    "/clause-1",
                [](const std::string& l) { return l.substr(0, l.find(" {")); }),
            1);
  EXPECT_TRUE(one == two) << Difference(one, two);
}

// A document's points are matched in its order, however they were read:
// a page gives them so, a database by key ("clause-10" before "clause-2"),
// and a match breaks its ties by that order.
TEST_F(LinkerTest, ALaterCommandMatchesPointsInTheirDocumentsOrder) {
  const NodeId earlier = "doc:telegram-100-1952-01-02";
  const NodeId later = "doc:telegram-200-1952-01-09";
  const std::string same = "All prisoners shall be exchanged within two months";
  PageBuilder list(earlier, "1952-01-02");
  list.Author(earlier, kMao);
  for (int n = 1; n <= 10; ++n) {
    std::string words = n == 2 || n == 10
                            ? same
                            : "Point number " + std::to_string(n) +
                                  " on some other matter entirely";
    list.Clause(earlier, std::to_string(n), {"prisoners_of_war"},
                Value::MakeObject(), words);
  }
  Fragment answer =
      PageBuilder(later, "1952-01-09")
          .Author(later, kStalin)
          .Clause(later, "1", {"prisoners_of_war"}, Value::MakeObject(), same)
          .Clause(later, "2", {"prisoners_of_war"}, Value::MakeObject(), same)
          .Build();
  auto [one, two] = OneCommandAndTwo({list.Build()}, {answer});
  // Point for point in their order: the first of the later two is the
  // first alike of the earlier list as printed, the second the second.
  auto link = [&](const std::string& from, const std::string& to) {
    return std::ranges::count_if(one, [&](const std::string& l) {
      return l.starts_with("edge VARIANT_OF " + later + "/clause-" + from +
                           " -> " + earlier + "/clause-" + to + " ");
    });
  };
  EXPECT_EQ(link("1", "2"), 1);
  EXPECT_EQ(link("2", "10"), 1);
  EXPECT_TRUE(one == two) << Difference(one, two);
}

// Two pages giving one document (two transcriptions of a telegram): it is
// the later page's, and the earlier page's links, written by an earlier
// command, are made again from it, as one command makes them.
TEST_F(LinkerTest, ALaterPageGivingADocumentRelinksThePageThatGaveIt) {
  const NodeId earlier = "doc:telegram-100-1952-01-02";
  const NodeId jcs = "doc:telegram-jcs-900-1952-01-09";
  // A page of one point, `words`, on `topic`.
  auto one_point = [](const NodeId& doc, const std::string& date,
                      const NodeId& author, const std::string& topic,
                      const std::string& words) {
    return PageBuilder(doc, date)
        .Author(doc, author)
        .Clause(doc, "1", {topic}, Value::MakeObject(), words)
        .Build();
  };
  const std::string exchange =
      "All prisoners shall be exchanged within two months";
  Fragment list =
      one_point(earlier, "1952-01-02", kMao, "prisoners_of_war", exchange);
  Fragment first_copy =
      one_point(jcs, "1952-01-09", kStalin, "prisoners_of_war", exchange);
  Fragment second_copy =
      one_point(jcs, "1952-01-09", kStalin, "civilians",
                "Civilians may go home to the side they choose");
  second_copy.page_id = jcs + "~1a2b3c4d";
  auto [one, two] = OneCommandAndTwo({list, first_copy}, {second_copy});
  auto variants = [&](const std::vector<std::string>& lines) {
    return std::ranges::count_if(lines, [&](const std::string& l) {
      return l.starts_with("edge VARIANT_OF " + jcs);
    });
  };
  EXPECT_EQ(variants(one), 0) << "the copy read last has another point";
  EXPECT_TRUE(one == two) << Difference(one, two);
}

// The same, when a third command changes the document's versions: its
// links are the later page's alone, so the earlier page keeps none that
// would outlive them. (Four nearer documents on the topic leave the first
// list out of the document's candidates.)
TEST_F(LinkerTest, ADocumentTwoPagesGiveKeepsItsLinksUnderOnePage) {
  const NodeId jcs = "doc:telegram-jcs-900-1952-01-09";
  auto one_point = [](const NodeId& doc, const std::string& date,
                      const NodeId& author, const std::string& words) {
    return PageBuilder(doc, date)
        .Author(doc, author)
        .Clause(doc, "1", {"prisoners_of_war"}, Value::MakeObject(), words)
        .Build();
  };
  const std::string exchange =
      "All prisoners shall be exchanged within two months";
  Fragment list =
      one_point("doc:telegram-100-1952-01-02", "1952-01-02", kMao, exchange);
  Fragment first_copy = one_point(jcs, "1952-01-09", kStalin, exchange);
  Fragment second_copy = first_copy;
  second_copy.page_id = jcs + "~1a2b3c4d";
  std::vector<Fragment> nearer;
  for (int day = 3; day <= 6; ++day) {
    const std::string date = "1952-01-0" + std::to_string(day);
    nearer.push_back(
        one_point("doc:telegram-" + std::to_string(200 + day) + "-" + date,
                  date, "person:person-" + std::to_string(day),
                  "Wounded prisoners shall go first"));
  }
  std::vector<std::string> one =
      Commands({{list, first_copy, second_copy, nearer[0], nearer[1], nearer[2],
                 nearer[3]}});
  std::vector<std::string> three =
      Commands({{list, first_copy}, {second_copy}, nearer});
  EXPECT_EQ(std::ranges::count_if(
                one,
                [&](const std::string& l) {
                  return l.starts_with("edge VARIANT_OF " + jcs) &&
                         l.find("telegram-100") != std::string::npos;
                }),
            0)
      << "the first list is no candidate";
  EXPECT_TRUE(one == three) << Difference(one, three);
}

// So are a reply's ties: a second document of the cited day, in a third
// command, leaves the reply two answers that fit as well, under the page
// that gives it now, and no strong tie under the page that gave it first.
TEST_F(LinkerTest, AReplyTwoPagesGiveKeepsItsTiesUnderOnePage) {
  const NodeId first_telegram = "doc:telegram-10-1952-01-02";
  const NodeId second_telegram = "doc:telegram-11-1952-01-02";
  const NodeId reply = "doc:telegram-20-1952-01-05";
  auto telegram = [](const NodeId& doc) {
    return PageBuilder(doc, "1952-01-02")
        .Author(doc, kMao)
        .Recipient(doc, kStalin)
        .Build();
  };
  Fragment first_copy = PageBuilder(reply, "1952-01-05")
                            .Author(reply, kStalin)
                            .Recipient(reply, kMao)
                            .Reference(reply, "1952-01-02", {kMao})
                            .Build();
  Fragment second_copy = first_copy;
  second_copy.page_id = reply + "~1a2b3c4d";
  std::vector<std::string> one =
      Commands({{telegram(first_telegram), first_copy, second_copy,
                 telegram(second_telegram)}});
  std::vector<std::string> three =
      Commands({{telegram(first_telegram), first_copy},
                {second_copy},
                {telegram(second_telegram)}});
  EXPECT_EQ(std::ranges::count_if(
                one,
                [&](const std::string& l) {
                  return l.starts_with("edge RESPONDS_TO " + reply) &&
                         l.find("\"weak\"") != std::string::npos;
                }),
            2)
      << "two telegrams of the day fit as well";
  EXPECT_TRUE(one == three) << Difference(one, three);
}

// "Re Delga 204 ... Paras 1 and 2. We can accept both": a reply citing by
// number a telegram that quotes another's draft takes its positions on
// the draft's points.
TEST_F(LinkerTest, AReplyCitingByNumberTakesPositionsOnTheTextItQuotes) {
  const NodeId delga = "doc:telegram-delga-204-1952-11-17";
  const NodeId draft = delga + "/proposal-1952-11-17";
  PageBuilder page(delga, "1952-11-17");
  page.Number(delga, "Delga 204")
      .Author(delga, "person:dean-acheson")
      .Embed(draft, "1952-11-17");
  for (const char* n : {"1", "2", "3"})
    page.Clause(draft, n, {"prisoners_of_war"})
        .Proposer(draft, n, "person:krishna-menon");
  Apply(page.Build());
  const NodeId gadel = "doc:telegram-gadel-87-1952-11-20";
  Apply(PageBuilder(gadel, "1952-11-20")
            .Author(gadel, "person:david-bruce")
            .Reference(gadel, "", {}, "Delga 204")
            .Stance(gadel, "accepts", {"1", "2"}, {}, "We can accept both")
            .Stance(gadel, "insists", {"3"}, {}, "must stand as drafted")
            .Build());
  EXPECT_EQ(Targets(gadel, EdgeKind::kStance),
            (std::vector<NodeId>{draft + "/clause-1", draft + "/clause-2",
                                 draft + "/clause-3"}));
}

// "The Americans' point on visits of the Red Cross to the camps should be
// turned down": a position on the other side's point puts nothing of
// the reply's numbering apart, and the reply's numbers stay those of the
// telegram it answers.
TEST_F(LinkerTest, APositionOnTheOtherSidesPointLeavesTheNumberingAlone) {
  const NodeId mao = "doc:cable-21756-1951-07-13";
  Fragment agenda = PageBuilder(mao, "1951-07-13")
                        .Author(mao, kMao)
                        .Recipient(mao, kStalin)
                        .Clause(mao, "1", {"negotiation_procedure"})
                        .Clause(mao, "2", {"demarcation_line"})
                        .Clause(mao, "3", {"foreign_forces_withdrawal"})
                        .Clause(mao, "4", {"supervision"})
                        .Clause(mao, "5", {"prisoners_of_war"})
                        .Build();
  Apply(agenda);
  const NodeId stalin = "doc:telegram-4072-1951-07-14";
  Fragment answer =
      PageBuilder(stalin, "1951-07-14")
          .Author(stalin, kStalin)
          .Recipient(stalin, kMao)
          .Reference(stalin, "1951-07-13", {kMao})
          .Stance(stalin, "accepts", {"1"}, {}, "We agree with the first point")
          .Stance(stalin, "accepts", {"5"}, {},
                  "We have no objection to the fifth point")
          .Stance(stalin, "rejects", {}, {"prisoners_of_war"},
                  "The Americans' point on visits of the Red Cross to the "
                  "prisoner-of-war camps should be turned down")
          .Build();
  for (const NodeId& id : {stalin, NodeId(kStalin)})
    answer.FindNode(id)->props["side"] = "kpa-cpv";
  Apply(answer);
  std::vector<Edge> responds = Edges(stalin, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
  std::vector<Edge> stances = Edges(stalin, EdgeKind::kStance);
  const Edge* fifth = Find(stances, mao + "/clause-5");
  ASSERT_NE(fifth, nullptr);
  EXPECT_EQ(fifth->props.GetString("stance"), "accepts");
}

// "The five replies Gromyko gave ... are accepted here as a whole": a list
// its writer forwards, some of its points with no proposer the page names,
// is still the list whole; a point no one is said to propose is no
// other's.
TEST_F(LinkerTest, AForwardedListSomeOfWhosePointsNameNoProposerIsWhole) {
  const NodeId kirk = "doc:telegram-2180-1951-06-27";
  PageBuilder page(kirk, "1951-06-27");
  page.Number(kirk, "2180").Author(kirk, "person:alan-kirk");
  for (const char* n : {"1", "2", "3", "4", "5"}) page.Clause(kirk, n, {});
  for (const char* n : {"1", "2", "3"})
    page.Proposer(kirk, n, "person:andrei-gromyko");
  Apply(page.Build());
  const NodeId jcs = "doc:telegram-jcs-95354-1951-06-29";
  Apply(PageBuilder(jcs, "1951-06-29")
            .Author(jcs, "person:dean-acheson")
            .Reference(jcs, "", {}, "2180")
            .Stance(jcs, "accepts", {}, {},
                    "The five replies are accepted here as a whole")
            .Whole(jcs, "list")
            .Build());
  std::vector<NodeId> all;
  for (const char* n : {"1", "2", "3", "4", "5"})
    all.push_back(kirk + "/clause-" + n);
  EXPECT_EQ(Targets(jcs, EdgeKind::kStance), all);
}

}  // namespace
}  // namespace parley::linking
