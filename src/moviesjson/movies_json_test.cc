#include "moviesjson/movies_json.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

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

// Every field of the wrong type makes its film a bad row, reported at the
// film's line and array index, and fatal under --strict; the good film
// beside it is kept. (Before, each of these was dropped without a word.)
TEST(MoviesJsonTest, EveryWrongTypeIsABadRow) {
  const std::pair<const char*, const char*> cases[] = {
      {R"("rating": "high")", "field 'rating' is not a number"},
      {R"("rating": 11)", "field 'rating' is not from 1.0 to 10.0"},
      {R"("type": 5)", "field 'type' is not a string"},
      {R"("genres": "Drama")", "field 'genres' is not an array"},
      {R"("genres": ["Drama", 1])", "field 'genres' is not an array of strings"},
      {R"("original_title": ["A"])", "field 'original_title' is not a string"},
      {R"("extract": {})", "field 'extract' is not a string"},
      {R"("cast": "A B")", "field 'cast' is not an array"},
      {R"("cast": [{"name": "A", "character": 5}])", "cast field 'character' is not a string"},
      {R"("cast": [{"name": "A", "category": true}])", "cast field 'category' is not a string"},
      {R"("cast": [{"name": "A", "characters": "Milly"}])", "cast field 'characters' is not an array of strings"},
      {R"("cast": [{"name": "A", "characters": ["Milly", 2]}])", "cast field 'characters' is not an array of strings"},
      {R"("directors": "A B")", "field 'directors' is not an array"},
      {R"("writers": {"name": "A B"})", "field 'writers' is not an array"},
      {R"("directors": [["A"]])", "'directors' entry is not a name"},
      {R"("crew": "A B")", "field 'crew' is not an array"},
      {R"("crew": {"name": "A", "category": "composer"})", "field 'crew' is not an array"},
      {R"("crew": ["A"])", "crew entry needs a string name and category"},
      {R"("crew": [{"name": "A", "category": "composer", "job": 3}])", "crew field 'job' is not a string"},
      {R"("runtime": 90.5)", "field 'runtime' is not a whole number"},
      {R"("votes": -1)", "field 'votes' is out of range"},
      {R"("end_year": "1999")", "field 'end_year' is not a whole number"},
  };
  for (const auto& [field, reason] : cases) {
    SCOPED_TRACE(field);
    TempDir d;
    std::string json = std::string("[\n{\"title\": \"Good\", \"cast\": [\"Ann Lee\"]},\n{\"title\": \"Bad\", ") + field + "}\n]";
    IngestReport r(false);
    ASSERT_TRUE(Build(d, json, false, &r).ok());
    ASSERT_EQ(r.skipped_total(), 1u);
    ASSERT_EQ(r.skipped().count(reason), 1u) << r.skipped().begin()->first;
    EXPECT_EQ(r.skipped().at(reason).examples[0], std::string("") + d.File("m.json") + ":3: " + reason + " (film [1])");
    EXPECT_EQ(r.files()[0].rows_read, 2u);
    EXPECT_EQ(r.files()[0].rows_kept, 1u);
    std::unique_ptr<Index> index;
    ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
    EXPECT_EQ(index->title_count(), 1u);
    IngestReport strict(true);
    Status s = Build(d, json, true, &strict);
    EXPECT_TRUE(s.IsCorruption());
    EXPECT_NE(s.message().find(std::string("m.json:3: ") + reason), std::string::npos) << s.message();
  }
}

// Absent and null optional fields are the same: nothing given.
TEST(MoviesJsonTest, NullFieldsAreNotGiven) {
  TempDir d;
  IngestReport r(true);
  ASSERT_TRUE(Build(d, R"([{"title": "A", "year": null, "rating": null, "type": null, "genres": null,
                             "original_title": null, "extract": null, "cast": null, "directors": null,
                             "writers": null, "crew": null, "href": null}])",
                    true, &r)
                  .ok());
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
  EXPECT_EQ(index->title(0).type, "movie");
  EXPECT_EQ(index->title(0).start_year, 0);
}

TEST(MoviesJsonTest, AByteOrderMarkIsAccepted) {
  TempDir d;
  IngestReport r(false);
  ASSERT_TRUE(Build(d, "\xEF\xBB\xBF[\n{\"title\": \"A\", \"cast\": [\"X\"]},\n{\"title\": \"B\", \"year\": \"x\"}]", false, &r)
                  .ok());
  EXPECT_EQ(r.skipped().at("field 'year' is not a whole number").examples[0].find(d.File("m.json") + ":3:"), 0u);
}

// A number too large for 64 bits is a bad field of its film (or ignored in
// a field the format ignores), not a file that cannot be read.
TEST(MoviesJsonTest, AnOversizedNumberIsABadField) {
  TempDir d;
  IngestReport r(false);
  ASSERT_TRUE(Build(d, R"([{"title": "A", "votes": 123456789012345678901234567890},
                           {"title": "B", "rating": 1e400},
                           {"title": "C", "year": -99999999999999999999},
                           {"title": "D", "thumbnail_width": 123456789012345678901234567890, "cast": ["X"]}])",
                    false, &r)
                  .ok());
  EXPECT_EQ(r.skipped_total(), 3u);
  EXPECT_EQ(r.skipped().at("field 'votes' is out of range").count, 1u);
  EXPECT_EQ(r.skipped().at("field 'rating' is not from 1.0 to 10.0").count, 1u);
  EXPECT_EQ(r.skipped().at("field 'year' is out of range").count, 1u);
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
  ASSERT_EQ(index->title_count(), 1u);
  EXPECT_EQ(index->title(0).primary_title, "D");
}

