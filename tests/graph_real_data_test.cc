// Connections on real data, checked against a plain BFS written here over
// the source files themselves (TSV and JSON parsed in this file, not by
// Marquee's loaders): the IMDb 2,000-movie sample and the whole Wikipedia
// movies dataset. For hundreds of seeded random and popular pairs: the
// distance (or that there is none), the number of shortest chains, and that
// every link of every returned chain is in the data; distance histograms;
// co-star counts; shared titles. Then the demo set and the CLI end to end.

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <unordered_map>

#include "marquee/graph.h"
#include "marquee/query.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

// The default graph as the source files define it: people and titles by
// their source keys, linked by on-screen credits in non-adult titles.
struct RefGraph {
  std::vector<std::string> person_key, title_key;
  std::unordered_map<std::string, int> person_of;
  std::vector<std::vector<int>> person_titles, title_people;

  int Person(const std::string& key) {
    auto [it, fresh] = person_of.try_emplace(key, static_cast<int>(person_key.size()));
    if (fresh) {
      person_key.push_back(key);
      person_titles.emplace_back();
    }
    return it->second;
  }
  int Title(const std::string& key) {
    title_key.push_back(key);
    title_people.emplace_back();
    return static_cast<int>(title_key.size()) - 1;
  }
  void Link(int p, int t) {
    auto& people = title_people[t];
    if (std::find(people.begin(), people.end(), p) != people.end()) return;
    people.push_back(p);
    person_titles[p].push_back(t);
  }
  bool Linked(int p, int t) const {
    return std::find(title_people[t].begin(), title_people[t].end(), p) != title_people[t].end();
  }

  struct Bfs {
    std::vector<int> dist;
    std::vector<uint64_t> count;  // shortest chains, saturating
    std::vector<uint64_t> people_at;
  };
  Bfs From(int source) const {
    auto add = [](uint64_t a, uint64_t b) { return a + b < a ? UINT64_MAX : a + b; };
    Bfs r{std::vector<int>(person_key.size(), -1), std::vector<uint64_t>(person_key.size(), 0), {1}};
    std::vector<int> tdist(title_key.size(), -1);
    std::vector<uint64_t> tcount(title_key.size(), 0);
    std::vector<int> frontier = {source};
    r.dist[source] = 0;
    r.count[source] = 1;
    for (int level = 0; !frontier.empty(); ++level) {
      std::vector<int> titles, next;
      for (int p : frontier)
        for (int t : person_titles[p]) {
          if (tdist[t] == -1) tdist[t] = level, titles.push_back(t);
          if (tdist[t] == level) tcount[t] = add(tcount[t], r.count[p]);
        }
      for (int t : titles)
        for (int q : title_people[t]) {
          if (r.dist[q] == -1) r.dist[q] = level + 1, next.push_back(q);
          if (r.dist[q] == level + 1) r.count[q] = add(r.count[q], tcount[t]);
        }
      if (!next.empty()) r.people_at.push_back(next.size());
      frontier.swap(next);
    }
    return r;
  }
};

std::string Nfc(const std::string& s) {
  utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string r(reinterpret_cast<char*>(out));
  free(out);
  while (!r.empty() && r.back() == ' ') r.pop_back();
  while (!r.empty() && r.front() == ' ') r.erase(0, 1);
  return r;
}

bool OnScreen(const std::string& category) {
  return category == "actor" || category == "actress" || category == "self";
}

// Ties source keys to index rows, both ways.
struct Mapping {
  std::vector<PersonRow> row_of;                      // reference person -> row
  std::unordered_map<PersonRow, int> ref_of;          // row -> reference person
  std::function<std::vector<int>(TitleRow)> titles_of;  // row -> candidate reference titles
};

class GraphRealDataTest : public ::testing::Test {
 protected:
  struct DataSet {
    RefGraph ref;
    std::unique_ptr<Index> index;
    std::unique_ptr<Graph> graph;
    Mapping map;
  };
  // Loaded once, by the first test's SetUp rather than SetUpTestSuite: GoogleTest
  // reports the tests of a suite whose SetUpTestSuite failed as skipped, and data
  // missing from the repository must fail them.
  void SetUp() override {
    if (dir_ == nullptr) {
      dir_ = new TempDir();
      imdb_ = new DataSet();
      LoadImdb(imdb_);
      wiki_ = new DataSet();
      LoadWikipedia(wiki_);
      loaded_ = !HasFailure();
    }
    ASSERT_TRUE(loaded_) << "the real data sets did not load";
  }
  static void TearDownTestSuite() {
    delete imdb_;
    delete wiki_;
    delete dir_;
    dir_ = nullptr;
  }

