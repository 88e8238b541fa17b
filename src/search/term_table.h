// TermTable: an append-only set of distinct words, each given a dense id in
// order of first appearance. Open addressing over 32-bit hash tags, words
// kept in one arena, so interning hundreds of millions of words while
// building stays cheap in time and memory.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::search {

class TermTable {
 public:
  TermTable() : slots_(1024, 0) {}
  // The id of `word`, adding it when new.
  uint32_t Intern(std::string_view word);
  size_t size() const { return offsets_.size(); }
  std::string_view term(uint32_t id) const {
    return std::string_view(arena_.data() + offsets_[id], lengths_[id]);
  }

 private:
  void Grow();
  static uint64_t HashOf(std::string_view w);

  std::vector<uint64_t> slots_;  // (hash tag << 32) | (id + 1); 0 = empty
  std::string arena_;
  std::vector<uint64_t> offsets_;
  std::vector<uint8_t> lengths_;
};

}  // namespace marquee::search
