// Connection queries on the index at $MARQUEE_BENCH_INDEX: path (a seeded
// mix of popular and random pairs), costars, single-source distances.
// Besides Google Benchmark's mean, each benchmark reports per-query p50 and
// p99 latencies (counters p50_ms, p99_ms) over its query set, since the
// targets are percentiles.
//
//   MARQUEE_BENCH_INDEX=/tmp/s1.idx build/bench/marquee-bench-graph

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <string>
#include <random>

#include "graph/graph_internal.h"
#include "marquee/graph.h"
#include "marquee/index.h"
#include "percentile.h"

namespace marquee {
namespace {

struct Fixture {
  std::unique_ptr<Index> index;
  std::unique_ptr<Graph> graph;
  std::vector<PersonRow> linked;   // people with a default link
  std::vector<PersonRow> weighted; // one entry per link: popular people often
};

Fixture* Load() {
  static Fixture* f = [] {
    auto* f = new Fixture();
    const char* path = std::getenv("MARQUEE_BENCH_INDEX");
    if (!path || !*path) {
      std::fprintf(stderr, "set MARQUEE_BENCH_INDEX to an index file\n");
      std::exit(2);
    }
    Status s = Index::Open(path, &f->index);
    if (s.ok()) s = Graph::Open(*f->index, &f->graph);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.ToString().c_str());
      std::exit(2);
    }
    // Default-graph degrees straight from the ranges (graph_format.h).
    const Graph::Rep& g = f->graph->rep();
    for (PersonRow p = 0; p < f->index->person_count(); ++p) {
      uint32_t n = g.person_adj[p].default_end - g.person_adj[p].begin;
      if (n) f->linked.push_back(p);
      for (uint32_t k = 0; k < n && k < 1000; ++k) f->weighted.push_back(p);
    }
    return f;
  }();
  return f;
}

// Half the queries between popular people (picked in proportion to their
// links), half between people picked uniformly among the linked.
std::vector<std::pair<PersonRow, PersonRow>> Pairs(const Fixture& f, size_t n, uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::pair<PersonRow, PersonRow>> pairs;
  auto pick = [&](const std::vector<PersonRow>& from) {
    return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng)];
  };
  while (pairs.size() < n) {
    bool popular = pairs.size() % 2 == 0;
    PersonRow a = pick(popular ? f.weighted : f.linked), b = pick(popular ? f.weighted : f.linked);
    if (a != b) pairs.emplace_back(a, b);
  }
  return pairs;
}

void Percentiles(benchmark::State& state, const char* prefix, std::vector<double> ms) {
  if (ms.empty()) return;
  std::sort(ms.begin(), ms.end());
  std::string p = prefix;
  state.counters[p + "p50_ms"] = bench::PercentileOfSorted(ms, 50);
  state.counters[p + "p90_ms"] = bench::PercentileOfSorted(ms, 90);
  state.counters[p + "p99_ms"] = bench::PercentileOfSorted(ms, 99);
  state.counters[p + "max_ms"] = ms.back();
}

double ThreadCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall-clock percentiles, and the same in thread CPU time ("cpu_"), which
// other processes on a shared machine disturb far less.
template <typename Fn>
void Timed(benchmark::State& state, size_t queries, Fn&& one) {
  std::vector<double> wall, cpu;
  size_t i = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = ThreadCpuMs();
    one(i++ % queries);
    cpu.push_back(ThreadCpuMs() - c0);
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  Percentiles(state, "", std::move(wall));
  Percentiles(state, "cpu_", std::move(cpu));
}

void BM_Path(benchmark::State& state) {
  Fixture& f = *Load();
  auto pairs = Pairs(f, 2000, 7);
  Connections c(*f.graph);
  uint64_t found = 0, gave_up = 0, total_distance = 0;
  PathOptions o;
  o.max_chains = static_cast<uint32_t>(state.range(0));
  Timed(state, pairs.size(), [&](size_t i) {
    PathResult r;
    Status s = c.Path(pairs[i].first, pairs[i].second, o, &r);
    gave_up += !s.ok();
    found += r.found;
    total_distance += r.found ? r.distance : 0;
    benchmark::DoNotOptimize(r);
  });
  state.counters["found_pct"] = 100.0 * found / std::max<double>(1, state.iterations());
  state.counters["avg_distance"] = found ? double(total_distance) / found : 0;
  state.counters["gave_up"] = gave_up;
}
BENCHMARK(BM_Path)->Arg(1)->Arg(10)->Iterations(2000)->Unit(benchmark::kMillisecond);

