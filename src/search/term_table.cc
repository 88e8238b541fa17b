#include "search/term_table.h"

#include "util/hash.h"

namespace marquee::search {

uint64_t TermTable::HashOf(std::string_view w) { return Hash64(w); }

uint32_t TermTable::Intern(std::string_view word) {
  if ((offsets_.size() + 1) * 2 > slots_.size()) Grow();
  uint64_t h = HashOf(word);
  uint32_t tag = static_cast<uint32_t>(h >> 32);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint64_t s = slots_[i];
    if (s == 0) {
      uint32_t id = static_cast<uint32_t>(offsets_.size());
      offsets_.push_back(arena_.size());
      lengths_.push_back(static_cast<uint8_t>(word.size()));
      arena_.append(word);
      slots_[i] = (uint64_t{tag} << 32) | (id + 1);
      return id;
    }
    if (static_cast<uint32_t>(s >> 32) == tag) {
      uint32_t id = static_cast<uint32_t>(s) - 1;
      if (term(id) == word) return id;
    }
  }
}

void TermTable::Grow() {
  std::vector<uint64_t> old(slots_.size() * 2, 0);
  old.swap(slots_);
  size_t mask = slots_.size() - 1;
  for (uint32_t id = 0; id < offsets_.size(); ++id) {
    uint64_t h = HashOf(term(id));
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = (uint64_t{static_cast<uint32_t>(h >> 32)} << 32) | (id + 1);
  }
}

}  // namespace marquee::search