  static void LoadImdb(DataSet* d) {
    std::string src = TestDataDir() + "/imdb-sample";
    Tsv basics = ReadTsv(src + "/title.basics.tsv.gz"), names = ReadTsv(src + "/name.basics.tsv.gz"),
        principals = ReadTsv(src + "/title.principals.tsv.gz");
    std::unordered_map<std::string, int> title_of;
    std::set<std::string> known_people;
    for (const auto& r : names.rows) known_people.insert(r[0]);
    for (const auto& r : basics.rows) {
      bool default_type = r[1] == "movie" || r[1] == "tvMovie" || r[1] == "tvSeries" || r[1] == "tvMiniSeries";
      if (default_type && r[4] == "0") title_of[r[0]] = d->ref.Title(r[0]);
    }
    for (const auto& r : names.rows) d->ref.Person(r[0]);  // people without links too
    for (const auto& r : principals.rows) {
      auto t = title_of.find(r[0]);
      if (t != title_of.end() && known_people.count(r[2]) && OnScreen(r[3])) d->ref.Link(d->ref.Person(r[2]), t->second);
    }
    BuildOptions o;
    o.imdb_dir = src;
    o.output = dir_->File("imdb.idx");
    d->index = BuildAndOpen(o);
    ASSERT_NE(d->index, nullptr);
    ASSERT_TRUE(Graph::Open(*d->index, &d->graph).ok());
    for (size_t p = 0; p < d->ref.person_key.size(); ++p) {
      PersonRow row;
      ASSERT_TRUE(d->index->FindPerson(d->ref.person_key[p], &row).ok()) << d->ref.person_key[p];
      d->map.row_of.push_back(row);
      d->map.ref_of[row] = static_cast<int>(p);
    }
    const Index* index = d->index.get();
    d->map.titles_of = [index, title_of](TitleRow t) {
      auto it = title_of.find(index->title_id(t));
      return it == title_of.end() ? std::vector<int>{} : std::vector<int>{it->second};
    };
  }

  static void LoadWikipedia(DataSet* d) {
    std::vector<std::string> files = WikipediaMoviesFiles();
    ASSERT_EQ(files.size(), 13u);
    std::unordered_map<std::string, std::vector<int>> titles_named;  // "title|year" -> films
    for (const std::string& f : files) {
      for (const auto& m : nlohmann::json::parse(ReadInflated(f))) {
        std::string key = Nfc(m["title"].get<std::string>()) + "|" +
                          std::to_string(m["year"].is_number() ? m["year"].get<int>() : 0);
        int t = d->ref.Title(key);
        titles_named[key].push_back(t);
        for (const auto& name : m["cast"]) {
          std::string n = Nfc(name.get<std::string>());
          std::string trimmed = n;
          while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
          while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(0, 1);
          if (!n.empty() && !WikipediaNotNames().count(trimmed)) d->ref.Link(d->ref.Person(n), t);
        }
      }
    }
    ASSERT_GT(d->ref.title_key.size(), 36000u);
    BuildOptions o;
    o.movies_files = files;
    o.output = dir_->File("wiki.idx");
    d->index = BuildAndOpen(o);
    ASSERT_NE(d->index, nullptr);
    ASSERT_TRUE(Graph::Open(*d->index, &d->graph).ok());
    // Exact names (lookup by name folds case and accents, and some names,
    // such as ".", fold to nothing).
    std::unordered_map<std::string, PersonRow> named;
    for (PersonRow r = 0; r < d->index->person_count(); ++r) named[std::string(d->index->person_name(r))] = r;
    ASSERT_EQ(named.size(), d->index->person_count());
    for (size_t p = 0; p < d->ref.person_key.size(); ++p) {
      auto it = named.find(d->ref.person_key[p]);
      ASSERT_NE(it, named.end()) << d->ref.person_key[p];
      PersonRow row = it->second;
      d->map.row_of.push_back(row);
      d->map.ref_of[row] = static_cast<int>(p);
    }
    const Index* index = d->index.get();
    d->map.titles_of = [index, titles_named](TitleRow t) {
      auto it = titles_named.find(std::string(index->title_name(t)) + "|" + std::to_string(index->title_year(t)));
      return it == titles_named.end() ? std::vector<int>{} : it->second;
    };
  }