void BM_Costars(benchmark::State& state) {
  Fixture& f = *Load();
  auto pairs = Pairs(f, 2000, 11);
  Connections c(*f.graph);
  Timed(state, pairs.size(), [&](size_t i) {
    CostarResult r;
    c.Costars(pairs[i].first, CostarOptions(), &r);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Costars)->Iterations(2000)->Unit(benchmark::kMillisecond);

void BM_Shared(benchmark::State& state) {
  Fixture& f = *Load();
  auto pairs = Pairs(f, 2000, 13);
  Connections c(*f.graph);
  Timed(state, pairs.size(), [&](size_t i) {
    SharedResult r;
    PersonRow two[] = {pairs[i].first, pairs[i].second};
    c.Shared(two, ConnectionFilter(), &r);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_Shared)->Iterations(2000)->Unit(benchmark::kMillisecond);

void BM_Distances(benchmark::State& state) {
  Fixture& f = *Load();
  auto pairs = Pairs(f, 20, 17);
  Connections c(*f.graph);
  uint64_t reachable = 0;
  Timed(state, pairs.size(), [&](size_t i) {
    DistanceResult r;
    c.Distances(pairs[i].first, DistanceOptions(), &r);
    reachable = std::max(reachable, r.reachable);
  });
  state.counters["reachable"] = reachable;
}
BENCHMARK(BM_Distances)->Iterations(10)->Unit(benchmark::kMillisecond);

// A filtered query: every category, titles from 2000 on (full ranges with
// mask and node tests instead of the default prefix).
void BM_PathFiltered(benchmark::State& state) {
  Fixture& f = *Load();
  auto pairs = Pairs(f, 1000, 19);
  Connections c(*f.graph);
  PathOptions o;
  o.filter.categories = {"all"};
  o.filter.year_from = 2000;
  Timed(state, pairs.size(), [&](size_t i) {
    PathResult r;
    c.Path(pairs[i].first, pairs[i].second, o, &r);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_PathFiltered)->Iterations(500)->Unit(benchmark::kMillisecond);

// The same path question in SQLite, for scale: the default graph's edges as
// a table edge(person, node) with an index each way, and the distance by a
// recursive CTE, deepened one level at a time until b appears (what a SQL
// user would write: a CTE has no visited set, so each level is re-derived).
// Runs only with MARQUEE_BENCH_SQLITE=1 (loading the table takes a while);
// queries past 10 s are abandoned and counted in `sqlite_gave_up`.
struct Sqlite {
  sqlite3* db = nullptr;
  sqlite3_stmt* reach = nullptr;
};

Sqlite* LoadSqlite(const Fixture& f) {
  static Sqlite* s = [&] {
    auto* s = new Sqlite();
    sqlite3_open(":memory:", &s->db);
    sqlite3_exec(s->db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; CREATE TABLE edge(person INTEGER, node INTEGER);",
                 nullptr, nullptr, nullptr);
    sqlite3_exec(s->db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* ins;
    sqlite3_prepare_v2(s->db, "INSERT INTO edge VALUES (?1, ?2)", -1, &ins, nullptr);
    const Graph::Rep& g = f.graph->rep();
    for (PersonRow p : f.linked) {
      for (uint32_t i = g.person_adj[p].begin; i < g.person_adj[p].default_end; ++i) {
        sqlite3_bind_int64(ins, 1, p);
        sqlite3_bind_int64(ins, 2, g.person_edges[i]);
        sqlite3_step(ins);
        sqlite3_reset(ins);
      }
    }
    sqlite3_finalize(ins);
    sqlite3_exec(s->db, "COMMIT; CREATE INDEX by_person ON edge(person, node); CREATE INDEX by_node ON edge(node, person);",
                 nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(s->db,
                       "WITH RECURSIVE reach(person, depth) AS ("
                       "  SELECT ?1, 0"
                       "  UNION"
                       "  SELECT e2.person, r.depth + 1 FROM reach r"
                       "  JOIN edge e1 ON e1.person = r.person JOIN edge e2 ON e2.node = e1.node"
                       "  WHERE r.depth < ?2)"
                       "SELECT min(depth) FROM reach WHERE person = ?3",
                       -1, &s->reach, nullptr);
    return s;
  }();
  return s;
}

void BM_PathSqlite(benchmark::State& state) {
  const char* on = std::getenv("MARQUEE_BENCH_SQLITE");
  if (!on || std::string(on) != "1") {
    state.SkipWithError("set MARQUEE_BENCH_SQLITE=1 to run");
    return;
  }
  Fixture& f = *Load();
  Sqlite& s = *LoadSqlite(f);
  auto pairs = Pairs(f, 2000, 7);  // the first of BM_Path's pairs
  Connections c(*f.graph);
  static std::chrono::steady_clock::time_point deadline;
  sqlite3_progress_handler(
      s.db, 10000, [](void*) { return std::chrono::steady_clock::now() > deadline ? 1 : 0; }, nullptr);
  std::vector<double> ratios;
  uint64_t gave_up = 0, disagree = 0;
  size_t i = 0;
  Timed(state, pairs.size(), [&](size_t k) {
    PathResult r;
    auto t0 = std::chrono::steady_clock::now();
    c.Path(pairs[k].first, pairs[k].second, PathOptions(), &r);
    double ours = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    int found = -1;
    for (int depth = 1; depth <= 8 && found < 0; ++depth) {
      sqlite3_bind_int64(s.reach, 1, pairs[k].first);
      sqlite3_bind_int(s.reach, 2, depth);
      sqlite3_bind_int64(s.reach, 3, pairs[k].second);
      int rc = sqlite3_step(s.reach);
      if (rc == SQLITE_ROW && sqlite3_column_type(s.reach, 0) != SQLITE_NULL) found = sqlite3_column_int(s.reach, 0);
      sqlite3_reset(s.reach);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE) break;
    }
    double theirs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() - ours;
    if (std::chrono::steady_clock::now() > deadline) ++gave_up;
    else {
      ratios.push_back(theirs / std::max(ours, 1e-3));
      disagree += r.found && found != r.distance;
    }
    ++i;
  });
  std::sort(ratios.begin(), ratios.end());
  if (!ratios.empty()) {
    state.counters["sqlite_over_marquee_p50"] = ratios[ratios.size() / 2];
    state.counters["sqlite_over_marquee_min"] = ratios.front();
  }
  state.counters["sqlite_gave_up"] = gave_up;
  state.counters["disagree"] = disagree;
}
BENCHMARK(BM_PathSqlite)->Iterations(40)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace marquee

BENCHMARK_MAIN();