// Empty names and cast strings that are not names are skipped and counted
// as bad rows (fatal under --strict); the rest of the film is kept.
TEST(MoviesJsonTest, EntriesThatAreNotNamesAreSkipped) {
  TempDir d;
  const char* json = R"json([
{"title": "Snow White", "year": 1937,
 "cast": ["Voices of", "Adriana Caselotti", "  ", "(", "Best Actor", "nominee)", "and", "Harry Stockwell"],
 "directors": ["(narrator)"]}
])json";
  IngestReport r(false);
  ASSERT_TRUE(Build(d, json, false, &r).ok());
  EXPECT_EQ(r.skipped_total(), 7u);
  EXPECT_EQ(r.skipped().at("not a name: function words").count, 2u);
  EXPECT_EQ(r.skipped().at("not a name: function words").examples[0],
            d.File("m.json") + ":2: not a name: function words (\"Voices of\" in film [0] \"Snow White\")");
  EXPECT_EQ(r.skipped().at("empty name in a cast or crew list").count, 1u);
  EXPECT_EQ(r.skipped().at("not a name: no letters").count, 1u);
  EXPECT_EQ(r.skipped().at("not a name: award text").count, 2u);
  EXPECT_EQ(r.skipped().at("not a name: a parenthesised note").count, 1u);
  EXPECT_EQ(r.files()[0].rows_kept, 1u);
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
  ASSERT_EQ(index->person_count(), 2u);
  auto credits = index->title_credits(0);
  ASSERT_EQ(credits.size(), 2u);
  EXPECT_EQ(index->person_name(credits[0].person), "Adriana Caselotti");
  EXPECT_EQ(index->person_name(credits[1].person), "Harry Stockwell");

  IngestReport strict(true);
  Status s = Build(d, R"([{"title": "A", "cast": ["X", ""]}])", true, &strict);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.message().find("m.json:1: empty name in a cast or crew list"), std::string::npos) << s.message();
}

// Duplicates and homonyms are noticed (not skipped), merged only when
// asked, and the whole report is kept in the index's metadata for `info`.
TEST(MoviesJsonTest, NoticedNamesAndTheReportInTheMetadata) {
  const char* json = R"([
{"title": "Old", "year": 1917, "cast": ["Harrison Ford"]},
{"title": "New", "year": 1995, "cast": ["Harrison Ford", "Robert Downey, Jr.", "Voices of"]},
{"title": "Newer", "year": 1996, "cast": ["Robert Downey Jr."]},
{"title": "Newest", "year": 1997, "cast": ["Robert Downey Jr."]}
])";
  for (bool merge : {false, true}) {
    SCOPED_TRACE(merge);
    TempDir d;
    WriteFile(d.File("m.json"), json);
    BuildOptions o;
    o.movies_files = {d.File("m.json")};
    o.output = d.File("m.idx");
    o.strict = true;  // skips fail a strict build, findings do not
    o.merge_duplicate_names = merge;
    IngestReport r(true);
    EXPECT_FALSE(BuildIndex(o, &r, nullptr).ok());  // "Voices of"
    o.strict = false;
    IngestReport report(false);
    ASSERT_TRUE(BuildIndex(o, &report, nullptr).ok());
    std::string duplicate = std::string(merge ? "duplicate names merged" : "probable duplicate names") +
                            " (differ only in case, accents, quotes or punctuation)";
    ASSERT_EQ(report.noticed().count(duplicate), 1u);
    EXPECT_EQ(report.noticed().at(duplicate).examples[0],
              d.File("m.json") + ":3: " + duplicate +
                  " (\"Robert Downey, Jr.\" (1 credit) and \"Robert Downey Jr.\" (2 credits))");
    EXPECT_EQ(report.noticed().at("probable homonym (credits span over 75 years)").count, 1u);
    EXPECT_EQ(report.skipped_total(), 1u);

    std::unique_ptr<Index> index;
    ASSERT_TRUE(Index::Open(d.File("m.idx"), &index).ok());
    ASSERT_TRUE(index->Verify().ok());
    EXPECT_EQ(index->person_count(), merge ? 2u : 3u);
    auto meta = nlohmann::json::parse(index->stats().meta_json);
    EXPECT_EQ(meta["rows_skipped"], 1);
    const auto& skipped = meta["report"]["skipped"];
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_EQ(skipped[0]["reason"], "not a name: function words");
    EXPECT_EQ(skipped[0]["count"], 1);
    EXPECT_EQ(skipped[0]["examples"][0], report.skipped().at("not a name: function words").examples[0]);
    const auto& noticed = meta["report"]["noticed"];
    ASSERT_EQ(noticed.size(), 2u);
    EXPECT_EQ(noticed[0]["reason"], duplicate);
    EXPECT_EQ(noticed[1]["reason"], "probable homonym (credits span over 75 years)");
    EXPECT_TRUE(meta["report"]["repaired"].empty());
  }
}

}  // namespace
}  // namespace marquee::moviesjson
