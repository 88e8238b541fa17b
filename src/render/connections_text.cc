// Text for the connection commands: costars, shared, path, distances and
// center.

#include <fmt/format.h>

#include "render/answer.h"
#include "render/table.h"
#include "render/text_parts.h"

namespace marquee {
namespace {

void CostarsText(const Index& index, const Answer& a, std::ostream& out) {
  const CostarResult& r = a.costars;
  PersonRow person = a.resolved[0].row;
  out << fmt::format("{}  [{}]: {} linking titles, {} people worked with\n", index.person_name(person),
                     index.person_id(person), r.titles, r.collaborators);
  if (r.costars.empty()) return;
  Table table({"#", "name", "shared", "titles"});
  table.SetShrinkable(3);
  size_t n = 0;
  for (const Costar& cs : r.costars) {
    std::vector<std::string> titles;
    for (TitleRow t : cs.titles) titles.push_back(TitleWithYear(index, t));
    if (cs.shared > cs.titles.size()) titles.push_back("…");
    table.AddRow({std::to_string(++n), std::string(index.person_name(cs.person)), std::to_string(cs.shared),
                  Join(titles, "; ")});
  }
  out << "\n" << table.Render(TerminalWidth());
}

void SharedText(const Index& index, const Answer& a, std::ostream& out) {
  const SharedResult& r = a.shared;
  std::vector<std::string_view> names;
  for (const Resolution& p : a.resolved) names.push_back(index.person_name(p.row));
  out << fmt::format("{}: {} shared title{}\n", Join(names, ", "), r.titles.size(), r.titles.size() == 1 ? "" : "s");
  if (r.titles.empty()) return;
  std::vector<std::string> header = {"year", "title", "type"};
  for (std::string_view n : names) header.emplace_back(n);
  Table table(header);
  table.SetShrinkable(1);
  for (const SharedTitle& t : r.titles) {
    int year = index.title_year(t.title);
    std::vector<std::string> row = {year ? std::to_string(year) : "", std::string(index.title_name(t.title)),
                                    std::string(index.title_type(t.title))};
    for (const LinkRole& role : t.roles) row.push_back(RoleText(role));
    table.AddRow(std::move(row));
  }
  out << "\n" << table.Render(TerminalWidth());
}

void PathText(const Graph& graph, const Answer& a, std::ostream& out) {
  const Index& index = graph.index();
  const PathResult& r = a.path;
  std::string_view from = index.person_name(a.resolved[0].row), to = index.person_name(a.resolved[1].row);
  if (!r.found) {
    out << fmt::format("no chain links {} and {}{}\n", from, to, a.filter.IsDefault() ? "" : " under these filters");
    for (PersonRow p : r.unlinked)
      out << fmt::format("({} has no credit that links under {})\n", index.person_name(p),
                         a.filter.IsDefault() ? "the default on-screen graph; try --category all" : "these filters");
    return;
  }
  bool all = r.chains.size() > 1 || r.chain_count > 1;
  out << fmt::format("{} and {}: {} step{}", from, to, r.distance, r.distance == 1 ? "" : "s");
  if (all)
    out << fmt::format(", {}{} shortest chain{}, showing {}", r.count_saturated ? "over " : "", r.chain_count,
                       r.chain_count == 1 ? "" : "s", r.chains.size());
  out << "\n";
  if (all) {
    size_t n = 0;
    for (const Chain& chain : r.chains) {
      std::string line = std::string(index.person_name(chain.people[0]));
      for (size_t k = 0; k < chain.titles.size(); ++k)
        line += " — " + TitleWithYear(index, chain.titles[k]) + " — " + std::string(index.person_name(chain.people[k + 1]));
      out << fmt::format("{:>3}. {}\n", ++n, line);
    }
    return;
  }
  const Chain& chain = r.chains[0];
  for (size_t k = 0; k < chain.titles.size(); ++k) {
    TitleRow t = chain.titles[k];
    std::vector<LinkRole> x, y;
    LinkRoles(graph, chain.people[k], std::span<const TitleRow>(&t, 1), a.filter, &x);
    LinkRoles(graph, chain.people[k + 1], std::span<const TitleRow>(&t, 1), a.filter, &y);
    out << fmt::format("{}. {} ({}) and {} ({}) in {}\n", k + 1, index.person_name(chain.people[k]), RoleText(x[0]),
                       index.person_name(chain.people[k + 1]), RoleText(y[0]), TitleWithYear(index, t));
  }
}

void DistancesText(const Index& index, const Answer& a, std::ostream& out) {
  const DistanceResult& r = a.distances;
  PersonRow person = a.resolved[0].row;
  out << fmt::format("{}  [{}]: {} people reachable", index.person_name(person), index.person_id(person), r.reachable);
  if (r.reachable) out << fmt::format(", average distance {:.3f}", r.average);
  out << fmt::format(" (through {} titles)\n", r.titles_reached);
  if (!r.reachable) return;
  Table table({"distance", "people"});
  for (size_t d = 0; d < r.people_at.size(); ++d) table.AddRow({std::to_string(d), std::to_string(r.people_at[d])});
  out << "\n" << table.Render(TerminalWidth());
}

void CenterText(const Index& index, const Answer& a, std::ostream& out) {
  Table table({"#", "name", "titles", "reachable", "average distance"});
  table.SetShrinkable(1);
  size_t n = 0;
  for (const CenterEntry& e : a.center.people)
    table.AddRow({std::to_string(++n), std::string(index.person_name(e.person)), std::to_string(e.titles),
                  std::to_string(e.distances.reachable),
                  e.distances.reachable ? fmt::format("{:.3f}", e.distances.average) : "-"});
  out << table.Render(TerminalWidth());
}

}  // namespace

void ConnectionsText(const Engine& engine, const Answer& a, std::ostream& out) {
  const Index& index = engine.index();
  switch (a.command) {
    case Command::kCostars: return CostarsText(index, a, out);
    case Command::kShared: return SharedText(index, a, out);
    case Command::kPath: return PathText(*engine.graph(), a, out);
    case Command::kDistances: return DistancesText(index, a, out);
    case Command::kCenter: return CenterText(index, a, out);
    default: return;
  }
}

}  // namespace marquee
