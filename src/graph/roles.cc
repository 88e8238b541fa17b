// What a person did on the titles that link them: read from the person's
// own credits (one pass, whatever the number of titles asked about), with
// episode credits gathered under their series.

#include <algorithm>

#include "graph/graph_internal.h"
#include "index/format.h"

namespace marquee {

Status LinkRoles(const Graph& graph, PersonRow person, std::span<const TitleRow> titles,
                 const ConnectionFilter& filter, std::vector<LinkRole>* roles) {
  const Graph::Rep& g = graph.rep();
  const Index& index = *g.index;
  if (person >= g.n_people) return Status::InvalidArgument("no such person row");
  graph::CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, filter, &f));
  roles->assign(titles.size(), LinkRole());
  // Sorted (title, position) pairs: a binary search per credit.
  std::vector<std::pair<TitleRow, size_t>> wanted;
  for (size_t i = 0; i < titles.size(); ++i) wanted.emplace_back(titles[i], i);
  std::sort(wanted.begin(), wanted.end());

  auto people = index.person_records();
  auto credits = index.person_credit_records();
  auto title_credits = index.title_credit_records();
  auto title_records = index.title_records();
  uint32_t begin = people[person].credit_begin;
  uint32_t end = person + 1 < people.size() ? people[person + 1].credit_begin : static_cast<uint32_t>(credits.size());
  end = std::min<uint32_t>(end, static_cast<uint32_t>(credits.size()));
  for (uint32_t i = begin; i < end; ++i) {
    // Each credit costs two scattered reads (its title record and the
    // credit); prolific people have tens of thousands, so fetch ahead.
    if (i + 16 < end && credits[i + 16].title < title_records.size() && credits[i + 16].credit < title_credits.size()) {
      __builtin_prefetch(&title_records[credits[i + 16].title]);
      __builtin_prefetch(&title_credits[credits[i + 16].credit]);
    }
    const format::PersonCredit& pc = credits[i];
    if (pc.title >= title_records.size() || pc.credit >= title_credits.size()) continue;
    uint32_t parent = title_records[pc.title].parent;
    TitleRow node = parent < title_records.size() ? parent : pc.title;
    auto it = std::lower_bound(wanted.begin(), wanted.end(), std::pair<TitleRow, size_t>(node, 0));
    if (it == wanted.end() || it->first != node) continue;
    const format::TitleCredit& tc = title_credits[pc.credit];
    uint32_t category = format::RoleCategory(tc.role);
    if (!(graph_format::CategoryBit(category) & f.categories)) continue;
    for (; it != wanted.end() && it->first == node; ++it) {
      LinkRole& role = (*roles)[it->second];
      std::string_view name = index.category_name(category);
      if (std::find(role.categories.begin(), role.categories.end(), name) == role.categories.end())
        role.categories.push_back(name);
      for (std::string_view c : ListText{index.string_at(tc.characters)}.Items()) {
        if (role.characters.size() < 4 && std::find(role.characters.begin(), role.characters.end(), c) == role.characters.end())
          role.characters.push_back(c);
      }
      if (pc.title != node) ++role.episodes;
    }
  }
  return Status::OK();
}

}  // namespace marquee
