#include "cli/context.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <vector>

#include "graph/fragment.h"

namespace parley::cli {

Result<std::unique_ptr<storage::Store>> Context::OpenForWrite() const {
  auto store = storage::Store::Open(db_path);
  if (!store.ok()) return store.status().WithContext(db_path);
  return store;
}

Result<std::unique_ptr<storage::Store>> Context::OpenForRead() const {
  return storage::OpenForReading(db_path);
}

std::string Context::DataDir() const {
  if (!data_dir.empty()) return data_dir;
  if (const char* env = std::getenv("PARLEY_DATA"); env && *env) return env;
#ifdef PARLEY_DATA_DIR
  if (std::filesystem::exists(std::string(PARLEY_DATA_DIR) +
                              "/gazetteer.tsv")) {
    return PARLEY_DATA_DIR;
  }
#endif
  return "data";
}

Result<Knowledge> LoadKnowledge(const Context& context) {
  return importers::LoadKnowledge(context.DataDir());
}

int ReportError(const Status& status) {
  std::cerr << "parley: " << status.message() << "\n";
  switch (status.code()) {
    case Status::Code::kOk:
      return kExitOk;
    case Status::Code::kNotFound:
      return kExitNothingFound;
    default:
      return kExitBadInput;
  }
}

void AddFormatOption(CLI::App& command, OutputFormat& format) {
  std::map<std::string, OutputFormat> names = {{"table", OutputFormat::kTable},
                                               {"json", OutputFormat::kJson},
                                               {"csv", OutputFormat::kCsv}};
  command
      .add_option("--format", format, "output: table (default), json or csv")
      ->transform(
          CLI::CheckedTransformer(names, CLI::ignore_case).description(""))
      ->type_name("table|json|csv");
}

}  // namespace parley::cli
