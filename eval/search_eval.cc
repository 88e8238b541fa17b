// marquee-search-eval: search quality on real data. Builds an index from
// each data set the truth file names (the IMDb sample, the Wikipedia movies,
// the demo set), runs every query of eval/search_truth.tsv and reports
// top-1, top-5 and mean reciprocal rank, overall and per data set and
// category, with and without the title/person restriction. Exits 1 when
// top-1 falls below --min-top1, 2 when an input is missing or unreadable.
//
//   build/eval/marquee-search-eval [--truth FILE] [--data DIR] [--min-top1 0.9] [--verbose]
//
// --data is the folder of real data sets, the repository's tests/data by default.

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <unistd.h>

#include "catalog/ingest_report.h"
#include "marquee/build.h"
#include "marquee/index.h"
#include "marquee/search.h"

namespace {

using namespace marquee;

struct Query {
  std::string dataset, kind, category, text, expected;
};

struct Tally {
  int n = 0, top1 = 0, top5 = 0;
  double rr = 0;
  void Add(int rank) {
    ++n;
    top1 += rank == 1;
    top5 += rank >= 1 && rank <= 5;
    rr += rank >= 1 ? 1.0 / rank : 0;
  }
  std::string Row(const std::string& name) const {
    return fmt::format("| {} | {} | {:.1f}% | {:.1f}% | {:.3f} |", name, n, 100.0 * top1 / n, 100.0 * top5 / n, rr / n);
  }
};

bool ReadTruth(const std::string& path, std::vector<Query>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() == 5) out->push_back({f[0], f[1], f[2], f[3], f[4]});
  }
  return true;
}

bool Matches(const SearchHit& h, const Query& q) {
  if (q.dataset == "imdb") return h.id == q.expected;
  size_t bar = q.expected.rfind('|');
  if (bar == std::string::npos) return h.kind == SearchKind::kPerson && h.name == q.expected;
  return h.kind == SearchKind::kTitle && h.name == q.expected.substr(0, bar) &&
         std::to_string(h.year) == q.expected.substr(bar + 1);
}

// 1-based rank of the expected result in the first 10, 0 when absent.
int RankOf(const Searcher& s, const Query& q, bool restrict, std::vector<SearchHit>* hits) {
  SearchOptions o;
  if (restrict) o.kind = q.kind == "person" ? SearchKind::kPerson : SearchKind::kTitle;
  o.limit = 10;
  if (!s.Search(q.text, o, hits).ok()) return 0;
  for (size_t i = 0; i < hits->size(); ++i)
    if (Matches((*hits)[i], q)) return static_cast<int>(i + 1);
  return 0;
}

// A number in [0, 1], the whole of `text`.
bool ParseFraction(std::string_view text, double* out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size() && *out >= 0 && *out <= 1;
}

