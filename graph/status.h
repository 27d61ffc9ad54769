// Status and Result<T>: expected failures as values (a code and a one-line
// message), in the manner of LevelDB's Status. Used by every Parley library.
#ifndef PARLEY_GRAPH_STATUS_H_
#define PARLEY_GRAPH_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace parley {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk,
    kNotFound,         // nothing matched; the CLI exits 1
    kInvalidArgument,  // bad usage or bad input; the CLI exits 2
    kCorruption,       // stored data unreadable or of a newer schema
    kBusy,             // the database is in use by another writer
    kIOError,
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status Corruption(std::string msg) {
    return Status(Code::kCorruption, std::move(msg));
  }
  static Status Busy(std::string msg) {
    return Status(Code::kBusy, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // The message with `context` (a file name, a key) in front: "ctx: msg".
  Status WithContext(const std::string& context) const {
    if (ok()) return *this;
    return Status(code_, context + ": " + message_);
  }

 private:
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "a Result without a value needs an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace parley

#endif  // PARLEY_GRAPH_STATUS_H_
