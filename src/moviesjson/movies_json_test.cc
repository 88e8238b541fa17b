#include "moviesjson/movies_json.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "marquee/query.h"
#include "test_util.h"

namespace marquee::moviesjson {
namespace {

using testing::TempDir;
using testing::WriteFile;

Status Build(const TempDir& d, const std::string& json, bool strict, IngestReport* report) {
  WriteFile(d.File("m.json"), json);
  BuildOptions o;
  o.movies_files = {d.File("m.json")};
  o.output = d.File("m.idx");
  o.strict = strict;
  return BuildIndex(o, report, nullptr);
}

TEST(MoviesJsonTest, ExtensionsCarryCharactersCrewAndFacts) {
  TempDir d;
  IngestReport r(true);
  ASSERT_TRUE(Build(d, R"([
    {"title": "Miss You Already", "year": 2015, "runtime": 112, "rating": 6.6, "votes": 100,
     "genres": ["Comedy", "Drama"], "type": "movie",
     "cast": [{"name": "Drew Barrymore", "character": "Jess", "category": "actress"},
              "Frances de la Tour",
              {"name": "Toni Collette", "characters": ["Milly", "Narrator"]}],
     "directors": ["Catherine Hardwicke"], "writers": ["Morwenna Banks"],
     "crew": [{"name": "Harry Gregson-Williams", "category": "composer", "job": "original music"}]}
  ])", true, &r).ok());
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
  Resolution t;
  ASSERT_TRUE(ResolveTitle(*index, "Miss You Already", {}, &t, nullptr).ok());
  TitleInfo info = index->title(t.row);
  EXPECT_EQ(info.id.substr(0, 2), "mt");
  EXPECT_EQ(info.runtime_minutes, 112);
  EXPECT_DOUBLE_EQ(info.rating, 6.6);
  auto credits = index->title_credits(t.row);
  ASSERT_EQ(credits.size(), 6u);
  EXPECT_EQ(credits[0].category, "actress");
  EXPECT_EQ(credits[0].characters.Items()[0], "Jess");
  EXPECT_EQ(credits[1].category, "actor");
  EXPECT_TRUE(credits[1].characters.empty());
  EXPECT_EQ(credits[2].characters.Items().size(), 2u);
  EXPECT_EQ(credits[3].category, "director");
  EXPECT_EQ(credits[4].category, "writer");
  EXPECT_EQ(credits[5].category, "composer");
  EXPECT_EQ(credits[5].job, "original music");
}

// Plots are stored apart from the title records (format.h TitlePlot) and
// rows are reordered by derived id: each plot must stay with its film.
TEST(MoviesJsonTest, PlotsStayWithTheirFilms) {
  TempDir d;
  IngestReport r(true);
  std::string json = "[";
  for (int i = 0; i < 40; ++i) {
    json += std::string(i ? "," : "") + R"({"title": "Film )" + std::to_string(i) + R"(", "year": 2000, "cast": ["X"])";
    if (i % 3 != 0) json += R"(, "extract": "Plot of film )" + std::to_string(i) + "\"";
    json += "}";
  }
  ASSERT_TRUE(Build(d, json + "]", true, &r).ok());
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
  ASSERT_TRUE(index->Verify().ok());
  ASSERT_EQ(index->title_count(), 40u);
  for (TitleRow t = 0; t < 40; ++t) {
    TitleInfo info = index->title(t);
    int film = std::stoi(std::string(info.primary_title.substr(5)));
    EXPECT_EQ(info.plot, film % 3 ? "Plot of film " + std::to_string(film) : "") << info.primary_title;
  }
}

TEST(MoviesJsonTest, IdsAreStableAcrossBuilds) {
  TempDir a, b;
  IngestReport r1(true), r2(true);
  const char* json = R"([{"title": "A", "year": 2000, "cast": ["X", "Y"]},
                         {"title": "A", "year": 2000, "cast": ["Y"]},
                         {"title": "B", "year": 2001, "cast": ["X"]}])";
  ASSERT_TRUE(Build(a, json, true, &r1).ok());
  ASSERT_TRUE(Build(b, json, true, &r2).ok());
  std::unique_ptr<Index> x, y;
  ASSERT_TRUE(Index::Open(a.File("m.idx"), &x).ok());
  ASSERT_TRUE(Index::Open(b.File("m.idx"), &y).ok());
  ASSERT_EQ(x->title_count(), 3u);  // the same title and year twice stays two films
  ASSERT_EQ(x->person_count(), 2u);  // a name is one person
  for (TitleRow t = 0; t < 3; ++t) EXPECT_EQ(x->title_id(t), y->title_id(t));
  for (PersonRow p = 0; p < 2; ++p) EXPECT_EQ(x->person_id(p), y->person_id(p));
}

TEST(MoviesJsonTest, BadFilmsAreSkippedWithTheirLine) {
  TempDir d;
  IngestReport r(false);
  ASSERT_TRUE(Build(d, "[\n{\"title\": \"Good\", \"cast\": [\"A\"]},\n{\"year\": 1999},\n"
                       "{\"title\": \"Bad cast\", \"cast\": [42]},\n{\"title\": \"Bad year\", \"year\": \"soon\"}\n]",
                    false, &r)
                  .ok());
  ASSERT_EQ(r.skipped().count("film without a string title"), 1u);
  EXPECT_NE(r.skipped().at("film without a string title").examples[0].find("m.json:3:"), std::string::npos);
  EXPECT_EQ(r.skipped().count("cast entry is neither a name nor an object"), 1u);
  EXPECT_EQ(r.skipped().count("field 'year' is not a whole number"), 1u);

  IngestReport strict(true);
  Status s = Build(d, "[\n{\"title\": \"Good\"},\n{\"year\": 1999}\n]", true, &strict);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("m.json:3: film without a string title"), std::string::npos) << s.message();
}

TEST(MoviesJsonTest, UnreadableFilesAreErrors) {
  TempDir d;
  IngestReport r(false);
  EXPECT_TRUE(Build(d, "[{\"title\": \"x\"", false, &r).IsCorruption());
  EXPECT_TRUE(Build(d, "{\"title\": \"x\"}", false, &r).IsCorruption());
  EXPECT_TRUE(Build(d, "[\"\xff\"]", false, &r).IsCorruption());
  EXPECT_TRUE(Build(d, "", false, &r).IsCorruption());
  EXPECT_FALSE(std::filesystem::exists(d.File("m.idx")));
}

}  // namespace
}  // namespace marquee::moviesjson