  // Pairs: random people (many unreachable or unlinked), and people picked
  // in proportion to their links (the well-connected core).
  static std::vector<std::pair<int, int>> Pairs(const RefGraph& ref, size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<int> weighted;
    for (size_t p = 0; p < ref.person_titles.size(); ++p)
      for (size_t k = 0; k < ref.person_titles[p].size(); ++k) weighted.push_back(static_cast<int>(p));
    std::uniform_int_distribution<size_t> any(0, ref.person_key.size() - 1), popular(0, weighted.size() - 1);
    std::vector<std::pair<int, int>> pairs;
    while (pairs.size() < n) {
      int a = pairs.size() % 2 ? weighted[popular(rng)] : static_cast<int>(any(rng));
      int b = pairs.size() % 3 ? weighted[popular(rng)] : static_cast<int>(any(rng));
      if (a != b) pairs.emplace_back(a, b);
    }
    return pairs;
  }

  static void CheckPaths(DataSet* d, size_t n, uint32_t seed) {
    Connections c(*d->graph);
    size_t found = 0, none = 0, i = 0;
    int longest = 0;
    std::mt19937 rng(seed);
    for (auto [a, b] : Pairs(d->ref, n, seed)) {
      RefGraph::Bfs want = d->ref.From(a);
      // Every other pair: someone a can reach, so sparse data (the IMDb
      // sample is 2,000 unrelated movies) still yields long chains.
      if (i++ % 2) {
        std::vector<int> reachable;
        for (size_t q = 0; q < want.dist.size(); ++q)
          if (want.dist[q] > 0) reachable.push_back(static_cast<int>(q));
        if (!reachable.empty()) b = reachable[std::uniform_int_distribution<size_t>(0, reachable.size() - 1)(rng)];
      }
      PathOptions o;
      o.max_chains = 4;
      PathResult r;
      ASSERT_TRUE(c.Path(d->map.row_of[a], d->map.row_of[b], o, &r).ok());
      std::string what = d->ref.person_key[a] + " -> " + d->ref.person_key[b];
      ASSERT_EQ(r.found, want.dist[b] >= 0) << what;
      if (!r.found) {
        ++none;
        continue;
      }
      ++found;
      longest = std::max(longest, r.distance);
      EXPECT_EQ(r.distance, want.dist[b]) << what;
      EXPECT_EQ(r.chain_count, want.count[b]) << what;
      EXPECT_EQ(r.chains.size(), std::min<uint64_t>(4, want.count[b])) << what;
      std::set<std::pair<std::vector<PersonRow>, std::vector<TitleRow>>> distinct;
      for (const Chain& chain : r.chains) {
        ASSERT_EQ(chain.titles.size(), static_cast<size_t>(want.dist[b])) << what;
        ASSERT_EQ(chain.people.size(), chain.titles.size() + 1);
        EXPECT_EQ(chain.people.front(), d->map.row_of[a]);
        EXPECT_EQ(chain.people.back(), d->map.row_of[b]);
        distinct.insert({chain.people, chain.titles});
        for (size_t k = 0; k < chain.titles.size(); ++k) {
          int x = d->map.ref_of.at(chain.people[k]), y = d->map.ref_of.at(chain.people[k + 1]);
          bool linked = false;
          for (int t : d->map.titles_of(chain.titles[k])) linked |= d->ref.Linked(x, t) && d->ref.Linked(y, t);
          EXPECT_TRUE(linked) << what << ": no title " << d->index->title_name(chain.titles[k]) << " with "
                              << d->ref.person_key[x] << " and " << d->ref.person_key[y];
        }
      }
      EXPECT_EQ(distinct.size(), r.chains.size()) << what;
      // The default (single-chain) answer is the first of the listed ones.
      PathResult one;
      ASSERT_TRUE(c.Path(d->map.row_of[a], d->map.row_of[b], PathOptions(), &one).ok());
      ASSERT_EQ(one.chains.size(), 1u);
      EXPECT_EQ(one.chains[0].titles, r.chains[0].titles) << what;
    }
    EXPECT_GT(found, n / 4);
    EXPECT_GT(none, 0u);
    EXPECT_GE(longest, 4);  // long chains were exercised too
    std::cout << "[          ] " << found << " chains up to " << longest << " titles long, " << none << " pairs unlinked\n";
  }

