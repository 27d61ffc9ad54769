#include "cli/parallel_pages.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "cli/output.h"
#include "importers/import_file.h"

namespace parley::cli {
namespace {

// "42s", "3m07s", "2h05m".
std::string Duration(double seconds) {
  long s = seconds < 0 ? 0 : static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s < 60) {
    std::snprintf(buf, sizeof buf, "%lds", s);
  } else if (s < 3600) {
    std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  }
  return buf;
}

namespace fs = std::filesystem;

// ".txt", ".json", ".xml" in any case.
bool Importable(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".json" || ext == ".xml";
}

// "a FIFO", "a device", "a socket", for what is not a regular file.
std::string KindOf(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::directory:
      return "a folder";
    default:
      return "not a regular file";
  }
}

Status NotRegular(const std::string& path, fs::file_type type) {
  std::string kind = KindOf(type);
  return Status::InvalidArgument(
      path + ": not a regular file" +
      (kind == "not a regular file" ? "" : " (" + kind + ")") +
      "; only files are imported");
}

// The entry `p` of a folder walk: nothing when it is not to be imported
// (another extension, a link to a folder), else the file or its problem.
// A broken symbolic link is reported whatever its name: what it pointed to
// cannot be told.
std::optional<InputFile> WalkEntry(const fs::directory_entry& entry) {
  const fs::path& p = entry.path();
  std::error_code ec;
  fs::file_status own = entry.symlink_status(ec);
  if (ec)
    return InputFile{p.string(),
                     Status::IOError(p.string() + ": " + ec.message())};
  fs::file_status target = own;
  if (fs::is_symlink(own)) {
    target = fs::status(p, ec);
    if (ec == std::errc::too_many_symbolic_link_levels) {
      return InputFile{p.string(), Status::InvalidArgument(
                                       p.string() + ": symbolic link loop")};
    }
    if (ec == std::errc::no_such_file_or_directory || !fs::exists(target)) {
      return InputFile{
          p.string(),
          Status::InvalidArgument(p.string() + ": dangling symbolic link")};
    }
    if (ec) {
      return InputFile{p.string(),
                       Status::IOError(p.string() + ": " + ec.message())};
    }
    if (fs::is_directory(target)) return std::nullopt;
  }
  if (!Importable(p)) return std::nullopt;
  if (!fs::is_regular_file(target))
    return InputFile{p.string(), NotRegular(p.string(), target.type())};
  return InputFile{p.string(), Status::Ok()};
}

// Every entry below the folder `root` (see ExpandPaths), sorted by path. A
// folder that cannot be opened or read is an entry of its own, and the walk
// goes on with the others; a root with nothing to import is one too.
std::vector<InputFile> WalkFolder(const std::string& root) {
  std::vector<InputFile> found;
  std::vector<fs::path> pending = {fs::path(root)};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
        pending.push_back(it->path());
      } else if (std::optional<InputFile> file = WalkEntry(*it)) {
        found.push_back(std::move(*file));
      }
    }
    if (ec) {
      found.push_back({dir.string(),
                       Status::IOError(dir.string() + ": cannot read folder (" +
                                       ec.message() + ")")});
    }
  }
  std::sort(
      found.begin(), found.end(),
      [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  if (found.empty()) {
    found.push_back(
        {root, Status::InvalidArgument(
                   root + ": nothing to import in this folder (no .txt, .json "
                          "or .xml file)")});
  }
  return found;
}

}  // namespace

std::vector<InputFile> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<InputFile> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<InputFile> found = WalkFolder(p);
      files.insert(files.end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
    } else {
      files.push_back({p, Status::Ok()});
    }
  }
  return files;
}

namespace {

// "64 MiB", "1.5 MiB", "300 bytes".
std::string SizeText(size_t bytes) {
  if (bytes < (size_t{1} << 20)) return std::to_string(bytes) + " bytes";
  char text[32];
  double mib = static_cast<double>(bytes) / (1 << 20);
  std::snprintf(text, sizeof text,
                bytes % (1 << 20) == 0 ? "%.0f MiB" : "%.1f MiB", mib);
  return text;
}

}  // namespace

void AddMaxPageSizeOption(CLI::App& command, size_t& max_bytes) {
  max_bytes = kMaxPageBytes;
  command
      .add_option("--max-page-size", max_bytes,
                  "refuse files larger than this (default 64MiB); an import "
                  "holds about 25 times a page's size")
      ->transform(CLI::AsSizeValue(/*kb_is_1000=*/false).description(""))
      ->check(CLI::Validator(
          [](std::string& bytes) -> std::string {
            return bytes == "0" ? "a page size must be more than 0 bytes" : "";
          },
          ""))
      ->type_name("SIZE");
}

