// PrincipalOrderings: which (title, ordering) pairs title.principals has
// already credited, so a repeat (two people billed at one position) is a bad
// row wherever it appears in the file. Linear time in the rows.
//
// IMDb's files are grouped by title, and then only the current title's
// orderings are kept (a bitmap by ordering, cleared bit by bit when the
// title changes: at most 32 MiB for the largest ordering the loader
// accepts). When a title comes back after other titles, the file is not
// grouped: from then on every pair of the file is kept in a hash set, built
// once from the credits already added (about 40 bytes a row).

#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "catalog/catalog.h"

namespace marquee::imdb {

class PrincipalOrderings {
 public:
  // `credits` are the catalog's; the file's own start at `first`.
  PrincipalOrderings(const std::vector<CatalogCredit>* credits, size_t first, size_t n_titles)
      : credits_(credits), first_(first), done_(n_titles, false) {}

  // Whether (title, ordering) was added before. Call for each row, then
  // Add the same pair if the row is kept.
  bool Contains(uint32_t title, uint32_t ordering);
  void Add(uint32_t title, uint32_t ordering);

 private:
  static uint64_t Key(uint32_t title, uint32_t ordering) { return uint64_t{title} << 32 | ordering; }
  bool Grouped() const { return !ungrouped_; }

  const std::vector<CatalogCredit>* credits_;
  size_t first_;
  std::vector<bool> done_;  // titles whose group has ended
  uint32_t title_ = UINT32_MAX;       // the current group's title
  std::vector<uint32_t> orderings_;   // the current group's, to clear the bitmap
  std::vector<uint64_t> bitmap_;      // by ordering
  bool ungrouped_ = false;
  std::unordered_set<uint64_t> all_;  // once ungrouped
};

}  // namespace marquee::imdb
