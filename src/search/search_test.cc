// Search end to end on a small IMDb-format index with ratings and
// alternate titles: folding, typos, prefixes, alternate titles, years,
// ranking, filters, same-name people, resolution, and bad input.

#include <gtest/gtest.h>

#include <chrono>

#include "marquee/query.h"
#include "marquee/search.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

const char kBasics[] =
    "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
    "tt4139124\tmovie\tMiss You Already\tMiss You Already\t0\t2015\t\\N\t112\tComedy\n"
    "tt0211915\tmovie\tAmélie\tLe fabuleux destin d'Amélie Poulain\t0\t2001\t\\N\t122\tComedy\n"
    "tt0316654\tmovie\tSpider-Man 2\tSpider-Man 2\t0\t2004\t\\N\t127\tAction\n"
    "tt0145487\tmovie\tSpider-Man\tSpider-Man\t0\t2002\t\\N\t121\tAction\n"
    "tt0167404\tmovie\tThe Sixth Sense\tThe Sixth Sense\t0\t1999\t\\N\t107\tDrama\n"
    "tt7390588\ttvSeries\tThe Outsider\tThe Outsider\t0\t2020\t2020\t60\tCrime\n"
    "tt0083799\tmovie\tThe Outsider\tThe Outsider\t0\t1980\t\\N\t90\tDrama\n"
    "tt0120780\tmovie\tOut of Sight\tOut of Sight\t0\t1998\t\\N\t123\tCrime\n"
    "tt0118849\tmovie\tChildren of Heaven\tBacheha-Ye aseman\t0\t1997\t\\N\t89\tDrama\n"
    "tt0190332\tmovie\tCrouching Tiger, Hidden Dragon\tWo hu cang long\t0\t2000\t\\N\t120\tAction\n"
    "tt0245429\tmovie\tSpirited Away\tSen to Chihiro no kamikakushi\t0\t2001\t\\N\t125\tAnimation\n";
const char kRatings[] =
    "tconst\taverageRating\tnumVotes\n"
    "tt4139124\t6.6\t30000\ntt0211915\t8.3\t800000\ntt0316654\t7.5\t600000\ntt0145487\t7.4\t800000\n"
    "tt0167404\t8.2\t1000000\ntt7390588\t7.1\t90000\ntt0083799\t6.0\t500\ntt0120780\t7.0\t100000\n"
    "tt0118849\t8.2\t77000\ntt0190332\t7.9\t270000\ntt0245429\t8.6\t800000\n";
const char kAkas[] =
    "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle\n"
    "tt0211915\t1\tAmélie\tUS\t\\N\timdbDisplay\t\\N\t0\n"
    "tt0211915\t2\tDie fabelhafte Welt der Amélie\tDE\t\\N\timdbDisplay\t\\N\t0\n"
    "tt0118849\t1\tBachehaye aseman\tIR\tfa\t\\N\t\\N\t0\n"
    "tt0190332\t1\t卧虎藏龙\tCN\tzh\t\\N\t\\N\t0\n"
    "tt0245429\t1\tУнесённые призраками\tRU\t\\N\timdbDisplay\t\\N\t0\n"
    "tt0245429\t2\tChihiros Reise ins Zauberland\tDE\t\\N\timdbDisplay\t\\N\t0\n";
const char kNames[] =
    "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n"
    "nm0000592\tToni Collette\t1972\t\\N\tactress\ttt0167404,tt4139124\n"
    "nm0000106\tDrew Barrymore\t1975\t\\N\tactress\ttt4139124\n"
    "nm1000001\tTony Collett\t1950\t\\N\tsound_department\ttt0120780\n"
    "nm0004695\tJessica Alba\t1981\t\\N\tactress\ttt0120780\n"
    "nm2000001\tJohn Smith\t1940\t2001\tdirector\ttt0083799\n"
    "nm2000002\tJohn Smith\t1985\t\\N\tactor\ttt7390588\n"
    "nm1659221\tBeyoncé\t1981\t\\N\tactress\ttt0120780\n";
const char kPrincipals[] =
    "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"
    "tt4139124\t1\tnm0000106\tactress\t\\N\t[\"Jess\"]\n"
    "tt4139124\t2\tnm0000592\tactress\t\\N\t[\"Milly\"]\n"
    "tt0167404\t1\tnm0000592\tactress\t\\N\t[\"Lynn\"]\n"
    "tt0120780\t1\tnm1000001\tsound_department\t\\N\t\\N\n"
    "tt0120780\t2\tnm0004695\tactress\t\\N\t\\N\n"
    "tt0120780\t3\tnm1659221\tactress\t\\N\t\\N\n"
    "tt0120780\t4\tnm2000001\tdirector\t\\N\t\\N\n"
    "tt7390588\t1\tnm2000002\tactor\t\\N\t[\"Jack\"]\n";

class SearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteFile(dir_->File("title.basics.tsv"), kBasics);
    WriteFile(dir_->File("title.ratings.tsv"), kRatings);
    WriteFile(dir_->File("title.akas.tsv"), kAkas);
    WriteFile(dir_->File("name.basics.tsv"), kNames);
    WriteFile(dir_->File("title.principals.tsv"), kPrincipals);
    BuildOptions o;
    o.imdb_dir = dir_->path();
    o.output = dir_->File("search.idx");
    index_ = BuildAndOpen(o).release();
    ASSERT_TRUE(index_->Verify().ok());
    std::unique_ptr<Searcher> s;
    ASSERT_TRUE(Searcher::Open(*index_, &s).ok());
    searcher_ = s.release();
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete index_;
    delete dir_;
  }
  static std::vector<SearchHit> Find(std::string_view q, SearchOptions o = {}) {
    std::vector<SearchHit> hits;
    Status s = searcher_->Search(q, o, &hits);
    EXPECT_TRUE(s.ok()) << q << ": " << s.ToString();
    return hits;
  }
  static std::string Top(std::string_view q, SearchOptions o = {}) {
    auto hits = Find(q, o);
    return hits.empty() ? "" : hits[0].id;
  }

  static TempDir* dir_;
  static Index* index_;
  static Searcher* searcher_;
};
TempDir* SearchTest::dir_;
Index* SearchTest::index_;
Searcher* SearchTest::searcher_;

TEST_F(SearchTest, ExactCaseAccentPunctuation) {
  EXPECT_EQ(Top("Miss You Already"), "tt4139124");
  EXPECT_EQ(Top("amelie"), "tt0211915");
  EXPECT_EQ(Top("AMÉLIE"), "tt0211915");
  EXPECT_EQ(Top("beyonce"), "nm1659221");
  EXPECT_EQ(Top("spider man 2"), "tt0316654");
}

TEST_F(SearchTest, Typos) {
  EXPECT_EQ(Top("miss you alredy"), "tt4139124");     // deletion
  EXPECT_EQ(Top("toni colete"), "nm0000592");         // doubled letters
  EXPECT_EQ(Top("sixht sense"), "tt0167404");         // transposition
  EXPECT_EQ(Top("crouchnig tigre"), "tt0190332");     // transposition + transposition
  EXPECT_EQ(Top("barrymroe"), "nm0000106");           // 9 letters: transposition
  EXPECT_EQ(Top("barrymxxe"), "nm0000106");           // 9 letters: two substitutions
  EXPECT_TRUE(Find("brxymxxe").empty());              // too far
  auto hits = Find("miss you alredy");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].edits, 1);
  EXPECT_EQ(hits[0].words[2].matched, "already");
}

TEST_F(SearchTest, SplitAndJoinedWords) {
  EXPECT_EQ(Top("spiderman 2"), "tt0316654");
  auto hits = Find("spiderman 2");
  EXPECT_EQ(hits[0].words[0].how, MatchHow::kSplit);
  EXPECT_EQ(Top("spiderman"), "tt0145487");  // most votes among equal matches
  // Two words for one: the second ("man", itself a word of other titles)
  // must count the joined word's documents among its own.
  hits = Find("bachehaye ase man");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].id, "tt0118849");
  EXPECT_EQ(hits[0].words_matched, 3);
  EXPECT_EQ(hits[0].words[1].how, MatchHow::kJoined);
  EXPECT_EQ(hits[0].words[1].matched, "aseman");
  EXPECT_EQ(hits[0].words[2].how, MatchHow::kJoined);
  EXPECT_EQ(hits[0].words[2].matched, "aseman");
}

TEST_F(SearchTest, PrefixAutocomplete) {
  EXPECT_EQ(Top("crouching ti"), "tt0190332");
  EXPECT_EQ(Top("jessica al"), "nm0004695");
  auto hits = Find("sixth sen");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].id, "tt0167404");
  EXPECT_EQ(hits[0].words[1].how, MatchHow::kPrefix);
}

TEST_F(SearchTest, AlternateTitles) {
  auto hits = Find("fabelhafte welt");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].id, "tt0211915");
  EXPECT_EQ(hits[0].through, MatchedThrough::kAlternateTitle);
  EXPECT_EQ(hits[0].region, "DE");
  hits = Find("le fabuleux destin");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].through, MatchedThrough::kOriginalTitle);
  EXPECT_EQ(Top("bachehaye aseman"), "tt0118849");
  EXPECT_EQ(Top("Унесенные призраками"), "tt0245429");   // Cyrillic, ё folded
  EXPECT_EQ(Top("унесённые призракми"), "tt0245429");    // and a typo in it
  EXPECT_EQ(Top("藏龙"), "tt0190332");                    // part of a Han title
}

