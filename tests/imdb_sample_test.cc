// Builds an index from the real 2,000-movie IMDb sample and checks it against
// the TSV files read independently here: every title and person with its
// fields, and every principal row in its title's cast, in order, with its
// characters.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "marquee/graph.h"
#include "marquee/query.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

class ImdbSampleTest : public ::testing::Test {
 protected:
  // Loaded once, by the first test's SetUp rather than SetUpTestSuite: GoogleTest
  // reports the tests of a suite whose SetUpTestSuite failed as skipped, and data
  // missing from the repository must fail them.
  void SetUp() override {
    if (dir_ == nullptr) loaded_ = Load();
    ASSERT_TRUE(loaded_) << "the IMDb sample did not load";
  }
  static bool Load() {
    dir_ = new TempDir();
    BuildOptions o;
    o.imdb_dir = TestDataDir() + "/imdb-sample";
    o.output = dir_->File("sample.idx");
    index_ = BuildAndOpen(o).release();
    basics_ = new Tsv(ReadTsv(o.imdb_dir + "/title.basics.tsv.gz"));
    names_ = new Tsv(ReadTsv(o.imdb_dir + "/name.basics.tsv.gz"));
    principals_ = new Tsv(ReadTsv(o.imdb_dir + "/title.principals.tsv.gz"));
    return !HasFailure();
  }
  static void TearDownTestSuite() {
    delete index_;
    delete dir_;
    dir_ = nullptr;
    delete basics_;
    delete names_;
    delete principals_;
  }
  static int Year(const std::string& f) { return f == "\\N" ? 0 : std::stoi(f); }

  static TempDir* dir_;
  static bool loaded_;
  static Index* index_;
  static Tsv *basics_, *names_, *principals_;
};
TempDir* ImdbSampleTest::dir_;
bool ImdbSampleTest::loaded_;
Index* ImdbSampleTest::index_;
Tsv *ImdbSampleTest::basics_, *ImdbSampleTest::names_, *ImdbSampleTest::principals_;

TEST_F(ImdbSampleTest, EveryTitleWithItsFields) {
  ASSERT_NE(index_, nullptr);
  ASSERT_EQ(basics_->rows.size(), 2000u);
  EXPECT_EQ(index_->title_count(), basics_->rows.size());
  for (const auto& r : basics_->rows) {
    TitleRow row;
    ASSERT_TRUE(index_->FindTitle(r[0], &row).ok()) << r[0];
    TitleInfo t = index_->title(row);
    EXPECT_EQ(t.id, r[0]);
    EXPECT_EQ(t.type, r[1]);
    EXPECT_EQ(t.primary_title, r[2]);
    EXPECT_EQ(t.original_title, r[3]);
    EXPECT_EQ(t.adult, r[4] == "1");
    EXPECT_EQ(t.start_year, Year(r[5]));
    EXPECT_EQ(t.end_year, Year(r[6]));
    EXPECT_EQ(t.runtime_minutes, r[7] == "\\N" ? -1 : std::stoi(r[7]));
    std::string genres;
    for (auto g : t.genres.Items()) genres += (genres.empty() ? "" : ",") + std::string(g);
    EXPECT_EQ(genres, r[8] == "\\N" ? "" : r[8]) << r[0];
  }
}

TEST_F(ImdbSampleTest, EveryPersonWithTheirFields) {
  ASSERT_NE(index_, nullptr);
  EXPECT_EQ(index_->person_count(), names_->rows.size());
  for (const auto& r : names_->rows) {
    PersonRow row;
    ASSERT_TRUE(index_->FindPerson(r[0], &row).ok()) << r[0];
    PersonInfo p = index_->person(row);
    EXPECT_EQ(p.name, r[1]);
    EXPECT_EQ(p.birth_year, Year(r[2]));
    EXPECT_EQ(p.death_year, Year(r[3]));
  }
}

