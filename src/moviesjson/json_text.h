// The raw text of a movies-JSON file, before and beside the JSON parser:
// where each film starts (simdjson's DOM keeps no source positions, and bad
// films are reported by line), and the repair of numbers too large for the
// parser, so that one such number is a bad field of one film rather than a
// file that cannot be read.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::moviesjson {

// Byte offsets of the elements of a top-level JSON array (the text must
// already have parsed as one).
std::vector<size_t> ElementOffsets(std::string_view text);

// Rewrites, in place and at the same length, every number the parser
// refuses because it does not fit (an integer wider than 64 bits, a float
// beyond the double range) to 9e99 (-9e99 if negative) padded with spaces:
// a value every numeric field of the format rejects as out of range.
// Returns how many numbers were rewritten. Strings are left alone.
size_t RewriteOversizedNumbers(std::string* text);

// Line numbers of ascending offsets, counting newlines once overall.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  uint64_t LineOf(size_t offset);

 private:
  std::string_view text_;
  size_t offset_ = 0;
  uint64_t line_ = 1;
};

}  // namespace marquee::moviesjson
