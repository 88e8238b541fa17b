// Sampling the shared questions and answering them with Marquee (see
// query_set.h). The answer functions are also what the harness times on
// Marquee's side, so they do the same work as a peer's query: find the row
// by id, walk the credits (or the graph), and copy ids, names and texts out.

#include "query_set.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <random>

namespace compare {

namespace {

void WriteCredit(const marquee::CreditInfo& c, std::string id, std::string_view name, int year, Row* r) {
  r->id = std::move(id);
  r->name = name;
  r->year = year;
  r->category = c.category;
  r->job = c.job;
  r->raw_characters = c.characters.raw;
}

nlohmann::json RowJson(const Row& r, bool with_year) {
  nlohmann::json j = nlohmann::json::array({r.id, r.name});
  if (with_year) j.push_back(r.year);
  j.push_back(r.category);
  j.push_back(r.job);
  j.push_back(r.characters);
  return j;
}

std::string RowText(const Row& r) {
  std::string s = r.id + " | " + r.name + " | " + std::to_string(r.year) + " | " + r.category + " | " + r.job + " |";
  for (const auto& c : r.characters) s += " [" + c + "]";
  return s;
}

}  // namespace

bool MarqueeCast(const marquee::Index& index, const std::string& tconst, std::vector<Row>* rows) {
  RowWriter out(rows);
  marquee::TitleRow t;
  if (!index.FindTitle(tconst, &t).ok()) return false;
  for (const auto& c : index.title_credits(t)) WriteCredit(c, index.person_id(c.person), c.person_name, 0, &out.Next());
  return true;
}

bool MarqueeFilmography(const marquee::Index& index, const std::string& nconst, std::vector<Row>* rows) {
  RowWriter out(rows);
  marquee::PersonRow p;
  if (!index.FindPerson(nconst, &p).ok()) return false;
  for (const auto& c : index.person_credits(p))
    WriteCredit(c, index.title_id(c.title), c.title_name, index.title_year(c.title), &out.Next());
  return true;
}

void DecodeMarqueeCharacters(std::vector<Row>* rows) {
  for (Row& r : *rows) {
    r.characters.clear();
    for (std::string_view ch : marquee::ListText{r.raw_characters}.Items()) r.characters.emplace_back(ch);
  }
}

int MarqueePath(const marquee::Index& index, marquee::Connections& conn, const std::string& from,
                const std::string& to, double budget_seconds) {
  marquee::PersonRow a, b;
  if (!index.FindPerson(from, &a).ok() || !index.FindPerson(to, &b).ok()) return -1;
  marquee::PathOptions options;
  options.budget = {0, budget_seconds};
  marquee::PathResult result;
  marquee::Status s = conn.Path(a, b, options, &result);
  if (!s.ok()) return -2;
  return result.found ? result.distance : -1;
}

bool MarqueeCostars(const marquee::Index& index, marquee::Connections& conn, const std::string& person,
                    uint32_t limit, double budget_seconds, CostarRows* rows) {
  rows->clear();
  marquee::PersonRow p;
  if (!index.FindPerson(person, &p).ok()) return true;
  marquee::CostarOptions options;
  options.limit = limit;
  options.titles_per_costar = 0;
  options.budget = {0, budget_seconds};
  marquee::CostarResult result;
  if (!conn.Costars(p, options, &result).ok()) return false;
  for (const auto& c : result.costars) rows->emplace_back(index.person_id(c.person), c.shared);
  return true;
}

QuerySet Sample(const marquee::Index& index, const marquee::Graph* graph, const marquee::Searcher* searcher,
                uint64_t seed, const SampleSizes& sizes) {
  QuerySet set;
  set.seed = seed;
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < sizes.titles; ++i) set.titles.push_back(index.title_id(rng() % index.title_count()));
  for (size_t i = 0; i < sizes.people; ++i) set.people.push_back(index.person_id(rng() % index.person_count()));
  set.search_pending = !searcher;
  std::mt19937_64 search_rng(seed + 1);  // its own stream: other questions do not shift with it
  if (searcher) set.searches = SampleSearches(index, search_rng, sizes.searches_per_form);
  if (!graph) {
    set.path_pending = true;
    return set;
  }
  // Pairs as in bench/graph_bench.cc: popular people (one entry per link,
  // capped) meet in few steps; uniformly picked ones are mostly far apart
  // or unconnected, the expensive case for a search.
  std::vector<marquee::PersonRow> linked, weighted;
  marquee::ConnectionFilter def;
  for (marquee::PersonRow p = 0; p < index.person_count(); ++p) {
    uint32_t n = 0;
    graph->LinkCount(p, def, &n);
    if (n) linked.push_back(p);
    for (uint32_t k = 0; k < n && k < 1000; ++k) weighted.push_back(p);
  }
  if (linked.size() < 2) return set;
  for (size_t i = 0; i < sizes.paths; ++i) {
    const auto& from = i % 2 ? linked : weighted;
    marquee::PersonRow a = from[rng() % from.size()], b = a;
    while (b == a) b = from[rng() % from.size()];
    set.paths.push_back({index.person_id(a), index.person_id(b), -1});
  }
  for (size_t i = 0; i < sizes.costars; ++i) {
    const auto& from = i % 2 ? linked : weighted;
    set.costars.push_back({index.person_id(from[rng() % from.size()]), {}, false});
  }
  return set;
}

