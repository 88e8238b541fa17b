// LineReader: splits an InputStream into lines, numbered from 1, without
// copying them (each line is a view into an internal buffer, valid until the
// next call). A trailing "\r" is removed and reported, so callers can count
// CRLF files instead of mis-parsing their last column. A line longer than
// the cap stops the reader with a Corruption "file:line: line longer than N
// bytes" as soon as that many bytes are buffered, so memory stays bounded
// whatever the input.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "util/input_stream.h"

namespace marquee {

class LineReader {
 public:
  // 1 MiB: over 100 times the longest row of any IMDb file.
  static constexpr size_t kDefaultMaxLineBytes = 1 << 20;

  explicit LineReader(std::unique_ptr<InputStream> in, size_t max_line_bytes = kDefaultMaxLineBytes)
      : in_(std::move(in)), max_line_bytes_(max_line_bytes) {}

  // Sets *line to the next line (without "\n" or "\r\n") and returns true, or
  // returns false at the end of input or on error (check status()).
  bool Next(std::string_view* line);

  uint64_t line_number() const { return line_number_; }
  bool had_cr() const { return had_cr_; }
  const Status& status() const { return status_; }
  const InputStream& input() const { return *in_; }

 private:
  bool Fill();
  bool TooLong(size_t bytes);  // sets the status when bytes exceed the cap


  std::unique_ptr<InputStream> in_;
  size_t max_line_bytes_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool had_cr_ = false;
  uint64_t line_number_ = 0;
  Status status_;
};

}  // namespace marquee
