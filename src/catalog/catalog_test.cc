// Catalog: vocabulary and record-table codes and limits, duplicate keys,
// Finalize()'s key order with every row reference renumbered, and
// popularity, which counts each of a person's titles once however their
// credits are interleaved.

#include "catalog/catalog.h"

#include <gtest/gtest.h>

namespace marquee {
namespace {

TEST(VocabularyTest, CodesInFirstSeenOrderUpToTheLimit) {
  StringHeapBuilder heap;
  Vocabulary v(3);
  uint32_t code = 99;
  ASSERT_TRUE(v.Code("movie", &heap, &code));
  EXPECT_EQ(code, 0u);
  ASSERT_TRUE(v.Code("tvSeries", &heap, &code));
  EXPECT_EQ(code, 1u);
  ASSERT_TRUE(v.Code("movie", &heap, &code));
  EXPECT_EQ(code, 0u);
  ASSERT_TRUE(v.Code("short", &heap, &code));
  EXPECT_EQ(code, 2u);
  EXPECT_FALSE(v.Code("video", &heap, &code));  // full
  ASSERT_TRUE(v.Code("tvSeries", &heap, &code));  // known strings still resolve
  EXPECT_EQ(code, 1u);
  ASSERT_EQ(v.refs().size(), 3u);
  EXPECT_EQ(heap.Get(v.refs()[0]), "movie");
  EXPECT_EQ(heap.Get(v.refs()[1]), "tvSeries");
  EXPECT_EQ(heap.Get(v.refs()[2]), "short");
}

TEST(VocabularyTest, ReservedZeroMeansNone) {
  StringHeapBuilder heap;
  Vocabulary jobs(3, /*reserve_zero=*/true);
  uint32_t code;
  ASSERT_TRUE(jobs.Code("screenplay", &heap, &code));
  EXPECT_EQ(code, 1u);
  ASSERT_TRUE(jobs.Code("novel", &heap, &code));
  EXPECT_EQ(code, 2u);
  EXPECT_FALSE(jobs.Code("story", &heap, &code));  // the reserved code counts
  ASSERT_EQ(jobs.refs().size(), 3u);
  EXPECT_EQ(jobs.refs()[0], 0u);  // the empty string
}

TEST(RecordTableTest, EqualRecordsShareACodeUpToTheLimit) {
  RecordTable<format::AkaLocale> locales;
  format::AkaLocale us_en{{'U', 'S'}, {'e', 'n'}}, us{{'U', 'S'}, {}}, none{};
  uint16_t code = 99;
  ASSERT_TRUE(locales.Code(us_en, &code));
  EXPECT_EQ(code, 0u);
  ASSERT_TRUE(locales.Code(us, &code));
  EXPECT_EQ(code, 1u);
  ASSERT_TRUE(locales.Code(none, &code));
  EXPECT_EQ(code, 2u);
  ASSERT_TRUE(locales.Code(format::AkaLocale{{'U', 'S'}, {'e', 'n'}}, &code));
  EXPECT_EQ(code, 0u);
  ASSERT_EQ(locales.records().size(), 3u);
  EXPECT_EQ(std::string(locales.records()[1].region, 2), "US");

  // Codes are u16: the 65,537th distinct record does not fit.
  RecordTable<format::AkaKind> kinds;
  for (uint32_t i = 0; i < format::kMaxAkaTableSize; ++i) {
    format::AkaKind k{};
    k.attributes = i;
    ASSERT_TRUE(kinds.Code(k, &code));
    ASSERT_EQ(code, i);
  }
  format::AkaKind one_more{};
  one_more.attributes = format::kMaxAkaTableSize;
  EXPECT_FALSE(kinds.Code(one_more, &code));
  format::AkaKind known{};
  known.attributes = 7;
  ASSERT_TRUE(kinds.Code(known, &code));  // known records still resolve
  EXPECT_EQ(code, 7u);
}

// A title record with `votes`, every other field unset.
format::TitleRecord Title(uint32_t votes) {
  format::TitleRecord t = Catalog::EmptyTitle();
  t.votes = votes;
  return t;
}

TEST(CatalogTest, DuplicateKeysAreRefused) {
  Catalog c;
  uint32_t row;
  ASSERT_TRUE(c.AddTitle(7, Title(1), &row));
  EXPECT_EQ(row, 0u);
  EXPECT_FALSE(c.AddTitle(7, Title(2), &row));
  ASSERT_TRUE(c.AddTitle(uint64_t{1} << 40, Title(3), &row));  // a hashed key
  EXPECT_EQ(row, 1u);
  EXPECT_FALSE(c.AddTitle(uint64_t{1} << 40, Title(4), &row));
  ASSERT_TRUE(c.AddPerson(7, Catalog::EmptyPerson(), &row));  // people have their own keys
  EXPECT_FALSE(c.AddPerson(7, Catalog::EmptyPerson(), &row));
  EXPECT_EQ(c.titles.size(), 2u);
  EXPECT_EQ(c.people.size(), 1u);
}

// Titles and people added out of key order; every reference must follow
// its record to the new row.
TEST(CatalogTest, FinalizeOrdersByKeyAndRenumbersReferences) {
  Catalog c;
  uint32_t episode, series, movie, ann, bob;
  ASSERT_TRUE(c.AddTitle(30, Title(300), &episode));
  ASSERT_TRUE(c.AddTitle(uint64_t{1} << 40, Title(9999), &series));
  ASSERT_TRUE(c.AddTitle(10, Title(100), &movie));
  c.titles[episode].parent = series;
  ASSERT_TRUE(c.AddPerson(2, Catalog::EmptyPerson(), &bob));
  ASSERT_TRUE(c.AddPerson(1, Catalog::EmptyPerson(), &ann));
  c.people[bob].known_for[0] = series;
  c.people[bob].known_for[1] = movie;
  c.credits.push_back({episode, ann, 0, 0, 1});
  c.credits.push_back({movie, bob, 0, 0, 1});
  format::AkaRecord aka{};
  aka.title = series;
  c.akas.push_back(aka);
  c.plots.push_back({series, 1});
  c.plots.push_back({movie, 2});

  ASSERT_TRUE(c.Finalize().ok());
  EXPECT_EQ(c.title_keys, (std::vector<uint64_t>{10, 30, uint64_t{1} << 40}));
  EXPECT_EQ(c.person_keys, (std::vector<uint64_t>{1, 2}));
  const uint32_t movie_row = 0, episode_row = 1, series_row = 2, ann_row = 0, bob_row = 1;
  EXPECT_EQ(c.titles[movie_row].votes, 100u);
  EXPECT_EQ(c.titles[episode_row].votes, 300u);
  EXPECT_EQ(c.titles[episode_row].parent, series_row);
  EXPECT_EQ(c.titles[movie_row].parent, format::kNone);
  EXPECT_EQ(c.people[bob_row].known_for[0], series_row);
  EXPECT_EQ(c.people[bob_row].known_for[1], movie_row);
  EXPECT_EQ(c.people[bob_row].known_for[2], format::kNone);
  EXPECT_EQ(c.akas[0].title, series_row);
  ASSERT_EQ(c.plots.size(), 2u);  // by title row, as the index stores them
  EXPECT_EQ(c.plots[0].title, movie_row);
  EXPECT_EQ(c.plots[0].text, 2u);
  EXPECT_EQ(c.plots[1].title, series_row);
  EXPECT_EQ(c.plots[1].text, 1u);
  EXPECT_EQ(c.credits[0].title, episode_row);
  EXPECT_EQ(c.credits[0].person, ann_row);
  EXPECT_EQ(c.credits[1].title, movie_row);
  EXPECT_EQ(c.credits[1].person, bob_row);
  EXPECT_EQ(c.people[ann_row].popularity, 300u);
  EXPECT_EQ(c.people[bob_row].popularity, 100u);
}

// IMDb's title.crew credits come after all of title.principals, so a
// person's credits on one title need not be adjacent.
TEST(CatalogTest, PopularityCountsEachTitleOnce) {
  Catalog c;
  uint32_t a, b, unrated, director, actor, nobody;
  ASSERT_TRUE(c.AddTitle(1, Title(1000), &a));
  ASSERT_TRUE(c.AddTitle(2, Title(20), &b));
  ASSERT_TRUE(c.AddTitle(3, Title(0), &unrated));
  ASSERT_TRUE(c.AddPerson(1, Catalog::EmptyPerson(), &director));
  ASSERT_TRUE(c.AddPerson(2, Catalog::EmptyPerson(), &actor));
  ASSERT_TRUE(c.AddPerson(3, Catalog::EmptyPerson(), &nobody));
  c.people[director].popularity = 5;  // stale values are replaced
  c.credits = {
      {a, director, 0, 0, 1},  {a, actor, 0, 0, 2}, {a, actor, 0, 0, 3},  // two roles, adjacent
      {b, director, 0, 0, 1},  {unrated, actor, 0, 0, 1},
      {a, director, 0, 0, 100},  // a crew credit on a title seen before
  };
  ASSERT_TRUE(c.Finalize().ok());
  EXPECT_EQ(c.people[director].popularity, 1020u);
  EXPECT_EQ(c.people[actor].popularity, 1000u);
  EXPECT_EQ(c.people[nobody].popularity, 0u);
}

TEST(CatalogTest, PopularitySaturates) {
  Catalog c;
  uint32_t t1, t2, p;
  ASSERT_TRUE(c.AddTitle(1, Title(0xF0000000u), &t1));
  ASSERT_TRUE(c.AddTitle(2, Title(0xF0000000u), &t2));
  ASSERT_TRUE(c.AddPerson(1, Catalog::EmptyPerson(), &p));
  c.credits = {{t1, p, 0, 0, 1}, {t2, p, 0, 0, 1}};
  ASSERT_TRUE(c.Finalize().ok());
  EXPECT_EQ(c.people[p].popularity, 0xFFFFFFFFu);
}

}  // namespace
}  // namespace marquee
