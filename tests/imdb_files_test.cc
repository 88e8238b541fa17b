// The optional IMDb files: title.crew (directors and writers missing from
// the principals become credits, never twice), title.ratings, title.akas and
// title.episode (a series' cast aggregated over its episodes), first on a
// small hand-made set, then on the real first rows of all seven files.

#include <gtest/gtest.h>

#include <set>

#include "marquee/query.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

void WriteSeries(const TempDir& d) {
  WriteFile(d.File("title.basics.tsv"),
            "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
            "tt1000001\ttvSeries\tUnited States of Tara\tUnited States of Tara\t0\t2009\t2011\t30\tComedy,Drama\n"
            "tt1000002\ttvEpisode\tPilot\tPilot\t0\t2009\t\\N\t30\tComedy\n"
            "tt1000003\ttvEpisode\tAftermath\tAftermath\t0\t2009\t\\N\t30\tComedy\n"
            "tt1000004\ttvEpisode\tYou Becoming You\tYou Becoming You\t0\t2011\t\\N\t30\tComedy\n"
            "tt2000001\tmovie\tLe Fabuleux Destin d'Amélie Poulain\tLe Fabuleux Destin d'Amélie Poulain\t0\t2001\t\\N\t122\tComedy,Romance\n");
  WriteFile(d.File("name.basics.tsv"),
            "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n"
            "nm0000001\tToni Collette\t1972\t\\N\tactress\ttt1000001\n"
            "nm0000002\tJohn Corbett\t1961\t\\N\tactor\t\\N\n"
            "nm0000003\tRosemarie DeWitt\t1971\t\\N\tactress\t\\N\n"
            "nm0000004\tJean-Pierre Jeunet\t1953\t\\N\tdirector,writer\ttt2000001\n"
            "nm0000005\tGuillaume Laurant\t1961\t\\N\twriter\t\\N\n"
            "nm0000006\tAudrey Tautou\t1976\t\\N\tactress\ttt2000001\n");
  WriteFile(d.File("title.principals.tsv"),
            "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"
            "tt1000001\t1\tnm0000001\tactress\t\\N\t[\"Tara Gregson\"]\n"
            "tt1000002\t1\tnm0000001\tactress\t\\N\t[\"Tara\",\"Buck\"]\n"
            "tt1000002\t2\tnm0000002\tactor\t\\N\t[\"Max\"]\n"
            "tt1000003\t1\tnm0000001\tactress\t\\N\t[\"Tara\",\"Alice\"]\n"
            "tt1000003\t2\tnm0000003\tactress\t\\N\t[\"Charmaine\"]\n"
            "tt1000004\t1\tnm0000001\tactress\t\\N\t[\"Tara\"]\n"
            "tt1000004\t2\tnm0000002\tactor\t\\N\t[\"Max\"]\n"
            "tt2000001\t1\tnm0000006\tactress\t\\N\t[\"Amélie Poulain\"]\n"
            "tt2000001\t2\tnm0000004\tdirector\t\\N\t\\N\n");
  WriteFile(d.File("title.crew.tsv"),
            "tconst\tdirectors\twriters\n"
            "tt2000001\tnm0000004\tnm0000005,nm0000004\n"
            "tt1000001\t\\N\t\\N\n");
  WriteFile(d.File("title.ratings.tsv"),
            "tconst\taverageRating\tnumVotes\n"
            "tt2000001\t8.3\t800000\n"
            "tt1000001\t7.5\t30000\n");
  WriteFile(d.File("title.akas.tsv"),
            "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle\n"
            "tt2000001\t1\tLe Fabuleux Destin d'Amélie Poulain\t\\N\t\\N\toriginal\t\\N\t1\n"
            "tt2000001\t3\tDie fabelhafte Welt der Amélie\tDE\t\\N\timdbDisplay\tliteral title\t0\n"
            "tt2000001\t2\tAmélie\tUS\ten\timdbDisplay\t\\N\t0\n");
  WriteFile(d.File("title.episode.tsv"),
            "tconst\tparentTconst\tseasonNumber\tepisodeNumber\n"
            "tt1000004\ttt1000001\t3\t12\n"
            "tt1000002\ttt1000001\t1\t1\n"
            "tt1000003\ttt1000001\t1\t2\n");
}

TEST(ImdbFilesTest, CrewAddsMissingDirectorsAndWritersOnce) {
  TempDir d;
  WriteSeries(d);
  BuildOptions o;
  o.imdb_dir = d.path();
  o.output = d.File("x.idx");
  o.strict = true;
  auto index = BuildAndOpen(o);
  ASSERT_NE(index, nullptr);
  TitleRow amelie;
  ASSERT_TRUE(index->FindTitle("tt2000001", &amelie).ok());
  std::multiset<std::pair<std::string, std::string>> credits;
  for (const CreditInfo& c : index->title_credits(amelie))
    credits.insert({index->person_id(c.person), std::string(c.category)});
  std::multiset<std::pair<std::string, std::string>> expected = {
      {"nm0000006", "actress"}, {"nm0000004", "director"}, {"nm0000005", "writer"}, {"nm0000004", "writer"}};
  EXPECT_EQ(credits, expected);
  // Principals keep their billing; crew credits follow.
  EXPECT_EQ(index->person_id(index->title_credit(amelie, 0).person), "nm0000006");
  EXPECT_EQ(index->title_credit(amelie, 1).category, "director");
}