  static void CheckDistances(DataSet* d, size_t n, uint32_t seed) {
    Connections c(*d->graph);
    for (auto [a, b] : Pairs(d->ref, n, seed)) {
      RefGraph::Bfs want = d->ref.From(b);
      DistanceResult r;
      ASSERT_TRUE(c.Distances(d->map.row_of[b], {}, &r).ok());
      EXPECT_EQ(r.people_at, want.people_at) << d->ref.person_key[b];
    }
  }

  static void CheckCostars(DataSet* d, size_t n, uint32_t seed) {
    Connections c(*d->graph);
    for (auto [a, b] : Pairs(d->ref, n, seed)) {
      std::map<int, uint32_t> shared;
      for (int t : d->ref.person_titles[b])
        for (int q : d->ref.title_people[t])
          if (q != b) ++shared[q];
      CostarOptions o;
      o.limit = 100000;
      CostarResult r;
      ASSERT_TRUE(c.Costars(d->map.row_of[b], o, &r).ok());
      EXPECT_EQ(r.titles, d->ref.person_titles[b].size());
      ASSERT_EQ(r.costars.size(), shared.size()) << d->ref.person_key[b];
      for (size_t i = 0; i < r.costars.size(); ++i) {
        EXPECT_EQ(r.costars[i].shared, shared[d->map.ref_of.at(r.costars[i].person)]);
        if (i) {
          EXPECT_LE(r.costars[i].shared, r.costars[i - 1].shared);
        }
        EXPECT_EQ(r.costars[i].titles.size(), std::min<size_t>(3, r.costars[i].shared));
      }
      // Shared titles with the top co-star: exactly the common titles.
      if (r.costars.empty()) continue;
      PersonRow two[] = {d->map.row_of[b], r.costars[0].person};
      SharedResult s;
      ASSERT_TRUE(c.Shared(two, {}, &s).ok());
      EXPECT_EQ(s.titles.size(), r.costars[0].shared);
      for (const SharedTitle& t : s.titles) {
        ASSERT_EQ(t.roles.size(), 2u);
        EXPECT_FALSE(t.roles[0].categories.empty());
        EXPECT_FALSE(t.roles[1].categories.empty());
      }
    }
  }

  static TempDir* dir_;
  static bool loaded_;
  static DataSet *imdb_, *wiki_;
};
TempDir* GraphRealDataTest::dir_;
bool GraphRealDataTest::loaded_;
GraphRealDataTest::DataSet* GraphRealDataTest::imdb_;
GraphRealDataTest::DataSet* GraphRealDataTest::wiki_;

TEST_F(GraphRealDataTest, ImdbSamplePaths) { CheckPaths(imdb_, 400, 1); }
TEST_F(GraphRealDataTest, WikipediaPaths) { CheckPaths(wiki_, 400, 2); }
TEST_F(GraphRealDataTest, ImdbSampleDistances) { CheckDistances(imdb_, 30, 3); }
TEST_F(GraphRealDataTest, WikipediaDistances) { CheckDistances(wiki_, 30, 4); }
TEST_F(GraphRealDataTest, ImdbSampleCostarsAndShared) { CheckCostars(imdb_, 100, 5); }
TEST_F(GraphRealDataTest, WikipediaCostarsAndShared) { CheckCostars(wiki_, 100, 6); }

TEST_F(GraphRealDataTest, GraphCountsMatchTheSources) {
  for (DataSet* d : {imdb_, wiki_}) {
    uint64_t edges = 0, people = 0;
    for (const auto& t : d->ref.person_titles) {
      edges += t.size();
      people += !t.empty();
    }
    GraphStats s = d->graph->stats();
    EXPECT_EQ(s.default_edges, edges);
    EXPECT_EQ(s.default_people, people);
  }
}

