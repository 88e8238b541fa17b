// JSON output: strings escaped so that any text survives a round trip, UTF-8
// kept as is, bytes that are not UTF-8 replaced instead of failing, and the
// documented shapes (docs/json_output.md) with unknown values as null,
// never omitted.

#include "render/json.h"

#include <gtest/gtest.h>

#include "query/query_test_index.h"

namespace marquee::testing {
namespace {

TEST(JsonTest, StringsJsonKeepsOrder) {
  EXPECT_EQ(StringsJson({}).dump(), "[]");
  EXPECT_EQ(StringsJson({"b", "a", "b"}).dump(), R"(["b","a","b"])");
}

TEST(JsonTest, ControlCharactersAndQuotesAreEscaped) {
  const std::vector<std::string_view> tricky = {std::string_view("nul\0here", 8), "\x01", "tab\there", "new\nline",
                                                "quote\" back\\slash", "del\x7F"};
  std::string text = DumpJson(StringsJson(tricky));
  EXPECT_NE(text.find(R"(nul\u0000here)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(\u0001)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(tab\there)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(new\nline)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(quote\" back\\slash)"), std::string::npos) << text;
  Json back = Json::parse(text);
  ASSERT_EQ(back.size(), tricky.size());
  for (size_t i = 0; i < tricky.size(); ++i) EXPECT_EQ(back[i].get<std::string>(), tricky[i]);
}

TEST(JsonTest, Utf8IsWrittenAsIs) {
  std::string text = DumpJson(Json{{"title", "Am\xC3\xA9lie \xE5\x8D\xA7\xE8\x99\x8E"}});
  EXPECT_EQ(text, "{\n  \"title\": \"Am\xC3\xA9lie \xE5\x8D\xA7\xE8\x99\x8E\"\n}");
}

// A message may quote what a user typed in another encoding (here Latin-1).
TEST(JsonTest, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  Json j;
  j["message"] = "no title matches 'Am\xE9lie'";
  j["candidates"] = StringsJson({"\xFF\xFE"});
  std::string text;
  ASSERT_NO_THROW(text = DumpJson(j));
  Json back = Json::parse(text);
  EXPECT_EQ(back["message"], "no title matches 'Am\xEF\xBF\xBDlie'");
  EXPECT_EQ(back["candidates"][0], "\xEF\xBF\xBD\xEF\xBF\xBD");
}

class JsonShapeTest : public QueryIndexTest {};

TEST_F(JsonShapeTest, UnknownTitleFactsAreNull) {
  Json t = Json::parse(DumpJson(TitleJson(*index_, index_->title(T("tt0000113")))));
  for (const char* field : {"year", "end_year", "runtime_minutes", "rating", "series", "season", "episode", "plot"})
    EXPECT_TRUE(t.contains(field) && t[field].is_null()) << field << " in " << t.dump();
  EXPECT_EQ(t["genres"], Json::array());
  EXPECT_EQ(t["votes"], 0);
  EXPECT_EQ(t["episode_count"], 0);

  Json e = TitleJson(*index_, index_->title(T("tt0000108")));
  EXPECT_TRUE(e["year"].is_null());
  EXPECT_EQ(e["series"], (Json{{"id", "tt0000105"}, {"title", "Harbor Lights"}, {"year", 2010}, {"type", "tvSeries"}}));
  EXPECT_EQ(e["season"], 2);
  EXPECT_EQ(e["episode"], 2);
  Json s = TitleJson(*index_, index_->title(T("tt0000105")));
  EXPECT_EQ(s["end_year"], 2012);
  EXPECT_EQ(s["rating"], 8.0);
  EXPECT_EQ(s["episode_count"], 3);
}

TEST_F(JsonShapeTest, SeriesCast) {
  CastOptions o;
  o.crew = true;
  Json j = CastJson(*index_, GetCast(*index_, T("tt0000105"), o));
  EXPECT_EQ(j["title"]["id"], "tt0000105");
  EXPECT_EQ(j["episodes_aggregated"], 3);
  ASSERT_EQ(j["cast"].size(), 4u);
  EXPECT_EQ(j["cast"][0]["person"], (Json{{"id", "nm0000001"}, {"name", "Ada Marsh"}}));
  EXPECT_TRUE(j["cast"][0]["job"].is_null());
  EXPECT_EQ(j["cast"][0]["episodes"], 3);
  EXPECT_EQ(j["cast"][3]["episodes"], 1);
  EXPECT_TRUE(j["cast"][3]["first_year"].is_null());  // only in an episode of unknown year
  EXPECT_TRUE(j["cast"][3]["last_year"].is_null());
  ASSERT_EQ(j["crew"].size(), 1u);
  EXPECT_EQ(j["crew"][0]["category"], "director");
  EXPECT_EQ(j["crew"][0]["members"][0]["first_year"], 2011);
  // A movie's entries carry no episode fields.
  Json movie = CastJson(*index_, GetCast(*index_, T("tt0000103"), {}));
  EXPECT_FALSE(movie["cast"][0].contains("episodes"));
  EXPECT_EQ(movie["crew"], Json::array());
}

TEST_F(JsonShapeTest, PersonFilmographyAndCandidates) {
  Json p = PersonJson(*index_, index_->person(P("nm0000001")));
  EXPECT_EQ(p["birth_year"], 1970);
  EXPECT_TRUE(p["death_year"].is_null());
  EXPECT_EQ(p["professions"], (Json{"actress", "director"}));
  ASSERT_EQ(p["known_for"].size(), 1u);
  EXPECT_EQ(p["known_for"][0]["id"], "tt0000105");
  EXPECT_EQ(p["credit_count"], 8);

  FilmographyResult f;
  ASSERT_TRUE(GetFilmography(*index_, P("nm0000001"), {}, &f).ok());
  Json j = FilmographyJson(*index_, f);
  EXPECT_EQ(j["person"]["name"], "Ada Marsh");
  EXPECT_EQ(j["total_credits"], 8);
  ASSERT_EQ(j["credits"].size(), f.entries.size());
  EXPECT_EQ(j["credits"][0]["title"]["type"], "short");
  EXPECT_EQ(j["credits"][0]["characters"], Json{"Herself"});
  EXPECT_TRUE(j["credits"].back()["title"]["year"].is_null());

  Candidate one{1, "tt1", "One (2001, movie) · 3 credits · with Ada", "One", 2001, "movie", 3, "Ada"};
  EXPECT_EQ(CandidatesJson({one}), Json::parse(R"([{"id": "tt1", "label": "One (2001, movie) · 3 credits · with Ada",
    "name": "One", "year": 2001, "type": "movie", "credits": 3, "hint": "Ada"}])"));
  EXPECT_TRUE(CandidatesJson({Candidate{}})[0]["year"].is_null());
  EXPECT_EQ(CandidatesJson({}), Json::array());
}

}  // namespace
}  // namespace marquee::testing
