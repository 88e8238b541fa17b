// Resolving what a user typed: ids (found, absent, malformed), exact names
// whatever the case and accents, a clear best among same-named rows (a main
// title over episodes, ten times the votes), narrowing by year and type, the
// Ambiguous answer with its candidates, best first, labelled apart, and the
// fuzzy contract: a guess only when every word fits, and said to be one.

#include <gtest/gtest.h>

#include "marquee/query.h"
#include "query/query_test_index.h"

namespace marquee::testing {
namespace {

class ResolveTest : public QueryIndexTest {
 protected:
  static Status Title(std::string_view text, TitleRow* row, std::vector<Candidate>* c = nullptr,
                      const ResolveOptions& o = {}) {
    Resolution r;
    Status s = ResolveTitle(*index_, text, o, &r, c);
    *row = s.ok() ? r.row : kNoRow;
    return s;
  }
  static Status Person(std::string_view text, PersonRow* row, std::vector<Candidate>* c = nullptr,
                       Resolution* how = nullptr) {
    Resolution r;
    Status s = ResolvePerson(*index_, text, &r, c);
    *row = s.ok() ? r.row : kNoRow;
    if (how) *how = r;
    return s;
  }
  static std::vector<std::string> Ids(const std::vector<Candidate>& candidates) {
    std::vector<std::string> ids;
    for (const Candidate& c : candidates) ids.push_back(c.id);
    return ids;
  }
};

TEST_F(ResolveTest, Ids) {
  TitleRow t;
  ASSERT_TRUE(Title("tt0000103", &t).ok());
  EXPECT_EQ(t, T("tt0000103"));
  EXPECT_TRUE(Title("tt0009999", &t).IsNotFound());
  EXPECT_TRUE(Title("mt0000000103", &t).IsNotFound());  // a movies-JSON id this index lacks
  PersonRow p;
  ASSERT_TRUE(Person("nm0000005", &p, nullptr).ok());
  EXPECT_EQ(p, P("nm0000005"));
  EXPECT_TRUE(Person("nm0009999", &p, nullptr).IsNotFound());
  // Not ids: read as names, which nothing is called.
  EXPECT_TRUE(Title("nm0000001", &t).IsNotFound());
  EXPECT_TRUE(Title("tt00001x3", &t).IsNotFound());
  EXPECT_TRUE(Person("tt0000103", &p, nullptr).IsNotFound());
}

TEST_F(ResolveTest, ExactNamesIgnoreCaseAndPunctuation) {
  TitleRow t;
  ASSERT_TRUE(Title("harbor lights", &t).ok());
  EXPECT_EQ(t, T("tt0000105"));
  ASSERT_TRUE(Title("HARBOR-LIGHTS!", &t).ok());
  EXPECT_EQ(t, T("tt0000105"));
  PersonRow p;
  ASSERT_TRUE(Person("ADA MARSH", &p, nullptr).ok());
  EXPECT_EQ(p, P("nm0000001"));
}

TEST_F(ResolveTest, AClearBestWinsAlone) {
  TitleRow t;
  std::vector<Candidate> c;
  ASSERT_TRUE(Title("Twilight", &t, &c).ok());  // 500,000 votes against 20,000
  EXPECT_EQ(t, T("tt0000103"));
  ASSERT_TRUE(Title("Pilot", &t, &c).ok());     // a movie without votes over two episodes
  EXPECT_EQ(t, T("tt0000111"));
  PersonRow p;
  ASSERT_TRUE(Person("Dee Ray", &p, &c).ok());  // popularity 20,000 against 0
  EXPECT_EQ(p, P("nm0000006"));
}

TEST_F(ResolveTest, AmbiguousTitlesComeWithCandidatesBestFirst) {
  TitleRow t;
  std::vector<Candidate> c;
  Status s = Title("the outsider", &t, &c);
  ASSERT_TRUE(s.IsAmbiguous()) << s.ToString();
  EXPECT_EQ(t, kNoRow);
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"tt0000102", "tt0000101"}));  // 900 votes, then 500
  EXPECT_EQ(c[0].row, T("tt0000102"));
  EXPECT_EQ(c[0].label, "The Outsider (2020, tvSeries) · 1 credit · with John Smith");
  EXPECT_EQ(c[1].label, "The Outsider (1980, movie) · 1 credit");  // its one credit is a director
  EXPECT_EQ(c[0].hint, "John Smith");
  EXPECT_EQ(c[1].year, 1980);
  EXPECT_TRUE(Title("the outsider", &t).IsAmbiguous());  // candidates are optional

  ResolveOptions episodes;
  episodes.types = {"tvEpisode"};
  ASSERT_TRUE(Title("Pilot", &t, &c, episodes).IsAmbiguous());
  EXPECT_EQ(c.size(), 2u);
  for (const Candidate& x : c) EXPECT_NE(x.label.find(", episode of "), std::string::npos) << x.label;
  EXPECT_NE(c[0].label, c[1].label);
}

