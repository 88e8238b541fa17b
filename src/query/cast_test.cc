// A title's cast and crew: billing order, cast and crew told apart by
// category, and a series' people gathered over its episodes (episode
// counts, years with an episode of unknown year, characters merged
// without repeats, the series' own billing first, crew by category).

#include <gtest/gtest.h>

#include "marquee/query.h"
#include "query/query_test_index.h"

namespace marquee::testing {
namespace {

class CastTest : public QueryIndexTest {
 protected:
  static std::vector<std::string> Names(const std::vector<CastEntry>& entries) {
    std::vector<std::string> names;
    for (const CastEntry& e : entries) names.emplace_back(index_->person_name(e.person));
    return names;
  }
};

TEST_F(CastTest, CastCategories) {
  for (const char* c : {"actor", "actress", "self", "archive_footage", "archive_sound"}) EXPECT_TRUE(IsCastCategory(c)) << c;
  for (const char* c : {"director", "writer", "composer", "producer", "", "Actor"}) EXPECT_FALSE(IsCastCategory(c)) << c;
}

TEST_F(CastTest, MovieCastAndCrew) {
  CastResult r = GetCast(*index_, T("tt0000103"), {});
  EXPECT_EQ(r.title, T("tt0000103"));
  EXPECT_EQ(Names(r.cast), std::vector<std::string>{"Ada Marsh"});
  EXPECT_EQ(r.cast[0].category, "actress");
  EXPECT_EQ(r.cast[0].characters, std::vector<std::string_view>{"Bella"});
  EXPECT_EQ(r.cast[0].episodes, 0u);
  EXPECT_TRUE(r.crew.empty());  // not asked for
  EXPECT_EQ(r.episodes_scanned, 0u);

  CastOptions o;
  o.crew = true;
  r = GetCast(*index_, T("tt0000103"), o);
  ASSERT_EQ(r.crew.size(), 1u);
  EXPECT_EQ(r.crew[0].category, "director");
  EXPECT_EQ(Names(r.crew[0].members), std::vector<std::string>{"Ben Cole"});
}

TEST_F(CastTest, SeriesCastIsGatheredOverItsEpisodes) {
  CastOptions o;
  o.crew = true;
  CastResult r = GetCast(*index_, T("tt0000105"), o);
  EXPECT_EQ(r.episodes_scanned, 3u);
  // The series' own billing first, then by number of episodes (Eve is
  // billed before Ben in the first episode, but Ben is in two).
  ASSERT_EQ(Names(r.cast), (std::vector<std::string>{"Ada Marsh", "Ben Cole", "Eve Lund", "Cy Dunn"}));
  const CastEntry& ada = r.cast[0];
  EXPECT_EQ(ada.category, "actress");
  EXPECT_EQ(ada.episodes, 3u);
  EXPECT_EQ(ada.first_year, 2010);
  EXPECT_EQ(ada.last_year, 2011);  // the episode of unknown year moves neither
  EXPECT_EQ(ada.characters, (std::vector<std::string_view>{"Captain Mara Vale", "Mara Vale", "Storm Voice"}));
  const CastEntry& ben = r.cast[1];
  EXPECT_EQ(ben.episodes, 2u);
  EXPECT_EQ(ben.characters, std::vector<std::string_view>{"Finn"});
  EXPECT_EQ(r.cast[2].episodes, 1u);
  const CastEntry& cy = r.cast[3];
  EXPECT_EQ(cy.category, "archive_footage");
  EXPECT_EQ(cy.episodes, 1u);
  EXPECT_EQ(cy.first_year, 0);  // only in the episode of unknown year
  EXPECT_EQ(cy.last_year, 0);
  // Ada also directed an episode: a crew entry apart from her role.
  ASSERT_EQ(r.crew.size(), 1u);
  EXPECT_EQ(r.crew[0].category, "director");
  ASSERT_EQ(Names(r.crew[0].members), std::vector<std::string>{"Ada Marsh"});
  EXPECT_EQ(r.crew[0].members[0].episodes, 1u);
  EXPECT_EQ(r.crew[0].members[0].first_year, 2011);
  EXPECT_EQ(r.crew[0].members[0].last_year, 2011);
}

TEST_F(CastTest, SeriesWithoutAggregation) {
  CastOptions o;
  o.crew = true;
  o.aggregate_episodes = false;
  CastResult r = GetCast(*index_, T("tt0000105"), o);
  EXPECT_EQ(r.episodes_scanned, 0u);
  ASSERT_EQ(Names(r.cast), std::vector<std::string>{"Ada Marsh"});
  EXPECT_EQ(r.cast[0].episodes, 0u);
  EXPECT_EQ(r.cast[0].characters, std::vector<std::string_view>{"Captain Mara Vale"});
  EXPECT_TRUE(r.crew.empty());
}

TEST_F(CastTest, EpisodeAndEmptyTitle) {
  CastResult r = GetCast(*index_, T("tt0000107"), {});
  EXPECT_EQ(Names(r.cast), (std::vector<std::string>{"Ada Marsh", "Ben Cole"}));
  EXPECT_EQ(r.cast[0].characters, (std::vector<std::string_view>{"Mara Vale", "Storm Voice"}));
  EXPECT_EQ(r.episodes_scanned, 0u);
  r = GetCast(*index_, T("tt0000109"), {});  // a series whose episode credits no one
  EXPECT_TRUE(r.cast.empty());
  EXPECT_EQ(r.episodes_scanned, 1u);
}

}  // namespace
}  // namespace marquee::testing
