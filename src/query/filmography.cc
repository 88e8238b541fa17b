// A person's credits, filtered, by year. Episode credits are grouped under
// their series by default (one row per series and category, with the count
// and years), as a reader of a filmography expects.

#include <algorithm>
#include <map>

#include "marquee/query.h"
#include "query/merge_characters.h"

namespace marquee {

namespace {
bool Allowed(const std::vector<std::string>& allowed, std::string_view v) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}
}  // namespace

Status GetFilmography(const Index& index, PersonRow person, const FilmographyOptions& options,
                      FilmographyResult* result) {
  if (options.year_from && options.year_to && options.year_from > options.year_to) {
    return Status::InvalidArgument("the year range is empty: " + std::to_string(options.year_from) + " > " +
                                   std::to_string(options.year_to));
  }
  result->person = person;
  result->entries.clear();
  std::vector<CreditInfo> credits = index.person_credits(person);
  result->total_credits = static_cast<uint32_t>(credits.size());
  // (series, category) -> entry, for grouped episodes
  std::map<std::pair<TitleRow, std::string_view>, size_t> series_rows;
  for (const CreditInfo& c : credits) {
    if (!Allowed(options.categories, c.category)) continue;
    int year = index.title_year(c.title);
    if (options.year_from && (year == 0 || year < options.year_from)) continue;
    if (options.year_to && (year == 0 || year > options.year_to)) continue;
    const TitleRow parent = index.title_parent(c.title);
    bool group = options.group_episodes && parent != kNoRow;
    TitleRow shown = group ? parent : c.title;
    if (!Allowed(options.types, index.title_type(shown)) && !Allowed(options.types, index.title_type(c.title)))
      continue;
    // A credit on a series itself and its episode credits share one row.
    bool series_row = group || (options.group_episodes && !index.episodes(c.title).empty());
    if (series_row) {
      auto [it, fresh] = series_rows.try_emplace({shown, c.category}, result->entries.size());
      if (fresh) {
        FilmographyEntry e;
        e.title = shown;
        e.category = c.category;
        e.job = c.job;
        result->entries.push_back(e);
      }
      FilmographyEntry& e = result->entries[it->second];
      if (group) ++e.episodes;
      MergeCharacters(c.characters, &e.characters);
      if (year && (!e.first_year || year < e.first_year)) e.first_year = year;
      if (year > e.last_year) e.last_year = year;
      continue;
    }
    FilmographyEntry e;
    e.title = c.title;
    e.category = c.category;
    e.job = c.job;
    e.characters = c.characters.Items();
    e.first_year = e.last_year = year;
    result->entries.push_back(std::move(e));
  }
  // Grouped series sort by their first episode year; unknown years last.
  std::stable_sort(result->entries.begin(), result->entries.end(),
                   [](const FilmographyEntry& a, const FilmographyEntry& b) {
                     int ya = a.first_year ? a.first_year : 99999, yb = b.first_year ? b.first_year : 99999;
                     return ya < yb;
                   });
  return Status::OK();
}

}  // namespace marquee
