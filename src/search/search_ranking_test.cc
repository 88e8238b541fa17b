// Ranking puts match quality before popularity: a name the query spells out
// whole beats a far more popular name that merely contains the query's
// words, whether typed exactly or with a typo, or that has them in another
// order; popularity decides only between matches of equal quality.

#include <gtest/gtest.h>

#include "marquee/search.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

// Two short names, each contained in a far more popular longer one.
const char kBasics[] =
    "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
    "tt0000101\tmovie\tIsland\tIsland\t0\t1990\t\\N\t90\tDrama\n"
    "tt0000102\tmovie\tThe Fallen Island\tThe Fallen Island\t0\t2010\t\\N\t100\tDrama\n"
    "tt0000103\tmovie\tThe Girl\tThe Girl\t0\t1985\t\\N\t95\tDrama\n"
    "tt0000104\tmovie\tThe Blue Girl\tThe Blue Girl\t0\t2012\t\\N\t110\tDrama\n"
    "tt0000105\tmovie\tThe Rain of the Devil\tThe Rain of the Devil\t0\t1970\t\\N\t90\tHorror\n"
    "tt0000106\tmovie\tThe Devil of the Rain\tThe Devil of the Rain\t0\t2015\t\\N\t95\tHorror\n";
const char kRatings[] =
    "tconst\taverageRating\tnumVotes\n"
    "tt0000101\t6.0\t40\ntt0000102\t7.5\t900000\ntt0000103\t5.5\t25\ntt0000104\t7.0\t700000\n"
    "tt0000105\t6.1\t30\ntt0000106\t6.8\t500000\n";
const char kNames[] = "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n";
const char kPrincipals[] = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n";

class SearchRankingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_.File("title.basics.tsv"), kBasics);
    WriteFile(dir_.File("title.ratings.tsv"), kRatings);
    WriteFile(dir_.File("name.basics.tsv"), kNames);
    WriteFile(dir_.File("title.principals.tsv"), kPrincipals);
    BuildOptions o;
    o.imdb_dir = dir_.path();
    o.output = dir_.File("ranking.idx");
    index_ = BuildAndOpen(o);
    ASSERT_NE(index_, nullptr);
    ASSERT_TRUE(Searcher::Open(*index_, &searcher_).ok());
  }
  std::vector<SearchHit> Hits(std::string_view q) {
    std::vector<SearchHit> hits;
    EXPECT_TRUE(searcher_->Search(q, {}, &hits).ok()) << q;
    return hits;
  }
  std::vector<std::string> Ids(std::string_view q) {
    std::vector<std::string> ids;
    for (const SearchHit& h : Hits(q)) ids.push_back(h.id);
    return ids;
  }
  TempDir dir_;
  std::unique_ptr<Index> index_;
  std::unique_ptr<Searcher> searcher_;
};

TEST_F(SearchRankingTest, WholeNameBeatsMorePopularContainingName) {
  EXPECT_EQ(Ids("island"), (std::vector<std::string>{"tt0000101", "tt0000102"}));
  EXPECT_EQ(Ids("the girl"), (std::vector<std::string>{"tt0000103", "tt0000104"}));
}

TEST_F(SearchRankingTest, WholeNameBeatsContainingNameWithTheSameTypo) {
  EXPECT_EQ(Ids("islnad").at(0), "tt0000101");
  EXPECT_EQ(Ids("the gril").at(0), "tt0000103");
}

TEST_F(SearchRankingTest, LongerQueryFindsTheLongerName) {
  EXPECT_EQ(Ids("fallen island").at(0), "tt0000102");
  EXPECT_EQ(Ids("blue girl").at(0), "tt0000104");
}

TEST_F(SearchRankingTest, NameInTheQuerysOrderBeatsMorePopularReordering) {
  std::vector<SearchHit> hits = Hits("the rain of the devil");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, "tt0000105");
  EXPECT_TRUE(hits[0].exact_name);
  EXPECT_FALSE(hits[1].exact_name);  // the same words, another order
  EXPECT_EQ(Ids("the devil of the rain").at(0), "tt0000106");
  EXPECT_EQ(Ids("rain of the devil").at(0), "tt0000105");  // the article left out
}

}  // namespace
}  // namespace marquee::testing
