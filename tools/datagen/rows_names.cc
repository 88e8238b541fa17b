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

std::string_view Skewed(Rng& r, const WordList& w) {
  return w[size_t(double(w.size()) * std::pow(r.Uniform(), 1.7))];
}

// Byte offset of the middle of s, moved to a UTF-8 character boundary.
size_t Middle(std::string_view s) {
  size_t m = s.size() / 2;
  while (m < s.size() && (static_cast<unsigned char>(s[m]) & 0xC0) == 0x80) ++m;
  return m;
}

void PersonName(Rng& r, Pool pool, std::string& out) {
  const auto& cs = Cultures();
  double total = 0;
  for (const auto& c : cs) total += c.weight;
  double u = r.Uniform() * total;
  size_t ci = 0;
  while (ci + 1 < cs.size() && u >= cs[ci].weight) u -= cs[ci++].weight;
  const Culture& c = cs[ci];
  bool female = pool == pActress || (pool != pActor && r.Chance(0.38));
  std::string_view given = Skewed(r, female ? c.female : c.male);
  std::string_view family = Skewed(r, c.last);
  std::string blended;
  if (!c.joined && r.Chance(0.45)) {
    // Half the surnames are blends of two pool names ("Smi" + "ton"): rarer
    // names, so that not everyone is a namesake; the rest keep the pool's
    // common names, which recur many times.
    std::string_view other = c.last[r.Below(c.last.size())];
    blended.append(family.substr(0, Middle(family)));
    blended.append(other.substr(Middle(other)));
    family = blended;
  }
  const char* sep = c.joined ? "" : " ";
  if (c.family_first) { out += family; out += sep; out += given; return; }
  out += given;
  if (ci == 0 && r.Chance(0.08)) { out += ' '; out += char('A' + r.Below(26)); out += '.'; }
  out += ' ';
  out += family;
  // Spanish-style double surnames and the odd "Jr." widen the pool a little.
  if (c.lang == kEs && r.Chance(0.3)) { out += ' '; out += Skewed(r, c.last); }
  if (ci == 0 && r.Chance(0.01)) out += " Jr.";
}

void Professions(Rng& r, Pool pool, std::string& out) {
  double empty = pool == pSelf ? 0.3 : pool == pOther ? 0.1 : 0.02;
  if (r.Chance(empty)) return;  // IMDb leaves this empty (not \N)
  std::string_view first = kPoolProfession[pool];
  if (pool == pSelf) first = r.Chance(0.5) ? (r.Chance(0.6) ? "actor" : "actress") : "miscellaneous";
  if (pool == pOther) first = OtherProfessions()[r.Below(OtherProfessions().size())];
  out += first;
  static const double more[] = {0.35, 0.17, 0.48};
  int k = r.Pick(more);
  std::string_view taken[3] = {first, {}, {}};
  for (int j = 1; j <= k; ++j) {
    std::string_view p = ExtraProfessions()[r.Below(ExtraProfessions().size())];
    if (p == taken[0] || p == taken[1]) continue;
    taken[j] = p;
    out += ',';
    out += p;
  }
}

}  // namespace

void GenNames(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  for (uint64_t i = b; i < e; ++i) {
    uint64_t rank;
    Pool pool = w.PoolOfPerson(uint32_t(i), &rank);
    Rng r(w.seed, kPersonStream, i);
    std::string& row = em.row;
    row.clear();
    AppendId(row, "nm", w.nm.Id(i));
    row += '\t';
    PersonName(r, pool, row);
    bool famous = double(rank) < 0.02 * double(w.PoolSize(pool));
    int birth = 0, death = 0;
    if (r.Chance(famous ? 0.6 : 0.18)) {
      birth = std::max(1840, 2008 - int(-std::log(r.UniformPos()) * 28));
      int age = r.Range(45, 98);
      if (birth + age <= 2025) death = birth + age;
    } else if (r.Chance(0.005)) {
      death = r.Range(1920, 2025);
    }
    row += '\t'; AppendOpt(row, uint64_t(birth));
    row += '\t'; AppendOpt(row, uint64_t(death));
    row += '\t'; Professions(r, pool, row);
    row += '\t';
    uint32_t known[4];
    int n = w.known.Get(uint32_t(i), known);
    if (n == 0 && r.Chance(0.65)) {
      n = 1 + int(r.Below(2));
      for (int k = 0; k < n; ++k) known[k] = uint32_t(r.Below(w.n_titles));
      if (n == 2 && known[1] == known[0]) n = 1;
    }
    if (!n) AppendNull(row);
    for (int k = 0; k < n; ++k) {
      if (k) row += ',';
      AppendId(row, "tt", w.tt.Id(known[k]));
    }
    em.Emit();
    BadKind bad = em.DrawInsert();
    if (bad == kClean) continue;
    std::string detail;
    if (bad != kDuplicateId) {
      // The same person again under an unused nconst, so that no real
      // person is lost whatever a loader does with the bad row.
      size_t tab = row.find('\t');
      std::string id;
      AppendId(id, "nm", w.nm.Gap(i));
      row.replace(0, tab, id);
    }
    if (bad == kDanglingId) {
      uint64_t ghost = w.tt.Dangling(r.Below(w.n_titles));
      size_t last = row.rfind('\t');
      std::string g;
      AppendId(g, "tt", ghost);
      row.replace(last + 1, std::string::npos, g);
      detail = "knownForTitles " + g + " not in title.basics.tsv";
    }
    em.Emit(bad, detail);
  }
}

}  // namespace datagen
