// Search latency on an index: autocomplete-style prefix queries ("toni col")
// and multi-word queries with a typo in every word of 4+ letters, drawn with
// a fixed seed from the index's own names (biased to popular documents, the
// way people search), so a run is repeatable on the same index. Prints
// p50/p90/p99/max per query set, then runs the Google Benchmark cases.
//
//   MARQUEE_BENCH_INDEX=path/to/index build/bench/marquee-bench-search
//   build/bench/marquee-bench-search --build IMDB_DIR OUT.idx   (timed build phases)
//   MARQUEE_BENCH_INDEX=... marquee-bench-search --dump [QUERY_FILE]
//     one line per query (of the file, one a line, or of both sets): set, best
//     CPU µs of 5 runs, documents examined, query, the hits (id:words matched/
//     edits/prefixes/score) — to find the slow queries and to compare the
//     results of two versions.
//   MARQUEE_BENCH_INDEX=... marquee-bench-search --latency QUERY_FILE
//     the latency table for the file's queries (one a line), each asked once
//     a pass, as a peer comparison asks them (bench/compare).

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <random>

#include "catalog/ingest_report.h"
#include "index/format.h"
#include "marquee/build.h"
#include "marquee/index.h"
#include "marquee/search.h"
#include "search/search_index.h"
#include "search/tokenizer.h"
#include "percentile.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Bench {
  std::unique_ptr<marquee::Index> index;
  std::unique_ptr<marquee::Searcher> searcher;
  std::vector<std::string> prefix, typo;
};

// Words of a random document: rank-biased (doc = N * u^3) toward popular ones.
std::vector<std::string> SampleWords(const marquee::Index& index, const marquee::search::SearchIndex& s,
                                     std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  uint32_t doc = static_cast<uint32_t>(s.doc_count() * std::pow(u(rng), 3));
  uint32_t packed = s.doc(std::min(doc, s.doc_count() - 1));
  uint32_t kind = marquee::search_format::DocKindOf(packed), row = marquee::search_format::DocRowOf(packed);
  std::string_view text = kind == marquee::search_format::kPersonDoc ? index.person_name(row)
                          : kind == marquee::search_format::kAkaDoc  ? index.string_at(index.aka_records()[row].text)
                                                                     : index.title_name(row);
  std::string folded;
  std::vector<std::string_view> words;
  marquee::search::Tokenize(text, &folded, &words);
  return std::vector<std::string>(words.begin(), words.end());
}

// One random edit: drop, change, swap or add a letter (ASCII words only).
std::string Typo(std::string w, std::mt19937_64& rng) {
  size_t at = rng() % (w.size() - 1);
  switch (rng() % 4) {
    case 0: w.erase(at, 1); break;
    case 1: w[at] = static_cast<char>('a' + rng() % 26); break;
    case 2: std::swap(w[at], w[at + 1]); break;
    default: w.insert(at, 1, static_cast<char>('a' + rng() % 26));
  }
  return w;
}

