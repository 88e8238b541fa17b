#include "catalog/name_audit.h"

#include <fmt/format.h>

#include <string>
#include <unordered_map>

#include "util/text.h"

namespace marquee {
namespace {

struct Career {
  uint32_t credits = 0;
  uint16_t first = 0, last = 0;  // title years; 0: none known

  void Add(const Career& o) {
    credits += o.credits;
    if (o.first && (!first || o.first < first)) first = o.first;
    if (o.last > last) last = o.last;
  }
};

std::vector<Career> Careers(const Catalog& catalog) {
  std::vector<Career> careers(catalog.people.size());
  for (const CatalogCredit& c : catalog.credits) {
    uint16_t year = catalog.titles[c.title].start_year;
    careers[c.person].Add({1, year, year});
  }
  return careers;
}

// Removes the people merged away (into[row] != row), moving their credits.
void MergePeople(const std::vector<uint32_t>& into, Catalog* catalog) {
  std::vector<uint32_t> new_row(into.size());
  uint32_t kept = 0;
  for (uint32_t row = 0; row < into.size(); ++row) {
    if (into[row] != row) continue;
    catalog->people[kept] = catalog->people[row];
    catalog->person_keys[kept] = catalog->person_keys[row];
    new_row[row] = kept++;
  }
  catalog->people.resize(kept);
  catalog->person_keys.resize(kept);
  for (CatalogCredit& c : catalog->credits) c.person = new_row[into[c.person]];
  catalog->person_rows.Clear();
  for (uint32_t row = 0; row < kept; ++row) catalog->person_rows.Insert(catalog->person_keys[row], row);
}

std::string Credits(std::string_view name, uint32_t n) {
  return fmt::format("\"{}\" ({} credit{})", name, n, n == 1 ? "" : "s");
}

}  // namespace

void AuditNames(const std::vector<NamedPerson>& people, bool merge, Catalog* catalog, IngestReport* report) {
  std::vector<Career> careers = Careers(*catalog);
  std::vector<std::vector<size_t>> groups;  // indexes into people, in first-seen order
  std::unordered_map<std::string, size_t> group_of;
  for (size_t i = 0; i < people.size(); ++i) {
    std::string key = FoldForMatch(people[i].name);
    if (key.empty()) continue;
    auto [it, added] = group_of.emplace(std::move(key), groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }

  const char* duplicate = merge ? "duplicate names merged (differ only in case, accents, quotes or punctuation)"
                                : "probable duplicate names (differ only in case, accents, quotes or punctuation)";
  std::vector<uint32_t> into(catalog->people.size());
  for (uint32_t row = 0; row < into.size(); ++row) into[row] = row;
  for (const std::vector<size_t>& group : groups) {
    if (group.size() < 2) continue;
    size_t keep = group[0];
    for (size_t i : group)
      if (careers[people[i].row].credits > careers[people[keep].row].credits) keep = i;
    const NamedPerson& kept = people[keep];
    for (size_t i : group) {
      if (i == keep) continue;
      const NamedPerson& p = people[i];
      report->Noticed(std::string(p.path), p.line, duplicate,
                      Credits(p.name, careers[p.row].credits) + " and " + Credits(kept.name, careers[kept.row].credits));
      if (!merge) continue;
      careers[kept.row].Add(careers[p.row]);
      into[p.row] = kept.row;
    }
  }

  for (const NamedPerson& p : people) {
    const Career& c = careers[p.row];
    if (into[p.row] != p.row || !c.first || c.last - c.first <= kMaxCareerYears) continue;
    report->Noticed(std::string(p.path), p.line, fmt::format("probable homonym (credits span over {} years)", kMaxCareerYears),
                    fmt::format("{} from {} to {}", Credits(p.name, c.credits), c.first, c.last));
  }
  if (merge) MergePeople(into, catalog);
}

}  // namespace marquee
