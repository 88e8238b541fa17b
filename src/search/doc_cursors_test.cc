// The posting-list cursors: galloping search, merging lists (one or
// several, with documents in more than one list), skipping, and a word's
// documents as a filter.

#include "search/doc_cursors.h"

#include <gtest/gtest.h>

#include <vector>

namespace marquee::search {
namespace {

std::vector<uint32_t> Drain(Merge* m) {
  std::vector<uint32_t> out;
  for (uint32_t d; m->Next(&d);) out.push_back(d);
  return out;
}

TEST(DocCursorsTest, GallopFindsTheFirstNotBelow) {
  std::vector<uint32_t> v = {2, 3, 5, 8, 13, 21, 34, 55, 89};
  const uint32_t* b = v.data();
  const uint32_t* e = b + v.size();
  EXPECT_EQ(Gallop(b, e, 0), b);
  EXPECT_EQ(Gallop(b, e, 5), b + 2);
  EXPECT_EQ(Gallop(b, e, 6), b + 3);
  EXPECT_EQ(Gallop(b + 3, e, 55), b + 7);
  EXPECT_EQ(Gallop(b, e, 90), e);
  EXPECT_EQ(Gallop(e, e, 1), e);
}

TEST(DocCursorsTest, LowerBoundAgreesWithTheStandardOne) {
  std::vector<uint32_t> v;
  for (uint32_t i = 0; i < 40; ++i) v.push_back(i * 3 + (i > 20));
  for (size_t from = 0; from <= v.size(); ++from)
    for (size_t to = from; to <= v.size(); ++to)
      for (uint32_t t = 0; t < 130; ++t)
        ASSERT_EQ(LowerBound(v.data() + from, v.data() + to, t), std::lower_bound(v.data() + from, v.data() + to, t))
            << from << " " << to << " " << t;
}

TEST(DocCursorsTest, MergeOfOneList) {
  std::vector<uint32_t> a = {1, 4, 9, 16};
  Merge m;
  m.Add(a);
  m.Start();
  EXPECT_EQ(Drain(&m), a);
  Merge skip;
  skip.Add(a);
  skip.Start();
  skip.SkipTo(5);
  EXPECT_EQ(skip.Front(), 9u);
  skip.SkipTo(17);
  EXPECT_EQ(skip.Front(), format::kNone);
  uint32_t d;
  EXPECT_FALSE(skip.Next(&d));
}

TEST(DocCursorsTest, MergeYieldsEachDocumentOnce) {
  // 5 is in both lists; when the first ends on it, the second (left
  // alone, without the heap) must not yield it again.
  std::vector<uint32_t> a = {1, 5}, b = {2, 5, 7}, empty;
  Merge m;
  m.Add(a);
  m.Add(b);
  m.Add(empty);
  m.Start();
  EXPECT_EQ(Drain(&m), (std::vector<uint32_t>{1, 2, 5, 7}));
  std::vector<uint32_t> c = {3}, d = {3};
  Merge last;
  last.Add(c);
  last.Add(d);
  last.Start();
  EXPECT_EQ(Drain(&last), (std::vector<uint32_t>{3}));
}

TEST(DocCursorsTest, WordFilterAnswersTheNextDocument) {
  std::vector<uint32_t> a = {10, 20, 30}, b = {15, 25};
  WordFilter one({a});
  EXPECT_EQ(one.lists(), 1u);
  EXPECT_EQ(one.NextFrom(0), 10u);
  EXPECT_EQ(one.NextFrom(20), 20u);
  EXPECT_EQ(one.NextFrom(21), 30u);
  EXPECT_EQ(one.NextFrom(31), format::kNone);
  WordFilter two({a, b});
  EXPECT_EQ(two.lists(), 2u);
  EXPECT_EQ(two.NextFrom(11), 15u);
  EXPECT_EQ(two.NextFrom(21), 25u);
  EXPECT_EQ(two.NextFrom(26), 30u);
  EXPECT_EQ(two.NextFrom(31), format::kNone);
}

TEST(DocCursorsTest, DocSetGrows) {
  DocSet s;
  for (uint32_t d = 0; d < 5000; ++d) EXPECT_TRUE(s.Insert(d * 7));
  for (uint32_t d = 0; d < 5000; ++d) EXPECT_FALSE(s.Insert(d * 7));
}

}  // namespace
}  // namespace marquee::search
