// parley_rocks: what RocksDB itself costs, beside Parley's storage, for
// bench/run.sh. It reads a database's SST files directly (never through
// storage/), which is why it is the one program outside storage/ that
// includes RocksDB's headers: it measures RocksDB, not Parley.
//
//   parley_rocks sizes DB
//       per column family: SST bytes on disk, entries, raw key and value
//       bytes (from each SST file's table properties), and the write-ahead
//       log's bytes. Prints one JSON object.
//   parley_rocks write-rate DB --pages N --out DIR
//       RocksDB's raw write rate for the same bytes: every entry of DB's SST
//       files (the same keys and values, of the same sizes, in the same
//       column families) written into a fresh RocksDB at DIR, WAL on, in N
//       WriteBatches of equal entry counts (one per page), then flushed --
//       the ceiling for `parley import` of N pages. Entries are taken one
//       from each SST file in turn, so that each batch spreads over every
//       column family and key range as a page's does. Prints one JSON object
//       (process_cpu_s includes reading the SST files and RocksDB's
//       background threads).
//
// Exit code 0, or 2 on bad usage or a RocksDB error (one line on stderr).
#include <rocksdb/db.h>
#include <rocksdb/merge_operator.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_reader.h>
#include <rocksdb/table_properties.h>
#include <rocksdb/write_batch.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Reading SST files written with a merge operator needs one to fold the
// operands of a key; the last operand stands for them all (the bytes of one
// value, which is what the write rate needs).
class LastOperand : public rocksdb::MergeOperator {
 public:
  bool FullMergeV2(const MergeOperationInput& in,
                   MergeOperationOutput* out) const override {
    if (in.operand_list.empty()) {
      if (in.existing_value != nullptr) {
        out->new_value.assign(in.existing_value->data(),
                              in.existing_value->size());
      }
      return true;
    }
    out->existing_operand = in.operand_list.back();
    return true;
  }
  const char* Name() const override { return "parley_rocks.LastOperand"; }
};

rocksdb::Options ReadingOptions() {
  rocksdb::Options options;
  options.merge_operator = std::make_shared<LastOperand>();
  return options;
}

int Fail(const std::string& message) {
  std::cerr << "parley_rocks: " << message << "\n";
  return 2;
}

struct SstFile {
  std::string path;
  std::string column_family;
  uint64_t file_bytes = 0;
  uint64_t entries = 0;
  uint64_t raw_key_bytes = 0;
  uint64_t raw_value_bytes = 0;
};

// The live SST files of the database in `dir` (RocksDB deletes obsolete ones
// once a compaction is done), each with its table properties.
bool ListSstFiles(const std::string& dir, std::vector<SstFile>* out,
                  std::string* error) {
  rocksdb::Options options = ReadingOptions();
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".sst") continue;
    rocksdb::SstFileReader reader(options);
    rocksdb::Status s = reader.Open(entry.path().string());
    if (!s.ok()) {
      *error = entry.path().string() + ": " + s.ToString();
      return false;
    }
    auto props = reader.GetTableProperties();
    SstFile f;
    f.path = entry.path().string();
    f.column_family = props->column_family_name;
    f.file_bytes = entry.file_size();
    f.entries = props->num_entries;
    f.raw_key_bytes = props->raw_key_size;
    f.raw_value_bytes = props->raw_value_size;
    out->push_back(std::move(f));
  }
  if (ec) {
    *error = dir + ": " + ec.message();
    return false;
  }
  return true;
}

std::string Quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

int Sizes(const std::string& dir) {
  std::vector<SstFile> files;
  std::string error;
  if (!ListSstFiles(dir, &files, &error)) return Fail(error);
  std::map<std::string, SstFile> by_cf;
  for (const SstFile& f : files) {
    SstFile& cf = by_cf[f.column_family];
    cf.file_bytes += f.file_bytes;
    cf.entries += f.entries;
    cf.raw_key_bytes += f.raw_key_bytes;
    cf.raw_value_bytes += f.raw_value_bytes;
  }
  uint64_t wal = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".log") wal += entry.file_size();
  }
  std::printf(
      "{\"wal_bytes\": %llu, \"sst_files\": %zu, \"column_families\": {",
      static_cast<unsigned long long>(wal), files.size());
  const char* sep = "";
  for (const auto& [name, cf] : by_cf) {
    std::printf(
        "%s%s: {\"sst_bytes\": %llu, \"entries\": %llu, \"raw_key_bytes\": "
        "%llu, \"raw_value_bytes\": %llu}",
        sep, Quoted(name).c_str(),
        static_cast<unsigned long long>(cf.file_bytes),
        static_cast<unsigned long long>(cf.entries),
        static_cast<unsigned long long>(cf.raw_key_bytes),
        static_cast<unsigned long long>(cf.raw_value_bytes));
    sep = ", ";
  }
  std::printf("}}\n");
  return 0;
}

