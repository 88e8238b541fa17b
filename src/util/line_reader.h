// LineReader: splits an InputStream into lines, numbered from 1, without
// copying them (each line is a view into an internal buffer, valid until the
// next call). A trailing "\r" is removed and reported, so callers can count
// CRLF files instead of mis-parsing their last column.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "util/input_stream.h"

namespace marquee {

class LineReader {
 public:
  explicit LineReader(std::unique_ptr<InputStream> in) : in_(std::move(in)) {}

  // Sets *line to the next line (without "\n" or "\r\n") and returns true, or
  // returns false at the end of input or on error (check status()).
  bool Next(std::string_view* line);

  uint64_t line_number() const { return line_number_; }
  bool had_cr() const { return had_cr_; }
  const Status& status() const { return status_; }
  const InputStream& input() const { return *in_; }

 private:
  bool Fill();

  std::unique_ptr<InputStream> in_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool had_cr_ = false;
  uint64_t line_number_ = 0;
  Status status_;
};

}  // namespace marquee
