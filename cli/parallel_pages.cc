#include "cli/parallel_pages.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

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

bool Importable(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".json" || ext == ".xml";
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return buffer.str();
}

}  // namespace

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && Importable(it->path()))
          found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  return files;
}

ReadPage ReadPageFile(const std::string& path,
                      const importers::Knowledge& knowledge) {
  try {
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) return {path, text.status()};
    return {path, importers::ImportFile(path, *text, knowledge)};
  } catch (const std::exception& e) {
    return {path, Status::InvalidArgument(path + ": " + e.what())};
  }
}

void ReadPagesInOrder(const std::vector<std::string>& files,
                      const importers::Knowledge& knowledge, int jobs,
                      const std::function<void(ReadPage)>& consume) {
  size_t next = 0;
  RunInOrder<size_t, ReadPage>(
      std::min<int>(jobs, static_cast<int>(std::max<size_t>(files.size(), 1))),
      [&]() -> std::optional<size_t> {
        if (next == files.size()) return std::nullopt;
        return next++;
      },
      [&](size_t i) { return ReadPageFile(files[i], knowledge); }, consume);
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
  std::cerr << "\r\033[K" << line << std::flush;
  shown_ = true;
}

void Progress::Clear() {
  if (!shown_) return;
  std::cerr << "\r\033[K" << std::flush;
  shown_ = false;
}

void Progress::Note(const std::string& note) {
  if (!enabled_) return;
  if (stdout_terminal_) std::cout.flush();
  std::cerr << "\r\033[K" << what_ << ": " << note << std::flush;
  shown_ = true;
}

void Progress::ClearForStdout() {
  if (stdout_terminal_) Clear();
}

}  // namespace parley::cli
