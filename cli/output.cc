#include "cli/output.h"

#include <unicode/uchar.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "text/utf8.h"

namespace parley::cli {
namespace {

// What a terminal acts on or a reader cannot see: control characters (Cc:
// C0, DEL, C1), U+2028 and U+2029, and the bidirectional controls that
// reorder what follows them (U+202A..U+202E, U+2066..U+2069, LRM, RLM,
// ALM), by ICU's character properties.
bool IsHiddenControl(text::CodePoint c) {
  const int8_t type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_LINE_SEPARATOR ||
         type == U_PARAGRAPH_SEPARATOR ||
         u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL);
}

void AppendHex(std::string& out, const char* prefix, uint32_t value,
               int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%s%0*x", prefix, digits, value);
  out += buffer;
}

// A byte as "\x1b": an ASCII control or a byte of malformed UTF-8.
void AppendByteEscape(std::string& out, unsigned char byte) {
  AppendHex(out, "\\x", byte, 2);
}

bool IsPlainAscii(unsigned char byte) { return byte >= 0x20 && byte < 0x7F; }

}  // namespace

size_t AppendEscapedControls(std::string_view s, bool final, std::string& out) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char byte = static_cast<unsigned char>(s[i]);
    if (IsPlainAscii(byte)) {
      size_t run = i + 1;
      while (run < s.size() && IsPlainAscii(static_cast<unsigned char>(s[run])))
        ++run;
      out.append(s.substr(i, run - i));
      i = run;
      continue;
    }
    if (byte == '\n' || byte == '\t') {
      out += static_cast<char>(byte);
      ++i;
      continue;
    }
    if (byte == '\r') {
      if (i + 1 == s.size() && !final) return i;
      if (i + 1 < s.size() && s[i + 1] == '\n') {
        out += "\r\n";
        i += 2;
      } else {
        AppendByteEscape(out, byte);
        ++i;
      }
      continue;
    }
    const size_t start = i;
    const text::CodePoint c = text::NextCodePoint(s, i);
    if (c == text::kMalformed) {
      // A sequence cut by the end of what was written so far may be
      // completed by what comes next.
      if (i == s.size() && !final) return start;
      for (size_t k = start; k < i; ++k)
        AppendByteEscape(out, static_cast<unsigned char>(s[k]));
    } else if (!IsHiddenControl(c)) {
      out.append(s.substr(start, i - start));
    } else if (c < 0x80) {
      AppendByteEscape(out, static_cast<unsigned char>(c));
    } else if (c <= 0xFFFF) {
      AppendHex(out, "\\u", static_cast<uint32_t>(c), 4);
    } else {
      AppendHex(out, "\\U", static_cast<uint32_t>(c), 8);
    }
  }
  return s.size();
}

std::string EscapeControls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendEscapedControls(s, true, out);
  return out;
}

// A stream buffer in front of another that escapes what passes through it
// (unbuffered itself: the buffer behind it, stdout's or stderr's, buffers).
// Only a tail that the next write may complete waits in `pending_`.
class EscapingBuffer : public std::streambuf {
 public:
  explicit EscapingBuffer(std::streambuf* target) : target_(target) {}

  std::streambuf* target() const { return target_; }
  bool escaping() const { return escaping_; }
  // Writes out what waits (escaped) and turns escaping on or off.
  bool SetEscaping(bool on) {
    bool ok = Drain();
    escaping_ = on;
    return ok;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof()))
      return traits_type::not_eof(ch);
    const char c = traits_type::to_char_type(ch);
    return Write(std::string_view(&c, 1)) ? ch : traits_type::eof();
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return Write(std::string_view(s, static_cast<size_t>(n))) ? n : 0;
  }
  int sync() override {
    if (!Drain()) return -1;
    return target_->pubsync();
  }

 private:
  bool Put(std::string_view bytes) {
    return target_->sputn(bytes.data(),
                          static_cast<std::streamsize>(bytes.size())) ==
           static_cast<std::streamsize>(bytes.size());
  }
  bool Write(std::string_view s) {
    if (!escaping_) return Put(s);
    std::string escaped;
    if (pending_.empty()) {
      size_t used = AppendEscapedControls(s, false, escaped);
      pending_.assign(s.substr(used));
    } else {
      pending_.append(s);
      size_t used = AppendEscapedControls(pending_, false, escaped);
      pending_.erase(0, used);
    }
    return Put(escaped);
  }
  bool Drain() {
    if (pending_.empty()) return true;
    // Only escaped output waits; at a flush its tail is final.
    std::string escaped;
    AppendEscapedControls(pending_, true, escaped);
    pending_.clear();
    return Put(escaped);
  }

  std::streambuf* target_;
  bool escaping_ = true;
  std::string pending_;
};

