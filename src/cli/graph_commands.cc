// `marquee costars | shared | path | distances | center`: connections
// between people (include/marquee/graph.h), as tables or JSON.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "graph/graph_json.h"
#include "render/table.h"

namespace marquee::cli {
namespace {

std::string Join(const std::vector<std::string_view>& items, std::string_view sep) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? std::string(sep) : "") + std::string(items[i]);
  return s;
}

std::string TitleText(const Index& index, TitleRow t) {
  int year = index.title_year(t);
  return year ? fmt::format("{} ({})", index.title_name(t), year) : std::string(index.title_name(t));
}

// "as Milly", else the category ("self", "director"); series add episodes.
std::string RoleText(const LinkRole& r) {
  std::string s = !r.characters.empty() ? "as " + Join(r.characters, " / ") : Join(r.categories, ", ");
  if (r.episodes) s += fmt::format(" ({} episode{})", r.episodes, r.episodes == 1 ? "" : "s");
  return s;
}

// Prints a failure the way every connection command does: JSON on stdout
// with --json, a message on stderr otherwise. Gave-up is "not found" (1).
int Failure(const GlobalOptions& g, const Status& s, const std::string& hint = "") {
  bool gave_up = s.code() == Status::Code::kBudgetExceeded;
  int code = gave_up || s.IsNotFound() ? kNotFound : kError;
  if (g.json) {
    Json j;
    j["error"] = gave_up ? "gave_up" : (s.IsNotFound() ? "not_found" : "invalid");
    j["message"] = s.message();
    PrintJson(j.dump(2));
    return code;
  }
  std::cerr << "marquee: " << s.message() << "\n";
  if (gave_up) std::cerr << "hint: raise --max-visits / --timeout, or narrow the graph with filters\n";
  else if (!hint.empty()) std::cerr << "hint: " << hint << "\n";
  return code;
}

Status ParseYears(const std::string& y, ConnectionFilter* f) {
  if (y.empty()) return Status::OK();
  size_t dash = y.find('-');
  try {
    size_t used = 0;
    if (dash == std::string::npos) {
      f->year_from = f->year_to = std::stoi(y, &used);
      if (used != y.size()) throw std::invalid_argument(y);
    } else {
      if (dash > 0) f->year_from = std::stoi(y.substr(0, dash));
      if (dash + 1 < y.size()) f->year_to = std::stoi(y.substr(dash + 1));
    }
  } catch (...) {
    return Status::InvalidArgument("--years takes A-B, A-, -B or A (e.g. 1990-2010), not '" + y + "'");
  }
  return Status::OK();
}

// Everything a connection command starts with: the index, the graph, the
// people resolved, the filter checked. False (with *code set) when any fails.
struct Session {
  std::unique_ptr<Index> index;
  std::unique_ptr<Graph> graph;
  std::vector<PersonRow> people;
  ConnectionFilter filter;

  bool Open(const GlobalOptions& g, const ConnectionArgs& a, int* code) {
    filter.categories = a.categories;
    filter.types = a.types;
    filter.min_votes = a.min_votes;
    filter.include_adult = a.adult;
    Status s = ParseYears(a.years, &filter);
    if (!s.ok()) return (*code = Failure(g, s)), false;
    if (!OpenIndex(g, &index, code)) return false;
    s = Graph::Open(*index, &graph);
    if (!s.ok()) return (*code = Failure(g, s)), false;
    uint32_t ignored;
    s = graph->LinkCount(0, filter, &ignored);  // checks the filter's names and years
    if (!s.ok() && index->person_count() > 0) return (*code = Failure(g, s)), false;
    for (const std::string& text : a.people) {
      std::vector<Candidate> candidates;
      PersonRow row;
      s = ResolvePerson(*index, text, &row, &candidates);
      if (!s.ok()) return (*code = ResolutionFailure(g, s, candidates, "person")), false;
      for (PersonRow seen : people) {
        if (seen == row) {
          *code = Failure(g, Status::InvalidArgument(fmt::format(
                                 "'{}' and an earlier argument are the same person ({}, {})", text,
                                 index->person_name(row), index->person_id(row))));
          return false;
        }
      }
      people.push_back(row);
    }
    return true;
  }

