// Connections on small hand-made graphs whose answers are known by hand:
// chain choice and counting, every filter, episodes folded into series,
// adult titles, budgets, co-stars, shared titles, distances and center.

#include <gtest/gtest.h>

#include "marquee/graph.h"
#include "marquee/query.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

// A: Alpha(100 votes) B: Beta(500) C; A: Gamma(50) D: Delta(10) C;
// C: Eps(1000, directed by X) E; A and E in a short; A directs E in
// "Directed"; Y and Z alone in "Iso".
const char* kMovies = R"([
 {"title": "Alpha", "year": 2000, "votes": 100, "cast": ["A", "B"]},
 {"title": "Beta", "year": 2001, "votes": 500, "cast": ["B", "C"]},
 {"title": "Gamma", "year": 2002, "votes": 50, "cast": ["A", "D"]},
 {"title": "Delta", "year": 2003, "votes": 10, "cast": ["D", "C"]},
 {"title": "Eps", "year": 2005, "votes": 1000, "cast": ["C", "E"], "directors": ["X"]},
 {"title": "Iso", "year": 2010, "cast": ["Y", "Z"]},
 {"title": "Doc", "year": 1990, "votes": 5, "type": "short", "cast": ["A", "E"]},
 {"title": "Directed", "year": 2012, "cast": ["E"], "directors": ["A"]}
])";

class GraphTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteFile(dir_->File("m.json"), kMovies);
    BuildOptions o;
    o.movies_files = {dir_->File("m.json")};
    o.output = dir_->File("m.idx");
    index_ = BuildAndOpen(o).release();
    ASSERT_NE(index_, nullptr);
    std::unique_ptr<Graph> g;
    ASSERT_TRUE(Graph::Open(*index_, &g).ok());
    graph_ = g.release();
  }
  static void TearDownTestSuite() {
    delete graph_;
    delete index_;
    delete dir_;
  }
  static PersonRow P(const char* name) {
    Resolution r;
    EXPECT_TRUE(ResolvePerson(*index_, name, &r, nullptr).ok()) << name;
    return r.row;
  }
  static std::string Names(const Chain& c) {
    std::string s(index_->person_name(c.people[0]));
    for (size_t k = 0; k < c.titles.size(); ++k)
      s += "-" + std::string(index_->title_name(c.titles[k])) + "-" + std::string(index_->person_name(c.people[k + 1]));
    return s;
  }
  PathResult Path(const char* a, const char* b, PathOptions o = {}) {
    Connections c(*graph_);
    PathResult r;
    Status s = c.Path(P(a), P(b), o, &r);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return r;
  }

  static TempDir* dir_;
  static Index* index_;
  static Graph* graph_;
};
TempDir* GraphTest::dir_;
Index* GraphTest::index_;
Graph* GraphTest::graph_;

TEST_F(GraphTest, ShortestChainPrefersVotedTitles) {
  PathResult r = Path("A", "C");
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.distance, 2);
  ASSERT_EQ(r.chains.size(), 1u);
  EXPECT_EQ(Names(r.chains[0]), "A-Alpha-B-Beta-C");
  // The same answer from the other end, reversed choice rules aside.
  PathResult back = Path("C", "A");
  EXPECT_EQ(back.distance, 2);
  EXPECT_EQ(Names(back.chains[0]), "C-Beta-B-Alpha-A");
}

TEST_F(GraphTest, AllChainsListedAndCounted) {
  PathOptions o;
  o.max_chains = 10;
  PathResult r = Path("A", "E", o);
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.distance, 3);
  EXPECT_EQ(r.chain_count, 2u);
  ASSERT_EQ(r.chains.size(), 2u);
  EXPECT_EQ(Names(r.chains[0]), "A-Alpha-B-Beta-C-Eps-E");
  EXPECT_EQ(Names(r.chains[1]), "A-Gamma-D-Delta-C-Eps-E");
  o.max_chains = 1;
  EXPECT_EQ(Path("A", "E", o).chains.size(), 1u);
}

