// The Wikipedia movies dataset, built by Marquee and checked against the
// JSON read independently here.
//
// RealRowsWithScrapedFragments: 17 films copied from the dataset (ignored
// fields such as extract and thumbnail left out; file and array index of
// each in a comment), chosen for the scraped cast strings that are not
// names ("Voices of", "(", "Best Actor", "nominee)", "and", ".") and for two
// spellings of one name and one name of two people.
//
// EveryFilmWithItsCastInOrder: the whole dataset, from the repository copy
// (tests/data/wikipedia-movies/*.json.gz).
// The cast strings that are not names are the hand-reviewed list below
// (every string of the dataset the loader refuses, read by eye), not the
// loader's rules: a rule that starts refusing a real name fails this test.

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

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

struct Expected {
  std::map<Film, std::multiset<std::pair<Cast, std::string>>> films;  // cast, genres
  size_t count = 0;
  size_t fragments = 0;                      // cast strings dropped as not names (or empty)
  std::map<std::string, std::pair<int, int>> careers;  // name -> first, last year
};

void ReadExpected(const std::string& text, Expected* e) {
  for (const auto& m : nlohmann::json::parse(text)) {
    Cast cast;
    int year = m["year"].is_number() ? m["year"].get<int>() : 0;
    for (const auto& name : m["cast"]) {
      std::string n = Trim(Nfc(name.get<std::string>()));
      if (n.empty() || WikipediaNotNames().count(n)) {
        ++e->fragments;
        continue;
      }
      cast.push_back(n);
      auto [it, added] = e->careers.emplace(n, std::make_pair(year, year));
      if (year) {
        if (!it->second.first || year < it->second.first) it->second.first = year;
        it->second.second = std::max(it->second.second, year);
      }
    }
    std::string genres;
    for (const auto& g : m["genres"]) genres += g.get<std::string>() + "|";
    e->films[{Nfc(m["title"].get<std::string>()), year}].insert({cast, genres});
    ++e->count;
  }
}

// The index's films, cast in billing order, compared with `expected`.
void ExpectSameFilms(const Index& index, const Expected& expected) {
  ASSERT_EQ(index.title_count(), expected.count);
  std::map<Film, std::multiset<std::pair<Cast, std::string>>> got;
  std::set<std::string> people;
  for (TitleRow t = 0; t < index.title_count(); ++t) {
    TitleInfo info = index.title(t);
    Cast cast;
    for (const CreditInfo& c : index.title_credits(t)) {
      EXPECT_EQ(c.category, "actor");
      cast.push_back(std::string(index.person_name(c.person)));
    }
    std::string genres;
    for (auto g : info.genres.Items()) genres += std::string(g) + "|";
    got[{std::string(info.primary_title), info.start_year}].insert({cast, genres});
  }
  EXPECT_EQ(got.size(), expected.films.size());
  size_t mismatches = 0;
  for (const auto& [film, casts] : expected.films) {
    auto it = got.find(film);
    if (it == got.end() || it->second != casts) {
      if (++mismatches <= 5) ADD_FAILURE() << "film differs: " << film.first << " (" << film.second << ")";
    }
  }
  EXPECT_EQ(mismatches, 0u);
  // A name is one person across the whole dataset.
  EXPECT_EQ(index.person_count(), expected.careers.size());
}

size_t Homonyms(const Expected& e) {
  size_t n = 0;
  for (const auto& [name, years] : e.careers) n += years.first && years.second - years.first > 75;
  return n;
}

uint64_t Noticed(const IngestReport& r, const std::string& reason) {
  auto it = r.noticed().find(reason);
  return it == r.noticed().end() ? 0 : it->second.count;
}

const char kDuplicate[] = "probable duplicate names (differ only in case, accents, quotes or punctuation)";
const char kHomonym[] = "probable homonym (credits span over 75 years)";

