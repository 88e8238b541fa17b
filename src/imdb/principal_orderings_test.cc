// PrincipalOrderings against a plain set of the pairs added: the same answer
// for files grouped by title, for titles that come back after others (the
// switch to the hash set must know every earlier pair), for rows that are
// checked but not kept, and for orderings far apart.

#include "imdb/principal_orderings.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

namespace marquee::imdb {
namespace {

// Feeds `rows` through PrincipalOrderings and a std::set side by side,
// keeping a row when `keep` says so; every answer must agree.
void ExpectSameAsASet(const std::vector<std::pair<uint32_t, uint32_t>>& rows, const std::vector<bool>& keep,
                      size_t n_titles) {
  std::vector<CatalogCredit> credits = {{0, 0, 0, 0, 7}};  // an earlier file's credit, not this one's
  PrincipalOrderings billed(&credits, credits.size(), n_titles);
  std::set<std::pair<uint32_t, uint32_t>> added;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto [title, ordering] = rows[i];
    ASSERT_EQ(billed.Contains(title, ordering), added.count(rows[i]) == 1)
        << "row " << i << ": title " << title << " ordering " << ordering;
    if (keep[i] && !added.count(rows[i])) {
      credits.push_back({title, 0, 0, 0, ordering});
      billed.Add(title, ordering);
      added.insert(rows[i]);
    }
  }
}

TEST(PrincipalOrderingsTest, GroupedByTitle) {
  std::vector<std::pair<uint32_t, uint32_t>> rows = {{0, 1}, {0, 2}, {0, 1}, {0, 3}, {1, 1}, {1, 1},
                                                     {1, 2}, {2, 9}, {2, 0xFFFFFFF}, {2, 9}, {3, 7}, {3, 0xFFFFFFF}};
  ExpectSameAsASet(rows, std::vector<bool>(rows.size(), true), 4);
}

// Title 0 comes back after title 1: its first ordering is a duplicate there,
// and so is title 0's ordering 7 though the earlier file also has one.
TEST(PrincipalOrderingsTest, TitleComingBackIsChecked) {
  std::vector<std::pair<uint32_t, uint32_t>> rows = {{0, 1}, {0, 7}, {1, 1}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 1}};
  ExpectSameAsASet(rows, std::vector<bool>(rows.size(), true), 3);
}

// A row that was checked but not kept (its person unknown, say) does not
// make a later row at its ordering a duplicate.
TEST(PrincipalOrderingsTest, RowsNotKeptAreNotCounted) {
  std::vector<std::pair<uint32_t, uint32_t>> rows = {{0, 1}, {0, 1}, {1, 5}, {0, 3}, {0, 3}};
  ExpectSameAsASet(rows, {false, true, true, false, true}, 2);
}

TEST(PrincipalOrderingsTest, RandomFilesGroupedOrNot) {
  std::mt19937 rng(7);
  for (int round = 0; round < 40; ++round) {
    const uint32_t n_titles = 1 + rng() % 50;
    std::vector<std::pair<uint32_t, uint32_t>> rows;
    std::vector<bool> keep;
    uint32_t title = 0;
    for (int i = 0; i < 2000; ++i) {
      if (rng() % 8 == 0) title = round % 2 ? (title + 1) % n_titles : rng() % n_titles;  // even rounds revisit
      rows.push_back({title, 1 + static_cast<uint32_t>(rng() % (rng() % 16 == 0 ? 1 << 20 : 30))});
      keep.push_back(rng() % 10 != 0);
    }
    ExpectSameAsASet(rows, keep, n_titles);
  }
}

}  // namespace
}  // namespace marquee::imdb