TEST_F(GraphTest, NoChainAndUnlinkedPeople) {
  PathResult r = Path("A", "Y");
  EXPECT_FALSE(r.found);
  EXPECT_TRUE(r.chains.empty());
  EXPECT_TRUE(r.unlinked.empty());
  r = Path("A", "X");  // X only directs
  EXPECT_FALSE(r.found);
  ASSERT_EQ(r.unlinked.size(), 1u);
  EXPECT_EQ(r.unlinked[0], P("X"));
}

TEST_F(GraphTest, FiltersChooseTheLinks) {
  PathOptions o;
  o.filter.types = {"all"};
  EXPECT_EQ(Names(Path("A", "E", o).chains[0]), "A-Doc-E");
  o = PathOptions();
  o.filter.categories = {"all"};
  EXPECT_EQ(Names(Path("A", "E", o).chains[0]), "A-Directed-E");
  EXPECT_EQ(Path("X", "C", o).distance, 1);
  o = PathOptions();
  o.filter.categories = {"cast", "director"};
  EXPECT_EQ(Path("X", "E", o).distance, 1);
  o = PathOptions();
  o.filter.year_from = 2001;
  o.filter.year_to = 2003;
  o.max_chains = 5;
  PathResult r = Path("A", "C", o);
  EXPECT_EQ(r.chain_count, 1u);
  EXPECT_EQ(Names(r.chains[0]), "A-Gamma-D-Delta-C");
  o.filter = ConnectionFilter();
  o.filter.min_votes = 60;
  r = Path("A", "C", o);
  EXPECT_EQ(r.chain_count, 1u);
  EXPECT_EQ(Names(r.chains[0]), "A-Alpha-B-Beta-C");
  o.filter.min_votes = 100000;
  EXPECT_FALSE(Path("A", "C", o).found);
  EXPECT_TRUE(FilterLeavesNoLinks(*graph_, o.filter));
  EXPECT_FALSE(FilterLeavesNoLinks(*graph_, ConnectionFilter()));
}

TEST_F(GraphTest, BadQuestions) {
  Connections c(*graph_);
  PathResult r;
  EXPECT_EQ(c.Path(P("A"), P("A"), {}, &r).code(), Status::Code::kInvalidArgument);
  PathOptions o;
  o.filter.year_from = 2010;
  o.filter.year_to = 2000;
  EXPECT_EQ(c.Path(P("A"), P("C"), o, &r).code(), Status::Code::kInvalidArgument);
  o = PathOptions();
  o.filter.categories = {"directr"};
  Status s = c.Path(P("A"), P("C"), o, &r);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("directr"), std::string::npos);
  o = PathOptions();
  o.filter.types = {"tvEpisode"};  // a real type this index lacks: valid, links nothing
  EXPECT_TRUE(c.Path(P("A"), P("C"), o, &r).ok());
  EXPECT_FALSE(r.found);
  o = PathOptions();
  o.budget.max_visits = 3;
  EXPECT_EQ(c.Path(P("A"), P("E"), o, &r).code(), Status::Code::kBudgetExceeded);
  PersonRow same[] = {P("A"), P("A")};
  SharedResult sr;
  EXPECT_EQ(c.Shared(same, {}, &sr).code(), Status::Code::kInvalidArgument);
}

