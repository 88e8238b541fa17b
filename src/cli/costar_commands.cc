// `marquee costars | shared`: who someone works with most, and the titles
// several people share, as tables or JSON.

#include "cli/graph_cli.h"
#include "graph/graph_json.h"
#include "render/table.h"

namespace marquee::cli {

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
  if (g.json) PrintJson(CostarsJson(index, s.people[0], s.filter, r));
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
    PrintJson(SharedJson(index, s.people, s.filter, r));
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

}  // namespace marquee::cli