TEST(WikipediaMoviesTest, RealRowsWithScrapedFragments) {
  const char* json = R"json([
{"title": "Billy's Rival", "year": 1914, "cast": ["William Garwood", "Louise Lester", "Jack Richardson", "Vivian Rich", ".", "Harry von Meter"], "genres": ["Short", "Silent"]},
{"title": "Anna Karenina", "year": 1915, "cast": ["Betty Nansen", "and", "Edward José"], "genres": ["Historical", "Drama", "Silent"]},
{"title": "Molly Entangled", "year": 1917, "cast": ["Vivian Martin", "Harrison Ford"], "genres": ["Drama", "Silent"]},
{"title": "The Silent Command", "year": 1923, "cast": ["Edmund Lowe", "Béla Lugosi"], "genres": ["Drama", "Silent"]},
{"title": "The Midnight Girl", "year": 1925, "cast": ["Lila Lee", "Bela Lugosi"], "genres": ["Drama"]},
{"title": "Come and Get It", "year": 1936, "cast": ["Edward Arnold", "Joel McCrea", "Frances Farmer", "Walter Brennan", "(", "Academy Award for Best Supporting Actor", ")"], "genres": ["Drama"]},
{"title": "The General Died at Dawn", "year": 1936, "cast": ["Gary Cooper", "Madeleine Carroll", "Akim Tamiroff", "(", "Best Supporting Actor", "nominee)"], "genres": ["Drama", "Adventure"]},
{"title": "Mr. Deeds Goes to Town", "year": 1936, "cast": ["Gary Cooper", "(", "Best Actor", "nominee)", "Jean Arthur", "Lionel Stander"], "genres": ["Comedy", "Romance", "Drama"]},
{"title": "Pigskin Parade", "year": 1936, "cast": ["Stuart Erwin", "(", "Best Supporting Actor", "nominee)", "Patsy Kelly", "Jack Haley"], "genres": ["Comedy", "Musical"]},
{"title": "Snow White and the Seven Dwarfs", "year": 1937, "cast": ["Voices of", "Adriana Caselotti", "Billy Gilbert"], "genres": ["Animated", "Musical", "Fantasy"]},
{"title": "Pinocchio", "year": 1940, "cast": ["voices of", "Cliff Edwards", "Evelyn Venable", "Mel Blanc"], "genres": ["Animated", "Fantasy", "Musical"]},
{"title": "The Battle of San Pietro", "year": 1945, "cast": ["Mark W. Clark", "John Huston", "(narrator)"], "genres": ["Documentary"]},
{"title": "Peter Pan", "year": 1953, "cast": ["Voices of", "Hans Conried", "Bobby Driscoll", "Kathryn Beaumont"], "genres": ["Animated", "Adventure", "Fantasy"]},
{"title": "Snoopy, Come Home", "year": 1972, "cast": ["Voices of", "Chad Webber", "Robin Kohn", "Hilary Momberger", "Johanna Baer"], "genres": ["Animated", "Comedy", "Drama", "Musical"]},
{"title": "Tuff Turf", "year": 1985, "cast": ["James Spader", "Robert Downey Jr.", "Kim Richards"], "genres": ["Drama"]},
{"title": "1969", "year": 1988, "cast": ["Robert Downey, Jr.", "Kiefer Sutherland", "Bruce Dern", "Winona Ryder", "Joanna Cassidy", "Mariette Hartley"], "genres": ["Drama"]},
{"title": "K-19: The Widowmaker", "year": 2002, "cast": ["Harrison Ford", "Liam Neeson"], "genres": ["Historical", "Drama"]}
])json";
  // Films 1-17 above are, in order: movies-1910s.json [170], [352], [1986];
  // movies-1920s.json [2093], [3045]; movies-1930s.json [2743], [2825],
  // [2955], [2994], [3550]; movies-1940s.json [327], [2868]; movies-1950s.json
  // [1457]; movies-1970s.json [477]; movies-1980s.json [1098], [1657];
  // movies-2000s.json [564].
  TempDir dir;
  WriteFile(dir.File("films.json"), json);
  Expected expected;
  ReadExpected(json, &expected);
  ASSERT_EQ(expected.fragments, 19u);

  BuildOptions o;
  o.movies_files = {dir.File("films.json")};
  o.output = dir.File("films.idx");
  IngestReport report(false);
  auto index = BuildAndOpen(o, &report);
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(report.skipped_total(), expected.fragments);
  EXPECT_EQ(report.skipped().at("not a name: function words").examples[0],
            dir.File("films.json") + ":3: not a name: function words (\"and\" in film [1] \"Anna Karenina\")");
  ExpectSameFilms(*index, expected);
  EXPECT_EQ(Noticed(report, kDuplicate), 2u);  // Robert Downey, Jr.; Béla Lugosi
  EXPECT_EQ(Noticed(report, kHomonym), Homonyms(expected));
  EXPECT_EQ(Homonyms(expected), 1u);  // Harrison Ford, 1917 and 2002

  // Snow White's voices no longer reach Pinocchio's or Peter Pan's.
  std::unique_ptr<Graph> graph;
  ASSERT_TRUE(Graph::Open(*index, &graph).ok());
  EXPECT_TRUE(graph->Verify().ok());
  for (PersonRow p = 0; p < index->person_count(); ++p) {
    std::string_view name = index->person_name(p);
    EXPECT_NE(name, "Voices of");
    EXPECT_NE(name, "(");
  }
}

TEST(WikipediaMoviesTest, EveryFilmWithItsCastInOrder) {
  std::vector<std::string> files = WikipediaMoviesFiles();
  ASSERT_EQ(files.size(), 13u);

  Expected expected;
  for (const std::string& f : files) ReadExpected(ReadInflated(f), &expected);
  ASSERT_GT(expected.count, 36000u);

  TempDir dir;
  BuildOptions o;
  o.movies_files = files;
  o.output = dir.File("wiki.idx");
  IngestReport report(false, /*max_examples=*/1000);
  auto index = BuildAndOpen(o, &report);
  ASSERT_NE(index, nullptr);
  EXPECT_EQ(report.skipped_total(), expected.fragments);
  EXPECT_TRUE(index->Verify().ok());
  std::unique_ptr<Graph> graph;
  ASSERT_TRUE(Graph::Open(*index, &graph).ok());
  Status verified = graph->Verify();
  EXPECT_TRUE(verified.ok()) << verified.ToString();
  ExpectSameFilms(*index, expected);
  EXPECT_EQ(Noticed(report, kHomonym), Homonyms(expected));

  // Spellings of one name, seen in the data, each noticed.
  std::string noticed;
  for (const std::string& e : report.noticed().at(kDuplicate).examples) noticed += e + "\n";
  for (const char* pair : {"\"H.B. Warner\" (13 credits) and \"H. B. Warner\" (50 credits)",
                           "\"Robert Downey, Jr.\" (19 credits) and \"Robert Downey Jr.\" (38 credits)",
                           "\"Béla Lugosi\" (1 credit) and \"Bela Lugosi\" (47 credits)",
                           "\"Vincent D’Onofrio\" (1 credit) and \"Vincent D'Onofrio\" (38 credits)"}) {
    EXPECT_NE(noticed.find(pair), std::string::npos) << pair;
  }
}

}  // namespace
}  // namespace marquee::testing