TEST_F(GraphTest, CostarsAndShared) {
  Connections c(*graph_);
  CostarResult r;
  ASSERT_TRUE(c.Costars(P("C"), {}, &r).ok());
  EXPECT_EQ(r.titles, 3u);
  EXPECT_EQ(r.collaborators, 3u);
  ASSERT_EQ(r.costars.size(), 3u);
  // One title each: by popularity (the votes over their titles).
  EXPECT_EQ(r.costars[0].person, P("E"));
  EXPECT_EQ(r.costars[1].person, P("B"));
  EXPECT_EQ(r.costars[2].person, P("D"));
  EXPECT_EQ(r.costars[1].titles.size(), 1u);
  EXPECT_EQ(index_->title_name(r.costars[1].titles[0]), "Beta");

  PersonRow ab[] = {P("A"), P("B")};
  SharedResult s;
  ASSERT_TRUE(c.Shared(ab, {}, &s).ok());
  ASSERT_EQ(s.titles.size(), 1u);
  EXPECT_EQ(index_->title_name(s.titles[0].title), "Alpha");
  ASSERT_EQ(s.titles[0].roles.size(), 2u);
  EXPECT_EQ(s.titles[0].roles[0].categories, std::vector<std::string_view>{"actor"});
  PersonRow abc[] = {P("A"), P("B"), P("C")};
  ASSERT_TRUE(c.Shared(abc, {}, &s).ok());
  EXPECT_TRUE(s.titles.empty());
  ConnectionFilter all;
  all.categories = {"all"};
  all.types = {"all"};
  PersonRow ae[] = {P("A"), P("E")};
  ASSERT_TRUE(c.Shared(ae, all, &s).ok());
  ASSERT_EQ(s.titles.size(), 2u);  // Doc (1990), Directed (2012)
  EXPECT_EQ(index_->title_name(s.titles[0].title), "Doc");
  EXPECT_EQ(s.titles[1].roles[0].categories, std::vector<std::string_view>{"director"});
}

TEST_F(GraphTest, DistancesAndCenter) {
  Connections c(*graph_);
  DistanceResult d;
  ASSERT_TRUE(c.Distances(P("A"), {}, &d).ok());
  EXPECT_EQ(d.people_at, (std::vector<uint64_t>{1, 2, 1, 1}));
  EXPECT_EQ(d.reachable, 4u);
  EXPECT_DOUBLE_EQ(d.average, 7.0 / 4);
  ASSERT_TRUE(c.Distances(P("X"), {}, &d).ok());
  EXPECT_EQ(d.reachable, 0u);

  CenterOptions o;
  o.top = 3;
  CenterResult r;
  ASSERT_TRUE(Center(*graph_, o, &r).ok());
  ASSERT_EQ(r.people.size(), 3u);
  bool has_c = false;
  for (const CenterEntry& e : r.people) has_c |= e.person == P("C") && e.titles == 3;
  EXPECT_TRUE(has_c);
  // C links through 3 titles, then A, B and D through 2 each; sorted by
  // average distance.
  EXPECT_LE(r.people[0].distances.average, r.people[1].distances.average);
  EXPECT_LE(r.people[1].distances.average, r.people[2].distances.average);
}

TEST_F(GraphTest, ScratchReuseGivesTheSameAnswers) {
  const char* names[] = {"A", "B", "C", "D", "E", "Y", "Z"};
  Connections reused(*graph_);
  for (int round = 0; round < 3; ++round) {
    for (const char* a : names) {
      for (const char* b : names) {
        if (a == b) continue;
        PathOptions o;
        o.max_chains = 4;
        PathResult x, y;
        ASSERT_TRUE(reused.Path(P(a), P(b), o, &x).ok());
        Connections fresh(*graph_);
        ASSERT_TRUE(fresh.Path(P(a), P(b), o, &y).ok());
        EXPECT_EQ(x.distance, y.distance);
        EXPECT_EQ(x.chain_count, y.chain_count);
        ASSERT_EQ(x.chains.size(), y.chains.size());
        for (size_t i = 0; i < x.chains.size(); ++i) EXPECT_EQ(Names(x.chains[i]), Names(y.chains[i]));
      }
    }
  }
}