TEST_F(SearchTest, YearInQuery) {
  EXPECT_EQ(Top("the outsider 2020"), "tt7390588");
  EXPECT_EQ(Top("the outsider 1980"), "tt0083799");
  EXPECT_EQ(Top("The Outsider (1980)"), "tt0083799");
  SearchOptions o;
  o.year = 1980;
  EXPECT_EQ(Top("outsider", o), "tt0083799");
  auto hits = Find("the outsider 2020");
  EXPECT_EQ(hits[0].words[2].how, MatchHow::kYear);
  EXPECT_EQ(hits[0].words[2].matched, "2020");
  EXPECT_EQ(hits[0].words[1].matched, "outsider");
}

TEST_F(SearchTest, RankingPrefersBetterMatchThenPopularity) {
  // "out" is a prefix of "outsider" and the exact word of "Out of Sight".
  auto hits = Find("out");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, "tt0120780");
  // Two titles named alike: more votes first.
  hits = Find("the outsider");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(hits[0].id, "tt7390588");
  EXPECT_EQ(hits[1].id, "tt0083799");
}

TEST_F(SearchTest, Filters) {
  SearchOptions o;
  o.kind = SearchKind::kPerson;
  for (const SearchHit& h : Find("collette", o)) EXPECT_EQ(h.kind, SearchKind::kPerson);
  o = {};
  o.title_types = {"tvSeries"};
  auto hits = Find("outsider", o);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "tt7390588");
  o = {};
  o.limit = 1;
  EXPECT_EQ(Find("the", o).size(), 1u);
}

TEST_F(SearchTest, SameNamePeopleAreToldApart) {
  auto hits = Find("john smith");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_NE(PersonLabel(*index_, hits[0].row), PersonLabel(*index_, hits[1].row));
  Resolution row;
  std::vector<Candidate> candidates;
  EXPECT_TRUE(ResolvePerson(*index_, "jonh smith", &row, &candidates).IsAmbiguous());
  ASSERT_EQ(candidates.size(), 2u);
  EXPECT_NE(candidates[0].label, candidates[1].label);
}

TEST_F(SearchTest, ResolveFallsBackToSearch) {
  Resolution t;
  std::vector<Candidate> c;
  ASSERT_TRUE(ResolveTitle(*index_, "miss you alredy", {}, &t, &c).ok());
  EXPECT_EQ(t.id, "tt4139124");
  EXPECT_EQ(t.how, MatchedBy::kFuzzyName);  // a guess, and said to be one
  EXPECT_EQ(t.corrections, std::vector<std::string>{"alredy→already"});
  ASSERT_TRUE(ResolveTitle(*index_, "Die fabelhafte Welt der Amelie", {}, &t, &c).ok());
  EXPECT_EQ(t.id, "tt0211915");
  Resolution p;
  ASSERT_TRUE(ResolvePerson(*index_, "toni colete", &p, &c).ok());
  EXPECT_EQ(p.id, "nm0000592");
  EXPECT_EQ(p.how, MatchedBy::kFuzzyName);
  EXPECT_TRUE(ResolvePerson(*index_, "zzzzqqq", &p, &c).IsNotFound());
  EXPECT_TRUE(ResolveTitle(*index_, "", {}, &t, &c).IsNotFound());
}

TEST_F(SearchTest, BadInputAnswersQuickly) {
  std::vector<SearchHit> hits;
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(searcher_->Search("", {}, &hits).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(searcher_->Search("?!?!", {}, &hits).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(searcher_->Search(std::string(10000, 'x'), {}, &hits).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(searcher_->Search("abc\xFF", {}, &hits).code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(searcher_->Search("toni\x01\x7F colette\r\n", {}, &hits).ok());
  EXPECT_EQ(hits.at(0).id, "nm0000592");
  EXPECT_TRUE(searcher_->Search(std::string(900, 'e') + " " + std::string(90, 'a'), {}, &hits).ok());
  std::string many;
  for (int i = 0; i < 90; ++i) many += "spider man ";  // 990 bytes, 180 words
  EXPECT_TRUE(searcher_->Search(many, {}, &hits).ok());
  SearchOptions o;
  o.limit = 0;
  EXPECT_EQ(searcher_->Search("x", o, &hits).code(), Status::Code::kInvalidArgument);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 1.0);
}

TEST_F(SearchTest, WhyIsReported) {
  auto hits = Find("crouching tigr");
  ASSERT_FALSE(hits.empty());
  const SearchHit& h = hits[0];
  EXPECT_EQ(h.words_matched, 2);
  EXPECT_EQ(h.words_total, 2);
  EXPECT_EQ(h.edits, 1);
  EXPECT_EQ(h.words[1].query, "tigr");
  EXPECT_EQ(h.words[1].matched, "tiger");
  EXPECT_FALSE(h.exact_name);
  EXPECT_TRUE(Find("the sixth sense")[0].exact_name);
}

}  // namespace
}  // namespace marquee::testing
