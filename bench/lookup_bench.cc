// Point lookups on an index: a title's cast and a person's filmography by
// id, in process, warm. The ids are drawn with a fixed seed from the index
// itself (uniform over rows), so a run is repeatable on the same index.
//
//   MARQUEE_BENCH_INDEX=path/to/index build/bench/marquee-bench-lookup

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <random>

#include "marquee/index.h"
#include "marquee/query.h"

namespace {

const marquee::Index& TheIndex() {
  static std::unique_ptr<marquee::Index> index = [] {
    const char* path = std::getenv("MARQUEE_BENCH_INDEX");
    std::unique_ptr<marquee::Index> idx;
    marquee::Status s = marquee::Index::Open(path ? path : "marquee.idx", &idx);
    if (!s.ok()) {
      std::cerr << s.ToString() << "\nset MARQUEE_BENCH_INDEX to an index file\n";
      std::exit(2);
    }
    return idx;
  }();
  return *index;
}

template <typename Row>
std::vector<std::string> SampleIds(uint32_t count, Row id_of) {
  std::mt19937_64 rng(20260226);
  std::vector<std::string> ids;
  for (int i = 0; i < 4096; ++i) ids.push_back(id_of(static_cast<uint32_t>(rng() % count)));
  return ids;
}

void BM_CastById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.title_count(), [&](uint32_t r) { return index.title_id(r); });
  size_t i = 0, people = 0;
  for (auto _ : state) {
    marquee::TitleRow row;
    if (!index.FindTitle(ids[i++ & 4095], &row).ok()) state.SkipWithError("missing id");
    marquee::CastResult r = marquee::GetCast(index, row, {});
    people += r.cast.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["cast/title"] = static_cast<double>(people) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_CastById);

void BM_CreditsById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.title_count(), [&](uint32_t r) { return index.title_id(r); });
  size_t i = 0;
  for (auto _ : state) {
    marquee::TitleRow row;
    if (!index.FindTitle(ids[i++ & 4095], &row).ok()) state.SkipWithError("missing id");
    auto credits = index.title_credits(row);
    benchmark::DoNotOptimize(credits);
  }
}
BENCHMARK(BM_CreditsById);

void BM_FilmographyById(benchmark::State& state) {
  const auto& index = TheIndex();
  auto ids = SampleIds(index.person_count(), [&](uint32_t r) { return index.person_id(r); });
  size_t i = 0, credits = 0;
  for (auto _ : state) {
    marquee::PersonRow row;
    if (!index.FindPerson(ids[i++ & 4095], &row).ok()) state.SkipWithError("missing id");
    marquee::FilmographyResult r;
    (void)marquee::GetFilmography(index, row, {}, &r);
    credits += r.entries.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["rows/person"] = static_cast<double>(credits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_FilmographyById);

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
