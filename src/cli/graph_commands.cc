// `marquee path | distances | center`, and the registration of every
// connection command (costars and shared: costar_commands.cc).

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/graph_cli.h"
#include "graph/graph_json.h"
#include "render/table.h"

namespace marquee::cli {

int RunPath(const GlobalOptions& g, const ConnectionArgs& a) {
  Session s;
  int code;
  if (!s.Open(g, a, &code)) return code;
  PathOptions o;
  o.filter = s.filter;
  o.max_chains = a.all ? a.all : 1;
  o.budget = Budget(a, o.budget);
  PathResult r;
  Connections c(*s.graph);
  Status st = c.Path(s.people[0], s.people[1], o, &r);
  if (!st.ok()) return Failure(g, st);
  const Index& index = *s.index;
  if (!r.found && s.NoLinks()) return s.NoLinksFailure(g);
  if (g.json) {
    PrintJson(PathJson(*s.graph, s.people[0], s.people[1], s.filter, r));
    return r.found ? kOk : kNotFound;
  }
  std::string_view from = index.person_name(s.people[0]), to = index.person_name(s.people[1]);
  if (!r.found) {
    std::cout << fmt::format("no chain links {} and {}{}\n", from, to, s.filter.IsDefault() ? "" : " under these filters");
    for (PersonRow p : r.unlinked)
      std::cout << fmt::format("({} has no credit that links under {})\n", index.person_name(p),
                               s.filter.IsDefault() ? "the default on-screen graph; try --category all" : "these filters");
    return kNotFound;
  }
  std::cout << fmt::format("{} and {}: {} step{}", from, to, r.distance, r.distance == 1 ? "" : "s");
  if (a.all) std::cout << fmt::format(", {}{} shortest chain{}, showing {}", r.count_saturated ? "over " : "",
                                      r.chain_count, r.chain_count == 1 ? "" : "s", r.chains.size());
  std::cout << "\n";
  if (a.all) {
    size_t n = 0;
    for (const Chain& chain : r.chains) {
      std::string line = std::string(index.person_name(chain.people[0]));
      for (size_t k = 0; k < chain.titles.size(); ++k)
        line += " — " + TitleText(index, chain.titles[k]) + " — " + std::string(index.person_name(chain.people[k + 1]));
      std::cout << fmt::format("{:>3}. {}\n", ++n, line);
    }
    return kOk;
  }
  const Chain& chain = r.chains[0];
  for (size_t k = 0; k < chain.titles.size(); ++k) {
    TitleRow t = chain.titles[k];
    std::vector<LinkRole> x, y;
    LinkRoles(*s.graph, chain.people[k], std::span<const TitleRow>(&t, 1), s.filter, &x);
    LinkRoles(*s.graph, chain.people[k + 1], std::span<const TitleRow>(&t, 1), s.filter, &y);
    std::cout << fmt::format("{}. {} ({}) and {} ({}) in {}\n", k + 1, index.person_name(chain.people[k]),
                             RoleText(x[0]), index.person_name(chain.people[k + 1]), RoleText(y[0]), TitleText(index, t));
  }
  return kOk;
}

int RunDistances(const GlobalOptions& g, const ConnectionArgs& a) {
  Session s;
  int code;
  if (!s.Open(g, a, &code)) return code;
  DistanceOptions o;
  o.filter = s.filter;
  o.budget = Budget(a, o.budget);
  DistanceResult r;
  Connections c(*s.graph);
  Status st = c.Distances(s.people[0], o, &r);
  if (!st.ok()) return Failure(g, st);
  const Index& index = *s.index;
  if (!r.reachable && s.NoLinks()) return s.NoLinksFailure(g);
  if (g.json) {
    PrintJson(DistancesJson(index, s.people[0], s.filter, r));
    return r.reachable ? kOk : kNotFound;
  }
  std::cout << fmt::format("{}  [{}]: {} people reachable", index.person_name(s.people[0]), index.person_id(s.people[0]),
                           r.reachable);
  if (r.reachable) std::cout << fmt::format(", average distance {:.3f}", r.average);
  std::cout << fmt::format(" (through {} titles)\n\n", r.titles_reached);
  if (!r.reachable) return kNotFound;
  Table table({"distance", "people"});
  for (size_t d = 0; d < r.people_at.size(); ++d) table.AddRow({std::to_string(d), std::to_string(r.people_at[d])});
  std::cout << table.Render(TerminalWidth());
  return kOk;
}

int RunCenter(const GlobalOptions& g, const ConnectionArgs& a) {
  Session s;
  int code;
  if (!s.Open(g, a, &code)) return code;
  CenterOptions o;
  o.filter = s.filter;
  o.top = a.top;
  o.threads = a.threads;
  o.budget = Budget(a, o.budget);
  CenterResult r;
  Status st = Center(*s.graph, o, &r);
  if (!st.ok()) return Failure(g, st);
  const Index& index = *s.index;
  if (r.people.empty() && s.NoLinks()) return s.NoLinksFailure(g);
  if (g.json) PrintJson(CenterJson(index, s.filter, r));
  else {
    Table table({"#", "name", "titles", "reachable", "average distance"});
    table.SetShrinkable(1);
    size_t n = 0;
    for (const CenterEntry& e : r.people)
      table.AddRow({std::to_string(++n), std::string(index.person_name(e.person)), std::to_string(e.titles),
                    std::to_string(e.distances.reachable),
                    e.distances.reachable ? fmt::format("{:.3f}", e.distances.average) : "-"});
    std::cout << table.Render(TerminalWidth());
  }
  return r.people.empty() ? kNotFound : kOk;
}

void AddConnectionCommands(CLI::App& app, ConnectionArgs* a) {
  auto filters = [a](CLI::App* c) {
    c->add_option("--category", a->categories,
                  "credit categories that link (default: actor,actress,self; also cast, crew, all)")
        ->delimiter(',');
    c->add_option("--type", a->types, "title types that link (default: movie,tvMovie,tvSeries,tvMiniSeries; or all)")
        ->delimiter(',');
    c->add_option("--years", a->years, "only titles from these years: A-B, A-, -B or A");
    c->add_option("--min-votes", a->min_votes, "only titles with at least this many votes");
    c->add_flag("--adult", a->adult, "let adult titles link people too");
    c->add_option("--max-visits", a->max_visits, "give up after reaching this many people and titles");
    c->add_option("--timeout", a->timeout, "give up after this many seconds");
  };
  auto* c = app.add_subcommand("costars", "the people someone shares the most titles with");
  c->add_option("person", a->people, "a person id (nm…) or a name")->required()->expected(1);
  c->add_option("--limit", a->limit, "how many (default 20)")->check(CLI::Range(1u, 100000u));
  filters(c);
  auto* s = app.add_subcommand("shared", "the titles in which all of these people appear");
  s->add_option("people", a->people, "two or more person ids or names")->required()->expected(2, 64);
  filters(s);
  auto* p = app.add_subcommand("path", "a shortest chain of shared titles from one person to another");
  p->add_option("people", a->people, "two person ids or names")->required()->expected(2);
  p->add_option("--all", a->all, "list up to N shortest chains and count them all")->check(CLI::Range(1u, 10000u));
  filters(p);
  auto* d = app.add_subcommand("distances", "how many people lie at each distance from someone");
  d->add_option("person", a->people, "a person id (nm…) or a name")->required()->expected(1);
  filters(d);
  auto* e = app.add_subcommand("center", "average distances of the most linked people (Oracle of Bacon)");
  e->add_option("--top", a->top, "how many of the most linked people (default 10)")->check(CLI::Range(1u, 100000u));
  e->add_option("--threads", a->threads, "threads to use (default 2)")->check(CLI::Range(1u, 256u));
  filters(e);
}

int RunConnectionCommand(const std::string& name, const GlobalOptions& g, const ConnectionArgs& a) {
  if (name == "costars") return RunCostars(g, a);
  if (name == "shared") return RunShared(g, a);
  if (name == "path") return RunPath(g, a);
  if (name == "distances") return RunDistances(g, a);
  if (name == "center") return RunCenter(g, a);
  return -1;
}

}  // namespace marquee::cli
