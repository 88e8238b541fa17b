// Index accessors: what one title, person, credit or alternate title holds,
// read in place from the mapped records. Open(), id lookups and sections are
// in index.cc.

#include <algorithm>
#include <cstring>

#include "index/index_rep.h"

namespace marquee {

namespace {

// "tt" + at least 7 digits (IMDb) or "mt" + at least 8 (derived). By hand
// rather than snprintf: ids are formatted for every row of every answer, and
// snprintf's format parsing cost more than the lookup itself.
std::string FormatId(const char* imdb_prefix, const char* derived_prefix, uint64_t key) {
  const bool derived = key & format::kDerivedIdBit;
  uint64_t number = key & ~format::kDerivedIdBit;
  char digits[20];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + number % 10);
    number /= 10;
  } while (number);
  for (int width = derived ? 8 : 7; n < width;) digits[n++] = '0';
  std::string id(derived ? derived_prefix : imdb_prefix);
  while (n) id.push_back(digits[--n]);
  return id;
}

// A NUL-padded ASCII code ("US", "en") as text.
std::string_view Code(const char (&code)[4]) { return std::string_view(code, strnlen(code, 4)); }

}  // namespace

std::vector<std::string_view> ListText::Items() const {
  std::vector<std::string_view> items;
  std::string_view rest = raw;
  while (!rest.empty()) {
    size_t sep = rest.find(format::kListSeparator);
    items.push_back(rest.substr(0, sep));
    if (sep == std::string_view::npos) break;
    rest.remove_prefix(sep + 1);
  }
  return items;
}

// Accessors tolerate out-of-range rows (answering empty) so that a damaged
// index that passed Open() can give wrong answers but never read outside the
// mapping; `marquee verify` finds such damage.
std::string Index::title_id(TitleRow row) const {
  return row < rep_->n_titles() ? FormatId("tt", "mt", rep_->title_ids[row]) : std::string();
}
std::string Index::person_id(PersonRow row) const {
  return row < rep_->n_people() ? FormatId("nm", "mn", rep_->person_ids[row]) : std::string();
}
std::string_view Index::title_name(TitleRow row) const {
  return row < rep_->n_titles() ? rep_->String(rep_->titles[row].primary_title) : std::string_view();
}
std::string_view Index::person_name(PersonRow row) const {
  return row < rep_->n_people() ? rep_->String(rep_->people[row].name) : std::string_view();
}
int Index::title_year(TitleRow row) const { return row < rep_->n_titles() ? rep_->titles[row].start_year : 0; }
TitleRow Index::title_parent(TitleRow row) const {
  if (row >= rep_->n_titles()) return kNoRow;
  uint32_t p = rep_->titles[row].parent;
  return p < rep_->n_titles() ? p : kNoRow;
}
uint32_t Index::title_votes(TitleRow row) const { return row < rep_->n_titles() ? rep_->titles[row].votes : 0; }
std::string_view Index::title_type(TitleRow row) const {
  return row < rep_->n_titles() ? title_type_name(rep_->titles[row].type) : std::string_view();
}

TitleInfo Index::title(TitleRow row) const {
  TitleInfo i;
  if (row >= rep_->n_titles()) return i;
  const format::TitleRecord& t = rep_->titles[row];
  i.row = row;
  i.id = title_id(row);
  i.type = title_type_name(t.type);
  i.primary_title = rep_->String(t.primary_title);
  i.original_title = rep_->String(t.original_title);
  i.genres.raw = rep_->String(t.genres);
  auto plot = std::lower_bound(rep_->plots.begin(), rep_->plots.end(), row,
                               [](const format::TitlePlot& p, uint32_t r) { return p.title < r; });
  if (plot != rep_->plots.end() && plot->title == row) i.plot = rep_->String(plot->text);
  i.adult = t.flags & format::kTitleAdult;
  i.start_year = t.start_year;
  i.end_year = t.end_year;
  i.runtime_minutes = t.runtime == format::kNone ? -1 : static_cast<int>(t.runtime);
  i.rating = t.rating10 / 10.0;
  i.votes = t.votes;
  i.parent = t.parent < rep_->n_titles() ? t.parent : kNoRow;
  i.season = t.season == format::kNoSeason ? -1 : t.season;
  i.episode = t.episode_number == format::kNone ? -1 : static_cast<int>(t.episode_number);
  return i;
}

PersonInfo Index::person(PersonRow row) const {
  PersonInfo i;
  if (row >= rep_->n_people()) return i;
  const format::PersonRecord& p = rep_->people[row];
  i.row = row;
  i.id = person_id(row);
  i.name = rep_->String(p.name);
  i.birth_year = p.birth_year;
  i.death_year = p.death_year;
  i.professions.raw = rep_->String(p.professions);
  for (uint32_t t : p.known_for)
    if (t < rep_->n_titles()) i.known_for.push_back(t);
  i.popularity = p.popularity;
  return i;
}

uint32_t Index::title_credit_count(TitleRow row) const {
  if (row >= rep_->n_titles()) return 0;
  uint32_t b = rep_->titles[row].credit_begin, e = rep_->titles[row + 1].credit_begin;
  return b <= e && e <= rep_->title_credits.size() ? e - b : 0;
}