// The data sets to build: the IMDb sample and the Wikipedia movies in `data`,
// and the demo set. False, with a message naming the path, when one is missing.
bool FindDataSets(const std::string& data, std::map<std::string, BuildOptions>* sets) {
  namespace fs = std::filesystem;
  const std::string imdb = data + "/imdb-sample", wiki = data + "/wikipedia-movies",
                    demo = std::string(MARQUEE_SOURCE_DIR) + "/demo/movies.json";
  std::error_code ec;
  for (const std::string& path : {imdb, wiki, demo}) {
    if (!fs::exists(path, ec)) {
      std::cerr << "marquee-search-eval: missing input " << path << "\n";
      return false;
    }
  }
  std::vector<std::string> movies;
  for (fs::directory_iterator it(wiki, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().string().ends_with(".json.gz")) movies.push_back(it->path().string());
  if (ec || movies.empty()) {
    std::cerr << "marquee-search-eval: no movies-*.json.gz in " << wiki << (ec ? ": " + ec.message() : "") << "\n";
    return false;
  }
  std::sort(movies.begin(), movies.end());
  (*sets)["imdb"].imdb_dir = imdb;
  (*sets)["wiki"].movies_files = movies;
  (*sets)["demo"].movies_files = {demo};
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string truth = std::string(MARQUEE_SOURCE_DIR) + "/eval/search_truth.tsv";
  std::string data = MARQUEE_TEST_DATA_DIR;
  double min_top1 = 0;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--truth" && i + 1 < argc) truth = argv[++i];
    else if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--min-top1" && i + 1 < argc && ParseFraction(argv[i + 1], &min_top1)) ++i;
    else if (a == "--verbose" || a == "-v") verbose = true;
    else {
      std::cerr << "usage: marquee-search-eval [--truth FILE] [--data DIR] [--min-top1 X] [--verbose]\n";
      return 2;
    }
  }
  std::vector<Query> queries;
  if (!ReadTruth(truth, &queries) || queries.empty()) {
    std::cerr << "cannot read queries from " << truth << "\n";
    return 2;
  }
  std::map<std::string, BuildOptions> sets;
  if (!FindDataSets(data, &sets)) return 2;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path work = fs::temp_directory_path(ec) / fmt::format("marquee-search-eval-{}", ::getpid());
  if (!ec) fs::create_directories(work, ec);
  if (ec) {
    std::cerr << "marquee-search-eval: cannot create " << work << ": " << ec.message() << "\n";
    return 2;
  }
  std::map<std::string, std::unique_ptr<Index>> indexes;
  std::map<std::string, std::unique_ptr<Searcher>> searchers;
  for (auto& [name, o] : sets) {
    o.output = (work / (name + ".idx")).string();
    IngestReport report(false);
    BuildSummary summary;
    Status s = BuildIndex(o, &report, &summary);
    if (s.ok()) s = Index::Open(o.output, &indexes[name]);
    if (s.ok()) s = Searcher::Open(*indexes[name], &searchers[name]);
    if (!s.ok()) {
      std::cerr << name << ": " << s.ToString() << "\n";
      fs::remove_all(work);
      return 2;
    }
    fmt::print("{}: {} titles, {} people\n", name, summary.titles, summary.people);
  }

  Tally all, any;
  std::map<std::string, Tally> by_set, by_category;
  std::vector<double> micros;
  std::vector<SearchHit> hits;
  for (const Query& q : queries) {
    auto it = searchers.find(q.dataset);
    if (it == searchers.end()) continue;
    auto t0 = std::chrono::steady_clock::now();
    int rank = RankOf(*it->second, q, true, &hits);
    micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    all.Add(rank);
    by_set[q.dataset].Add(rank);
    by_category[q.kind + ": " + q.category].Add(rank);
    if (verbose && rank != 1) {
      fmt::print("MISS (rank {}) [{} {}] '{}' -> expected {}; got:", rank, q.dataset, q.category, q.text, q.expected);
      for (size_t i = 0; i < hits.size() && i < 3; ++i)
        fmt::print(" {}. {} {} ({});", i + 1, hits[i].id, hits[i].name, hits[i].year);
      fmt::print("\n");
    }
    std::vector<SearchHit> mixed;
    any.Add(RankOf(*it->second, q, false, &mixed));
  }
  fs::remove_all(work);
  std::sort(micros.begin(), micros.end());
  fmt::print("\n| queries | n | top-1 | top-5 | MRR |\n| --- | --- | --- | --- | --- |\n");
  fmt::print("{}\n", all.Row("**all** (title/person as the commands resolve)"));
  fmt::print("{}\n", any.Row("all, titles and people mixed (plain `search`)"));
  for (const auto& [k, t] : by_set) fmt::print("{}\n", t.Row(k));
  for (const auto& [k, t] : by_category) fmt::print("{}\n", t.Row(k));
  fmt::print("\nlatency: median {:.0f} µs, max {:.0f} µs over {} queries\n", micros[micros.size() / 2], micros.back(),
             micros.size());
  double top1 = static_cast<double>(all.top1) / all.n;
  if (top1 < min_top1) {
    fmt::print("FAIL: top-1 {:.1f}% is below the threshold {:.1f}%\n", 100 * top1, 100 * min_top1);
    return 1;
  }
  return 0;
}
