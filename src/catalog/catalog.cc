#include "catalog/catalog.h"

#include <algorithm>
#include <numeric>

namespace marquee {

bool Vocabulary::Code(std::string_view s, StringHeapBuilder* heap, uint32_t* code) {
  auto it = codes_.find(s);
  if (it != codes_.end()) {
    *code = it->second;
    return true;
  }
  if (refs_.size() >= limit_) return false;
  *code = static_cast<uint32_t>(refs_.size());
  refs_.push_back(heap->Intern(s));
  codes_.emplace(std::string(s), *code);
  return true;
}

format::TitleRecord Catalog::EmptyTitle() {
  format::TitleRecord r{};
  r.parent = format::kNone;
  r.runtime = format::kNone;
  r.episode_number = format::kNone;
  r.season = format::kNoSeason;
  return r;
}

format::PersonRecord Catalog::EmptyPerson() {
  format::PersonRecord r{};
  for (uint32_t& t : r.known_for) t = format::kNone;
  return r;
}

bool Catalog::AddTitle(uint64_t key, format::TitleRecord rec, uint32_t* row) {
  uint32_t next = static_cast<uint32_t>(titles.size());
  if (!title_rows.Insert(key, next)) return false;
  title_keys.push_back(key);
  titles.push_back(rec);
  *row = next;
  return true;
}

bool Catalog::AddPerson(uint64_t key, format::PersonRecord rec, uint32_t* row) {
  uint32_t next = static_cast<uint32_t>(people.size());
  if (!person_rows.Insert(key, next)) return false;
  person_keys.push_back(key);
  people.push_back(rec);
  *row = next;
  return true;
}

namespace {

// Sorts `keys` and `records` together by key. Returns old row -> new row, or
// an empty vector when they were already in order (IMDb files are).
template <typename Record>
std::vector<uint32_t> SortByKey(std::vector<uint64_t>* keys, std::vector<Record>* records) {
  if (std::is_sorted(keys->begin(), keys->end())) return {};
  std::vector<uint32_t> order(keys->size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return (*keys)[a] < (*keys)[b]; });
  std::vector<uint64_t> sorted_keys(keys->size());
  std::vector<Record> sorted(records->size());
  std::vector<uint32_t> new_row(order.size());
  for (uint32_t i = 0; i < order.size(); ++i) {
    sorted_keys[i] = (*keys)[order[i]];
    sorted[i] = (*records)[order[i]];
    new_row[order[i]] = i;
  }
  keys->swap(sorted_keys);
  records->swap(sorted);
  return new_row;
}

inline void Remap(const std::vector<uint32_t>& new_row, uint32_t* row) {
  if (!new_row.empty() && *row != format::kNone) *row = new_row[*row];
}

}  // namespace

Status Catalog::Finalize() {
  if (strings.overflowed()) {
    return Status::NotSupported("the text of this data set exceeds the index's 4 GiB string heap");
  }
  if (credits.size() >= format::kNone || akas.size() >= format::kNone) {
    return Status::NotSupported("more than 4 billion credits or alternate titles");
  }
  // The id maps are only needed while loading; free them before sorting.
  title_rows.Clear();
  person_rows.Clear();

  std::vector<uint32_t> title_map = SortByKey(&title_keys, &titles);
  std::vector<uint32_t> person_map = SortByKey(&person_keys, &people);
  if (!title_map.empty()) {
    for (auto& t : titles) Remap(title_map, &t.parent);
    for (auto& a : akas) Remap(title_map, &a.title);
    for (auto& p : plots) Remap(title_map, &p.title);
    for (auto& p : people)
      for (uint32_t& k : p.known_for) Remap(title_map, &k);
  }
  std::sort(plots.begin(), plots.end(),
            [](const format::TitlePlot& a, const format::TitlePlot& b) { return a.title < b.title; });
  for (auto& c : credits) {
    Remap(title_map, &c.title);
    Remap(person_map, &c.person);
  }

  // Popularity: the votes of a person's titles, counted once per title. A
  // person's credits on one title need not be adjacent (IMDb's title.crew
  // rows come after all the principals), so visit the credits title by
  // title (a counting sort of their people): then the last title seen per
  // person catches every repeat.
  std::vector<uint32_t> title_end(titles.size() + 1, 0);
  for (const auto& c : credits) ++title_end[c.title + 1];
  std::partial_sum(title_end.begin(), title_end.end(), title_end.begin());
  std::vector<uint32_t> people_by_title(credits.size());
  for (const auto& c : credits) people_by_title[title_end[c.title]++] = c.person;
  std::vector<uint32_t> last_title(people.size(), format::kNone);
  for (auto& p : people) p.popularity = 0;
  for (uint32_t t = 0, i = 0; t < titles.size(); ++t) {
    for (; i < title_end[t]; ++i) {
      uint32_t person = people_by_title[i];
      if (last_title[person] == t) continue;
      last_title[person] = t;
      uint64_t sum = uint64_t{people[person].popularity} + titles[t].votes;
      people[person].popularity = static_cast<uint32_t>(std::min<uint64_t>(sum, 0xFFFFFFFFu));
    }
  }
  return Status::OK();
}

}  // namespace marquee
