// Graph::Verify against graphs damaged behind their checksums: each test
// edits a copy of a small index's graph sections (once, the core's episode
// lists), recomputes the checksums (so Index::Verify sees nothing) and
// checks that Verify names the section and the entry, that no query crashes
// on the damaged graph, and that `marquee verify` refuses the file (exit 2).

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>

#include "graph/graph_format.h"
#include "marquee/graph.h"
#include "query/query_test_index.h"  // the small IMDb data set, with episodes and crew
#include "test_util.h"

namespace marquee::testing {
namespace {

using namespace graph_format;

uint32_t Id(GraphSection s) { return static_cast<uint32_t>(s); }

// Asks every kind of question of a graph. Any answer or error will do on a
// damaged one; nothing may crash, and a chain found must be there to show.
void AskEverything(const Graph& graph) {
  const uint32_t n = graph.index().person_count();
  ConnectionFilter all;
  all.categories = {"all"};
  all.types = {"all"};
  all.include_adult = true;
  for (const ConnectionFilter& f : {ConnectionFilter(), all}) {
    Connections c(graph);
    for (PersonRow a = 0; a < n; ++a) {
      uint32_t links;
      graph.LinkCount(a, f, &links);
      CostarResult costars;
      c.Costars(a, CostarOptions{f}, &costars);
      DistanceResult distances;
      c.Distances(a, DistanceOptions{f}, &distances);
      for (PersonRow b = 0; b < n; ++b) {
        if (a == b) continue;
        PathOptions o{f};
        o.max_chains = 3;
        PathResult r;
        if (c.Path(a, b, o, &r).ok() && r.found) {
          EXPECT_FALSE(r.chains.empty());
        }
        PersonRow pair[] = {a, b};
        SharedResult shared;
        c.Shared(pair, f, &shared);
      }
    }
    CenterResult center;
    Center(graph, CenterOptions{f}, &center);
    FilterLeavesNoLinks(graph, f);
  }
}

class GraphVerifyTest : public QueryIndexTest {
 protected:
  void SetUp() override {
    QueryIndexTest::SetUp();
    clean_ = ReadFile(dir_->File("query.idx"));
  }
  template <typename T>
  static std::span<T> Records(std::string* file, GraphSection id) {
    return SectionRecords<T>(file, Id(id));
  }
  // What opening and verifying a copy of the index with `edit` applied
  // (and the checksums recomputed) says, after asking every query of it.
  // `core_finds` is what Index::Verify must report ("" for damage that its
  // checksum pass cannot see).
  Status VerifyDamaged(const std::function<void(std::string* file)>& edit, const std::string& core_finds = "") {
    std::unique_ptr<Index> index = OpenDamaged(clean_, edit, damaged_);
    if (!index) return Status::Corruption("refused at Open");
    Status core = index->Verify();
    if (core_finds.empty()) EXPECT_TRUE(core.ok()) << "the checksum pass must not see the damage";
    else EXPECT_NE(core.message().find(core_finds), std::string::npos) << core.ToString();
    std::unique_ptr<Graph> graph;
    Status s = Graph::Open(*index, &graph);
    if (!s.ok()) return s;
    AskEverything(*graph);
    return graph->Verify();
  }
  // The first person or node row with at least `n` edges.
  static uint32_t RowWithEdges(std::span<const AdjRange> adj, uint32_t n) {
    for (uint32_t r = 0; r + 1 < adj.size(); ++r)
      if (adj[r + 1].begin - adj[r].begin >= n) return r;
    ADD_FAILURE() << "no row with " << n << " edges";
    return 0;
  }

