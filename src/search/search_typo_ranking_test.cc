// Ordinary typos in people's names, on a small movies-JSON set built like
// the Wikipedia films: the edit distance a hit reports is the true one (an
// insertion is one edit, not a two-edit prefix), one word misspelt beyond
// its limit still finds the person when the other word is typed right,
// each hit says truthfully how every word matched, and the kind filter
// removes results without reordering the others.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "marquee/search.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

class SearchTypoRankingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    nlohmann::json films = nlohmann::json::array();
    int year = 1990;
    auto film = [&](const std::string& title, std::vector<std::string> cast) {
      films.push_back({{"title", title}, {"year", year++}, {"cast", cast}});
    };
    // Scarlett Johansson has many credits, Scarlett Johnson one: both are
    // one edit from "johanson", so credits decide.
    for (int i = 0; i < 6; ++i) film("Lost Island " + std::to_string(i), {"Scarlett Johansson", "Jo Van Fleet"});
    film("Sea Wall", {"Scarlett Johnson"});
    film("Wild Flowers", {"Lars Hanson", "Jo Van Fleet"});
    for (int i = 0; i < 4; ++i) film("The Red Door " + std::to_string(i), {"Matt Damon", "Gwyneth Paltrow"});
    film("Going to the Mat", {"Paul Le Mat"});
    film("Beyond the Mat", {"Mark Damon"});
    WriteFile(dir_->File("films.json"), films.dump());
    BuildOptions o;
    o.movies_files = {dir_->File("films.json")};
    o.output = dir_->File("typo.idx");
    index_ = BuildAndOpen(o).release();
    std::unique_ptr<Searcher> s;
    ASSERT_TRUE(Searcher::Open(*index_, &s).ok());
    searcher_ = s.release();
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete index_;
    delete dir_;
  }
  static std::vector<SearchHit> Hits(std::string_view q, SearchOptions o = {}) {
    std::vector<SearchHit> hits;
    EXPECT_TRUE(searcher_->Search(q, o, &hits).ok()) << q;
    return hits;
  }
  static std::string First(std::string_view q, SearchOptions o = {}) {
    std::vector<SearchHit> hits = Hits(q, o);
    return hits.empty() ? "" : std::string(hits[0].name);
  }

  static TempDir* dir_;
  static Index* index_;
  static Searcher* searcher_;
};
TempDir* SearchTypoRankingTest::dir_;
Index* SearchTypoRankingTest::index_;
Searcher* SearchTypoRankingTest::searcher_;

TEST_F(SearchTypoRankingTest, AnInsertionIsOneEdit) {
  for (std::string q : {"Scarlett Johanson", "scarlett johanson "}) {  // as the last word a prefix, or not
    std::vector<SearchHit> hits = Hits(q);
    ASSERT_GE(hits.size(), 2u) << q;
    EXPECT_EQ(hits[0].name, "Scarlett Johansson") << q;
    EXPECT_EQ(hits[1].name, "Scarlett Johnson") << q;
    ASSERT_EQ(hits[0].words.size(), 2u);
    const WordMatch& w = hits[0].words[1];
    EXPECT_EQ(w.matched, "johansson");
    EXPECT_EQ(w.how, MatchHow::kTypo);
    EXPECT_EQ(w.edits, 1);
    EXPECT_EQ(hits[0].edits, 1);
    EXPECT_TRUE(hits[0].all_words_matched);
  }
}

TEST_F(SearchTypoRankingTest, PartOfTheWordDoesNotHideNearerTypos) {
  // "johanson" is also "jo hanson": Lars Hanson matches by "hanson" (two
  // edits) before any typo form is tried, and must not fill the answer.
  SearchOptions one;
  one.limit = 1;
  EXPECT_EQ(First("johanson", one), "Scarlett Johansson");
  std::vector<SearchHit> hits = Hits("johanson");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].edits, 1);
}

TEST_F(SearchTypoRankingTest, OneWordMisspeltBeyondItsLimit) {
  std::vector<SearchHit> hits = Hits("Mat Damon");  // "mat": 3 letters, no typo allowed alone
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].name, "Matt Damon");
  EXPECT_EQ(hits[0].words[0].matched, "matt");
  EXPECT_EQ(hits[0].words[0].how, MatchHow::kTypo);
  EXPECT_EQ(hits[0].words[0].edits, 1);
  EXPECT_TRUE(hits[0].all_words_matched);
  for (size_t i = 1; i < hits.size(); ++i) EXPECT_FALSE(hits[i].all_words_matched) << hits[i].name;

  hits = Hits("Gwenyth Paltrow");  // two letters swapped across one: two edits in 7 letters
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].name, "Gwyneth Paltrow");
  EXPECT_EQ(hits[0].words[0].edits, 2);
  EXPECT_TRUE(hits[0].all_words_matched);
}

TEST_F(SearchTypoRankingTest, TheExtraEditNeedsTheOtherWordsAsTyped) {
  for (const SearchHit& h : Hits("Mat Damin")) EXPECT_FALSE(h.all_words_matched) << h.name;
  for (const SearchHit& h : Hits("Gwenyth")) EXPECT_NE(h.name, "Gwyneth Paltrow");  // one word alone: no extra edit
}

TEST_F(SearchTypoRankingTest, AllWordsMatchedIsWholeWordsOnly) {
  std::vector<SearchHit> hits = Hits("scarlett joh");  // a prefix three edits short of "johansson"
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].words[1].how, MatchHow::kPrefix);
  EXPECT_FALSE(hits[0].all_words_matched);
  hits = Hits("matt damo");  // a prefix one edit from the whole word
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].name, "Matt Damon");
  EXPECT_EQ(hits[0].words[1].how, MatchHow::kPrefix);
  EXPECT_TRUE(hits[0].all_words_matched);
}

TEST_F(SearchTypoRankingTest, KindFiltersWithoutReordering) {
  SearchOptions all, titles, people;
  all.limit = titles.limit = people.limit = 1000;  // every candidate of this small set
  titles.kind = SearchKind::kTitle;
  people.kind = SearchKind::kPerson;
  for (std::string q : {"mat", "mat damon", "the mat", "damon", "scarlett johanson", "jo", "lost island", "red"}) {
    std::vector<std::string> want_titles, want_people, got_titles, got_people;
    for (const SearchHit& h : Hits(q, all))
      (h.kind == SearchKind::kTitle ? want_titles : want_people).push_back(h.id);
    for (const SearchHit& h : Hits(q, titles)) got_titles.push_back(h.id);
    for (const SearchHit& h : Hits(q, people)) got_people.push_back(h.id);
    EXPECT_EQ(got_titles, want_titles) << q;
    EXPECT_EQ(got_people, want_people) << q;
  }
}

}  // namespace
}  // namespace marquee::testing