TEST_F(ImdbSampleTest, EveryPrincipalInItsTitlesCastInOrderWithCharacters) {
  ASSERT_NE(index_, nullptr);
  std::map<std::string, std::string> people;  // nconst -> name, from name.basics
  for (const auto& r : names_->rows) people[r[0]] = r[1];
  std::map<std::string, std::string> titles;  // tconst -> primaryTitle
  for (const auto& r : basics_->rows) titles[r[0]] = r[2];
  // tconst -> (ordering, nconst, category, job, characters)
  std::map<std::string, std::vector<std::tuple<int, std::string, std::string, std::string, std::vector<std::string>>>> by_title;
  size_t dangling = 0;
  for (const auto& r : principals_->rows) {
    if (!people.count(r[2])) {
      ++dangling;  // the sample lacks a few people; the build skips those rows
      continue;
    }
    std::vector<std::string> chars;
    if (r[5] != "\\N")
      for (const auto& c : nlohmann::json::parse(r[5])) chars.push_back(c.get<std::string>());
    by_title[r[0]].emplace_back(std::stoi(r[1]), r[2], r[3], r[4] == "\\N" ? "" : r[4], chars);
  }
  EXPECT_LT(dangling, 20u);
  size_t checked = 0;
  for (auto& [tconst, rows] : by_title) {
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
    TitleRow row;
    ASSERT_TRUE(index_->FindTitle(tconst, &row).ok());
    std::vector<CreditInfo> credits = index_->title_credits(row);
    ASSERT_EQ(credits.size(), rows.size()) << tconst;
    for (size_t i = 0; i < rows.size(); ++i) {
      const auto& [ordering, nconst, category, job, chars] = rows[i];
      EXPECT_EQ(index_->person_id(credits[i].person), nconst) << tconst << " #" << ordering;
      EXPECT_EQ(credits[i].person_name, people[nconst]) << tconst << " #" << ordering;
      EXPECT_EQ(credits[i].title_name, titles[tconst]) << tconst << " #" << ordering;
      EXPECT_EQ(credits[i].category, category);
      EXPECT_EQ(credits[i].job, job);
      auto items = credits[i].characters.Items();
      EXPECT_EQ(std::vector<std::string>(items.begin(), items.end()), chars) << tconst << " #" << ordering;
      ++checked;
    }
  }
  EXPECT_EQ(checked + dangling, principals_->rows.size());
}

TEST_F(ImdbSampleTest, PersonCreditsAreTheSameCreditsByYear) {
  ASSERT_NE(index_, nullptr);
  std::map<std::string, std::multiset<std::pair<std::string, std::string>>> expected;
  for (const auto& r : principals_->rows) expected[r[2]].insert({r[0], r[3]});
  std::map<std::string, std::string> titles;  // tconst -> primaryTitle
  for (const auto& r : basics_->rows) titles[r[0]] = r[2];
  for (const auto& r : names_->rows) {
    PersonRow row;
    ASSERT_TRUE(index_->FindPerson(r[0], &row).ok());
    std::multiset<std::pair<std::string, std::string>> got;
    int last_year = 0;
    for (const CreditInfo& c : index_->person_credits(row)) {
      got.insert({index_->title_id(c.title), std::string(c.category)});
      EXPECT_EQ(c.title_name, titles[index_->title_id(c.title)]) << r[0];
      EXPECT_EQ(c.person_name, r[1]);
      int y = index_->title_year(c.title);
      int key = y ? y : 99999;
      EXPECT_GE(key, last_year) << r[0] << " credits not by year";
      last_year = key;
    }
    EXPECT_EQ(got, expected[r[0]]) << r[0];
  }
}

TEST_F(ImdbSampleTest, UniqueTitlesResolveByNameIgnoringCase) {
  ASSERT_NE(index_, nullptr);
  std::map<std::string, int> count;
  for (const auto& r : basics_->rows) count[r[2]]++;
  size_t resolved = 0;
  for (const auto& r : basics_->rows) {
    if (count[r[2]] != 1 || r[2] != r[3]) continue;
    std::string upper = r[2];
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    Resolution res;
    std::vector<Candidate> cands;
    Status s = ResolveTitle(*index_, upper, {}, &res, &cands);
    if (s.IsAmbiguous()) continue;  // another title folds to the same key
    ASSERT_TRUE(s.ok()) << upper << ": " << s.ToString();
    EXPECT_EQ(res.id, r[0]) << upper;
    EXPECT_EQ(res.how, MatchedBy::kExactName) << upper;
    ++resolved;
  }
  EXPECT_GT(resolved, 1500u);
}

TEST_F(ImdbSampleTest, VerifyPasses) {
  ASSERT_NE(index_, nullptr);
  EXPECT_TRUE(index_->Verify().ok());
  std::unique_ptr<Graph> graph;
  ASSERT_TRUE(Graph::Open(*index_, &graph).ok());
  EXPECT_GT(graph->stats().edges, 10000u);
  Status s = graph->Verify();
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::string out;
  ASSERT_EQ(RunCommand(std::string(MARQUEE_BINARY) + " --index " + dir_->File("sample.idx") + " --json verify", &out), 0)
      << out;
  EXPECT_EQ(nlohmann::json::parse(out)["modules"], nlohmann::json::array({"core", "graph", "search"}));
}

}  // namespace
}  // namespace marquee::testing
