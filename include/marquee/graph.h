// Connections between people: who worked with whom, on what, and how far
// apart two people are. People are linked through the titles they share;
// credits on an episode count for its series. A Graph reads the compact
// adjacency that `marquee build` stores in the index (docs/graph_format.md)
// in place, so opening one costs microseconds. A Graph is immutable and safe
// to share between threads; a Connections object holds one thread's scratch
// space (reused across queries, so a query allocates almost nothing) and
// must not be shared.
//
// Every traversal has a work budget and stops with BudgetExceeded past it,
// saying how much it did. Filters that contradict themselves, and people or
// titles out of range, give InvalidArgument; asking a question whose answer
// is "nothing" (no chain, no co-stars) is not an error: the result says so.

#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/index.h"
#include "marquee/status.h"

namespace marquee {

// Which credits and titles may link two people. The default graph is the
// on-screen one: actor, actress and self credits in movies, TV movies, TV
// series and mini-series, adult titles excluded.
struct ConnectionFilter {
  // Credit categories ("actor", "director", …) or the groups "cast" (actor,
  // actress, self), "crew" (every category that is not on screen), "all".
  // Empty: the default (cast).
  std::vector<std::string> categories;
  // Title types ("movie", "tvSeries", …) or "all". Empty: the default four.
  // An episode credit links through its series, so the series' type counts.
  std::vector<std::string> types;
  int year_from = 0, year_to = 0;  // 0: open. A series counts if its run overlaps.
  uint32_t min_votes = 0;          // titles with fewer votes do not link
  bool include_adult = false;

  bool IsDefault() const;
};

// How much a query may do before it gives up: people and titles reached,
// and wall-clock time. 0 means no limit.
struct WorkBudget {
  uint64_t max_visits = 0;
  double max_seconds = 0;
};

struct GraphStats {
  uint64_t people = 0, nodes = 0, edges = 0;
  uint64_t default_edges = 0, default_people = 0, default_nodes = 0;
};

class Graph {
 public:
  // NotSupported when the index was built without the graph sections.
  // Open checks sizes and counts, enough that no query reads outside the
  // sections: a damaged graph gives wrong answers or an error, not a crash.
  static Status Open(const Index& index, std::unique_ptr<Graph>* out);
  // Whether the index has graph sections at all (of any version).
  static bool Present(const Index& index);
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  const Index& index() const;
  GraphStats stats() const;
  // How many titles link `person` under `filter` (the person's degree).
  Status LinkCount(PersonRow person, const ConnectionFilter& filter, uint32_t* count) const;
  // Reads the whole graph and checks every invariant the builder guarantees
  // (docs/graph_format.md): ranges, rows, order, masks, the two directions
  // mirroring each other, counts, and agreement with the index's titles and
  // credits. Corruption names the section and the first bad entry. Section
  // checksums are Index::Verify's; `marquee verify` runs both. Costs a few
  // seconds and 4 bytes per title at full scale (BENCHMARKS.md, "Verify").
  Status Verify() const;

  struct Rep;  // the mapped sections (src/graph/graph_internal.h)
  const Rep& rep() const { return *rep_; }

 private:
  explicit Graph(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

// What one person did on a linking title: their categories and characters,
// gathered over the series' episodes for a series.
struct LinkRole {
  std::vector<std::string_view> categories;  // credit order, distinct
  std::vector<std::string_view> characters;  // distinct, at most 4
  uint32_t episodes = 0;                     // episode credits folded in
};

// A chain people[0] — titles[0] — people[1] — … — people[n].
struct Chain {
  std::vector<PersonRow> people;
  std::vector<TitleRow> titles;
};

struct PathOptions {
  ConnectionFilter filter;
  WorkBudget budget{20'000'000, 10.0};
  // Chains to list. Above 1, the result also counts all shortest chains.
  uint32_t max_chains = 1;
};

struct PathResult {
  bool found = false;
  int distance = -1;                  // titles on a shortest chain
  // Shortest chains in preference order. Every shortest chain has one
  // vertex where the two searches met (a title or a person): those go best
  // first (a title by votes, a person by popularity, then the lower row),
  // and from there toward each end, at each step, the best linking title or
  // person again. chains[0] is the default answer; the same query on the
  // same index always gives the same chains.
  std::vector<Chain> chains;
  uint64_t chain_count = 0;           // all shortest chains (max_chains > 1)
  bool count_saturated = false;       // chain_count hit 2^64-1
  std::vector<PersonRow> unlinked;    // endpoints without any link under the filter
  uint64_t visited = 0;               // people and titles reached
};

struct CostarOptions {
  ConnectionFilter filter;
  uint32_t limit = 20;
  uint32_t titles_per_costar = 3;     // shared titles shown, most voted first
  WorkBudget budget{50'000'000, 10.0};
};

struct Costar {
  PersonRow person = kNoRow;
  uint32_t shared = 0;                // titles in common
  std::vector<TitleRow> titles;
};

struct CostarResult {
  uint32_t titles = 0;                // titles linking the person
  uint64_t collaborators = 0;         // distinct people linked to them
  // Most shared titles first, then popularity, then row.
  std::vector<Costar> costars;
};

struct SharedTitle {
  TitleRow title = kNoRow;
  std::vector<LinkRole> roles;        // one per person asked, in that order
};

struct SharedResult {
  std::vector<SharedTitle> titles;    // by year (unknown last), then row
};

struct DistanceOptions {
  ConnectionFilter filter;
  WorkBudget budget{0, 60.0};
};

struct DistanceResult {
  std::vector<uint64_t> people_at;    // [d] = people at distance d; [0] = 1
  uint64_t reachable = 0;             // people at distance >= 1
  uint64_t titles_reached = 0;
  double average = 0;                 // over reachable people; 0 when none
};

struct CenterOptions {
  ConnectionFilter filter;
  uint32_t top = 10;                  // the most linked people
  unsigned threads = 2;
  WorkBudget budget{0, 600.0};        // for each person's traversal
};

struct CenterEntry {
  PersonRow person = kNoRow;
  uint32_t titles = 0;                // linking titles (how "credited")
  DistanceResult distances;
};

struct CenterResult {
  std::vector<CenterEntry> people;    // smallest average distance first
};

class Connections {
 public:
  explicit Connections(const Graph& graph);
  ~Connections();
  Connections(const Connections&) = delete;
  Connections& operator=(const Connections&) = delete;

  // A shortest chain from a to b (InvalidArgument when a == b).
  Status Path(PersonRow a, PersonRow b, const PathOptions& options, PathResult* result);
  Status Costars(PersonRow person, const CostarOptions& options, CostarResult* result);
  // Titles that link every one of `people` (at least two, all distinct).
  Status Shared(std::span<const PersonRow> people, const ConnectionFilter& filter, SharedResult* result);
  Status Distances(PersonRow person, const DistanceOptions& options, DistanceResult* result);

  struct Scratch;

 private:
  const Graph& graph_;
  std::unique_ptr<Scratch> scratch_;
};

// The "center" numbers of the options.top most linked people, one
// Connections per thread.
Status Center(const Graph& graph, const CenterOptions& options, CenterResult* result);

// The roles of `person` on each of `titles` (linking titles, i.e. no
// episodes), counting only credits whose category passes `filter`.
Status LinkRoles(const Graph& graph, PersonRow person, std::span<const TitleRow> titles,
                 const ConnectionFilter& filter, std::vector<LinkRole>* roles);

// True when no title links two people under `filter` at all; a reason for
// an empty answer that the caller should report as an input error.
bool FilterLeavesNoLinks(const Graph& graph, const ConnectionFilter& filter);

}  // namespace marquee
