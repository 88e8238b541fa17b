// Status: the outcome of an operation that can fail, returned across every
// module edge instead of throwing. A Status is OK, or carries a code and a
// message meant for a person ("title.principals.tsv:12: wrong column count").
// Callers check ok() and pass the Status on; the CLI maps codes to exit codes.

#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace marquee {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kNotFound,         // the thing asked for does not exist (exit 1)
    kInvalidArgument,  // the caller asked for something impossible (exit 2)
    kCorruption,       // input or index is damaged (exit 2)
    kIOError,          // the system refused a read or write (exit 2)
    kNotSupported,     // e.g. an index written by another format version
    kAmbiguous,        // free text matched several things equally well (exit 2)
    kBudgetExceeded,   // a query gave up past its work budget
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status IOError(std::string msg) { return {Code::kIOError, std::move(msg)}; }
  static Status NotSupported(std::string msg) { return {Code::kNotSupported, std::move(msg)}; }
  static Status Ambiguous(std::string msg) { return {Code::kAmbiguous, std::move(msg)}; }
  static Status BudgetExceeded(std::string msg) { return {Code::kBudgetExceeded, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsCorruption() const { return code_ == Code::kCorruption; }
  bool IsAmbiguous() const { return code_ == Code::kAmbiguous; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "NotFound: no title matches 'foo'"; "OK" for success.
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Returns early from the enclosing function when `expr` is not OK.
#define MARQUEE_RETURN_IF_ERROR(expr)          \
  do {                                         \
    ::marquee::Status _st = (expr);            \
    if (!_st.ok()) return _st;                 \
  } while (0)

}  // namespace marquee
