// marquee-compare-sqlite: Marquee against SQLite (C API) in one process, on
// the same IMDb TSV files and the same seeded questions. It samples the
// questions from Marquee's index, answers them with Marquee, writes them
// with the answers to --queries (for the Node peers under node/), loads the
// TSV files into SQLite, then checks and times both engines question by
// question in turns (interleaved.h), and writes one result JSON per engine
// to --out.
// Exit status: 0 all answers agree, 1 some disagree, 2 usage or load error.
//
//   marquee-compare-sqlite --index s.idx --imdb DIR --db /tmp/s.sqlite --queries q.json --out DIR

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "interleaved.h"

namespace compare {
namespace {

void Write(const std::string& path, const nlohmann::json& j) {
  std::ofstream out(path);
  out << j.dump(1) << "\n";
}

int Run(int argc, char** argv) {
  std::string index_path, imdb_dir, db_path = "/tmp/marquee-compare.sqlite", queries_path, out_dir = ".";
  SampleSizes sizes;
  uint64_t seed = 20261126;
  int reps = 3;
  double budget = 10;
  int max_depth = 6;
  bool reuse_db = false;
  CLI::App app{"Marquee vs SQLite (C API) on the same IMDb files and questions"};
  app.add_option("--index", index_path, "Marquee index built from --imdb")->required();
  app.add_option("--imdb", imdb_dir, "directory with the IMDb .tsv(.gz) files")->required();
  app.add_option("--db", db_path, "SQLite database file to create (replaced)");
  app.add_flag("--reuse-db", reuse_db,
               "query the --db an earlier run loaded from the same files instead of loading it again");
  app.add_option("--queries", queries_path, "write the questions and Marquee's answers here (JSON)");
  app.add_option("--out", out_dir, "directory for marquee.json and sqlite-c.json");
  app.add_option("--titles", sizes.titles, "cast questions");
  app.add_option("--people", sizes.people, "filmography questions");
  app.add_option("--paths", sizes.paths, "degrees-of-separation questions");
  app.add_option("--costars", sizes.costars, "co-star questions");
  app.add_option("--searches", sizes.searches_per_form, "search questions of each form");
  app.add_option("--seed", seed, "sampling seed");
  app.add_option("--reps", reps, "timed passes over the cast and filmography questions");
  app.add_option("--budget", budget, "seconds each path, co-star or search query may take");
  app.add_option("--max-depth", max_depth, "longest chain (titles) the SQL search looks for");
  CLI11_PARSE(app, argc, argv);

  std::unique_ptr<marquee::Index> index;
  Stopwatch open_clock;
  marquee::Status s = marquee::Index::Open(index_path, &index);
  double open_seconds = open_clock.seconds();
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  std::unique_ptr<marquee::Graph> graph;
  if (!marquee::Graph::Open(*index, &graph).ok()) graph.reset();
  std::unique_ptr<marquee::Searcher> searcher;
  if (!marquee::Searcher::Open(*index, &searcher).ok()) searcher.reset();

  QuerySet set = Sample(*index, graph.get(), searcher.get(), seed, sizes);
  set.budget_seconds = budget;
  set.max_depth = max_depth;
  Answer(*index, graph.get(), &set);
  if (!queries_path.empty()) {
    std::ofstream(queries_path) << ToJson(set) << "\n";
  }
  uint64_t marquee_rss = ProcMemory("VmRSS"), marquee_hwm = ProcMemory("VmHWM");

  SqlitePeer sqlite;
  LoadTimes load;
  if (reuse_db) std::cerr << "reusing SQLite's database " << db_path << " ...\n";
  else std::cerr << "loading SQLite from " << imdb_dir << " ...\n";
  s = reuse_db ? sqlite.Reopen(imdb_dir, db_path, &load) : sqlite.Load(imdb_dir, db_path, &load);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  std::cerr << "SQLite " << (reuse_db ? "was loaded" : "loaded") << " in " << load.total() << " s (" << load.rows << " rows)\n";

  Both cast, film, path, costars, search;
  CompareLookups(*index, sqlite, set, reps, &cast, &film);
  if (graph) {
    ComparePaths(*index, *graph, sqlite, set, &path);
    CompareCostars(*index, *graph, sqlite, set, &costars);
  }
  if (searcher) CompareSearch(*searcher, sqlite, set, &search);

  uint64_t rss_end = ProcMemory("VmRSS"), hwm_end = ProcMemory("VmHWM");
  auto kinds = [&](nlohmann::json j, KindStats Both::*who) {
    j["cast"] = (cast.*who).Json();
    j["filmography"] = (film.*who).Json();
    j["path"] = (path.*who).Json();
    j["costars"] = (costars.*who).Json();
    j["search"] = (search.*who).Json();
    j["path_pending"] = set.path_pending;
    j["search_pending"] = set.search_pending;
    j["budget_seconds"] = budget;
    j["max_depth"] = max_depth;
    j["costar_limit"] = set.costar_limit;
    return j;
  };
  Write(out_dir + "/marquee.json", kinds({{"engine", "Marquee"},
                                          {"version", MARQUEE_VERSION},
                                          {"open_seconds", open_seconds},
                                          {"query_rss_bytes", marquee_rss},
                                          {"query_peak_rss_bytes", marquee_hwm}},
                                         &Both::marquee));
  Write(out_dir + "/sqlite-c.json",
        kinds({{"engine", std::string("SQLite ") + sqlite3_libversion() + " (C API)"},
               {"load_seconds", load.total()},
               {"load_reused", reuse_db},  // load times then come from the run that loaded it
               {"load_detail", {{"rows", load.rows_seconds}, {"indexes", load.index_seconds},
                                {"link_table", load.link_seconds}, {"search", load.search_seconds},
                                {"rows_loaded", load.rows}}},
               {"search_means", "FTS5 (unicode61 remove_diacritics 2, prefix 2 3) over every word, the last as a "
                                "prefix; FTS5 trigram OR when no name has every word; bm25, then popularity"},
               {"peak_rss_bytes", std::max(load.heap_highwater, sqlite.memory_highwater())},
               {"peak_rss_note",
                "SQLite heap high-water (sqlite3_memory_highwater); the process also maps Marquee's index"},
               {"process_peak_rss_bytes", hwm_end},
               {"process_rss_bytes", rss_end},
               {"db_bytes", sqlite.db_bytes()}},
              &Both::sqlite));
  for (const Both* k : {&cast, &film, &path, &costars})
    for (const auto& e : k->sqlite.examples) std::cerr << "DISAGREE " << e << "\n";
  std::cerr << "p50 marquee / sqlite: cast " << Percentile(cast.marquee.micros, 50) << " / "
            << Percentile(cast.sqlite.micros, 50) << " us; filmography " << Percentile(film.marquee.micros, 50)
            << " / " << Percentile(film.sqlite.micros, 50) << " us; costars " << Percentile(costars.marquee.micros, 50)
            << " / " << Percentile(costars.sqlite.micros, 50) << " us; search " << Percentile(search.marquee.micros, 50)
            << " / " << Percentile(search.sqlite.micros, 50) << " us (top-1 " << search.marquee.top1 << " / "
            << search.sqlite.top1 << " of " << set.searches.size() << ")\n";
  return cast.sqlite.disagree + film.sqlite.disagree + path.sqlite.disagree + costars.sqlite.disagree ? 1 : 0;
}

}  // namespace
}  // namespace compare

int main(int argc, char** argv) { return compare::Run(argc, argv); }
