// Sampling the shared questions and answering them with Marquee (see
// query_set.h). The answer functions are also what the harness times on
// Marquee's side, so they do the same work as a peer's query: find the row
// by id, walk the credits, and copy ids, names and texts out.

#include "query_set.h"

#include <nlohmann/json.hpp>
#include <random>

namespace compare {

namespace {

Row CreditRow(const marquee::CreditInfo& c, std::string id, std::string_view name, int year) {
  Row r;
  r.id = std::move(id);
  r.name = name;
  r.year = year;
  r.category = c.category;
  r.job = c.job;
  r.raw_characters = c.characters.raw;
  return r;
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
  rows->clear();
  marquee::TitleRow t;
  if (!index.FindTitle(tconst, &t).ok()) return false;
  for (const auto& c : index.title_credits(t))
    rows->push_back(CreditRow(c, index.person_id(c.person), index.person_name(c.person), 0));
  return true;
}

bool MarqueeFilmography(const marquee::Index& index, const std::string& nconst, std::vector<Row>* rows) {
  rows->clear();
  marquee::PersonRow p;
  if (!index.FindPerson(nconst, &p).ok()) return false;
  for (const auto& c : index.person_credits(p))
    rows->push_back(CreditRow(c, index.title_id(c.title), index.title_name(c.title), index.title_year(c.title)));
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

QuerySet Sample(const marquee::Index& index, const marquee::Graph* graph, uint64_t seed, size_t titles,
                size_t people, size_t paths) {
  QuerySet set;
  set.seed = seed;
  std::mt19937_64 rng(seed);
  for (size_t i = 0; i < titles; ++i) set.titles.push_back(index.title_id(rng() % index.title_count()));
  for (size_t i = 0; i < people; ++i) set.people.push_back(index.person_id(rng() % index.person_count()));
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
  for (size_t i = 0; i < paths; ++i) {
    const auto& from = i % 2 ? linked : weighted;
    marquee::PersonRow a = from[rng() % from.size()], b = a;
    while (b == a) b = from[rng() % from.size()];
    set.paths.push_back({index.person_id(a), index.person_id(b), -1});
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

}  // namespace compare