bool Ascii(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void MakeQueries(Bench* b, size_t n) {
  marquee::search::SearchIndex s;
  if (!marquee::search::SearchIndex::Open(*b->index, &s).ok()) std::exit(2);
  std::mt19937_64 rng(20261126);
  while (b->prefix.size() < n || b->typo.size() < n) {
    std::vector<std::string> w = SampleWords(*b->index, s, rng);
    if (w.empty() || w.size() > 5) continue;
    if (b->prefix.size() < n) {
      // All words but the last, and 1-4 letters of the last.
      std::string q;
      for (size_t i = 0; i + 1 < w.size(); ++i) q += w[i] + " ";
      const std::string& last = w.back();
      size_t len = std::min<size_t>(last.size(), 1 + rng() % 4);
      while (len < last.size() && (static_cast<unsigned char>(last[len]) & 0xC0) == 0x80) ++len;
      b->prefix.push_back(q + last.substr(0, len));
    }
    if (b->typo.size() < n && w.size() >= 2) {
      std::string q;
      int typos = 0;
      for (const std::string& x : w) {
        bool t = x.size() >= 4 && Ascii(x);
        typos += t;
        q += (q.empty() ? "" : " ") + (t ? Typo(x, rng) : x);
      }
      if (typos) b->typo.push_back(q);
    }
  }
}

Bench& TheBench() {
  static Bench b = [] {
    Bench b;
    const char* path = std::getenv("MARQUEE_BENCH_INDEX");
    marquee::Status s = marquee::Index::Open(path ? path : "marquee.idx", &b.index);
    if (s.ok()) s = marquee::Searcher::Open(*b.index, &b.searcher);
    if (!s.ok()) {
      std::cerr << s.ToString() << "\nset MARQUEE_BENCH_INDEX to an index file built with search sections\n";
      std::exit(2);
    }
    MakeQueries(&b, 2000);
    return b;
  }();
  return b;
}

double ThreadMicros() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

void Latency(const char* name, const std::vector<std::string>& queries) {
  Bench& b = TheBench();
  std::vector<double> us, cpu;
  size_t found = 0, examined = 0;
  for (int pass = 0; pass < 2; ++pass) {  // the first pass warms the page cache
    us.clear();
    cpu.clear();
    for (const std::string& q : queries) {
      std::vector<marquee::SearchHit> hits;
      auto t0 = Clock::now();
      double c0 = ThreadMicros();
      marquee::SearchStats st;
      marquee::Status s = b.searcher->Search(q, {}, &hits, &st);
      cpu.push_back(ThreadMicros() - c0);
      examined += st.examined;
      us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
      found += s.ok() && !hits.empty();
      if (pass == 1 && (!s.ok() || hits.empty()) && std::getenv("MARQUEE_BENCH_SLOWEST")) fmt::print("  none: '{}'\n", q);
    }
  }
  if (std::getenv("MARQUEE_BENCH_SLOWEST")) {
    std::vector<size_t> order(us.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // By CPU time: on a shared machine the wall-clock tail is mostly other jobs.
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cpu[a] > cpu[b]; });
    for (size_t i = 0; i < 30 && i < order.size(); ++i)
      fmt::print("  slow: {:.0f} µs CPU ({:.0f} wall) '{}'\n", cpu[order[i]], us[order[i]], queries[order[i]]);
  }
  std::sort(us.begin(), us.end());
  std::sort(cpu.begin(), cpu.end());
  auto at = [](const std::vector<double>& v, double p) { return bench::PercentileOfSorted(v, p * 100); };
  fmt::print("| {} | {} | {:.0f} | {:.0f} | {:.0f} | {:.0f} | {:.0f} / {:.0f} | {:.1f}% | {:.0f} |\n", name, us.size(), at(us, 0.5),
             at(us, 0.9), at(us, 0.99), us.back(), at(cpu, 0.5), at(cpu, 0.99), 50.0 * found / us.size(),
             examined / 2.0 / us.size());
}

// The queries of a file, one a line.
std::vector<std::string> ReadQueries(const char* file) {
  std::vector<std::string> queries;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) queries.push_back(line);
  return queries;
}

int Dump(const char* file) {
  Bench& b = TheBench();
  std::vector<std::pair<std::string, std::string>> queries;  // set, query
  if (file) {
    for (const std::string& q : ReadQueries(file)) queries.emplace_back("file", q);
  } else {
    for (const std::string& q : b.prefix) queries.emplace_back("prefix", q);
    for (const std::string& q : b.typo) queries.emplace_back("typo", q);
  }
  for (const auto& [set, q] : queries) {
    std::vector<marquee::SearchHit> hits;
    marquee::SearchStats st;
    double best = 1e18;
    for (int run = 0; run < 5; ++run) {
      double c0 = ThreadMicros();
      marquee::Status s = b.searcher->Search(q, {}, &hits, &st);
      best = std::min(best, ThreadMicros() - c0);
    }
    std::string ids;
    for (const marquee::SearchHit& h : hits)
      ids += fmt::format("{}{}:{}/{}/{}/{:.2f}", ids.empty() ? "" : ",", h.id, h.words_matched, h.edits, h.prefixes, h.score);
    fmt::print("{}\t{:.0f}\t{}\t{}\t{}\n", set, best, st.examined, q, ids);
  }
  return 0;
}

