// `parley view`: the page is one file that works offline, and in Debian's
// headless Chromium it draws every node, shows the evidence of a clicked
// node with its quote, document, language and citation, replays the talks
// with its date slider, and keeps hostile labels inert. A screenshot of the
// page is kept beside the test binary (view-page.png).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// A label with what could turn text into markup or script if it were
// written as HTML: a script element, an image with an onerror handler, a
// closing script tag, quotes, a right-to-left override.
const char kHostile[] =
    "<script>window.pwned=1</script><img src=x "
    "onerror=\"window.pwned=2\"></script><!-- \"quoted\" 'single' "
    "\xE2\x80\xAE override";

std::string HostileDocument() {
  json doc = {
      {"format", "parley-document"},
      {"version", 1},
      {"document",
       {{"type", "letter"},
        {"date", "1951-07-09"},
        {"title", std::string("Letter ") + kHostile},
        {"authors", {std::string("Evil ") + kHostile}},
        {"recipients", {"Mao Zedong"}}}},
      {"clauses",
       {{{"ordinal", "1"},
         {"text", {{"en", std::string(kHostile) + " both sides cease fire"}}},
         {"proposer", std::string("Evil ") + kHostile}}}}};
  return doc.dump();
}

// What the driver page reports of the view page (see Driver()).
const char kDriver[] = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>driver</title></head><body>
<pre id="result">not run</pre>
<iframe id="view" src="view.html" width="1200" height="800"></iframe>
<script>
document.getElementById('view').addEventListener('load', () => {
  const result = {};
  try {
    const frame = document.getElementById('view');
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    const nodes = [...doc.querySelectorAll('g.node')];
    result.drawn = nodes.length;
    result.placed = nodes.filter((n) =>
        /^translate\(-?[0-9.e+-]+,-?[0-9.e+-]+\)$/.test(n.getAttribute('transform'))).length;
    result.edges = doc.querySelectorAll('line.edge').length;
    result.scripts = doc.querySelectorAll('script').length;
    result.images = doc.querySelectorAll('img').length;
    const shown = () => nodes.filter((n) => n.style.display !== 'none').length;
    result.shown = shown();

    const kim = nodes.find((n) => n.getAttribute('data-id') === 'person:kim-il-sung');
    kim.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    const panel = doc.getElementById('evidence');
    result.panelTitle = panel.querySelector('h2').textContent;
    result.quotes = [...panel.querySelectorAll('blockquote')].map((q) => q.textContent);
    result.sources = [...panel.querySelectorAll('p.source')].map((p) => p.textContent);

    const hostile = nodes.find((n) => n.querySelector('title').textContent.startsWith('Evil '));
    result.hostileLabel = hostile ? hostile.querySelector('title').textContent : null;
    if (hostile) hostile.dispatchEvent(new MouseEvent('click', {bubbles: true}));
    result.hostilePanelTitle = panel.querySelector('h2').textContent;

    const slider = doc.getElementById('date');
    result.dates = Number(slider.max);
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    result.firstDate = doc.getElementById('date-label').textContent;
    result.shownAtFirstDate = shown();
    slider.value = slider.max;
    slider.dispatchEvent(new Event('input'));
    result.shownAtTheEnd = shown();

    const search = doc.getElementById('search');
    search.value = 'Filippov';
    search.dispatchEvent(new Event('input'));
    result.notFaded = nodes.filter((n) => !n.classList.contains('faded'))
        .map((n) => n.getAttribute('data-id'));
    result.pwned = win.pwned === undefined ? null : win.pwned;
  } catch (e) {
    result.error = String(e && e.stack || e);
  }
  document.getElementById('result').textContent = JSON.stringify(result);
});
</script></body></html>
)";

class ViewPageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteBytes(dir_->root() / "hostile.json", HostileDocument());
    RunResult imported = RunParleyOn(
        dir_->db(), {"import", PARLEY_DATA_DIR, dir_->Path("hostile.json")});
    ASSERT_EQ(imported.exit_code, 0) << imported;
    page_ = dir_->Path("view.html");
    RunResult view = RunParleyOn(dir_->db(), {"view", "-o", page_});
    ASSERT_EQ(view.exit_code, 0) << view;
    graph_ = json::parse(ExportJson(dir_->db()));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static std::string Chromium() {
    for (const char* name : {"chromium", "chromium-browser"})
      if (HaveProgram(name)) return name;
    return "";
  }

  static TempDir* dir_;
  static std::string page_;
  static json graph_;
};

TempDir* ViewPageTest::dir_ = nullptr;
std::string ViewPageTest::page_;
json ViewPageTest::graph_;

TEST_F(ViewPageTest, IsOneFileThatFetchesNothing) {
  std::string html = ReadBytes(page_);
  // The page's own four scripts (the graph, the citations, d3, its script)
  // and nothing that loads a file or a style from elsewhere.
  std::regex script_tag("<script[ >]");
  EXPECT_EQ(
      std::distance(std::sregex_iterator(html.begin(), html.end(), script_tag),
                    std::sregex_iterator()),
      4);
  for (const char* tag :
       {"<link", "<img", "<iframe", "<object", "<embed", "<audio", "<video"})
    EXPECT_EQ(html.find(tag), std::string::npos) << tag;
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos)
      << "a policy that forbids fetching anything";
  // The hostile label is in the page as escaped JSON only.
  EXPECT_EQ(html.find("<script>window.pwned"), std::string::npos);
  EXPECT_NE(html.find("\\u003cscript>window.pwned=1\\u003c/script>"),
            std::string::npos);
}

