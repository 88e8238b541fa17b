// Point lookups on an index, in process, the way a server answers them: a
// title's cast and a person's filmography from an id, on an Index whose pages
// are mapped (Index::Prefault) but whose records are not in the CPU cache.
// Ids are drawn with a fixed seed, uniformly over rows, from a pool far
// larger than the cache (so every lookup misses like a random request does);
// the targets are percentiles, so besides Google Benchmark's mean each
// benchmark reports p50_us and p99_us over its lookups.
//
//   MARQUEE_BENCH_INDEX=path/to/index build/bench/marquee-bench-lookup
//   (MARQUEE_BENCH_PREFAULT=0 measures a fresh mapping, page faults included)

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>

#include "marquee/index.h"
#include "marquee/query.h"
#include "percentile.h"

namespace {

constexpr size_t kPool = size_t{1} << 17;  // ids per benchmark: ~100 MB of records touched

const marquee::Index& TheIndex() {
  static std::unique_ptr<marquee::Index> index = [] {
    const char* path = std::getenv("MARQUEE_BENCH_INDEX");
    std::unique_ptr<marquee::Index> idx;
    marquee::Status s = marquee::Index::Open(path ? path : "marquee.idx", &idx);
    if (!s.ok()) {
      std::cerr << s.ToString() << "\nset MARQUEE_BENCH_INDEX to an index file\n";
      std::exit(2);
    }
    const char* prefault = std::getenv("MARQUEE_BENCH_PREFAULT");
    if (!(prefault && std::string(prefault) == "0")) {
      s = idx->Prefault();
      if (!s.ok()) std::cerr << "warning: " << s.ToString() << " (timings include page faults)\n";
    }
    return idx;
  }();
  return *index;
}

template <typename Row>
std::vector<std::string> SampleIds(uint32_t count, Row id_of) {
  std::mt19937_64 rng(20260226);
  std::vector<std::string> ids;
  for (size_t i = 0; i < kPool; ++i) ids.push_back(id_of(static_cast<uint32_t>(rng() % count)));
  return ids;
}

// Runs `lookup(id)` once per iteration over the id pool, timing each call.
template <typename Lookup>
void TimeLookups(benchmark::State& state, const std::vector<std::string>& ids, Lookup lookup) {
  std::vector<double> micros;
  micros.reserve(state.max_iterations);
  size_t i = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    lookup(ids[i++ % kPool]);
    micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(micros.begin(), micros.end());
  state.counters["p50_us"] = bench::PercentileOfSorted(micros, 50);
  state.counters["p99_us"] = bench::PercentileOfSorted(micros, 99);
}

void BM_CastById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.title_count(), [&](uint32_t r) { return index.title_id(r); });
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::TitleRow row;
    if (!index.FindTitle(id, &row).ok()) state.SkipWithError("missing id");
    marquee::CastResult r = marquee::GetCast(index, row, {});
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_CastById)->Iterations(kPool);

void BM_CreditsById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.title_count(), [&](uint32_t r) { return index.title_id(r); });
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::TitleRow row;
    if (!index.FindTitle(id, &row).ok()) state.SkipWithError("missing id");
    auto credits = index.title_credits(row);
    benchmark::DoNotOptimize(credits);
  });
}
BENCHMARK(BM_CreditsById)->Iterations(kPool);

void BM_FilmographyById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.person_count(), [&](uint32_t r) { return index.person_id(r); });
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::PersonRow row;
    if (!index.FindPerson(id, &row).ok()) state.SkipWithError("missing id");
    marquee::FilmographyResult r;
    (void)marquee::GetFilmography(index, row, {}, &r);
    benchmark::DoNotOptimize(r);
  });
}
BENCHMARK(BM_FilmographyById)->Iterations(kPool);

// What showing an answer costs: every credit's id, name and characters
// copied out as text, as the CLI, the server and the peer harness
// (bench/compare) do, not only the rows the query layer returns.
struct ShownCredit {
  std::string id, name, characters;
};

void BM_CastShownById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.title_count(), [&](uint32_t r) { return index.title_id(r); });
  std::vector<ShownCredit> shown;
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::TitleRow row;
    if (!index.FindTitle(id, &row).ok()) state.SkipWithError("missing id");
    shown.clear();
    for (const marquee::CreditInfo& c : index.title_credits(row))
      shown.push_back({index.person_id(c.person), std::string(c.person_name), std::string(c.characters.raw)});
    benchmark::DoNotOptimize(shown.data());
  });
}
BENCHMARK(BM_CastShownById)->Iterations(kPool);

void BM_FilmographyShownById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.person_count(), [&](uint32_t r) { return index.person_id(r); });
  std::vector<ShownCredit> shown;
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::PersonRow row;
    if (!index.FindPerson(id, &row).ok()) state.SkipWithError("missing id");
    shown.clear();
    for (const marquee::CreditInfo& c : index.person_credits(row))
      shown.push_back({index.title_id(c.title), std::string(c.title_name), std::string(c.characters.raw)});
    benchmark::DoNotOptimize(shown.data());
  });
}
BENCHMARK(BM_FilmographyShownById)->Iterations(kPool);

// The id -> row step alone (FindTitle / FindPerson: the id directories,
// docs/index_format.md), the first part of every lookup above.
void BM_FindTitle(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.title_count(), [&](uint32_t r) { return index.title_id(r); });
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::TitleRow row;
    if (!index.FindTitle(id, &row).ok()) state.SkipWithError("missing id");
    benchmark::DoNotOptimize(row);
  });
}
BENCHMARK(BM_FindTitle)->Iterations(kPool);

void BM_FindPerson(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.person_count(), [&](uint32_t r) { return index.person_id(r); });
  TimeLookups(state, ids, [&](const std::string& id) {
    marquee::PersonRow row;
    if (!index.FindPerson(id, &row).ok()) state.SkipWithError("missing id");
    benchmark::DoNotOptimize(row);
  });
}
BENCHMARK(BM_FindPerson)->Iterations(kPool);

void BM_OpenIndex(benchmark::State& state) {
  const char* path = std::getenv("MARQUEE_BENCH_INDEX");
  for (auto _ : state) {
    std::unique_ptr<marquee::Index> idx;
    benchmark::DoNotOptimize(marquee::Index::Open(path ? path : "marquee.idx", &idx));
  }
}
BENCHMARK(BM_OpenIndex);

}  // namespace

BENCHMARK_MAIN();
