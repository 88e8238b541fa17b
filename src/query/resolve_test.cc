// Resolving what a user typed: ids (found, absent, malformed), exact names
// whatever the case and accents, a clear best among same-named rows (a main
// title over episodes, ten times the votes), narrowing by year and type, and
// the Ambiguous answer with its candidates, best first, labelled apart.

#include <gtest/gtest.h>

#include "marquee/query.h"
#include "query/query_test_index.h"

namespace marquee::testing {
namespace {

class ResolveTest : public QueryIndexTest {
 protected:
  static Status Title(std::string_view text, TitleRow* row, std::vector<Candidate>* c = nullptr,
                      const ResolveOptions& o = {}) {
    *row = kNoRow;
    return ResolveTitle(*index_, text, o, row, c);
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
  ASSERT_TRUE(ResolvePerson(*index_, "nm0000005", &p, nullptr).ok());
  EXPECT_EQ(p, P("nm0000005"));
  EXPECT_TRUE(ResolvePerson(*index_, "nm0009999", &p, nullptr).IsNotFound());
  // Not ids: read as names, which nothing is called.
  EXPECT_TRUE(Title("nm0000001", &t).IsNotFound());
  EXPECT_TRUE(Title("tt00001x3", &t).IsNotFound());
  EXPECT_TRUE(ResolvePerson(*index_, "tt0000103", &p, nullptr).IsNotFound());
}

TEST_F(ResolveTest, ExactNamesIgnoreCaseAndPunctuation) {
  TitleRow t;
  ASSERT_TRUE(Title("harbor lights", &t).ok());
  EXPECT_EQ(t, T("tt0000105"));
  ASSERT_TRUE(Title("HARBOR-LIGHTS!", &t).ok());
  EXPECT_EQ(t, T("tt0000105"));
  PersonRow p;
  ASSERT_TRUE(ResolvePerson(*index_, "ADA MARSH", &p, nullptr).ok());
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
  ASSERT_TRUE(ResolvePerson(*index_, "Dee Ray", &p, &c).ok());  // popularity 20,000 against 0
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
  EXPECT_EQ(c[0].label, "The Outsider (2020, tvSeries)");
  EXPECT_EQ(c[1].label, "The Outsider (1980, movie)");
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
  Status s = ResolvePerson(*index_, "John Smith", &p, &c);
  ASSERT_TRUE(s.IsAmbiguous()) << s.ToString();
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"nm0000005", "nm0000004"}));  // popularity 900, then 500
  EXPECT_EQ(c[0].label, "John Smith (b. 1985, actor)");
  EXPECT_EQ(c[1].label, "John Smith (1940–2001, director, The Outsider)");
}

TEST_F(ResolveTest, NothingMatches) {
  TitleRow t;
  std::vector<Candidate> c = {{1, "stale", "stale"}};
  Status s = Title("Qwxz Vbnm", &t, &c);
  EXPECT_TRUE(s.IsNotFound()) << s.ToString();
  EXPECT_NE(s.message().find("Qwxz Vbnm"), std::string::npos) << s.message();
  PersonRow p;
  EXPECT_TRUE(ResolvePerson(*index_, "Qwxz Vbnm", &p, &c).IsNotFound());
  EXPECT_TRUE(ResolvePerson(*index_, "", &p, &c).IsNotFound());
  EXPECT_TRUE(ResolvePerson(*index_, "\xFF\xFE", &p, &c).IsNotFound());  // not UTF-8
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