TEST_F(GraphRealDataTest, ImdbSampleCrewFilterAgreesWithTheSources) {
  // With every category linking, recount the reference from the TSV.
  std::string src = TestDataDir() + "/imdb-sample";
  Tsv basics = ReadTsv(src + "/title.basics.tsv.gz"), names = ReadTsv(src + "/name.basics.tsv.gz"),
      principals = ReadTsv(src + "/title.principals.tsv.gz");
  std::set<std::string> adult, known;
  for (const auto& r : basics.rows)
    if (r[4] != "0") adult.insert(r[0]);
  for (const auto& r : names.rows) known.insert(r[0]);
  std::set<std::pair<std::string, std::string>> edges;
  for (const auto& r : principals.rows)
    if (!adult.count(r[0]) && known.count(r[2])) edges.insert({r[2], r[0]});
  std::map<std::string, uint32_t> degree;
  for (const auto& [p, t] : edges) ++degree[p];
  ConnectionFilter all;
  all.categories = {"all"};
  for (const auto& [p, n] : degree) {
    PersonRow row;
    ASSERT_TRUE(imdb_->index->FindPerson(p, &row).ok());
    uint32_t got;
    ASSERT_TRUE(imdb_->graph->LinkCount(row, all, &got).ok());
    EXPECT_EQ(got, n) << p;
  }
}

// Every category and type linking (crew too; adult titles still out):
// distances and path lengths against a reference built from the TSV anew.
TEST_F(GraphRealDataTest, ImdbSampleAllCategoriesDistancesAndPaths) {
  std::string src = TestDataDir() + "/imdb-sample";
  Tsv basics = ReadTsv(src + "/title.basics.tsv.gz"), names = ReadTsv(src + "/name.basics.tsv.gz"),
      principals = ReadTsv(src + "/title.principals.tsv.gz");
  RefGraph ref;
  std::unordered_map<std::string, int> title_of;
  std::set<std::string> known;
  for (const auto& r : names.rows) known.insert(r[0]);
  for (const auto& r : basics.rows)
    if (r[4] == "0") title_of[r[0]] = ref.Title(r[0]);
  for (const auto& r : names.rows) ref.Person(r[0]);
  for (const auto& r : principals.rows) {
    auto t = title_of.find(r[0]);
    if (t != title_of.end() && known.count(r[2])) ref.Link(ref.Person(r[2]), t->second);
  }
  ConnectionFilter all;
  all.categories = {"all"};
  all.types = {"all"};
  Connections c(*imdb_->graph);
  size_t found = 0, i = 0;
  for (auto [a, b] : Pairs(ref, 60, 8)) {
    RefGraph::Bfs want = ref.From(a);
    if (i++ % 2) {  // someone a reaches: the sample is sparse
      for (size_t q = 0; q < want.dist.size(); ++q)
        if (want.dist[q] > std::max(want.dist[b], 0)) b = static_cast<int>(q);
    }
    if (a == b) continue;
    PersonRow ra, rb;
    ASSERT_TRUE(imdb_->index->FindPerson(ref.person_key[a], &ra).ok());
    ASSERT_TRUE(imdb_->index->FindPerson(ref.person_key[b], &rb).ok());
    DistanceOptions d;
    d.filter = all;
    DistanceResult got;
    ASSERT_TRUE(c.Distances(ra, d, &got).ok());
    EXPECT_EQ(got.people_at, want.people_at) << ref.person_key[a];
    PathOptions o;
    o.filter = all;
    o.max_chains = 3;
    PathResult r;
    ASSERT_TRUE(c.Path(ra, rb, o, &r).ok());
    ASSERT_EQ(r.found, want.dist[b] >= 0) << ref.person_key[a] << " " << ref.person_key[b];
    if (!r.found) continue;
    ++found;
    EXPECT_EQ(r.distance, want.dist[b]);
    EXPECT_EQ(r.chain_count, want.count[b]);
  }
  EXPECT_GT(found, 5u);
}

class GraphDemoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::string out;
    ASSERT_EQ(RunCommand(Cmd("build --movies " + SourceDir() + "/demo/movies.json -q"), &out), 0) << out;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Cmd(const std::string& args) {
    return std::string(MARQUEE_BINARY) + " --index " + dir_->File("demo.idx") + " " + args + " 2>&1";
  }
  static TempDir* dir_;
};
TempDir* GraphDemoTest::dir_;

