// StringHeapBuilder: builds the index's string heap (the kStrings section).
// Add() appends a string and returns its StringRef; Intern() returns the ref
// of an equal string added through Intern() before, so values that repeat
// millions of times (characters such as "Self", jobs, genre lists) are stored
// once. The heap is limited to 4 GiB by the 32-bit refs; past that, Add()
// reports overflow and the build fails with a clear message.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "index/format.h"

namespace marquee {

class StringHeapBuilder {
 public:
  StringHeapBuilder();

  format::StringRef Add(std::string_view s);
  format::StringRef Intern(std::string_view s);

  bool overflowed() const { return overflow_; }
  const std::string& bytes() const { return heap_; }
  size_t interned_count() const { return used_; }

  // Reads back a string added earlier (used while building).
  std::string_view Get(format::StringRef ref) const;

 private:
  void Grow();

  std::string heap_;
  // Open addressing: slot = ref + 1 (0 = empty); hashes kept beside refs so a
  // probe rarely touches the heap.
  std::vector<uint32_t> slots_;
  std::vector<uint32_t> slot_hash_;
  size_t used_ = 0;
  bool overflow_ = false;
};

}  // namespace marquee