int WriteRate(const std::string& dir, long pages, const std::string& out_dir) {
  std::vector<SstFile> files;
  std::string error;
  if (!ListSstFiles(dir, &files, &error)) return Fail(error);
  if (pages <= 0) return Fail("--pages must be positive");
  std::error_code ec;
  if (fs::exists(out_dir, ec)) return Fail(out_dir + ": already exists");

  // A fresh database with the same column families, RocksDB's defaults.
  std::vector<std::string> cf_names = {rocksdb::kDefaultColumnFamilyName};
  std::map<std::string, size_t> cf_index = {
      {rocksdb::kDefaultColumnFamilyName, 0}};
  for (const SstFile& f : files) {
    if (cf_index.emplace(f.column_family, cf_names.size()).second) {
      cf_names.push_back(f.column_family);
    }
  }
  rocksdb::Options options;
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : cf_names) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      rocksdb::DB::Open(options, out_dir, descriptors, &handles, &raw);
  if (!s.ok()) return Fail(out_dir + ": " + s.ToString());
  std::unique_ptr<rocksdb::DB> db(raw);

  // One iterator per SST file; reading them is not timed.
  struct Source {
    std::unique_ptr<rocksdb::SstFileReader> reader;
    std::unique_ptr<rocksdb::Iterator> it;
    rocksdb::ColumnFamilyHandle* cf;
  };
  std::vector<Source> sources;
  uint64_t entries = 0;
  for (const SstFile& f : files) {
    Source src;
    src.reader = std::make_unique<rocksdb::SstFileReader>(ReadingOptions());
    s = src.reader->Open(f.path);
    if (!s.ok()) return Fail(f.path + ": " + s.ToString());
    src.it.reset(src.reader->NewIterator(rocksdb::ReadOptions()));
    src.it->SeekToFirst();
    src.cf = handles[cf_index[f.column_family]];
    entries += f.entries;
    sources.push_back(std::move(src));
  }
  // Batch b ends after entry (b + 1) * entries / pages: N batches, their
  // sizes differing by one at most.
  auto batch_end = [&](uint64_t b) {
    return (b + 1) * entries / static_cast<uint64_t>(pages);
  };

  using Clock = std::chrono::steady_clock;
  Clock::duration writing{};
  uint64_t written = 0, bytes = 0, batches = 0;
  rocksdb::WriteBatch batch;
  auto flush_batch = [&]() -> rocksdb::Status {
    Clock::time_point t0 = Clock::now();
    rocksdb::Status st = db->Write(rocksdb::WriteOptions(), &batch);
    writing += Clock::now() - t0;
    batch.Clear();
    ++batches;
    return st;
  };
  bool any = true;
  while (any) {
    any = false;
    for (Source& src : sources) {
      if (!src.it->Valid()) continue;
      any = true;
      s = batch.Put(src.cf, src.it->key(), src.it->value());
      if (!s.ok()) return Fail(s.ToString());
      bytes += src.it->key().size() + src.it->value().size();
      ++written;
      src.it->Next();
      if (written >= batch_end(batches) && batch.Count() > 0) {
        s = flush_batch();
        if (!s.ok()) return Fail(out_dir + ": " + s.ToString());
      }
    }
  }
  for (Source& src : sources) {
    if (!src.it->status().ok()) return Fail(src.it->status().ToString());
  }
  if (batch.Count() > 0) {
    s = flush_batch();
    if (!s.ok()) return Fail(out_dir + ": " + s.ToString());
  }
  Clock::time_point t0 = Clock::now();
  rocksdb::FlushOptions flush;
  s = db->Flush(flush, handles);
  Clock::duration flushing = Clock::now() - t0;
  if (!s.ok()) return Fail(out_dir + ": " + s.ToString());
  for (rocksdb::ColumnFamilyHandle* h : handles)
    db->DestroyColumnFamilyHandle(h);
  db.reset();

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double cpu_s =
      static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) *
          1e-6;
  double write_s = std::chrono::duration<double>(writing).count();
  double flush_s = std::chrono::duration<double>(flushing).count();
  double total = write_s + flush_s;
  std::printf(
      "{\"pages\": %ld, \"batches\": %llu, \"entries\": %llu, \"bytes\": %llu, "
      "\"write_s\": %.3f, \"flush_s\": %.3f, \"pages_per_s\": %.1f, "
      "\"mb_per_s\": %.2f, \"process_cpu_s\": %.3f}\n",
      pages, static_cast<unsigned long long>(batches),
      static_cast<unsigned long long>(written),
      static_cast<unsigned long long>(bytes), write_s, flush_s,
      total > 0 ? static_cast<double>(pages) / total : 0.0,
      total > 0 ? static_cast<double>(bytes) / 1e6 / total : 0.0, cpu_s);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string usage =
      "usage: parley_rocks sizes DB | parley_rocks write-rate DB --pages N "
      "--out DIR";
  if (args.size() == 2 && args[0] == "sizes") return Sizes(args[1]);
  if (args.size() == 6 && args[0] == "write-rate") {
    long pages = -1;
    std::string out;
    for (size_t i = 2; i + 1 < args.size(); i += 2) {
      if (args[i] == "--pages")
        pages = std::strtol(args[i + 1].c_str(), nullptr, 10);
      if (args[i] == "--out") out = args[i + 1];
    }
    if (pages > 0 && !out.empty()) return WriteRate(args[1], pages, out);
  }
  return Fail(usage);
}