TEST_F(GraphDemoTest, TheMissYouAlreadyCastReachesKevinBacon) {
  for (const char* who : {"Toni Collette", "Drew Barrymore", "Dominic Cooper", "Paddy Considine"}) {
    std::string out;
    ASSERT_EQ(RunCommand(Cmd(std::string("--json path '") + who + "' 'Kevin Bacon' --all 20"), &out), 0) << out;
    auto j = nlohmann::json::parse(out);
    EXPECT_EQ(j["status"], "found");
    EXPECT_GE(j["distance"].get<int>(), 2) << who;
    EXPECT_LE(j["distance"].get<int>(), 3) << who;
    EXPECT_GE(j["chain_count"].get<int>(), 1);
    for (const auto& chain : j["chains"]) {
      ASSERT_EQ(chain["steps"].size(), j["distance"].get<size_t>());
      EXPECT_EQ(chain["steps"][0]["from"]["person"]["name"], who);
      EXPECT_EQ(chain["steps"].back()["to"]["person"]["name"], "Kevin Bacon");
    }
  }
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("--json path 'Toni Collette' 'Drew Barrymore'"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["distance"], 1);
  EXPECT_EQ(j["chains"][0]["steps"][0]["title"]["title"], "Miss You Already");
  EXPECT_EQ(j["chains"][0]["steps"][0]["from"]["characters"][0], "Milly");
  EXPECT_EQ(j["chains"][0]["steps"][0]["to"]["characters"][0], "Jess");
}

TEST_F(GraphDemoTest, EveryCommandAnswersInJson) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("--json costars 'Kevin Bacon' --limit 3"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["costars"].size(), 3u);
  EXPECT_GE(j["costars"][0]["shared"].get<int>(), j["costars"][2]["shared"].get<int>());
  ASSERT_EQ(RunCommand(Cmd("--json shared 'Toni Collette' 'Drew Barrymore' 'Dominic Cooper'"), &out), 0) << out;
  j = nlohmann::json::parse(out);
  ASSERT_EQ(j["titles"].size(), 1u);
  EXPECT_EQ(j["titles"][0]["roles"].size(), 3u);
  ASSERT_EQ(RunCommand(Cmd("--json distances 'Kevin Bacon'"), &out), 0) << out;
  j = nlohmann::json::parse(out);
  EXPECT_EQ(j["people_at"][0], 1);
  EXPECT_GT(j["reachable"].get<int>(), 100);
  ASSERT_EQ(RunCommand(Cmd("--json center --top 3"), &out), 0) << out;
  j = nlohmann::json::parse(out);
  EXPECT_EQ(j["people"].size(), 3u);
}

TEST_F(GraphDemoTest, BadInputExitCodes) {
  std::string out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Nobody Anyone'"), &out), 1) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Toni Collette'"), &out), 2) << out;
  EXPECT_NE(out.find("same person"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --years 2020-2010"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --category directr"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --min-votes 1000000000"), &out), 2) << out;
  EXPECT_NE(out.find("no title links"), std::string::npos) << out;
  // Gave up is neither "nobody" nor an error of the input: its own code, 4.
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --max-visits 3"), &out), 4) << out;
  EXPECT_NE(out.find("gave up"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(Cmd("--json path 'Toni Collette' 'Kevin Bacon' --max-visits 3"), &out), 4) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["error"], "gave_up");
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette'"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("shared 'Toni Collette'"), &out), 2) << out;
  // Crew only: Catherine Hardwicke directs, so no on-screen link at all.
  EXPECT_EQ(RunCommand(Cmd("path 'Catherine Hardwicke' 'Toni Collette'"), &out), 1) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Catherine Hardwicke' 'Toni Collette' --category all"), &out), 0) << out;
}

TEST(GraphCliTest, AmbiguousPeopleListCandidates) {
  TempDir dir;
  WriteFile(dir.File("m.json"), R"([{"title": "One", "year": 2001, "cast": ["Anna Smith", "Bo"]},
                                    {"title": "Two", "year": 2002, "cast": ["Anna Smíth", "Bo"]}])");
  std::string out;
  std::string base = std::string(MARQUEE_BINARY) + " --index " + dir.File("m.idx") + " ";
  ASSERT_EQ(RunCommand(base + "build -q --movies " + dir.File("m.json") + " 2>&1", &out), 0) << out;
  EXPECT_EQ(RunCommand(base + "path 'anna smith' Bo 2>&1", &out), 3) << out;
  EXPECT_NE(out.find("Anna Smíth"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(base + "--json costars 'anna smith' 2>&1", &out), 3) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["error"], "ambiguous");
  auto candidates = nlohmann::json::parse(out)["candidates"];
  ASSERT_EQ(candidates.size(), 2u);
  std::string ids = std::string(" ") + candidates[0]["id"].get<std::string>() + " " + candidates[1]["id"].get<std::string>();
  EXPECT_EQ(RunCommand(base + "path" + ids + " 2>&1", &out), 0) << out;  // ids tell them apart
}

}  // namespace
}  // namespace marquee::testing