CreditInfo Index::title_credit(TitleRow row, uint32_t billing) const {
  CreditInfo i;
  if (billing >= title_credit_count(row)) return i;  // also a row out of range
  const format::TitleCredit& c = rep_->title_credits[rep_->titles[row].credit_begin + billing];
  i.title = row;
  i.person = c.person;
  i.billing = billing;
  i.title_name = rep_->String(rep_->titles[row].primary_title);
  i.person_name = c.person < rep_->n_people() ? rep_->String(c.person_name) : std::string_view();
  i.category = category_name(format::RoleCategory(c.role));
  uint32_t job = format::RoleJob(c.role);
  i.job = job < rep_->jobs.size() ? rep_->String(rep_->jobs[job]) : std::string_view();
  i.characters.raw = rep_->String(c.characters);
  return i;
}

// A random lookup is bound by cache misses, not instructions: each credit
// points at the other side's id (in another array), and at two strings (that
// side's name, the characters). Touching them in order waits for one miss
// after another; prefetching every address of one level for the whole list
// before reading the next lets the memory system fetch them together. The
// credits carry the other side's name ref (format.h), so a cast is three
// such levels (title, its credits, then ids and strings), and a filmography
// of one credit two, its record holding that credit (measured:
// bench/lookup_bench.cc, BENCHMARKS.md).
void Index::Rep::PrefetchString(format::StringRef ref) const {
  if (ref < strings.size()) __builtin_prefetch(strings.data() + ref);
}

std::vector<CreditInfo> Index::title_credits(TitleRow row) const {
  std::vector<CreditInfo> out;
  uint32_t n = title_credit_count(row);
  if (n == 0) return out;
  const format::TitleCredit* credits = &rep_->title_credits[rep_->titles[row].credit_begin];
  const uint32_t n_people = rep_->n_people();
  rep_->PrefetchString(rep_->titles[row].primary_title);  // every CreditInfo names the title too
  for (uint32_t b = 0; b < n; ++b) {
    rep_->PrefetchString(credits[b].characters);
    rep_->PrefetchString(credits[b].person_name);
    if (credits[b].person < n_people) __builtin_prefetch(&rep_->person_ids[credits[b].person]);
  }
  out.reserve(n);
  for (uint32_t b = 0; b < n; ++b) out.push_back(title_credit(row, b));
  return out;
}

std::vector<CreditInfo> Index::person_credits(PersonRow row) const {
  std::vector<CreditInfo> out;
  if (row >= rep_->n_people()) return out;
  const format::PersonRecord& person = rep_->people[row];
  uint32_t begin = person.credit_begin, end = rep_->people[row + 1].credit_begin;
  if (begin > end || end > rep_->person_credits.size()) return out;
  out.reserve(end - begin);
  // The first credit is read from the person's record (already fetched), so
  // its title is on the way while the rest of the list is still coming.
  auto credit = [&](uint32_t i) -> const format::PersonCredit& {
    return i == begin ? person.first_credit : rep_->person_credits[i];
  };
  const uint32_t n_titles = rep_->n_titles(), n_credits = static_cast<uint32_t>(rep_->title_credits.size());
  rep_->PrefetchString(person.name);  // every CreditInfo names the person too
  for (uint32_t i = begin; i < end; ++i) {
    const format::PersonCredit& pc = credit(i);
    rep_->PrefetchString(pc.title_name);
    rep_->PrefetchString(pc.characters);
    if (pc.title < n_titles) {
      __builtin_prefetch(&rep_->titles[pc.title]);
      __builtin_prefetch(&rep_->titles[pc.title + 1].credit_begin);  // closes the title's credit range
      __builtin_prefetch(&rep_->title_ids[pc.title]);
    }
    if (pc.credit < n_credits) __builtin_prefetch(&rep_->title_credits[pc.credit]);
  }
  for (uint32_t i = begin; i < end; ++i) {
    const format::PersonCredit& pc = credit(i);
    if (pc.title >= n_titles) continue;
    uint32_t billing = pc.credit - rep_->titles[pc.title].credit_begin;
    if (billing >= title_credit_count(pc.title)) continue;
    out.push_back(title_credit(pc.title, billing));
  }
  return out;
}

std::vector<AkaInfo> Index::akas(TitleRow row) const {
  std::vector<AkaInfo> out;
  if (row >= rep_->n_titles()) return out;
  uint32_t end = std::min<uint32_t>(rep_->titles[row + 1].aka_begin, rep_->akas.size());
  for (uint32_t i = rep_->titles[row].aka_begin; i < end; ++i) {
    const format::AkaRecord& a = rep_->akas[i];
    AkaInfo info;
    info.title = row;
    info.text = rep_->String(a.text);
    info.region = aka_region(i);
    info.language = aka_language(i);
    if (a.kind < rep_->aka_kinds.size()) {
      const format::AkaKind& k = rep_->aka_kinds[a.kind];
      for (size_t b = 0; b < std::size(format::kAkaTypeNames); ++b)
        if (k.types & (1u << b)) info.types.push_back(format::kAkaTypeNames[b]);
      info.attributes.raw = rep_->String(k.attributes);
      info.is_original = k.flags & format::kAkaOriginal;
    }
    out.push_back(std::move(info));
  }
  return out;
}

std::string_view Index::aka_region(uint32_t aka) const {
  const format::AkaLocale* l = rep_->LocaleOf(aka);
  return l ? Code(l->region) : std::string_view();
}
std::string_view Index::aka_language(uint32_t aka) const {
  const format::AkaLocale* l = rep_->LocaleOf(aka);
  return l ? Code(l->language) : std::string_view();
}

std::span<const uint32_t> Index::episodes(TitleRow series) const {
  if (series >= rep_->n_titles()) return {};
  uint32_t b = rep_->titles[series].episode_begin, e = rep_->titles[series + 1].episode_begin;
  if (b > e || e > rep_->episodes.size()) return {};
  return rep_->episodes.subspan(b, e - b);
}

}  // namespace marquee
