// Builds one index from every decade of the Wikipedia movies dataset and
// checks it against the JSON read independently here: every film is there
// once, with its year, genres and cast in order.

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "marquee/graph.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

std::string Nfc(const std::string& s) {
  utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string r(reinterpret_cast<char*>(out));
  free(out);
  return r;
}

std::string Trim(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

using Film = std::pair<std::string, int>;  // title, year
using Cast = std::vector<std::string>;

TEST(WikipediaMoviesTest, EveryFilmWithItsCastInOrder) {
  std::vector<std::string> files = WikipediaMoviesFiles();
  ASSERT_EQ(files.size(), 13u);

  std::map<Film, std::multiset<std::pair<Cast, std::string>>> expected;  // cast, genres
  size_t films = 0;
  for (const std::string& f : files) {
    for (const auto& m : nlohmann::json::parse(ReadInflated(f))) {
      Cast cast;
      for (const auto& name : m["cast"]) {
        std::string n = Trim(Nfc(name.get<std::string>()));
        if (!n.empty()) cast.push_back(n);
      }
      std::string genres;
      for (const auto& g : m["genres"]) genres += g.get<std::string>() + "|";
      int year = m["year"].is_number() ? m["year"].get<int>() : 0;
      expected[{Nfc(m["title"].get<std::string>()), year}].insert({cast, genres});
      ++films;
    }
  }
  ASSERT_GT(films, 36000u);

  TempDir dir;
  BuildOptions o;
  o.movies_files = files;
  o.output = dir.File("wiki.idx");
  IngestReport report(false);
  auto index = BuildAndOpen(o, &report);
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(report.skipped_total(), 0u);
  ASSERT_EQ(index->title_count(), films);
  EXPECT_TRUE(index->Verify().ok());
  std::unique_ptr<Graph> graph;
  ASSERT_TRUE(Graph::Open(*index, &graph).ok());
  Status verified = graph->Verify();
  EXPECT_TRUE(verified.ok()) << verified.ToString();

  std::map<Film, std::multiset<std::pair<Cast, std::string>>> got;
  for (TitleRow t = 0; t < index->title_count(); ++t) {
    TitleInfo info = index->title(t);
    Cast cast;
    for (const CreditInfo& c : index->title_credits(t)) {
      EXPECT_EQ(c.category, "actor");
      cast.push_back(std::string(index->person_name(c.person)));
    }
    std::string genres;
    for (auto g : info.genres.Items()) genres += std::string(g) + "|";
    got[{std::string(info.primary_title), info.start_year}].insert({cast, genres});
  }
  EXPECT_EQ(got.size(), expected.size());
  size_t mismatches = 0;
  for (const auto& [film, casts] : expected) {
    auto it = got.find(film);
    if (it == got.end() || it->second != casts) {
      if (++mismatches <= 5) ADD_FAILURE() << "film differs: " << film.first << " (" << film.second << ")";
    }
  }
  EXPECT_EQ(mismatches, 0u);

  // A name is one person across the whole dataset.
  std::map<std::string, size_t> credits_per_name;
  for (const auto& [film, casts] : expected)
    for (const auto& [cast, genres] : casts)
      for (const auto& n : cast) credits_per_name[n]++;
  EXPECT_EQ(index->person_count(), credits_per_name.size());
  size_t checked = 0;
  for (PersonRow p = 0; p < index->person_count() && checked < 2000; p += 7, ++checked) {
    std::string name(index->person_name(p));
    EXPECT_EQ(index->person_credits(p).size(), credits_per_name[name]) << name;
  }
}

}  // namespace
}  // namespace marquee::testing
