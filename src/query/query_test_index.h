// The small IMDb-format data set the query tests share, and a fixture that
// builds it into an index once per test suite. It holds same-named titles
// and people (close in votes and ten times apart), a series whose episodes
// credit cast and crew (one episode of unknown year), a movie and a short of
// the series' star, and a title of unknown year.

#pragma once

#include <gtest/gtest.h>

#include "test_util.h"

namespace marquee::testing {

inline void WriteQueryTestData(const TempDir& d) {
  WriteFile(d.File("title.basics.tsv"),
            "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
            "tt0000101\tmovie\tThe Outsider\tThe Outsider\t0\t1980\t\\N\t90\tDrama\n"
            "tt0000102\ttvSeries\tThe Outsider\tThe Outsider\t0\t2020\t2020\t60\tCrime\n"
            "tt0000103\tmovie\tTwilight\tTwilight\t0\t2008\t\\N\t122\tDrama\n"
            "tt0000104\tmovie\tTwilight\tTwilight\t0\t1998\t\\N\t94\tCrime\n"
            "tt0000105\ttvSeries\tHarbor Lights\tHarbor Lights\t0\t2010\t2012\t45\tDrama\n"
            "tt0000106\ttvEpisode\tPilot\tPilot\t0\t2010\t\\N\t45\tDrama\n"
            "tt0000107\ttvEpisode\tStorm\tStorm\t0\t2011\t\\N\t45\tDrama\n"
            "tt0000108\ttvEpisode\tReunion\tReunion\t0\t\\N\t\\N\t45\tDrama\n"
            "tt0000109\ttvSeries\tNight Desk\tNight Desk\t0\t2015\t\\N\t30\tComedy\n"
            "tt0000110\ttvEpisode\tPilot\tPilot\t0\t2015\t\\N\t30\tComedy\n"
            "tt0000111\tmovie\tPilot\tPilot\t0\t1999\t\\N\t100\tDrama\n"
            "tt0000112\tshort\tPaper Boats\tPaper Boats\t0\t2005\t\\N\t12\tDocumentary\n"
            "tt0000113\tmovie\tUntitled Project\tUntitled Project\t0\t\\N\t\\N\t\\N\t\\N\n");
  WriteFile(d.File("title.ratings.tsv"),
            "tconst\taverageRating\tnumVotes\n"
            "tt0000101\t6.0\t500\ntt0000102\t7.1\t900\ntt0000103\t5.3\t500000\ntt0000104\t6.4\t20000\n"
            "tt0000105\t8.0\t5000\n");
  WriteFile(d.File("name.basics.tsv"),
            "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n"
            "nm0000001\tAda Marsh\t1970\t\\N\tactress,director\ttt0000105\n"
            "nm0000002\tBen Cole\t1965\t\\N\tactor\t\\N\n"
            "nm0000003\tCy Dunn\t1901\t1980\tactor\t\\N\n"
            "nm0000004\tJohn Smith\t1940\t2001\tdirector\ttt0000101\n"
            "nm0000005\tJohn Smith\t1985\t\\N\tactor\t\\N\n"
            "nm0000006\tDee Ray\t1990\t\\N\tactress\t\\N\n"
            "nm0000007\tDee Ray\t1950\t\\N\tactress\t\\N\n"
            "nm0000008\tEve Lund\t1980\t\\N\tactress\t\\N\n");
  WriteFile(d.File("title.principals.tsv"),
            "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"
            "tt0000101\t1\tnm0000004\tdirector\t\\N\t\\N\n"
            "tt0000102\t1\tnm0000005\tactor\t\\N\t[\"Jack\"]\n"
            "tt0000103\t1\tnm0000001\tactress\t\\N\t[\"Bella\"]\n"
            "tt0000103\t2\tnm0000002\tdirector\t\\N\t\\N\n"
            "tt0000104\t1\tnm0000006\tactress\t\\N\t[\"Young Bella\"]\n"
            "tt0000105\t1\tnm0000001\tactress\t\\N\t[\"Captain Mara Vale\"]\n"
            "tt0000106\t1\tnm0000001\tactress\t\\N\t[\"Mara Vale\"]\n"
            "tt0000106\t2\tnm0000008\tactress\t\\N\t[\"Nell\"]\n"
            "tt0000106\t3\tnm0000002\tactor\t\\N\t[\"Finn\"]\n"
            "tt0000107\t1\tnm0000001\tactress\t\\N\t[\"Mara Vale\",\"Storm Voice\"]\n"
            "tt0000107\t2\tnm0000002\tactor\t\\N\t[\"Finn\"]\n"
            "tt0000107\t3\tnm0000001\tdirector\t\\N\t\\N\n"
            "tt0000108\t1\tnm0000001\tactress\t\\N\t[\"Mara Vale\"]\n"
            "tt0000108\t2\tnm0000003\tarchive_footage\t\\N\t[\"Old Sailor\"]\n"
            "tt0000112\t1\tnm0000001\tself\t\\N\t[\"Herself\"]\n"
            "tt0000112\t2\tnm0000007\tactress\t\\N\t\\N\n"
            "tt0000113\t1\tnm0000001\tactress\t\\N\t\\N\n");
  WriteFile(d.File("title.episode.tsv"),
            "tconst\tparentTconst\tseasonNumber\tepisodeNumber\n"
            "tt0000106\ttt0000105\t1\t1\n"
            "tt0000107\ttt0000105\t2\t1\n"
            "tt0000108\ttt0000105\t2\t2\n"
            "tt0000110\ttt0000109\t1\t1\n");
}

class QueryIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteQueryTestData(*dir_);
    BuildOptions o;
    o.imdb_dir = dir_->path();
    o.output = dir_->File("query.idx");
    o.strict = true;
    index_ = BuildAndOpen(o).release();
  }
  static void TearDownTestSuite() {
    delete index_;
    delete dir_;
    index_ = nullptr;
    dir_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(index_, nullptr); }

  static TitleRow T(const char* id) {
    TitleRow row = kNoRow;
    EXPECT_TRUE(index_->FindTitle(id, &row).ok()) << id;
    return row;
  }
  static PersonRow P(const char* id) {
    PersonRow row = kNoRow;
    EXPECT_TRUE(index_->FindPerson(id, &row).ok()) << id;
    return row;
  }

  inline static TempDir* dir_ = nullptr;
  inline static Index* index_ = nullptr;
};

}  // namespace marquee::testing
