// Cursors over posting lists for the query engine: galloping search, a
// heap that merges several ascending lists into one (Next, SkipTo), a word's
// documents as such a merge for leapfrog intersection (WordFilter), and a
// small open-addressing set of doc ids. Header-only: all of it is hot.

#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "index/format.h"

namespace marquee::search {

// std::lower_bound without branches on the data (its compare is a coin
// toss the CPU mispredicts half the time): the first element >= target in
// the ascending [first, last).
inline const uint32_t* LowerBound(const uint32_t* first, const uint32_t* last, uint32_t target) {
  size_t n = last - first;
  if (n == 0) return first;
  while (n > 1) {  // the answer is in [first, first + n]
    size_t half = n / 2;
    __builtin_prefetch(first + half / 2);  // both places the next probe may be
    __builtin_prefetch(first + half + half / 2);
    first = first[half] < target ? first + half : first;
    n -= half;
  }
  return first + (*first < target);
}

// The first element >= target in the ascending [p, end), searching forward
// from p in doubling steps.
inline const uint32_t* Gallop(const uint32_t* p, const uint32_t* end, uint32_t target) {
  if (p == end || *p >= target) return p;
  size_t step = 1;
  while (p + step < end && p[step] < target) step <<= 1;
  return LowerBound(p + step / 2, std::min(p + step + 1, end), target);
}

// Several ascending posting lists as one: a min-heap of cursors. Next()
// yields their doc ids ascending without repeats; SkipTo(t) moves past
// everything below t, galloping only the lists that are behind. A single
// list (a word's own term, a prefix gram) skips the heap: a step over it
// is one gallop.
class Merge {
 public:
  void Add(std::span<const uint32_t> list) {
    if (!list.empty()) heap_.push_back({list.data(), list.data() + list.size()});
  }
  void Start() { std::make_heap(heap_.begin(), heap_.end(), Later); }
  bool Next(uint32_t* doc) {
    if (heap_.size() == 1) {  // one list left: no heap; only its head can repeat
      Cursor& c = heap_[0];
      if (*c.p == last_ && ++c.p == c.end) {
        heap_.clear();
        return false;
      }
      *doc = last_ = *c.p++;
      if (c.p == c.end) heap_.clear();
      return true;
    }
    while (!heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), Later);
      Cursor& c = heap_.back();
      uint32_t d = *c.p++;
      if (c.p == c.end) heap_.pop_back();
      else std::push_heap(heap_.begin(), heap_.end(), Later);
      if (d == last_) continue;
      last_ = d;
      *doc = d;
      return true;
    }
    return false;
  }
  void SkipTo(uint32_t target) {
    if (heap_.size() == 1) {
      Cursor& c = heap_[0];
      c.p = Gallop(c.p, c.end, target);
      if (c.p == c.end) heap_.clear();
      return;
    }
    while (!heap_.empty() && *heap_.front().p < target) {
      std::pop_heap(heap_.begin(), heap_.end(), Later);
      Cursor& c = heap_.back();
      c.p = Gallop(c.p, c.end, target);
      if (c.p == c.end) heap_.pop_back();
      else std::push_heap(heap_.begin(), heap_.end(), Later);
    }
  }
  // The smallest doc id >= the last SkipTo target, kNone when none is left.
  uint32_t Front() const { return heap_.empty() ? format::kNone : *heap_.front().p; }

 private:
  struct Cursor {
    const uint32_t* p;
    const uint32_t* end;
  };
  static bool Later(const Cursor& a, const Cursor& b) { return *a.p > *b.p; }
  std::vector<Cursor> heap_;
  uint32_t last_ = format::kNone;
};

// The documents of one query word, for intersecting with a driver's
// documents in ascending order without touching the documents themselves.
class WordFilter {
 public:
  explicit WordFilter(const std::vector<std::span<const uint32_t>>& lists) : lists_(lists.size()) {
    for (auto l : lists) m_.Add(l);
    m_.Start();
  }
  // The word's first document >= d (kNone when none is left).
  uint32_t NextFrom(uint32_t d) {
    m_.SkipTo(d);
    return m_.Front();
  }
  // Posting lists merged: each costs a gallop per step.
  size_t lists() const { return lists_; }

 private:
  Merge m_;
  size_t lists_;
};

// A set of doc ids: open addressing, no allocation per insert.
class DocSet {
 public:
  DocSet() : slots_(1024, kEmpty) {}
  bool Insert(uint32_t d) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = (d * 0x9E3779B1u) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == d) return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = d;
        ++size_;
        return true;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  void Grow() {
    std::vector<uint32_t> old(slots_.size() * 2, kEmpty);
    old.swap(slots_);
    size_ = 0;
    for (uint32_t d : old)
      if (d != kEmpty) Insert(d);
  }
  std::vector<uint32_t> slots_;
  size_t size_ = 0;
};

}  // namespace marquee::search
