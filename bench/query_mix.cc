// marquee-bench-mix: an end-to-end query mix through the library, the way a
// server would use it: one shared Index (and Searcher, Graph when the index
// has them), a seeded list of mixed questions (title facts, cast,
// filmography, free-text search, degrees of separation) split over 1 and 2
// threads. Reports p50/p95/p99 latency per kind and overall, and throughput
// (queries per second of wall time), as a markdown table.
//
//   marquee-bench-mix --index s.idx [--queries 20000] [--threads 1,2] [--seed N] [--prefault 0|1]
//
// By default the index is prefaulted (Index::Prefault) and warmed with
// other questions first, as a long-running server would be.
//
// Search and path join the mix only when the index has their sections.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "marquee/graph.h"
#include "marquee/index.h"
#include "marquee/query.h"
#include "marquee/search.h"
#include "percentile.h"

namespace {

enum Kind { kTitle, kCast, kFilmography, kSearch, kPath, kKinds };
const char* const kKindNames[kKinds] = {"title", "cast", "filmography", "search", "path"};
// Share of each kind in the mix (per mille): lookups dominate, as on a
// credits site; search is what people type; path is the rare, costly one.
const int kWeights[kKinds] = {300, 250, 250, 180, 20};

struct Query {
  Kind kind;
  uint32_t a = 0, b = 0;  // rows
  std::string text;       // search text
};

struct Engine {
  std::unique_ptr<marquee::Index> index;
  std::unique_ptr<marquee::Searcher> searcher;
  std::unique_ptr<marquee::Graph> graph;
};

// What someone types: a name with its last word cut short (autocomplete).
std::string Typed(std::string_view name, std::mt19937_64& rng) {
  std::string s(name);
  size_t space = s.rfind(' ');
  size_t last = space == std::string::npos ? 0 : space + 1;
  size_t keep = s.size() - last;
  if (keep > 3) s.resize(last + 3 + rng() % (keep - 3));
  return s;
}

std::vector<Query> MakeQueries(const Engine& e, size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  const marquee::Index& index = *e.index;
  std::vector<marquee::PersonRow> linked;
  if (e.graph) {
    marquee::ConnectionFilter def;
    for (marquee::PersonRow p = 0; p < index.person_count(); ++p) {
      uint32_t links = 0;
      e.graph->LinkCount(p, def, &links);
      if (links) linked.push_back(p);
    }
  }
  int total = 0;
  for (int k = 0; k < kKinds; ++k)
    if ((k != kSearch || e.searcher) && (k != kPath || linked.size() > 1)) total += kWeights[k];
  std::vector<Query> qs;
  while (qs.size() < n) {
    int pick = static_cast<int>(rng() % total);
    int k = 0;
    for (; k < kKinds; ++k) {
      if ((k == kSearch && !e.searcher) || (k == kPath && linked.size() < 2)) continue;
      if (pick < kWeights[k]) break;
      pick -= kWeights[k];
    }
    Query q{static_cast<Kind>(k)};
    switch (q.kind) {
      case kTitle:
      case kCast: q.a = rng() % index.title_count(); break;
      case kFilmography: q.a = rng() % index.person_count(); break;
      case kSearch:
        q.text = rng() % 2 ? Typed(index.title_name(rng() % index.title_count()), rng)
                           : Typed(index.person_name(rng() % index.person_count()), rng);
        break;
      default:
        q.a = linked[rng() % linked.size()];
        do q.b = linked[rng() % linked.size()]; while (q.b == q.a);
    }
    qs.push_back(std::move(q));
  }
  return qs;
}

// Runs one question the way a caller would: from the id (or text) to a
// finished result.
void RunOne(const Engine& e, marquee::Connections* conn, const Query& q) {
  const marquee::Index& index = *e.index;
  switch (q.kind) {
    case kTitle: {
      marquee::TitleRow row;
      if (index.FindTitle(index.title_id(q.a), &row).ok()) (void)index.title(row);
      break;
    }
    case kCast: {
      marquee::TitleRow row;
      if (index.FindTitle(index.title_id(q.a), &row).ok()) (void)marquee::GetCast(index, row, {});
      break;
    }
    case kFilmography: {
      marquee::PersonRow row;
      marquee::FilmographyResult r;
      if (index.FindPerson(index.person_id(q.a), &row).ok()) (void)marquee::GetFilmography(index, row, {}, &r);
      break;
    }
    case kSearch: {
      std::vector<marquee::SearchHit> hits;
      (void)e.searcher->Search(q.text, {}, &hits);
      break;
    }
    default: {
      marquee::PathResult r;
      (void)conn->Path(q.a, q.b, {}, &r);
    }
  }
}

void Report(const Engine& e, const std::vector<Query>& qs, unsigned threads) {
  std::vector<std::vector<double>> micros(threads);  // per thread, indexed like its queries
  std::vector<std::thread> pool;
  auto start = std::chrono::steady_clock::now();
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      std::unique_ptr<marquee::Connections> conn;
      if (e.graph) conn = std::make_unique<marquee::Connections>(*e.graph);
      for (size_t i = t; i < qs.size(); i += threads) {
        auto s = std::chrono::steady_clock::now();
        RunOne(e, conn.get(), qs[i]);
        micros[t].push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - s).count());
      }
    });
  }
  for (auto& th : pool) th.join();
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::vector<double> by_kind[kKinds], all;
  for (unsigned t = 0; t < threads; ++t)
    for (size_t j = 0; j < micros[t].size(); ++j) {
      by_kind[qs[t + j * threads].kind].push_back(micros[t][j]);
      all.push_back(micros[t][j]);
    }
  auto row = [&](const char* name, const std::vector<double>& v) {
    if (v.empty()) return;
    std::printf("| %u | %s | %zu | %.1f | %.1f | %.1f |\n", threads, name, v.size(), bench::Percentile(v, 50),
                bench::Percentile(v, 95), bench::Percentile(v, 99));
  };
  for (int k = 0; k < kKinds; ++k) row(kKindNames[k], by_kind[k]);
  row("**all**", all);
  std::printf("| %u | **throughput** | %zu | %.0f queries/s | (wall %.2f s) | |\n", threads, all.size(),
              static_cast<double>(all.size()) / wall, wall);
}

}  // namespace