EscapedStandardStreams::EscapedStandardStreams()
    : out_(std::make_unique<EscapingBuffer>(std::cout.rdbuf())),
      err_(std::make_unique<EscapingBuffer>(std::cerr.rdbuf())) {
  old_out_ = std::cout.rdbuf(out_.get());
  old_err_ = std::cerr.rdbuf(err_.get());
}

EscapedStandardStreams::~EscapedStandardStreams() {
  std::cout.flush();
  std::cerr.flush();
  std::cout.rdbuf(old_out_);
  std::cerr.rdbuf(old_err_);
}

UnescapedOutput::UnescapedOutput(Stream which) {
  std::ostream& stream = which == Stream::kStdout ? std::cout : std::cerr;
  buffer_ = dynamic_cast<EscapingBuffer*>(stream.rdbuf());
  if (buffer_ == nullptr) return;
  was_escaping_ = buffer_->escaping();
  if (!buffer_->SetEscaping(false)) stream.setstate(std::ios::badbit);
}

UnescapedOutput::~UnescapedOutput() {
  if (buffer_ != nullptr) buffer_->SetEscaping(was_escaping_);
}
size_t DisplayWidth(std::string_view s) { return text::CodePointCount(s); }

std::vector<std::string> Wrap(std::string_view text, size_t width,
                              std::string_view indent) {
  std::vector<std::string> lines;
  size_t room =
      width > DisplayWidth(indent) + 10 ? width - DisplayWidth(indent) : 10;
  std::string line;
  size_t line_width = 0;
  auto flush = [&]() {
    lines.push_back(std::string(indent) + line);
    line.clear();
    line_width = 0;
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
      ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' &&
           text[i] != '\t')
      ++i;
    std::string_view word = text.substr(b, i - b);
    if (word.empty()) break;
    size_t w = DisplayWidth(word);
    if (line_width > 0 && line_width + 1 + w > room) flush();
    while (w > room) {
      // Cut an overlong word on a character boundary.
      size_t cut = text::PrefixBytes(word, room);
      line = std::string(word.substr(0, cut));
      line_width = DisplayWidth(line);
      flush();
      word = word.substr(cut);
      w = DisplayWidth(word);
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (line_width > 0 || lines.empty()) flush();
  return lines;
}

std::string WrapLabelled(std::string_view label, std::string_view text,
                         size_t width) {
  std::string indent(DisplayWidth(label), ' ');
  std::vector<std::string> lines = Wrap(text, width, indent);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == 0) {
      out += std::string(label) + lines[0].substr(indent.size());
    } else {
      out += lines[i];
    }
    out += '\n';
  }
  return out;
}

namespace {

// "-3", "+0.5", "12": what a spreadsheet reads as a number, not a formula.
bool IsDecimalNumber(std::string_view s) {
  size_t i = s.empty() || (s[0] != '-' && s[0] != '+') ? 0 : 1;
  size_t digits = 0, points = 0;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      ++digits;
    } else if (s[i] == '.' && points == 0) {
      ++points;
    } else {
      return false;
    }
  }
  return digits > 0;
}

// OWASP's CSV injection rule: a cell a spreadsheet would evaluate.
bool StartsFormula(std::string_view s) {
  return !s.empty() &&
         std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos &&
         !IsDecimalNumber(s);
}

}  // namespace

std::string CsvField(std::string_view s) {
  std::string neutral;
  if (StartsFormula(s)) {
    neutral = "'" + std::string(s);
    s = neutral;
  }
  if (s.find_first_of(",\"\n\r") == std::string_view::npos)
    return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

int FinishStandardOutput(int exit_code) {
  errno = 0;
  std::cout.flush();
  bool failed = std::fflush(stdout) != 0;
  int error = errno;
  failed = failed || std::ferror(stdout) != 0 || !std::cout;
  if (!failed) return exit_code;
  // A command that failed has said why on its own line (export names the
  // output it could not write): no second line for the same failure.
  constexpr int kFailed = 2;  // kExitBadInput (context.h, not linked here)
  if (exit_code == kFailed) return exit_code;
  // A write that failed earlier leaves no errno behind (the stream keeps
  // only its error flag): one more byte, to a stream already damaged, says
  // why when the output still refuses it.
  if (error == 0) {
    std::clearerr(stdout);
    if (std::fputc('\n', stdout) == EOF || std::fflush(stdout) != 0)
      error = errno;
  }
  std::cerr << "parley: standard output: "
            << (error != 0 ? std::strerror(error) : "write error") << "\n";
  return kFailed;
}

}  // namespace parley::cli
