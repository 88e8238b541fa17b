#include "render/connections_json.h"

namespace marquee {
namespace {

Json StringList(const std::vector<std::string>& v, const char* empty) {
  if (v.empty()) return Json(empty);
  Json a = Json::array();
  for (const std::string& s : v) a.push_back(s);
  return a;
}

Json Histogram(const DistanceResult& r) {
  Json a = Json::array();
  for (uint64_t n : r.people_at) a.push_back(n);
  return a;
}

}  // namespace

Json FilterJson(const ConnectionFilter& f) {
  Json j;
  j["categories"] = StringList(f.categories, "default");
  j["types"] = StringList(f.types, "default");
  j["year_from"] = f.year_from ? Json(f.year_from) : Json(nullptr);
  j["year_to"] = f.year_to ? Json(f.year_to) : Json(nullptr);
  j["min_votes"] = f.min_votes;
  j["include_adult"] = f.include_adult;
  return j;
}

Json RoleJson(const Index& index, PersonRow person, const LinkRole& role) {
  Json j;
  j["person"] = PersonRefJson(index, person);
  j["categories"] = StringsJson(role.categories);
  j["characters"] = StringsJson(role.characters);
  j["episodes"] = role.episodes;
  return j;
}

Json CostarsJson(const Index& index, PersonRow person, const ConnectionFilter& f, const CostarResult& r) {
  Json j;
  j["person"] = PersonRefJson(index, person);
  j["filter"] = FilterJson(f);
  j["titles"] = r.titles;
  j["collaborators"] = r.collaborators;
  Json list = Json::array();
  for (const Costar& c : r.costars) {
    Json e;
    e["person"] = PersonRefJson(index, c.person);
    e["shared"] = c.shared;
    Json titles = Json::array();
    for (TitleRow t : c.titles) titles.push_back(TitleRefJson(index, t));
    e["titles"] = titles;
    list.push_back(e);
  }
  j["costars"] = list;
  return j;
}

Json SharedJson(const Index& index, std::span<const PersonRow> people, const ConnectionFilter& f,
                const SharedResult& r) {
  Json j;
  Json who = Json::array();
  for (PersonRow p : people) who.push_back(PersonRefJson(index, p));
  j["people"] = who;
  j["filter"] = FilterJson(f);
  Json titles = Json::array();
  for (const SharedTitle& t : r.titles) {
    Json e;
    e["title"] = TitleRefJson(index, t.title);
    Json roles = Json::array();
    for (size_t i = 0; i < t.roles.size() && i < people.size(); ++i) roles.push_back(RoleJson(index, people[i], t.roles[i]));
    e["roles"] = roles;
    titles.push_back(e);
  }
  j["titles"] = titles;
  return j;
}

Json PathJson(const Graph& graph, PersonRow a, PersonRow b, const ConnectionFilter& f, const PathResult& r) {
  const Index& index = graph.index();
  Json j;
  j["from"] = PersonRefJson(index, a);
  j["to"] = PersonRefJson(index, b);
  j["filter"] = FilterJson(f);
  j["status"] = r.found ? "found" : "none";
  j["distance"] = r.found ? Json(r.distance) : Json(nullptr);
  j["chain_count"] = r.chain_count;
  j["count_saturated"] = r.count_saturated;
  j["visited"] = r.visited;
  Json chains = Json::array();
  for (const Chain& c : r.chains) {
    Json steps = Json::array();
    for (size_t k = 0; k < c.titles.size(); ++k) {
      TitleRow t = c.titles[k];
      std::vector<LinkRole> from, to;
      LinkRoles(graph, c.people[k], std::span<const TitleRow>(&t, 1), f, &from);
      LinkRoles(graph, c.people[k + 1], std::span<const TitleRow>(&t, 1), f, &to);
      Json s;
      s["title"] = TitleRefJson(index, t);
      s["from"] = RoleJson(index, c.people[k], from.empty() ? LinkRole() : from[0]);
      s["to"] = RoleJson(index, c.people[k + 1], to.empty() ? LinkRole() : to[0]);
      steps.push_back(s);
    }
    Json chain;
    chain["steps"] = steps;
    chains.push_back(chain);
  }
  j["chains"] = chains;
  Json unlinked = Json::array();
  for (PersonRow p : r.unlinked) unlinked.push_back(PersonRefJson(index, p));
  j["unlinked"] = unlinked;
  return j;
}

Json DistancesJson(const Index& index, PersonRow person, const ConnectionFilter& f, const DistanceResult& r) {
  Json j;
  j["person"] = PersonRefJson(index, person);
  j["filter"] = FilterJson(f);
  j["people_at"] = Histogram(r);
  j["reachable"] = r.reachable;
  j["average"] = r.average;
  j["titles_reached"] = r.titles_reached;
  return j;
}

Json CenterJson(const Index& index, const ConnectionFilter& f, const CenterResult& r) {
  Json j;
  j["filter"] = FilterJson(f);
  Json people = Json::array();
  for (const CenterEntry& e : r.people) {
    Json p;
    p["person"] = PersonRefJson(index, e.person);
    p["titles"] = e.titles;
    p["reachable"] = e.distances.reachable;
    p["average"] = e.distances.reachable ? Json(e.distances.average) : Json(nullptr);
    p["people_at"] = Histogram(e.distances);
    people.push_back(p);
  }
  j["people"] = people;
  return j;
}

}  // namespace marquee
