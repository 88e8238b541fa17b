// See interleaved.h.

#include "interleaved.h"

#include <iostream>

namespace compare {

namespace {

template <typename F>
void Timed(F&& f, KindStats* k) {
  Stopwatch w;
  f();
  k->micros.push_back(w.micros());
}

// Times `m` (Marquee) and `q` (SQLite) once each, in the order `i` picks.
template <typename M, typename Q>
void InTurn(size_t i, M&& m, Q&& q, Both* both) {
  if (i % 2) Timed(m, &both->marquee), Timed(q, &both->sqlite);
  else Timed(q, &both->sqlite), Timed(m, &both->marquee);
}

}  // namespace

void CompareLookups(const marquee::Index& index, SqlitePeer& sqlite, const QuerySet& set, int reps, Both* cast,
                    Both* filmography) {
  // Marquee answers again too: the SQLite load may have pushed its index
  // pages out of memory, and both engines should start timing warm.
  std::vector<Row> a, b;
  auto check = [&](const std::string& what, const std::string& id, const std::vector<Row>& want, Both* k) {
    DecodeJsonCharacters(&b);
    std::string d = Diff(want, b);
    if (d.empty()) ++k->sqlite.agree;
    else k->sqlite.Mismatch(what + " " + id + ": " + d);
  };
  for (size_t i = 0; i < set.titles.size(); ++i) {
    MarqueeCast(index, set.titles[i], &a);
    sqlite.Cast(set.titles[i], &b);
    check("cast", set.titles[i], set.cast[i], cast);
  }
  for (size_t i = 0; i < set.people.size(); ++i) {
    MarqueeFilmography(index, set.people[i], &a);
    sqlite.Filmography(set.people[i], &b);
    check("filmography", set.people[i], set.filmography[i], filmography);
  }
  for (int r = 0; r < reps; ++r) {
    for (size_t i = 0; i < set.titles.size(); ++i)
      InTurn(i, [&] { MarqueeCast(index, set.titles[i], &a); }, [&] { sqlite.Cast(set.titles[i], &b); }, cast);
    for (size_t i = 0; i < set.people.size(); ++i)
      InTurn(i, [&] { MarqueeFilmography(index, set.people[i], &a); },
             [&] { sqlite.Filmography(set.people[i], &b); }, filmography);
  }
  cast->marquee.agree = set.titles.size();  // the reference agrees with itself
  filmography->marquee.agree = set.people.size();
}

void ComparePaths(const marquee::Index& index, const marquee::Graph& graph, SqlitePeer& sqlite, const QuerySet& set,
                  Both* path) {
  marquee::Connections conn(graph);
  const double budget = set.budget_seconds;
  for (const PathQuery& q : set.paths) MarqueePath(index, conn, q.from, q.to, budget);  // re-warm
  for (const PathQuery& q : set.paths) {
    Stopwatch mw;
    int md = MarqueePath(index, conn, q.from, q.to, budget);
    double m_seconds = mw.seconds();
    path->marquee.micros.push_back(m_seconds * 1e6);
    if (md == -2) ++path->marquee.timeouts;
    else ++path->marquee.agree;
    Stopwatch sw;
    int sd = sqlite.Path(q.from, q.to, set.max_depth, budget);
    double s_seconds = sw.seconds();
    path->sqlite.micros.push_back(s_seconds * 1e6);
    std::cerr << "path " << q.from << " " << q.to << ": marquee " << md << " (" << m_seconds << " s), sqlite " << sd
              << " (" << s_seconds << " s)\n";
    if (sd == -3) ++path->sqlite.timeouts;
    else if (sd == q.distance) ++path->sqlite.agree;
    else if (sd == -1 && q.distance > set.max_depth) ++path->sqlite.beyond_depth;
    else path->sqlite.Mismatch("path " + q.from + " " + q.to + ": marquee " + std::to_string(q.distance) +
                               ", sqlite " + std::to_string(sd));
  }
}

void CompareCostars(const marquee::Index& index, const marquee::Graph& graph, SqlitePeer& sqlite,
                    const QuerySet& set, Both* costars) {
  marquee::Connections conn(graph);
  const double budget = set.budget_seconds;
  CostarRows a, b;
  for (const CostarQuery& q : set.costars) MarqueeCostars(index, conn, q.person, set.costar_limit, budget, &a);
  for (size_t i = 0; i < set.costars.size(); ++i) {
    const CostarQuery& q = set.costars[i];
    bool m_ok = true, s_ok = true;
    InTurn(i, [&] { m_ok = MarqueeCostars(index, conn, q.person, set.costar_limit, budget, &a); },
           [&] { s_ok = sqlite.Costars(q.person, set.costar_limit, budget, &b); }, costars);
    if (m_ok) ++costars->marquee.agree;
    else ++costars->marquee.timeouts;
    if (!s_ok) ++costars->sqlite.timeouts;
    else if (q.gave_up) ++costars->sqlite.beyond_depth;  // nothing to check against
    else if (std::string d = CostarDiff(q.rows, b, set.costar_limit); d.empty()) ++costars->sqlite.agree;
    else costars->sqlite.Mismatch("costars " + q.person + ": " + d);
  }
}

void CompareSearch(const marquee::Searcher& searcher, SqlitePeer& sqlite, const QuerySet& set, Both* search) {
  const double budget = set.budget_seconds;
  std::vector<SearchHitRow> a, b;
  std::string means;
  std::vector<bool> timed_out;
  for (const SearchQuestion& q : set.searches) {
    MarqueeSearch(searcher, q.query, &a);
    search->marquee.Searched(q.form, Top1Right(q, a), "Searcher");
    bool ok = sqlite.Search(q.query, budget, &b, &means);
    timed_out.push_back(!ok);
    search->sqlite.timeouts += !ok;
    search->sqlite.Searched(q.form, ok && Top1Right(q, b), ok ? means : "timed out");
  }
  for (size_t i = 0; i < set.searches.size(); ++i) {
    const std::string& text = set.searches[i].query;
    if (timed_out[i]) {  // not asked again: its time is the budget
      Timed([&] { MarqueeSearch(searcher, text, &a); }, &search->marquee);
      search->sqlite.micros.push_back(budget * 1e6);
      continue;
    }
    InTurn(i, [&] { MarqueeSearch(searcher, text, &a); }, [&] { sqlite.Search(text, budget, &b, &means); }, search);
  }
}

}  // namespace compare
