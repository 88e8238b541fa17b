// The name keys behind Index::TitlesNamed / PeopleNamed: exact matches that
// ignore case, accents and punctuation, in row order, cut at a limit.

#include <gtest/gtest.h>

#include "marquee/index.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

TEST(NameKeysTest, MatchesFoldedNamesInRowOrderUpToTheLimit) {
  TempDir dir;
  WriteFile(dir.File("title.basics.tsv"),
            "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
            "tt0000001\tmovie\tÎsland\tÎsland\t0\t1990\t\\N\t\\N\t\\N\n"
            "tt0000002\tmovie\tThe Island\tThe Island\t0\t1991\t\\N\t\\N\t\\N\n"
            "tt0000003\tmovie\tISLAND!\tISLAND!\t0\t1992\t\\N\t\\N\t\\N\n"
            "tt0000004\tmovie\tAnother\tIsland\t0\t1993\t\\N\t\\N\t\\N\n");
  WriteFile(dir.File("name.basics.tsv"),
            "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n"
            "nm0000001\tJosé Ferrer\t\\N\t\\N\t\\N\t\\N\nnm0000002\tJose Ferrer\t\\N\t\\N\t\\N\t\\N\n");
  WriteFile(dir.File("title.principals.tsv"), "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n");
  BuildOptions o;
  o.imdb_dir = dir.path();
  o.output = dir.File("names.idx");
  std::unique_ptr<Index> index = BuildAndOpen(o);
  ASSERT_NE(index, nullptr);
  auto ids = [&](const std::vector<TitleRow>& rows) {
    std::vector<std::string> out;
    for (TitleRow r : rows) out.push_back(index->title_id(r));
    return out;
  };
  // Primary or original title; "The Island" is another name.
  EXPECT_EQ(ids(index->TitlesNamed("island")), (std::vector<std::string>{"tt0000001", "tt0000003", "tt0000004"}));
  EXPECT_EQ(ids(index->TitlesNamed("island", 2)), (std::vector<std::string>{"tt0000001", "tt0000003"}));
  EXPECT_TRUE(index->TitlesNamed("island", 0).empty());
  EXPECT_TRUE(index->TitlesNamed("isla").empty());
  EXPECT_TRUE(index->TitlesNamed("!!!").empty());
  EXPECT_EQ(index->PeopleNamed("JOSE FERRER").size(), 2u);
  EXPECT_EQ(index->PeopleNamed("jose ferrer", 1).size(), 1u);
}

}  // namespace
}  // namespace marquee::testing
