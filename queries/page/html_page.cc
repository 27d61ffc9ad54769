#include "queries/page/html_page.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "queries/detail/escape.h"
#include "queries/export.h"

namespace parley::queries {
namespace page {
extern const char kViewTemplate[];  // page_assets.cc, generated
}  // namespace page

namespace {

// The title as HTML text: XmlAttribute's escapes, and "@" too, so that a
// title holds no placeholder of the template.
std::string HtmlEscaped(std::string_view text) {
  std::string out;
  for (char c : detail::XmlAttribute(text)) {
    if (c == '@') {
      out += "&#64;";
    } else {
      out += c;
    }
  }
  return out;
}

// `text` with each `placeholder` replaced by `value` (values are not
// searched again).
void Fill(std::string& text, std::string_view placeholder,
          std::string_view value) {
  for (size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
}

}  // namespace

std::string ScriptSafeJson(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') {
      out += "\\u003c";
    } else {
      out += c;
    }
  }
  return out;
}

Status WriteViewPage(const graph::GraphView& view,
                     const std::map<std::string, std::string>& citations,
                     std::string_view title, std::ostream& out) {
  std::ostringstream elements;
  Status written = WriteExport(view, ExportFormat::kCytoscape, elements);
  if (!written.ok()) return written;
  nlohmann::json sources = nlohmann::json::object();
  for (const auto& [doc, line] : citations) sources[doc] = line;
  std::string page = page::kViewTemplate;
  // The title first: the data filled in after it is never searched for
  // placeholders.
  Fill(page, "@TITLE@", HtmlEscaped(title));
  size_t graph_at = page.find("@GRAPH@");
  size_t citations_at = page.find("@CITATIONS@");
  out << std::string_view(page).substr(0, graph_at)
      << ScriptSafeJson(elements.str())
      << std::string_view(page).substr(graph_at + 7,
                                       citations_at - graph_at - 7)
      << ScriptSafeJson(sources.dump(-1, ' ', false,
                                     nlohmann::json::error_handler_t::replace))
      << std::string_view(page).substr(citations_at + 11);
  out.flush();
  if (!out) return Status::IOError("cannot write the page");
  return Status::Ok();
}

}  // namespace parley::queries
