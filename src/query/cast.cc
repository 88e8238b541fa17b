// A title's cast and crew. For a series, the people its episodes credit are
// folded in: one entry per person and category with the number of episodes
// and the years, after the series' own billing, most episodes first.

#include <algorithm>
#include <unordered_map>

#include "index/format.h"
#include "marquee/query.h"
#include "query/merge_characters.h"

namespace marquee {

namespace {

CastEntry EntryOf(const CreditInfo& c) {
  CastEntry e;
  e.person = c.person;
  e.category = c.category;
  e.job = c.job;
  e.characters = c.characters.Items();
  return e;
}

}  // namespace

CastResult GetCast(const Index& index, TitleRow title, const CastOptions& options) {
  CastResult r;
  r.title = title;
  std::vector<CastEntry> crew;
  std::vector<CreditInfo> credits = index.title_credits(title);
  r.cast.reserve(credits.size());
  crew.reserve(credits.size());
  for (const CreditInfo& c : credits) {
    (IsCastCategory(c.category) ? r.cast : crew).push_back(EntryOf(c));
  }

  std::span<const uint32_t> episodes = index.episodes(title);
  if (options.aggregate_episodes && !episodes.empty()) {
    r.episodes_scanned = static_cast<uint32_t>(episodes.size());
    // (person, category) -> position in r.cast or crew
    struct Key {
      PersonRow person;
      std::string_view category;
      bool operator==(const Key&) const = default;
    };
    struct KeyHash {
      size_t operator()(const Key& k) const { return k.person * 1000003u ^ std::hash<std::string_view>()(k.category); }
    };
    std::unordered_map<Key, std::pair<bool, size_t>, KeyHash> where;
    for (size_t i = 0; i < r.cast.size(); ++i) where[{r.cast[i].person, r.cast[i].category}] = {true, i};
    for (size_t i = 0; i < crew.size(); ++i) where[{crew[i].person, crew[i].category}] = {false, i};
    const size_t series_cast = r.cast.size();
    for (uint32_t ep : episodes) {
      int year = index.title_year(ep);
      for (const CreditInfo& c : index.title_credits(ep)) {
        bool is_cast = IsCastCategory(c.category);
        auto [it, fresh] = where.try_emplace(Key{c.person, c.category}, is_cast, 0);
        std::vector<CastEntry>& list = is_cast ? r.cast : crew;
        if (fresh) {
          it->second.second = list.size();
          CastEntry e = EntryOf(c);
          e.characters.clear();
          list.push_back(e);
        }
        CastEntry& e = list[it->second.second];
        ++e.episodes;
        MergeCharacters(c.characters, &e.characters);
        if (year) {
          if (!e.first_year || year < e.first_year) e.first_year = year;
          if (year > e.last_year) e.last_year = year;
        }
      }
    }
    // The series' own billing first, then by episode count.
    std::stable_sort(r.cast.begin() + static_cast<long>(series_cast), r.cast.end(),
                     [](const CastEntry& a, const CastEntry& b) { return a.episodes > b.episodes; });
    std::stable_sort(crew.begin(), crew.end(),
                     [](const CastEntry& a, const CastEntry& b) { return a.episodes > b.episodes; });
  }

  if (options.crew) {
    for (CastEntry& e : crew) {
      auto g = std::find_if(r.crew.begin(), r.crew.end(), [&](const CrewGroup& g) { return g.category == e.category; });
      if (g == r.crew.end()) {
        r.crew.push_back({e.category, {}});
        g = r.crew.end() - 1;
      }
      g->members.push_back(std::move(e));
    }
  }
  return r;
}

}  // namespace marquee
