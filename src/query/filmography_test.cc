// A person's filmography: episodes grouped under their series (with the
// series' own credit in the same row), or listed one by one; order by year
// with unknown years last; filters by years (inclusive; unknown years fail
// any year filter), category and type; the contradictory year range.

#include <gtest/gtest.h>

#include "marquee/query.h"
#include "query/query_test_index.h"

namespace marquee::testing {
namespace {

class FilmographyTest : public QueryIndexTest {
 protected:
  // "title/category" for each entry, e.g. "Harbor Lights/actress".
  static std::vector<std::string> Rows(const FilmographyResult& r) {
    std::vector<std::string> rows;
    for (const FilmographyEntry& e : r.entries)
      rows.push_back(std::string(index_->title_name(e.title)) + "/" + std::string(e.category));
    return rows;
  }
  // Ada Marsh's rows under `o`.
  static std::vector<std::string> Rows(const FilmographyOptions& o) {
    FilmographyResult r;
    Status s = GetFilmography(*index_, P("nm0000001"), o, &r);
    EXPECT_TRUE(s.ok()) << s.ToString();
    EXPECT_EQ(r.total_credits, 8u);  // before filters
    return Rows(r);
  }
  static FilmographyOptions Years(int from, int to) {
    FilmographyOptions o;
    o.year_from = from;
    o.year_to = to;
    return o;
  }
};

TEST_F(FilmographyTest, EpisodesGroupedUnderTheirSeries) {
  FilmographyResult r;
  ASSERT_TRUE(GetFilmography(*index_, P("nm0000001"), {}, &r).ok());
  EXPECT_EQ(r.person, P("nm0000001"));
  EXPECT_EQ(Rows(r), (std::vector<std::string>{"Paper Boats/self", "Twilight/actress", "Harbor Lights/actress",
                                            "Harbor Lights/director", "Untitled Project/actress"}));
  const FilmographyEntry& series = r.entries[2];
  EXPECT_EQ(series.title, T("tt0000105"));
  EXPECT_EQ(series.episodes, 3u);  // the series' own credit joins the row but is no episode
  EXPECT_EQ(series.first_year, 2010);
  EXPECT_EQ(series.last_year, 2011);
  EXPECT_EQ(series.characters, (std::vector<std::string_view>{"Captain Mara Vale", "Mara Vale", "Storm Voice"}));
  EXPECT_EQ(r.entries[3].episodes, 1u);
  EXPECT_EQ(r.entries[1].episodes, 0u);
  EXPECT_EQ(r.entries[1].first_year, 2008);
  EXPECT_EQ(r.entries[1].characters, std::vector<std::string_view>{"Bella"});
  EXPECT_EQ(r.entries[4].first_year, 0);
}

TEST_F(FilmographyTest, EpisodesOneByOne) {
  FilmographyOptions o;
  o.group_episodes = false;
  EXPECT_EQ(Rows(o), (std::vector<std::string>{"Paper Boats/self", "Twilight/actress", "Harbor Lights/actress",
                                               "Pilot/actress", "Storm/actress", "Storm/director",
                                               "Reunion/actress", "Untitled Project/actress"}));
}

TEST_F(FilmographyTest, YearRangeIsInclusive) {
  EXPECT_EQ(Rows(Years(2008, 2010)), (std::vector<std::string>{"Twilight/actress", "Harbor Lights/actress"}));
  EXPECT_EQ(Rows(Years(2011, 0)), (std::vector<std::string>{"Harbor Lights/actress", "Harbor Lights/director"}));
  EXPECT_EQ(Rows(Years(0, 2005)), std::vector<std::string>{"Paper Boats/self"});
  EXPECT_EQ(Rows(Years(2005, 2005)), std::vector<std::string>{"Paper Boats/self"});
  EXPECT_TRUE(Rows(Years(1900, 1950)).empty());
  // Within a range, a grouped series counts only the episodes inside it.
  FilmographyResult r;
  ASSERT_TRUE(GetFilmography(*index_, P("nm0000001"), Years(2011, 2011), &r).ok());
  ASSERT_FALSE(r.entries.empty());
  EXPECT_EQ(r.entries[0].episodes, 1u);
  EXPECT_EQ(r.entries[0].first_year, 2011);
}

TEST_F(FilmographyTest, ContradictoryYearRangeIsAnError) {
  FilmographyResult r;
  Status s = GetFilmography(*index_, P("nm0000001"), Years(2012, 2011), &r);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
  EXPECT_NE(s.message().find("2012 > 2011"), std::string::npos) << s.message();
}

TEST_F(FilmographyTest, CategoryAndTypeFilters) {
  FilmographyOptions o;
  o.categories = {"director"};
  EXPECT_EQ(Rows(o), std::vector<std::string>{"Harbor Lights/director"});
  o.categories = {"self", "director"};
  EXPECT_EQ(Rows(o), (std::vector<std::string>{"Paper Boats/self", "Harbor Lights/director"}));
  o = {};
  o.types = {"movie"};
  EXPECT_EQ(Rows(o), (std::vector<std::string>{"Twilight/actress", "Untitled Project/actress"}));
  o.types = {"tvSeries"};  // episode credits count for their series
  EXPECT_EQ(Rows(o), (std::vector<std::string>{"Harbor Lights/actress", "Harbor Lights/director"}));
  o.group_episodes = false;
  o.types = {"tvEpisode"};
  EXPECT_EQ(Rows(o), (std::vector<std::string>{"Pilot/actress", "Storm/actress", "Storm/director", "Reunion/actress"}));
  o = {};
  o.categories = {"composer"};
  EXPECT_TRUE(Rows(o).empty());
}

TEST_F(FilmographyTest, SomeoneWithOneCredit) {
  FilmographyResult r;
  ASSERT_TRUE(GetFilmography(*index_, P("nm0000003"), {}, &r).ok());
  EXPECT_EQ(r.total_credits, 1u);
  ASSERT_EQ(r.entries.size(), 1u);
  EXPECT_EQ(r.entries[0].title, T("tt0000105"));
  EXPECT_EQ(r.entries[0].category, "archive_footage");
  EXPECT_EQ(r.entries[0].episodes, 1u);
  EXPECT_EQ(r.entries[0].first_year, 0);
}

}  // namespace
}  // namespace marquee::testing