// Episodes fold into their series; adult titles link only when asked.
TEST(GraphImdbTest, EpisodesAndAdultTitles) {
  TempDir dir;
  WriteFile(dir.File("title.basics.tsv"),
            "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n"
            "tt0000001\ttvSeries\tShow\tShow\t0\t1990\t2000\t\\N\tDrama\n"
            "tt0000002\ttvEpisode\tPilot\tPilot\t0\t1991\t\\N\t\\N\tDrama\n"
            "tt0000003\ttvEpisode\tFinale\tFinale\t0\t1999\t\\N\t\\N\tDrama\n"
            "tt0000004\tmovie\tBlue\tBlue\t1\t1995\t\\N\t\\N\tAdult\n"
            "tt0000005\tmovie\tPlain\tPlain\t0\t1996\t\\N\t\\N\tDrama\n");
  WriteFile(dir.File("name.basics.tsv"),
            "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n"
            "nm0000001\tPat One\t\\N\t\\N\tactor\t\\N\n"
            "nm0000002\tPat Two\t\\N\t\\N\tactress\t\\N\n"
            "nm0000003\tPat Three\t\\N\t\\N\tactor\t\\N\n"
            "nm0000004\tPat Four\t\\N\t\\N\tdirector\t\\N\n");
  WriteFile(dir.File("title.principals.tsv"),
            "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n"
            "tt0000002\t1\tnm0000001\tactor\t\\N\t[\"Doc\"]\n"
            "tt0000003\t1\tnm0000002\tactress\t\\N\t[\"Nurse\"]\n"
            "tt0000003\t2\tnm0000001\tactor\t\\N\t[\"Doc\"]\n"
            "tt0000004\t1\tnm0000002\tactress\t\\N\t\\N\n"
            "tt0000004\t2\tnm0000003\tactor\t\\N\t\\N\n"
            "tt0000005\t1\tnm0000003\tself\t\\N\t\\N\n"
            "tt0000005\t2\tnm0000004\tdirector\t\\N\t\\N\n");
  WriteFile(dir.File("title.episode.tsv"),
            "tconst\tparentTconst\tseasonNumber\tepisodeNumber\n"
            "tt0000002\ttt0000001\t1\t1\n"
            "tt0000003\ttt0000001\t9\t20\n");
  BuildOptions b;
  b.imdb_dir = dir.path();
  b.output = dir.File("i.idx");
  std::unique_ptr<Index> index = BuildAndOpen(b);
  ASSERT_NE(index, nullptr);
  std::unique_ptr<Graph> graph;
  ASSERT_TRUE(Graph::Open(*index, &graph).ok());
  auto row = [&](const char* id) {
    PersonRow r;
    EXPECT_TRUE(index->FindPerson(id, &r).ok());
    return r;
  };
  Connections c(*graph);
  PathResult r;
  ASSERT_TRUE(c.Path(row("nm0000001"), row("nm0000002"), {}, &r).ok());
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.distance, 1);
  EXPECT_EQ(index->title_id(r.chains[0].titles[0]), "tt0000001");
  std::vector<LinkRole> roles;
  ASSERT_TRUE(LinkRoles(*graph, row("nm0000001"), r.chains[0].titles, {}, &roles).ok());
  EXPECT_EQ(roles[0].episodes, 2u);
  EXPECT_EQ(roles[0].characters, std::vector<std::string_view>{"Doc"});

  PathOptions o;
  o.filter.year_from = 2001;
  ASSERT_TRUE(c.Path(row("nm0000001"), row("nm0000002"), o, &r).ok());
  EXPECT_FALSE(r.found);  // the run 1990-2000 misses 2001-
  o.filter.year_from = 1995;
  o.filter.year_to = 1996;
  ASSERT_TRUE(c.Path(row("nm0000001"), row("nm0000002"), o, &r).ok());
  EXPECT_TRUE(r.found);  // ... but overlaps 1995-1996

  ASSERT_TRUE(c.Path(row("nm0000002"), row("nm0000003"), {}, &r).ok());
  EXPECT_FALSE(r.found);
  o = PathOptions();
  o.filter.include_adult = true;
  ASSERT_TRUE(c.Path(row("nm0000002"), row("nm0000003"), o, &r).ok());
  EXPECT_EQ(r.distance, 1);
  o = PathOptions();
  o.filter.categories = {"all"};
  ASSERT_TRUE(c.Path(row("nm0000003"), row("nm0000004"), o, &r).ok());
  EXPECT_EQ(r.distance, 1);
  EXPECT_EQ(index->title_id(r.chains[0].titles[0]), "tt0000005");
}

}  // namespace
}  // namespace marquee::testing