void BM_Prefix(benchmark::State& state) {
  Bench& b = TheBench();
  size_t i = 0;
  std::vector<marquee::SearchHit> hits;
  for (auto _ : state) benchmark::DoNotOptimize(b.searcher->Search(b.prefix[i++ % b.prefix.size()], {}, &hits));
}
BENCHMARK(BM_Prefix)->Unit(benchmark::kMicrosecond);

void BM_TypoMultiWord(benchmark::State& state) {
  Bench& b = TheBench();
  size_t i = 0;
  std::vector<marquee::SearchHit> hits;
  for (auto _ : state) benchmark::DoNotOptimize(b.searcher->Search(b.typo[i++ % b.typo.size()], {}, &hits));
}
BENCHMARK(BM_TypoMultiWord)->Unit(benchmark::kMicrosecond);

// Prints each build phase with its duration.
class PhaseTimer : public marquee::ProgressSink {
 public:
  void Started(const std::string&, uint64_t) override {}
  void Advanced(const std::string&, uint64_t, uint64_t) override {}
  void Finished(const std::string& path, uint64_t rows, double seconds) override {
    fmt::print("  read {:<40} {:>12} rows {:7.1f} s\n", path, rows, seconds);
  }
  void Phase(const std::string& what) override {
    Close();
    phase_ = what;
    start_ = Clock::now();
  }
  void Close() {
    if (phase_.empty()) return;
    fmt::print("  {:<52} {:7.1f} s\n", phase_, std::chrono::duration<double>(Clock::now() - start_).count());
    phase_.clear();
  }

 private:
  std::string phase_;
  Clock::time_point start_;
};

int Build(const char* imdb, const char* out) {
  marquee::BuildOptions o;
  o.imdb_dir = imdb;
  o.output = out;
  PhaseTimer timer;
  o.progress = &timer;
  marquee::IngestReport report(false);
  marquee::BuildSummary summary;
  marquee::Status s = marquee::BuildIndex(o, &report, &summary);
  timer.Close();
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  fmt::print("built {} in {:.1f} s: {} titles, {} people, {} akas, {} bytes\n", out, summary.seconds, summary.titles,
             summary.people, summary.akas, summary.index_bytes);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--build") == 0) return Build(argv[2], argv[3]);
  if (argc >= 2 && argc <= 3 && std::strcmp(argv[1], "--dump") == 0) return Dump(argc == 3 ? argv[2] : nullptr);
  std::vector<std::string> questions;  // --latency FILE
  if (argc == 3 && std::strcmp(argv[1], "--latency") == 0) {
    questions = ReadQueries(argv[2]);
    if (questions.empty()) {
      std::cerr << argv[2] << ": no queries (one a line) to time\n";
      return 2;
    }
  }
  Bench& b = TheBench();
  fmt::print("index: {} titles, {} people\n\n", b.index->title_count(), b.index->person_count());
  fmt::print("| queries | count | p50 µs | p90 µs | p99 µs | max µs | CPU p50 / p99 µs | with results | docs examined (mean) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
  if (!questions.empty()) {
    Latency(argv[2], questions);
    return 0;
  }
  Latency("prefix", b.prefix);
  Latency("typo, multi-word", b.typo);
  fmt::print("\nexamples: prefix '{}', '{}'; typo '{}', '{}'\n\n", b.prefix[0], b.prefix[1], b.typo[0], b.typo[1]);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