  std::string clean_;
  std::string damaged_ = dir_->File("damaged.idx");
};

TEST_F(GraphVerifyTest, IntactGraphVerifies) {
  std::unique_ptr<Graph> graph;
  ASSERT_TRUE(Graph::Open(*index_, &graph).ok());
  EXPECT_TRUE(graph->Verify().ok()) << graph->Verify().ToString();
  std::string resealed = clean_;
  Reseal(&resealed);
  EXPECT_EQ(resealed, clean_);  // so the tests below damage only what they edit
  EXPECT_TRUE(VerifyDamaged([](std::string*) {}).ok());
}

TEST_F(GraphVerifyTest, NeighbourOutOfRange) {
  const uint32_t past = index_->title_count() + 7;
  Status s = VerifyDamaged([&](std::string* f) { Records<uint32_t>(f, GraphSection::kPersonEdges)[0] = past; });
  EXPECT_TRUE(Names(s, fmt::format("graph section 50 (person edges): person row 0 (nm0000001), edge 0: node row {} "
                                   "out of range", past)));
  const uint32_t people = index_->person_count();
  s = VerifyDamaged([&](std::string* f) { Records<uint32_t>(f, GraphSection::kNodeEdges).back() = people; });
  EXPECT_TRUE(Names(s, fmt::format("graph section 53 (node edges): node row {} (tt0000113), edge", index_->title_count() - 1)));
  EXPECT_TRUE(Names(s, fmt::format("person row {} out of range", people)));
}

TEST_F(GraphVerifyTest, RangesOutOfOrder) {
  uint32_t row = 0;
  Status s = VerifyDamaged([&](std::string* f) {
    auto adj = Records<AdjRange>(f, GraphSection::kPersonAdj);
    row = RowWithEdges(adj, 1);
    adj[row].default_end = adj[row + 1].begin + 1;  // past the next row's start
  });
  EXPECT_TRUE(Names(s, fmt::format("graph section 49 (person ranges): row {}: range", row)));
  s = VerifyDamaged([&](std::string* f) {
    auto adj = Records<AdjRange>(f, GraphSection::kNodeAdj);
    row = RowWithEdges(adj, 2);
    std::swap(adj[row].begin, adj[row + 1].begin);
  });
  EXPECT_TRUE(Names(s, fmt::format("graph section 52 (node ranges): row {}: range", row)));
}

// A list cut short: its last edge now seems to start the next row's list.
TEST_F(GraphVerifyTest, ListCutShort) {
  uint32_t row = 0;
  Status s = VerifyDamaged([&](std::string* f) {
    auto adj = Records<AdjRange>(f, GraphSection::kPersonAdj);
    row = RowWithEdges(adj, 2);
    --adj[row + 1].begin;
    adj[row].default_end = std::min(adj[row].default_end, adj[row + 1].begin);
  });
  EXPECT_TRUE(Names(s, fmt::format("graph section 50 (person edges): person row {}", row + 1)));  // its edge now
  // A section cut short: Graph::Open refuses it before any query.
  s = VerifyDamaged([](std::string* f) { SectionEntry(f, Id(GraphSection::kNodeMasks))->size -= sizeof(uint16_t); });
  EXPECT_TRUE(Names(s, "graph section 54 has the wrong size"));
}

TEST_F(GraphVerifyTest, EdgesOutOfOrder) {
  uint32_t row = 0;
  Status s = VerifyDamaged([&](std::string* f) {
    auto adj = Records<AdjRange>(f, GraphSection::kNodeAdj);
    auto edges = Records<uint32_t>(f, GraphSection::kNodeEdges);
    for (row = 0; row + 1 < adj.size(); ++row)
      if (adj[row].default_end - adj[row].begin >= 2) break;
    ASSERT_LT(row + 1, adj.size()) << "no node with two default edges";
    auto masks = Records<uint16_t>(f, GraphSection::kNodeMasks);
    uint32_t b = adj[row].begin;
    std::swap(edges[b], edges[b + 1]);  // each still mirrored, with its own mask
    std::swap(masks[b], masks[b + 1]);
  });
  EXPECT_TRUE(Names(s, fmt::format("graph section 53 (node edges): node row {}", row)));
  EXPECT_TRUE(Names(s, "person rows not ascending"));
}

// One side links a node to a person whose own list says nothing of it.
TEST_F(GraphVerifyTest, EdgeWithoutAMirror) {
  uint32_t node = 0;
  Status s = VerifyDamaged([&](std::string* f) {
    auto adj = Records<AdjRange>(f, GraphSection::kNodeAdj);
    auto edges = Records<uint32_t>(f, GraphSection::kNodeEdges);
    node = RowWithEdges(adj, 1);
    uint32_t& person = edges[adj[node + 1].begin - 1];  // its last edge: another person keeps the order
    person = person + 1 < index_->person_count() ? person + 1 : person - 1;
  });
  EXPECT_TRUE(Names(s, fmt::format("graph section 53 (node edges): node row {}", node)));
  EXPECT_TRUE(Names(s, "has no such edge in that part"));
}

// Damage in the core that both checks see: an episode listed twice under
// its series, another not at all, so its credits would be missed. The graph
// still checks the lists it folds, should the core check ever miss one.
TEST_F(GraphVerifyTest, EpisodeListedTwice) {
  Status s = VerifyDamaged(
      [&](std::string* f) {
        auto episodes = SectionRecords<uint32_t>(f, static_cast<uint32_t>(format::SectionId::kEpisodes));
        ASSERT_GE(episodes.size(), 2u);
        episodes[1] = episodes[0];  // the first two are of the same series (tt0000105)
      },
      "lists title row 5 twice");
  EXPECT_TRUE(Names(s, "episode list entry 1 (title row 5) is out of place (the core sections are damaged)"));
}

// Two people with one edge each trade titles, on both sides: the graph
// agrees with itself but no longer with the credits.
TEST_F(GraphVerifyTest, CreditWithoutAnEdge) {
  const uint32_t director = P("nm0000004"), actress = P("nm0000007");
  const uint32_t film = T("tt0000101"), short_film = T("tt0000112");
  Status s = VerifyDamaged([&](std::string* f) {
    auto person_adj = Records<AdjRange>(f, GraphSection::kPersonAdj);
    auto person_edges = Records<uint32_t>(f, GraphSection::kPersonEdges);
    auto person_masks = Records<uint16_t>(f, GraphSection::kPersonMasks);
    auto node_adj = Records<AdjRange>(f, GraphSection::kNodeAdj);
    auto node_edges = Records<uint32_t>(f, GraphSection::kNodeEdges);
    const uint32_t d = person_adj[director].begin, a = person_adj[actress].begin;
    ASSERT_EQ(person_adj[director + 1].begin, d + 1);
    ASSERT_EQ(person_adj[actress + 1].begin, a + 1);
    ASSERT_EQ(person_edges[d], film);
    ASSERT_EQ(person_edges[a], short_film);
    person_edges[d] = short_film;  // each mask stays with its title
    person_edges[a] = film;
    std::swap(person_masks[d], person_masks[a]);
    for (uint32_t i = node_adj[film].begin; i < node_adj[film + 1].begin; ++i)
      if (node_edges[i] == director) node_edges[i] = actress;
    for (uint32_t i = node_adj[short_film].begin; i < node_adj[short_film + 1].begin; ++i)
      if (node_edges[i] == actress) node_edges[i] = director;  // still ascending: Ada Marsh, then him
  });
  EXPECT_TRUE(Names(s, fmt::format("graph section 53 (node edges): node row {} (tt0000101) lacks an edge for title "
                                   "credit", film)));
}

// The two directions agree with each other, but an edge claims a category
// that none of its credits has: only the check against the credits sees it.
TEST_F(GraphVerifyTest, MaskWithoutACredit) {
  Status s = VerifyDamaged([&](std::string* f) {
    const GraphHeader& h = Records<GraphHeader>(f, GraphSection::kHeader)[0];
    auto person_adj = Records<AdjRange>(f, GraphSection::kPersonAdj);
    auto node_adj = Records<AdjRange>(f, GraphSection::kNodeAdj);
    auto node_edges = Records<uint32_t>(f, GraphSection::kNodeEdges);
    auto person_masks = Records<uint16_t>(f, GraphSection::kPersonMasks);
    auto node_masks = Records<uint16_t>(f, GraphSection::kNodeMasks);
    // Person 0's first edge and its mirror on the node side.
    uint32_t i = person_adj[0].begin, t = Records<uint32_t>(f, GraphSection::kPersonEdges)[i];
    uint32_t j = node_adj[t].begin;
    while (node_edges[j] != 0) ++j;
    // A category it lacks that is not on screen, so the edge stays in its part.
    uint16_t extra = 0;
    for (uint32_t c = 0; c < index_->category_count() && !extra; ++c)
      if (!(CategoryBit(c) & (person_masks[i] | h.default_categories))) extra = CategoryBit(c);
    ASSERT_NE(extra, 0);
    person_masks[i] |= extra;
    node_masks[j] |= extra;
  });
  EXPECT_TRUE(Names(s, "graph section 54 (node masks): node row"));
  EXPECT_TRUE(Names(s, "(person row 0 (nm0000001)): category mask"));
  EXPECT_TRUE(Names(s, "its credits give"));
}

TEST_F(GraphVerifyTest, AttributesAndCountsDisagreeWithTheIndex) {
  Status s = VerifyDamaged([](std::string* f) { Records<NodeAttr>(f, GraphSection::kNodeAttrs)[3].votes += 1; });
  EXPECT_TRUE(Names(s, "graph section 55 (node attributes): node row 3 (tt0000104): differs from its title record"));
  s = VerifyDamaged([](std::string* f) { Records<GraphHeader>(f, GraphSection::kHeader)[0].default_people++; });
  EXPECT_TRUE(Names(s, "graph section 48 (header)"));
  s = VerifyDamaged([](std::string* f) { Records<GraphHeader>(f, GraphSection::kHeader)[0].reserved[9] = 1; });
  EXPECT_TRUE(Names(s, "graph section 48 (header): padding or reserved bytes are not zero"));
}

// Every byte of the graph sections matters: any change to one, checksums
// recomputed, is refused by Graph::Open or Verify, and queries survive it.
TEST_F(GraphVerifyTest, EveryChangedByteIsFound) {
  std::string file = clean_;
  size_t changes = 0;
  for (uint32_t id = Id(GraphSection::kHeader); id <= Id(GraphSection::kNodeAttrs); ++id) {
    const format::SectionEntry* e = SectionEntry(&file, id);
    ASSERT_NE(e, nullptr) << id;
    for (uint64_t at = e->offset; at < e->offset + e->size; ++at) {
      for (uint8_t flip : {0x01, 0x80}) {
        Status s = VerifyDamaged([&](std::string* f) { (*f)[at] = static_cast<char>((*f)[at] ^ flip); });
        EXPECT_FALSE(s.ok()) << "section " << id << ", byte " << at - e->offset << " ^ " << int{flip};
        ++changes;
      }
    }
  }
  EXPECT_GT(changes, 1000u);
}

TEST_F(GraphVerifyTest, MarqueeVerifyChecksTheGraph) {
  const std::string marquee = std::string(MARQUEE_BINARY) + " --index ";
  std::string out;
  ASSERT_EQ(RunCommand(marquee + dir_->File("query.idx") + " --json verify", &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["ok"], true);
  EXPECT_EQ(j["modules"], nlohmann::json::array({"core", "graph", "search"}));
  EXPECT_GE(j["module_seconds"]["graph"].get<double>(), 0.0);
  ASSERT_EQ(RunCommand(marquee + dir_->File("query.idx") + " verify", &out), 0) << out;
  EXPECT_NE(out.find("invariants of core, graph, search hold"), std::string::npos) << out;

  const uint32_t past = index_->title_count() + 7;
  ASSERT_FALSE(VerifyDamaged([&](std::string* f) { Records<uint32_t>(f, GraphSection::kPersonEdges)[0] = past; }).ok());
  EXPECT_EQ(RunCommand(marquee + damaged_ + " verify 2>&1", &out), 2);  // a damaged index is an input error
  EXPECT_NE(out.find("graph section 50 (person edges): person row 0"), std::string::npos) << out;
  EXPECT_NE(out.find("rebuild"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(marquee + damaged_ + " --json verify", &out), 2);
  j = nlohmann::json::parse(out);
  EXPECT_EQ(j["ok"], false);
  EXPECT_NE(j["error"].get<std::string>().find(fmt::format("node row {} out of range", past)), std::string::npos) << out;
}

}  // namespace
}  // namespace marquee::testing