TEST_F(ResolveTest, YearAndTypeNarrowTheChoice) {
  TitleRow t;
  ASSERT_TRUE(Title("The Outsider (1980)", &t).ok());
  EXPECT_EQ(t, T("tt0000101"));
  ASSERT_TRUE(Title("Twilight (1998)", &t).ok());  // the year beats the votes
  EXPECT_EQ(t, T("tt0000104"));
  ResolveOptions o;
  o.year = 2020;
  ASSERT_TRUE(Title("The Outsider", &t, nullptr, o).ok());
  EXPECT_EQ(t, T("tt0000102"));
  o = {};
  o.types = {"movie"};
  ASSERT_TRUE(Title("The Outsider", &t, nullptr, o).ok());
  EXPECT_EQ(t, T("tt0000101"));
  o.year = 2020;  // no movie of 2020 is called that
  EXPECT_FALSE(Title("The Outsider", &t, nullptr, o).ok());
  EXPECT_FALSE(Title("Twilight (1850)", &t).ok());
}

TEST_F(ResolveTest, SameNamedPeopleAreToldApart) {
  PersonRow p;
  std::vector<Candidate> c;
  Status s = Person("John Smith", &p, &c);
  ASSERT_TRUE(s.IsAmbiguous()) << s.ToString();
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"nm0000005", "nm0000004"}));  // popularity 900, then 500
  EXPECT_EQ(c[0].label, "John Smith (b. 1985, actor) · 1 credit · The Outsider");
  EXPECT_EQ(c[1].label, "John Smith (1940–2001, director, The Outsider) · 1 credit · The Outsider");
  EXPECT_EQ(c[0].year, 1985);
  EXPECT_EQ(c[0].type, "actor");
  EXPECT_EQ(c[0].credits, 1u);
}

TEST_F(ResolveTest, NothingMatches) {
  TitleRow t;
  std::vector<Candidate> c = {{1, "stale", "stale"}};
  Status s = Title("Qwxz Vbnm", &t, &c);
  EXPECT_TRUE(s.IsNotFound()) << s.ToString();
  EXPECT_NE(s.message().find("Qwxz Vbnm"), std::string::npos) << s.message();
  PersonRow p;
  EXPECT_TRUE(Person("Qwxz Vbnm", &p, &c).IsNotFound());
  EXPECT_TRUE(Person("", &p, &c).IsNotFound());
  EXPECT_TRUE(Person("\xFF\xFE", &p, &c).IsNotFound());  // not UTF-8
}

TEST_F(ResolveTest, HowEachNameWasMatched) {
  Resolution r;
  ASSERT_TRUE(ResolvePerson(*index_, "nm0000002", &r, nullptr).ok());
  EXPECT_EQ(r.how, MatchedBy::kId);
  ASSERT_TRUE(ResolvePerson(*index_, "BEN COLE", &r, nullptr).ok());
  EXPECT_EQ(r.how, MatchedBy::kExactName);
  EXPECT_EQ(r.name, "Ben Cole");
  EXPECT_EQ(r.query, "BEN COLE");
  EXPECT_TRUE(r.corrections.empty());
}

// A misspelt name answers only when every word of it fits a word of the
// name, and the answer says it was a guess and what was corrected.
TEST_F(ResolveTest, AFuzzyMatchNeedsEveryWordAndSaysSo) {
  PersonRow p;
  Resolution how;
  ASSERT_TRUE(Person("Eve Lunde", &p, nullptr, &how).ok());
  EXPECT_EQ(p, P("nm0000008"));
  EXPECT_EQ(how.how, MatchedBy::kFuzzyName);
  EXPECT_EQ(how.corrections, std::vector<std::string>{"lunde→lund"});
  TitleRow t;
  ASSERT_TRUE(Title("Harbour Lights", &t).ok());
  EXPECT_EQ(t, T("tt0000105"));
  // One word may take an extra edit beside exact words, never two such.
  ASSERT_TRUE(Title("Harbor Lihgtts", &t).ok());  // 2 edits in a 7-letter word
  EXPECT_EQ(t, T("tt0000105"));
  EXPECT_FALSE(Title("Harbour Lihgtts", &t).ok());
  // One word fits and the other does not: not this person, whatever search
  // ranks first.
  std::vector<Candidate> c;
  EXPECT_TRUE(Person("Eve Marsh", &p, &c).IsNotFound());
  EXPECT_TRUE(Person("Ada Lund", &p, &c).IsNotFound());
  EXPECT_FALSE(c.empty());  // the closest names, as suggestions
  EXPECT_TRUE(Title("Harbor Storm", &t).IsNotFound());
  // Equally close to two people: ambiguous, with both.
  EXPECT_TRUE(Person("Jon Smith", &p, &c).IsAmbiguous());
  EXPECT_EQ(c.size(), 2u);
}

TEST_F(ResolveTest, Labels) {
  EXPECT_EQ(TitleLabel(*index_, T("tt0000105")), "Harbor Lights (2010–2012, tvSeries)");
  EXPECT_EQ(TitleLabel(*index_, T("tt0000106")), "Pilot (2010, tvEpisode), episode of Harbor Lights");
  EXPECT_EQ(TitleLabel(*index_, T("tt0000113")), "Untitled Project (?, movie)");
  EXPECT_EQ(PersonLabel(*index_, P("nm0000001")), "Ada Marsh (b. 1970, actress, Harbor Lights)");
  EXPECT_EQ(PersonLabel(*index_, P("nm0000003")), "Cy Dunn (1901–1980, actor)");
}

}  // namespace
}  // namespace marquee::testing