void Answer(const marquee::Index& index, const marquee::Graph* graph, QuerySet* set) {
  set->cast.resize(set->titles.size());
  set->filmography.resize(set->people.size());
  for (size_t i = 0; i < set->titles.size(); ++i) {
    MarqueeCast(index, set->titles[i], &set->cast[i]);
    DecodeMarqueeCharacters(&set->cast[i]);
  }
  for (size_t i = 0; i < set->people.size(); ++i) {
    MarqueeFilmography(index, set->people[i], &set->filmography[i]);
    DecodeMarqueeCharacters(&set->filmography[i]);
  }
  if (!graph) return;
  marquee::Connections conn(*graph);
  for (auto& q : set->paths) q.distance = MarqueePath(index, conn, q.from, q.to, set->budget_seconds);
  for (auto& q : set->costars)
    q.gave_up = !MarqueeCostars(index, conn, q.person, set->costar_limit, set->budget_seconds, &q.rows);
}

std::string ToJson(const QuerySet& set) {
  nlohmann::json j;
  j["seed"] = set.seed;
  j["max_depth"] = set.max_depth;
  j["budget_seconds"] = set.budget_seconds;
  j["path_pending"] = set.path_pending;
  j["cast"] = nlohmann::json::array();
  for (size_t i = 0; i < set.titles.size(); ++i) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Row& r : set.cast[i]) rows.push_back(RowJson(r, false));
    j["cast"].push_back({{"id", set.titles[i]}, {"rows", rows}});
  }
  j["filmography"] = nlohmann::json::array();
  for (size_t i = 0; i < set.people.size(); ++i) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Row& r : set.filmography[i]) rows.push_back(RowJson(r, true));
    j["filmography"].push_back({{"id", set.people[i]}, {"rows", rows}});
  }
  j["path"] = nlohmann::json::array();
  for (const auto& q : set.paths) {
    nlohmann::json d = q.distance >= 0 ? nlohmann::json(q.distance) : nlohmann::json(nullptr);
    j["path"].push_back({{"from", q.from}, {"to", q.to}, {"distance", d}, {"marquee_gave_up", q.distance == -2}});
  }
  j["costar_limit"] = set.costar_limit;
  j["costars"] = nlohmann::json::array();
  for (const auto& q : set.costars)
    j["costars"].push_back({{"id", q.person}, {"rows", q.rows}, {"marquee_gave_up", q.gave_up}});
  j["search_pending"] = set.search_pending;
  j["search_limit"] = kSearchLimit;
  j["search"] = nlohmann::json::array();
  for (const auto& q : set.searches)
    j["search"].push_back({{"query", q.query}, {"form", q.form}, {"kind", q.kind}, {"id", q.id}, {"name", q.name}});
  return j.dump();
}

std::string Diff(const std::vector<Row>& want, const std::vector<Row>& got) {
  for (size_t i = 0; i < want.size() && i < got.size(); ++i) {
    if (!(want[i] == got[i]))
      return "row " + std::to_string(i) + ": marquee {" + RowText(want[i]) + "} peer {" + RowText(got[i]) + "}";
  }
  if (want.size() != got.size())
    return "marquee has " + std::to_string(want.size()) + " rows, peer " + std::to_string(got.size());
  return "";
}

std::string CostarDiff(const CostarRows& want, const CostarRows& got, size_t limit) {
  if (want.size() != got.size())
    return "marquee has " + std::to_string(want.size()) + " co-stars, peer " + std::to_string(got.size());
  for (size_t i = 0; i < want.size(); ++i)
    if (want[i].second != got[i].second)
      return "rank " + std::to_string(i) + ": marquee " + want[i].first + " with " + std::to_string(want[i].second) +
             " titles, peer " + got[i].first + " with " + std::to_string(got[i].second);
  uint32_t cut = want.size() < limit || want.empty() ? 0 : want.back().second;
  auto above = [cut](CostarRows rows) {
    rows.erase(std::remove_if(rows.begin(), rows.end(), [cut](const auto& r) { return r.second <= cut; }), rows.end());
    std::sort(rows.begin(), rows.end());
    return rows;
  };
  CostarRows a = above(want), b = above(got);
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return "marquee lists " + a[i].first + ", peer " + b[i].first + " (above the cut)";
  return "";
}

}  // namespace compare
