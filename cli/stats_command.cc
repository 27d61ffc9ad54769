#include "cli/stats_command.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/stats.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;

struct StatsOptions {
  OutputFormat format = OutputFormat::kTable;
};

// Bytes of every file below `dir`; files that vanish meanwhile (RocksDB
// compacting beside us) are skipped.
uint64_t DiskBytes(const std::string& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) {
      uint64_t size = it->file_size(size_ec);
      if (!size_ec) total += size;
    }
  }
  return total;
}

std::string Bytes(uint64_t n) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(n);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buffer[32];
  if (u == 0) {
    std::snprintf(buffer, sizeof buffer, "%llu B",
                  static_cast<unsigned long long>(n));
  } else {
    std::snprintf(buffer, sizeof buffer, "%.1f %s", v, units[u]);
  }
  return buffer;
}

// "  AUTHORED            12": names left, counts right-aligned at column 26.
std::string Row(std::string_view name, std::string_view value) {
  constexpr size_t kWidth = 26;
  size_t used = name.size() + value.size();
  return std::string(name) +
         std::string(used < kWidth ? kWidth - used : 1, ' ') +
         std::string(value) + "\n";
}

std::string Row(std::string_view name, size_t count) {
  return Row(name, std::to_string(count));
}

void PrintTable(const queries::GraphStats& s, uint64_t disk) {
  std::cout << Row("nodes", s.node_total());
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    std::cout << Row("  " + std::string(graph::NodeKindName(
                                static_cast<graph::NodeKind>(k))),
                     s.nodes[k]);
  }
  std::cout << Row("edges", s.edge_total());
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    std::cout << Row("  " + std::string(graph::EdgeKindName(
                                static_cast<graph::EdgeKind>(k))),
                     s.edges[k]);
  }
  std::cout << Row("unresolved names", s.unresolved);
  std::cout << Row("pages", s.pages);
  std::cout << Row("page text", Bytes(s.page_bytes));
  std::cout << Row("database on disk", Bytes(disk));
}

void PrintCsv(const queries::GraphStats& s, uint64_t disk) {
  std::cout << "what,kind,count\n";
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    std::cout << "node," << graph::NodeKindName(static_cast<graph::NodeKind>(k))
              << ',' << s.nodes[k] << '\n';
  }
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    std::cout << "edge," << graph::EdgeKindName(static_cast<graph::EdgeKind>(k))
              << ',' << s.edges[k] << '\n';
  }
  std::cout << "unresolved,," << s.unresolved << '\n';
  std::cout << "pages,," << s.pages << '\n';
  std::cout << "page_bytes,," << s.page_bytes << '\n';
  std::cout << "disk_bytes,," << disk << '\n';
}

void PrintJsonResult(const queries::GraphStats& s, uint64_t disk) {
  ordered_json nodes = ordered_json::object();
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    nodes[std::string(graph::NodeKindName(static_cast<graph::NodeKind>(k)))] =
        s.nodes[k];
  }
  ordered_json edges = ordered_json::object();
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    edges[std::string(graph::EdgeKindName(static_cast<graph::EdgeKind>(k)))] =
        s.edges[k];
  }
  PrintJson({{"nodes", s.node_total()},
             {"nodes_by_kind", nodes},
             {"edges", s.edge_total()},
             {"edges_by_kind", edges},
             {"unresolved", s.unresolved},
             {"pages", s.pages},
             {"page_bytes", s.page_bytes},
             {"disk_bytes", disk}});
}

int RunStats(const StatsOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  auto stats = queries::CountGraph(*reader);
  if (!stats.ok()) return ReportError(stats.status());
  uint64_t disk = DiskBytes(context.db_path);
  switch (options.format) {
    case OutputFormat::kTable:
      PrintTable(*stats, disk);
      break;
    case OutputFormat::kJson:
      PrintJsonResult(*stats, disk);
      break;
    case OutputFormat::kCsv:
      PrintCsv(*stats, disk);
      break;
  }
  return kExitOk;
}

}  // namespace

void SetupStatsCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* command = app.add_subcommand(
      "stats",
      "Nodes and edges by kind, pages, and the database's size on disk");
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunStats(*options, context);
  });
}

}  // namespace parley::cli