int main(int argc, char** argv) {
  const char* env = std::getenv("MARQUEE_BENCH_INDEX");
  std::string path = env ? env : "marquee.idx";
  size_t n = 20000;
  uint64_t seed = 20261126;
  bool prefault = true;
  std::vector<unsigned> thread_counts = {1, 2};
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--index")) path = argv[i + 1];
    else if (!std::strcmp(argv[i], "--queries")) n = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--seed")) seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--prefault")) prefault = std::strcmp(argv[i + 1], "0") != 0;
    else if (!std::strcmp(argv[i], "--threads")) {
      thread_counts.clear();
      for (char* p = argv[i + 1]; *p;) {
        thread_counts.push_back(static_cast<unsigned>(std::strtoul(p, &p, 10)));
        if (*p == ',') ++p;
      }
    } else {
      std::fprintf(stderr, "usage: %s [--index PATH] [--queries N] [--seed N] [--threads 1,2] [--prefault 0|1]\n", argv[0]);
      return 2;
    }
  }
  Engine e;
  marquee::Status s = marquee::Index::Open(path, &e.index);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 2;
  }
  if (!marquee::Searcher::Open(*e.index, &e.searcher).ok()) e.searcher.reset();
  if (!marquee::Graph::Open(*e.index, &e.graph).ok()) e.graph.reset();
  // A server's steady state: every page mapped, code and allocator warm,
  // but the records a query needs not in the CPU cache. So: prefault, then
  // an untimed pass over *other* questions (another seed).
  if (prefault) {
    s = e.index->Prefault();
    if (!s.ok()) std::fprintf(stderr, "warning: %s (timings include page faults)\n", s.ToString().c_str());
  }
  std::vector<Query> qs = MakeQueries(e, n, seed);
  {
    std::unique_ptr<marquee::Connections> conn;
    if (e.graph) conn = std::make_unique<marquee::Connections>(*e.graph);
    for (const Query& q : MakeQueries(e, n, seed + 1)) RunOne(e, conn.get(), q);
  }
  std::printf("index %s: %u titles, %u people; search %s, path %s; %zu queries, seed %llu\n\n", path.c_str(),
              e.index->title_count(), e.index->person_count(), e.searcher ? "on" : "off (no sections)",
              e.graph ? "on" : "off (no sections)", qs.size(), static_cast<unsigned long long>(seed));
  std::printf("| threads | query | count | p50 µs | p95 µs | p99 µs |\n| --- | --- | --- | --- | --- | --- |\n");
  for (unsigned t : thread_counts)
    if (t > 0) Report(e, qs, t);
  return 0;
}