Result<std::string> ReadPageBytes(const std::string& path, size_t max_bytes) {
  // Non-blocking, so that a FIFO is refused rather than waited on.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    std::error_code ec(err, std::generic_category());
    if (err == ENOENT && fs::is_symlink(fs::symlink_status(path, ec)))
      return Status::InvalidArgument(path + ": dangling symbolic link");
    if (err == ELOOP)
      return Status::InvalidArgument(path + ": symbolic link loop");
    return Status::InvalidArgument(path + ": cannot open file (" +
                                   std::strerror(err) + ")");
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0)
    return Status::IOError(path + ": " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) {
    fs::file_type type = S_ISFIFO(st.st_mode)   ? fs::file_type::fifo
                         : S_ISCHR(st.st_mode)  ? fs::file_type::character
                         : S_ISBLK(st.st_mode)  ? fs::file_type::block
                         : S_ISSOCK(st.st_mode) ? fs::file_type::socket
                         : S_ISDIR(st.st_mode)  ? fs::file_type::directory
                                                : fs::file_type::unknown;
    return NotRegular(path, type);
  }
  auto too_large = [&]() {
    return Status::InvalidArgument(
        path + ": file too large (more than " + SizeText(max_bytes) +
        "; --max-page-size raises the limit, see docs/input-limits.md)");
  };
  if (static_cast<uint64_t>(st.st_size) > max_bytes) return too_large();
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  size_t have = 0;
  // Reads to the end, which may lie past the size fstat gave (a file still
  // growing, a /proc file of size 0), never more than one chunk past the
  // limit.
  char chunk[65536];
  for (;;) {
    bool into_bytes = have < bytes.size();
    char* to = into_bytes ? bytes.data() + have : chunk;
    size_t room = into_bytes ? bytes.size() - have : sizeof chunk;
    ssize_t n = ::read(fd, to, room);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      return Status::IOError(path + ": read error (" + std::strerror(errno) +
                             ")");
    }
    if (n == 0) break;
    if (!into_bytes) {
      if (have + static_cast<size_t>(n) > max_bytes) return too_large();
      bytes.append(chunk, static_cast<size_t>(n));
    }
    have += static_cast<size_t>(n);
  }
  bytes.resize(have);
  return bytes;
}

StoredPages StoredPagesOf(std::vector<storage::PageInfo> pages) {
  StoredPages by_hash;
  for (storage::PageInfo& page : pages) {
    if (page.report.empty()) continue;  // stored before reports were kept
    std::string hash = page.content_hash;
    by_hash.emplace(std::move(hash), std::move(page));
  }
  return by_hash;
}

ReadPage ReadPageFile(const InputFile& input,
                      const importers::Knowledge& knowledge,
                      const PageReadOptions& options) {
  const std::string& path = input.path;
  if (!input.problem.ok()) return {path, input.problem};
  const StoredPages* stored = options.stored;
  try {
    Result<std::string> text = ReadPageBytes(path, options.max_bytes);
    if (!text.ok()) return {path, text.status()};
    if (stored != nullptr && !stored->empty()) {
      auto it = stored->find(importers::FileContentHash(*text, knowledge));
      // The same bytes as a .json and as a page are different documents.
      if (it != stored->end() &&
          importers::IsJsonDocumentPath(it->second.source_path) ==
              importers::IsJsonDocumentPath(path)) {
        return {path, graph::Fragment(), &it->second};
      }
    }
    return {path, importers::ImportFile(path, *text, knowledge)};
  } catch (const std::exception& e) {
    return {path, Status::InvalidArgument(path + ": " + e.what())};
  }
}

ReadAhead<ReadPage> ReadAheadOfPages(size_t pages) {
  return {pages, size_t{16} << 20, [](const ReadPage& page) -> size_t {
            return page.fragment.ok() ? page.fragment->text.size() : 0;
          }};
}

void ReadPagesInOrder(const std::vector<InputFile>& files,
                      const importers::Knowledge& knowledge, int jobs,
                      const std::function<void(ReadPage)>& consume,
                      const PageReadOptions& options) {
  size_t next = 0;
  RunInOrder<size_t, ReadPage>(
      std::min<int>(jobs, static_cast<int>(std::max<size_t>(files.size(), 1))),
      [&]() -> std::optional<size_t> {
        if (next == files.size()) return std::nullopt;
        return next++;
      },
      [&](size_t i) { return ReadPageFile(files[i], knowledge, options); },
      consume, ReadAheadOfPages(options.ahead));
}

int DefaultJobs() {
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

void AddJobsOption(CLI::App& command, int& jobs) {
  jobs = DefaultJobs();
  command
      .add_option("--jobs,-j", jobs,
                  "threads reading pages (default: every core, " +
                      std::to_string(jobs) + " here); the result is the same")
      ->check(CLI::Range(1, 1024));
}

Progress::Progress(std::string what, size_t total)
    : enabled_(isatty(STDERR_FILENO) == 1),
      stdout_terminal_(isatty(STDOUT_FILENO) == 1),
      what_(std::move(what)),
      total_(total),
      start_(Clock::now()),
      // The first line after a second, when the rate means something.
      last_draw_(start_ + std::chrono::milliseconds(750)) {}

Progress::~Progress() { Clear(); }

void Progress::Update(size_t done) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
  char line[160];
  if (total_ == 0) {
    std::snprintf(line, sizeof line, "%s: %zu pages, %.0f pages/s",
                  what_.c_str(), done, rate);
  } else if (rate > 0 && done < total_) {
    double eta = static_cast<double>(total_ - done) / rate;
    std::snprintf(line, sizeof line, "%s: %zu/%zu pages, %.0f pages/s, ETA %s",
                  what_.c_str(), done, total_, rate, Duration(eta).c_str());
  } else {
    std::snprintf(line, sizeof line, "%s: %zu/%zu pages, %.0f pages/s",
                  what_.c_str(), done, total_, rate);
  }
  // What stdout holds for the same terminal goes out first.
  if (stdout_terminal_) std::cout.flush();
  UnescapedOutput progress(UnescapedOutput::Stream::kStderr);
  std::cerr << "\r\033[K" << line << std::flush;
  shown_ = true;
}

void Progress::Clear() {
  if (!shown_) return;
  UnescapedOutput progress(UnescapedOutput::Stream::kStderr);
  std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

void Progress::Note(const std::string& note) {
  if (!enabled_) return;
  if (stdout_terminal_) std::cout.flush();
  UnescapedOutput progress(UnescapedOutput::Stream::kStderr);
  std::cerr << "\r\033[K" << what_ << ": " << EscapeControls(note)
            << std::flush;
  shown_ = true;
}

void Progress::ClearForStdout() {
  if (stdout_terminal_) Clear();
}

}  // namespace parley::cli