TEST_F(ViewPageTest, WorksInHeadlessChromium) {
  std::string chromium = Chromium();
  if (chromium.empty())
    GTEST_SKIP() << "no chromium (apt-get install chromium)";
  WriteBytes(dir_->root() / "driver.html", kDriver);
  RunResult run =
      RunProgram(chromium, {"--headless", "--no-sandbox", "--disable-gpu",
                            "--allow-file-access-from-files",
                            "--virtual-time-budget=10000", "--dump-dom",
                            "file://" + dir_->Path("driver.html")});
  ASSERT_EQ(run.exit_code, 0) << run;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(run.out, m,
                                std::regex("<pre id=\"result\">([^<]*)</pre>")))
      << run.out.substr(0, 2000);
  // The result is JSON written as the text of a <pre>: unescape its
  // entities first.
  std::string text = m[1];
  for (auto [entity, c] : {std::pair<std::string, std::string>{"&quot;", "\""},
                           {"&lt;", "<"},
                           {"&gt;", ">"},
                           {"&amp;", "&"}}) {
    for (size_t at = text.find(entity); at != std::string::npos;
         at = text.find(entity, at + 1))
      text.replace(at, entity.size(), c);
  }
  json result = json::parse(text, nullptr, false);
  ASSERT_TRUE(result.is_object()) << text;
  ASSERT_FALSE(result.contains("error")) << result["error"];

  const size_t nodes = graph_["nodes"].size(), edges = graph_["edges"].size();
  EXPECT_EQ(result["drawn"], nodes);
  EXPECT_EQ(result["placed"], nodes) << "every node has a finite position";
  EXPECT_EQ(result["edges"], edges);
  EXPECT_EQ(result["shown"], nodes);

  // Kim Il Sung's evidence: his quotes, each with its document and language,
  // and the archival citation of the seed telegram.
  EXPECT_EQ(result["panelTitle"], "Kim Il Sung");
  ASSERT_FALSE(result["quotes"].empty());
  std::vector<std::string> kim_quotes;
  for (const json& node : graph_["nodes"]) {
    if (node["id"] == "person:kim-il-sung")
      for (const json& e : node["evidence"]) kim_quotes.push_back(e["quote"]);
  }
  for (const json& quote : result["quotes"]) {
    EXPECT_NE(std::find(kim_quotes.begin(), kim_quotes.end(),
                        quote.get<std::string>()),
              kim_quotes.end())
        << quote;
  }
  bool seed_cited = false;
  for (const json& source : result["sources"]) {
    std::string s = source;
    if (s.find("doc:telegram-21404-1951-07-03 \xC2\xB7 en") !=
            std::string::npos &&
        s.find("APRF") != std::string::npos)
      seed_cited = true;
  }
  EXPECT_TRUE(seed_cited) << result["sources"].dump();

  // The hostile label is text: drawn as it is, no script run, no element
  // made of it.
  EXPECT_EQ(result["hostileLabel"], std::string("Evil ") + kHostile);
  EXPECT_EQ(result["hostilePanelTitle"], std::string("Evil ") + kHostile);
  EXPECT_TRUE(result["pwned"].is_null()) << result["pwned"];
  EXPECT_EQ(result["scripts"], 4);
  EXPECT_EQ(result["images"], 0);

  // The slider replays the talks: on the first date only what was known
  // then is shown; at its end, everything again.
  EXPECT_GT(result["dates"].get<int>(), 5);
  // data/'s earliest documents are of June 1951.
  EXPECT_EQ(result["firstDate"].get<std::string>().substr(0, 8), "1951-06-");
  EXPECT_GT(result["shownAtFirstDate"].get<size_t>(), 0u);
  EXPECT_LT(result["shownAtFirstDate"].get<size_t>(), nodes);
  EXPECT_EQ(result["shownAtTheEnd"], nodes);

  // The search box keeps what matches in full colour: Stalin by his
  // codename.
  std::vector<std::string> found = result["notFaded"];
  EXPECT_NE(std::find(found.begin(), found.end(), "person:joseph-stalin"),
            found.end())
      << result["notFaded"].dump();
  EXPECT_LT(found.size(), nodes);

  // A screenshot for a person to look at, beside the test binary.
  RunResult shot = RunProgram(
      chromium,
      {"--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900",
       "--virtual-time-budget=5000",
       "--screenshot=" + (fs::current_path() / "view-page.png").string(),
       "file://" + page_});
  EXPECT_EQ(shot.exit_code, 0) << shot;
  RecordProperty("screenshot", (fs::current_path() / "view-page.png").string());
}

}  // namespace
}  // namespace parley::cli_test
