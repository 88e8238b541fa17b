// marquee-compare-sqlite: Marquee against SQLite (C API) in one process, on
// the same IMDb TSV files and the same seeded questions. It samples the
// questions from Marquee's index, answers them with Marquee, writes them
// with the answers to --queries (for the Node peers under node/), loads the
// TSV files into SQLite, checks every SQLite answer against Marquee's row
// by row (answering with Marquee again, so both are warm), then times
// both, query by query interleaved (so machine noise hits both alike), and
// writes one result JSON per engine to --out.
// Exit status: 0 all answers agree, 1 some disagree, 2 usage or load error.
//
//   marquee-compare-sqlite --index s.idx --imdb DIR --db /tmp/s.sqlite --queries q.json --out DIR

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "measure.h"
#include "query_set.h"
#include "sqlite_peer.h"

namespace compare {
namespace {

// Latencies and agreement of one engine on one kind of question.
struct KindStats {
  std::vector<double> micros;
  uint64_t agree = 0, disagree = 0, timeouts = 0, beyond_depth = 0;
  std::vector<std::string> examples;  // first few disagreements
  void Mismatch(const std::string& what) {
    ++disagree;
    if (examples.size() < 3) examples.push_back(what);
  }
  nlohmann::json Json() const {
    return {{"n", micros.size()},         {"p50_us", Percentile(micros, 50)}, {"p99_us", Percentile(micros, 99)},
            {"agree", agree},             {"disagree", disagree},            {"timeouts", timeouts},
            {"beyond_depth", beyond_depth}, {"examples", examples},          {"samples_us", micros}};
  }
};

void Write(const std::string& path, const nlohmann::json& j) {
  std::ofstream out(path);
  out << j.dump(1) << "\n";
}

int Run(int argc, char** argv) {
  std::string index_path, imdb_dir, db_path = "/tmp/marquee-compare.sqlite", queries_path, out_dir = ".";
  size_t n_titles = 1000, n_people = 1000, n_paths = 20;
  uint64_t seed = 20261126;
  int reps = 3;
  double budget = 10;
  int max_depth = 6;
  CLI::App app{"Marquee vs SQLite (C API) on the same IMDb files and questions"};
  app.add_option("--index", index_path, "Marquee index built from --imdb")->required();
  app.add_option("--imdb", imdb_dir, "directory with the IMDb .tsv(.gz) files")->required();
  app.add_option("--db", db_path, "SQLite database file to create (replaced)");
  app.add_option("--queries", queries_path, "write the questions and Marquee's answers here (JSON)");
  app.add_option("--out", out_dir, "directory for marquee.json and sqlite-c.json");
  app.add_option("--titles", n_titles, "cast questions");
  app.add_option("--people", n_people, "filmography questions");
  app.add_option("--paths", n_paths, "degrees-of-separation questions");
  app.add_option("--seed", seed, "sampling seed");
  app.add_option("--reps", reps, "timed passes over the cast and filmography questions");
  app.add_option("--budget", budget, "seconds each path query may take");
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

  QuerySet set = Sample(*index, graph.get(), seed, n_titles, n_people, n_paths);
  set.budget_seconds = budget;
  set.max_depth = max_depth;
  Answer(*index, graph.get(), &set);
  if (!queries_path.empty()) {
    std::ofstream(queries_path) << ToJson(set) << "\n";
  }
  uint64_t marquee_rss = ProcMemory("VmRSS"), marquee_hwm = ProcMemory("VmHWM");

  SqlitePeer sqlite;
  LoadTimes load;
  std::cerr << "loading SQLite from " << imdb_dir << " ...\n";
  s = sqlite.Load(imdb_dir, db_path, &load);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  std::cerr << "SQLite loaded in " << load.total() << " s (" << load.rows << " rows)\n";

  // Agreement: every answer once, untimed. Marquee answers again too: the
  // SQLite load may have pushed its index pages out of memory, and both
  // engines should start timing warm.
  KindStats m_cast, s_cast, m_film, s_film, m_path, s_path;
  std::vector<Row> got;
  for (size_t i = 0; i < set.titles.size(); ++i) {
    MarqueeCast(*index, set.titles[i], &got);
    sqlite.Cast(set.titles[i], &got);
    DecodeJsonCharacters(&got);
    std::string d = Diff(set.cast[i], got);
    if (d.empty()) ++s_cast.agree;
    else s_cast.Mismatch("cast " + set.titles[i] + ": " + d);
  }
  for (size_t i = 0; i < set.people.size(); ++i) {
    MarqueeFilmography(*index, set.people[i], &got);
    sqlite.Filmography(set.people[i], &got);
    DecodeJsonCharacters(&got);
    std::string d = Diff(set.filmography[i], got);
    if (d.empty()) ++s_film.agree;
    else s_film.Mismatch("filmography " + set.people[i] + ": " + d);
  }

  // Timing, interleaved query by query, alternating which engine goes first.
  auto time_it = [](auto&& f, KindStats* k) {
    Stopwatch w;
    f();
    k->micros.push_back(w.micros());
  };
  std::vector<Row> a, b;
  for (int r = 0; r < reps; ++r) {
    for (size_t i = 0; i < set.titles.size(); ++i) {
      auto m = [&] { MarqueeCast(*index, set.titles[i], &a); };
      auto q = [&] { sqlite.Cast(set.titles[i], &b); };
      if (i % 2) time_it(m, &m_cast), time_it(q, &s_cast);
      else time_it(q, &s_cast), time_it(m, &m_cast);
    }
    for (size_t i = 0; i < set.people.size(); ++i) {
      auto m = [&] { MarqueeFilmography(*index, set.people[i], &a); };
      auto q = [&] { sqlite.Filmography(set.people[i], &b); };
      if (i % 2) time_it(m, &m_film), time_it(q, &s_film);
      else time_it(q, &s_film), time_it(m, &m_film);
    }
  }
  m_cast.agree = set.titles.size();  // the reference agrees with itself
  m_film.agree = set.people.size();

  if (graph) {
    marquee::Connections conn(*graph);
    for (const PathQuery& q : set.paths) MarqueePath(*index, conn, q.from, q.to, budget);  // re-warm
    for (const PathQuery& q : set.paths) {
      Stopwatch mw;
      int md = MarqueePath(*index, conn, q.from, q.to, budget);
      double m_seconds = mw.seconds();
      m_path.micros.push_back(m_seconds * 1e6);
      if (md == -2) ++m_path.timeouts;
      else ++m_path.agree;
      Stopwatch sw;
      int sd = sqlite.Path(q.from, q.to, max_depth, budget);
      s_path.micros.push_back(sw.micros());
      std::cerr << "path " << q.from << " " << q.to << ": marquee " << md << " (" << mw.seconds() - sw.seconds()
                << "), sqlite " << sd << " (" << sw.seconds() << " s)\n";
      if (sd == -3) ++s_path.timeouts;
      else if (sd == q.distance) ++s_path.agree;
      else if (sd == -1 && q.distance > max_depth) ++s_path.beyond_depth;
      else s_path.Mismatch("path " + q.from + " " + q.to + ": marquee " + std::to_string(q.distance) +
                           ", sqlite " + std::to_string(sd));
    }
  }

  uint64_t rss_end = ProcMemory("VmRSS"), hwm_end = ProcMemory("VmHWM");
  nlohmann::json mj = {{"engine", "Marquee"},
                       {"version", MARQUEE_VERSION},
                       {"open_seconds", open_seconds},
                       {"query_rss_bytes", marquee_rss},
                       {"query_peak_rss_bytes", marquee_hwm},
                       {"cast", m_cast.Json()},
                       {"filmography", m_film.Json()},
                       {"path", m_path.Json()},
                       {"path_pending", set.path_pending},
                       {"budget_seconds", budget}};
  nlohmann::json sj = {{"engine", std::string("SQLite ") + sqlite3_libversion() + " (C API)"},
                       {"load_seconds", load.total()},
                       {"load_detail", {{"rows", load.rows_seconds}, {"indexes", load.index_seconds},
                                        {"link_table", load.link_seconds}, {"rows_loaded", load.rows}}},
                       {"peak_rss_bytes", sqlite.memory_highwater()},
                       {"peak_rss_note", "SQLite heap high-water (sqlite3_memory_highwater); the process also maps Marquee's index"},
                       {"process_peak_rss_bytes", hwm_end},
                       {"process_rss_bytes", rss_end},
                       {"db_bytes", sqlite.db_bytes()},
                       {"cast", s_cast.Json()},
                       {"filmography", s_film.Json()},
                       {"path", s_path.Json()},
                       {"path_pending", set.path_pending},
                       {"budget_seconds", budget},
                       {"max_depth", max_depth}};
  Write(out_dir + "/marquee.json", mj);
  Write(out_dir + "/sqlite-c.json", sj);
  for (const auto* k : {&s_cast, &s_film, &s_path})
    for (const auto& e : k->examples) std::cerr << "DISAGREE " << e << "\n";
  std::cerr << "cast p50 marquee " << Percentile(m_cast.micros, 50) << " us, sqlite " << Percentile(s_cast.micros, 50)
            << " us; filmography p50 marquee " << Percentile(m_film.micros, 50) << " us, sqlite "
            << Percentile(s_film.micros, 50) << " us\n";
  return s_cast.disagree + s_film.disagree + s_path.disagree ? 1 : 0;
}

}  // namespace
}  // namespace compare

int main(int argc, char** argv) { return compare::Run(argc, argv); }