TEST(ImdbFilesTest, RatingsAndAlternateTitles) {
  TempDir d;
  WriteSeries(d);
  BuildOptions o;
  o.imdb_dir = d.path();
  o.output = d.File("x.idx");
  auto index = BuildAndOpen(o);
  ASSERT_NE(index, nullptr);
  TitleRow amelie;
  ASSERT_TRUE(index->FindTitle("tt2000001", &amelie).ok());
  TitleInfo t = index->title(amelie);
  EXPECT_DOUBLE_EQ(t.rating, 8.3);
  EXPECT_EQ(t.votes, 800000u);
  auto akas = index->akas(amelie);
  ASSERT_EQ(akas.size(), 3u);
  EXPECT_TRUE(akas[0].is_original);
  EXPECT_EQ(akas[1].text, "Amélie");
  EXPECT_EQ(akas[1].region, "US");
  EXPECT_EQ(akas[1].language, "en");
  ASSERT_EQ(akas[1].types.size(), 1u);
  EXPECT_EQ(akas[1].types[0], "imdbDisplay");
  EXPECT_FALSE(akas[1].is_original);
  // Rows out of IMDb ordering in the file come back in ordering.
  EXPECT_EQ(akas[2].region, "DE");
  EXPECT_EQ(akas[2].language, "");
  EXPECT_EQ(akas[2].attributes.raw, "literal title");
  // Accents and case do not matter for exact lookup.
  Resolution r;
  EXPECT_TRUE(ResolveTitle(*index, "le fabuleux destin d'amelie poulain", {}, &r, nullptr).ok());
  EXPECT_EQ(r.row, amelie);
  EXPECT_EQ(r.how, MatchedBy::kExactName);
}

TEST(ImdbFilesTest, SeriesCastIsAggregatedOverEpisodes) {
  TempDir d;
  WriteSeries(d);
  BuildOptions o;
  o.imdb_dir = d.path();
  o.output = d.File("x.idx");
  auto index = BuildAndOpen(o);
  ASSERT_NE(index, nullptr);
  TitleRow tara;
  ASSERT_TRUE(index->FindTitle("tt1000001", &tara).ok());
  auto episodes = index->episodes(tara);
  ASSERT_EQ(episodes.size(), 3u);
  EXPECT_EQ(index->title_id(episodes[0]), "tt1000002");  // season 1 episode 1 first
  EXPECT_EQ(index->title_id(episodes[2]), "tt1000004");
  EXPECT_EQ(index->title(episodes[2]).season, 3);
  EXPECT_EQ(index->title(episodes[2]).episode, 12);

  CastResult r = GetCast(*index, tara, {});
  EXPECT_EQ(r.episodes_scanned, 3u);
  ASSERT_EQ(r.cast.size(), 3u);
  EXPECT_EQ(index->person_name(r.cast[0].person), "Toni Collette");  // the series' own billing
  EXPECT_EQ(r.cast[0].episodes, 3u);
  EXPECT_EQ(r.cast[0].first_year, 2009);
  EXPECT_EQ(r.cast[0].last_year, 2011);
  std::set<std::string_view> roles(r.cast[0].characters.begin(), r.cast[0].characters.end());
  EXPECT_TRUE(roles.count("Tara Gregson") && roles.count("Buck") && roles.count("Alice"));
  EXPECT_EQ(index->person_name(r.cast[1].person), "John Corbett");  // 2 episodes
  EXPECT_EQ(r.cast[1].episodes, 2u);
  EXPECT_EQ(index->person_name(r.cast[2].person), "Rosemarie DeWitt");
  EXPECT_EQ(r.cast[2].episodes, 1u);

  // The filmography folds the episodes into the series.
  PersonRow toni;
  ASSERT_TRUE(index->FindPerson("nm0000001", &toni).ok());
  FilmographyResult f;
  ASSERT_TRUE(GetFilmography(*index, toni, {}, &f).ok());
  EXPECT_EQ(f.total_credits, 4u);
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].title, tara);
  EXPECT_EQ(f.entries[0].episodes, 3u);
}

TEST(ImdbFilesTest, RealHeadOfAllSevenFiles) {
  TempDir d;
  BuildOptions o;
  o.imdb_dir = TestDataDir() + "/imdb-head";
  o.output = d.File("head.idx");
  IngestReport report(false);
  auto index = BuildAndOpen(o, &report);
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(report.files().size(), 7u);
  Tsv basics = ReadTsv(o.imdb_dir + "/title.basics.tsv");
  Tsv ratings = ReadTsv(o.imdb_dir + "/title.ratings.tsv");
  Tsv akas = ReadTsv(o.imdb_dir + "/title.akas.tsv");
  EXPECT_EQ(index->title_count(), basics.rows.size());
  for (const auto& r : ratings.rows) {
    TitleRow row;
    if (!index->FindTitle(r[0], &row).ok()) continue;
    EXPECT_NEAR(index->title(row).rating, std::stod(r[1]), 1e-9);
    EXPECT_EQ(index->title(row).votes, std::stoul(r[2]));
  }
  size_t akas_in_index = 0;
  for (const auto& r : akas.rows) {
    TitleRow row;
    if (!index->FindTitle(r[0], &row).ok()) continue;
    bool found = false;
    for (const AkaInfo& a : index->akas(row)) found |= a.text == r[2] && a.region == (r[3] == "\\N" ? "" : r[3]);
    EXPECT_TRUE(found) << r[0] << " " << r[2];
    ++akas_in_index;
  }
  EXPECT_EQ(index->stats().akas, akas_in_index);
  EXPECT_TRUE(index->Verify().ok());
}

}  // namespace
}  // namespace marquee::testing
