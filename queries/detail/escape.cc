#include "queries/detail/escape.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>

#include "text/utf8.h"

namespace parley::queries::detail {
namespace {

bool IsDotKeyword(std::string_view s) {
  static constexpr std::array<std::string_view, 6> kKeywords = {
      "node", "edge", "graph", "digraph", "subgraph", "strict"};
  for (std::string_view keyword : kKeywords) {
    if (s.size() != keyword.size()) continue;
    bool equal = true;
    for (size_t i = 0; i < s.size() && equal; ++i) {
      equal = std::tolower(static_cast<unsigned char>(s[i])) == keyword[i];
    }
    if (equal) return true;
  }
  return false;
}

}  // namespace

std::string DotString(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out;
  out.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\r') {
      if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
  }
  if (IsDotKeyword(out) || out == "." || out == "-.") {
    const char last = out.back();
    out.back() = '\\';
    out += last;
  }
  return out;
}

std::string XmlText(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out;
  out.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    const auto u = static_cast<unsigned char>(valid[i]);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') continue;
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF): not XML characters.
    if (u == 0xEF && i + 2 < valid.size() &&
        static_cast<unsigned char>(valid[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(valid[i + 2]) & 0xFE) == 0xBE) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      i += 2;
      continue;
    }
    out += valid[i];
  }
  return out;
}

std::string XmlAttribute(std::string_view text) {
  std::string out;
  for (char c : XmlText(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      // Attribute values normalise raw whitespace; keep line breaks intact.
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += "&#9;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string CypherString(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out = "'";
  for (size_t i = 0; i < valid.size();) {
    const size_t at = i;
    const text::CodePoint c = text::NextCodePoint(valid, i);
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\'':
        out += "\\'";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        // Control characters, the other line breaks (NEL, U+2028, U+2029)
        // and the non-characters U+FFFE, U+FFFF as \uXXXX: a statement
        // stays on one line and every literal closes where it seems to.
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 ||
            c == 0x2029 || c == 0xFFFE || c == 0xFFFF) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X",
                        static_cast<unsigned>(c));
          out += buffer;
        } else {
          out.append(valid, at, i - at);
        }
    }
  }
  out += "'";
  return out;
}

std::string Abbreviate(std::string_view full, size_t max_code_points) {
  const size_t cut = text::PrefixBytes(full, max_code_points);
  if (cut == full.size()) return std::string(full);
  return std::string(full.substr(0, cut)) + "\xE2\x80\xA6";  // "…"
}

}  // namespace parley::queries::detail