  // An empty answer is an input error when the filters leave no links at
  // all (checked only then: it may read the whole graph).
  bool NoLinks() const { return FilterLeavesNoLinks(*graph, filter); }
  int NoLinksFailure(const GlobalOptions& g) const {
    return Failure(g, Status::InvalidArgument("no title links two people under these filters"),
                   "loosen --category / --type / --years / --min-votes");
  }
};

WorkBudget Budget(const ConnectionArgs& a, WorkBudget defaults) {
  if (a.max_visits) defaults.max_visits = a.max_visits;
  if (a.timeout > 0) defaults.max_seconds = a.timeout;
  return defaults;
}

}  // namespace

int RunCostars(const GlobalOptions& g, const ConnectionArgs& a) {
  Session s;
  int code;
  if (!s.Open(g, a, &code)) return code;
  CostarOptions o;
  o.filter = s.filter;
  o.limit = a.limit;
  o.budget = Budget(a, o.budget);
  CostarResult r;
  Connections c(*s.graph);
  Status st = c.Costars(s.people[0], o, &r);
  if (!st.ok()) return Failure(g, st);
  const Index& index = *s.index;
  if (r.costars.empty() && s.NoLinks()) return s.NoLinksFailure(g);
  if (g.json) PrintJson(CostarsJson(index, s.people[0], s.filter, r).dump(2));
  else {
    std::cout << fmt::format("{}  [{}]: {} linking titles, {} people worked with\n", index.person_name(s.people[0]),
                             index.person_id(s.people[0]), r.titles, r.collaborators);
    if (!r.costars.empty()) {
      Table table({"#", "name", "shared", "titles"});
      table.SetShrinkable(3);
      size_t n = 0;
      for (const Costar& cs : r.costars) {
        std::vector<std::string> titles;
        for (TitleRow t : cs.titles) titles.push_back(TitleText(index, t));
        if (cs.shared > cs.titles.size()) titles.push_back("…");
        table.AddRow({std::to_string(++n), std::string(index.person_name(cs.person)), std::to_string(cs.shared),
                      Join(std::vector<std::string_view>(titles.begin(), titles.end()), "; ")});
      }
      std::cout << "\n" << table.Render(TerminalWidth());
    }
  }
  return r.costars.empty() ? kNotFound : kOk;
}

int RunShared(const GlobalOptions& g, const ConnectionArgs& a) {
  Session s;
  int code;
  if (!s.Open(g, a, &code)) return code;
  SharedResult r;
  Connections c(*s.graph);
  Status st = c.Shared(s.people, s.filter, &r);
  if (!st.ok()) return Failure(g, st);
  const Index& index = *s.index;
  if (r.titles.empty() && s.NoLinks()) return s.NoLinksFailure(g);
  if (g.json) {
    PrintJson(SharedJson(index, s.people, s.filter, r).dump(2));
    return r.titles.empty() ? kNotFound : kOk;
  }
  std::vector<std::string_view> names;
  for (PersonRow p : s.people) names.push_back(index.person_name(p));
  std::cout << fmt::format("{}: {} shared title{}\n", Join(names, ", "), r.titles.size(), r.titles.size() == 1 ? "" : "s");
  if (r.titles.empty()) return kNotFound;
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
  std::cout << "\n" << table.Render(TerminalWidth());
  return kOk;
}

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
    PrintJson(PathJson(*s.graph, s.people[0], s.people[1], s.filter, r).dump(2));
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
    PrintJson(DistancesJson(index, s.people[0], s.filter, r).dump(2));
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
  if (g.json) PrintJson(CenterJson(index, s.filter, r).dump(2));
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
