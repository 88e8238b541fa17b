// rows_names.cc — name.basics. A person's pool gives their first
// profession; their popularity rank makes birth years likelier for the
// famous (IMDb knows the birth year of ~22% of the sample's people, more for
// stars). knownForTitles are the most famous titles they are credited on
// (series rather than single episodes), from title.principals; people with
// no principal credit get random existing titles or \N.
#include <cmath>

#include "rows.h"

namespace datagen {

namespace {

std::string_view skewed(Rng& r, const WordList& w) {
  return w[size_t(double(w.size()) * std::pow(r.uniform(), 1.7))];
}

// Byte offset of the middle of s, moved to a UTF-8 character boundary.
size_t middle(std::string_view s) {
  size_t m = s.size() / 2;
  while (m < s.size() && (static_cast<unsigned char>(s[m]) & 0xC0) == 0x80) ++m;
  return m;
}

void person_name(Rng& r, Pool pool, std::string& out) {
  const auto& cs = cultures();
  double total = 0;
  for (const auto& c : cs) total += c.weight;
  double u = r.uniform() * total;
  size_t ci = 0;
  while (ci + 1 < cs.size() && u >= cs[ci].weight) u -= cs[ci++].weight;
  const Culture& c = cs[ci];
  bool female = pool == pActress || (pool != pActor && r.chance(0.38));
  std::string_view given = skewed(r, female ? c.female : c.male);
  std::string_view family = skewed(r, c.last);
  std::string blended;
  if (!c.joined && r.chance(0.45)) {
    // Half the surnames are blends of two pool names ("Smi" + "ton"): rarer
    // names, so that not everyone is a namesake; the rest keep the pool's
    // common names, which recur many times.
    std::string_view other = c.last[r.below(c.last.size())];
    blended.append(family.substr(0, middle(family)));
    blended.append(other.substr(middle(other)));
    family = blended;
  }
  const char* sep = c.joined ? "" : " ";
  if (c.family_first) { out += family; out += sep; out += given; return; }
  out += given;
  if (ci == 0 && r.chance(0.08)) { out += ' '; out += char('A' + r.below(26)); out += '.'; }
  out += ' ';
  out += family;
  // Spanish-style double surnames and the odd "Jr." widen the pool a little.
  if (c.lang == kEs && r.chance(0.3)) { out += ' '; out += skewed(r, c.last); }
  if (ci == 0 && r.chance(0.01)) out += " Jr.";
}

void professions(Rng& r, Pool pool, std::string& out) {
  double empty = pool == pSelf ? 0.3 : pool == pOther ? 0.1 : 0.02;
  if (r.chance(empty)) return;  // IMDb leaves this empty (not \N)
  std::string_view first = kPoolProfession[pool];
  if (pool == pSelf) first = r.chance(0.5) ? (r.chance(0.6) ? "actor" : "actress") : "miscellaneous";
  if (pool == pOther) first = other_professions()[r.below(other_professions().size())];
  out += first;
  static const double more[] = {0.35, 0.17, 0.48};
  int k = r.pick(more);
  std::string_view taken[3] = {first, {}, {}};
  for (int j = 1; j <= k; ++j) {
    std::string_view p = extra_professions()[r.below(extra_professions().size())];
    if (p == taken[0] || p == taken[1]) continue;
    taken[j] = p;
    out += ',';
    out += p;
  }
}

}  // namespace

void gen_names(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  for (uint64_t i = b; i < e; ++i) {
    uint64_t rank;
    Pool pool = w.pool_of_person(uint32_t(i), &rank);
    Rng r(w.seed, kPersonStream, i);
    std::string& row = em.row;
    row.clear();
    append_id(row, "nm", w.nm.id(i));
    row += '\t';
    person_name(r, pool, row);
    bool famous = double(rank) < 0.02 * double(w.pool_size(pool));
    int birth = 0, death = 0;
    if (r.chance(famous ? 0.6 : 0.18)) {
      birth = std::max(1840, 2008 - int(-std::log(r.uniform_pos()) * 28));
      int age = r.range(45, 98);
      if (birth + age <= 2025) death = birth + age;
    } else if (r.chance(0.005)) {
      death = r.range(1920, 2025);
    }
    row += '\t'; append_opt(row, uint64_t(birth));
    row += '\t'; append_opt(row, uint64_t(death));
    row += '\t'; professions(r, pool, row);
    row += '\t';
    uint32_t known[4];
    int n = w.known.get(uint32_t(i), known);
    if (n == 0 && r.chance(0.65)) {
      n = 1 + int(r.below(2));
      for (int k = 0; k < n; ++k) known[k] = uint32_t(r.below(w.n_titles));
      if (n == 2 && known[1] == known[0]) n = 1;
    }
    if (!n) append_null(row);
    for (int k = 0; k < n; ++k) {
      if (k) row += ',';
      append_id(row, "tt", w.tt.id(known[k]));
    }
    em.emit();
    BadKind bad = em.draw_insert();
    if (bad == kClean) continue;
    std::string detail;
    if (bad != kDuplicateId) {
      // The same person again under an unused nconst, so that no real
      // person is lost whatever a loader does with the bad row.
      size_t tab = row.find('\t');
      std::string id;
      append_id(id, "nm", w.nm.gap(i));
      row.replace(0, tab, id);
    }
    if (bad == kDanglingId) {
      uint64_t ghost = w.tt.dangling(r.below(w.n_titles));
      size_t last = row.rfind('\t');
      std::string g;
      append_id(g, "tt", ghost);
      row.replace(last + 1, std::string::npos, g);
      detail = "knownForTitles " + g + " not in title.basics.tsv";
    }
    em.emit(bad, detail);
  }
}

}  // namespace datagen
