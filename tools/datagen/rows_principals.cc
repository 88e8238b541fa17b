// rows_principals.cc — title.principals rows, including the `characters`
// JSON arrays, and the knownFor bookkeeping name.basics needs.
#include <cmath>

#include "plan.h"
#include "rows.h"

namespace datagen {

namespace {

std::string_view SkewedWord(Rng& r, const WordList& w) {
  return w[size_t(double(w.size()) * std::pow(r.Uniform(), 1.7))];
}

// One character name, from role templates filled with names of the title's
// language ("Detective Kowalski", "Young Maya", "Self - Host").
void OneCharacter(Rng& r, Category cat, Lang lang, std::string& out) {
  if (cat == cSelf || (cat == cArchiveFootage && r.Chance(0.7)) || cat == cArchiveSound) {
    AppendJsonEscaped(out, SkewedWord(r, SelfRoles()));
    return;
  }
  const Culture& c = Cultures()[CultureForLang(lang)];
  bool female = cat == cActress;
  std::string_view tmpl = CharacterRoles()[r.Below(CharacterRoles().size())];
  if (female && tmpl == "Uncle %F") tmpl = "Aunt %F";
  if (!female && tmpl == "Aunt %F") tmpl = "Uncle %F";
  std::string text;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '%' || i + 1 == tmpl.size()) { text += tmpl[i]; continue; }
    char f = tmpl[++i];
    if (f == 'F') text += SkewedWord(r, female ? c.female : c.male);
    else if (f == 'L') text += SkewedWord(r, c.last);
    else if (f == 'N') text += SkewedWord(r, Cultures()[0].male).substr(0, 3);
  }
  AppendJsonEscaped(out, text);
}

void AppendCharacters(const Credit& cr, Lang lang, std::string& row) {
  if (!cr.has_character) return AppendNull(row);
  Rng r(cr.char_seed);
  int n = r.Chance(0.04) ? 2 : 1;
  row += "[\"";
  for (int k = 0; k < n; ++k) {
    if (k) row += "\",\"";
    OneCharacter(r, cr.cat, lang, row);
  }
  row += "\"]";
}

}  // namespace

void GenPrincipals(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.Header();
  Plan p;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = DescribeTitle(w, uint32_t(i));
    PlanCredits(w, t, p);
    // knownFor: episodes count towards their series, as on IMDb.
    uint32_t known_as = t.type == kTvEpisode ? t.series_title : uint32_t(i);
    for (int j = 0; j < p.n; ++j) {
      const Credit& cr = p.c[j];
      w.known.Offer(cr.person, known_as);
      BadKind k = em.Draw();
      uint64_t tid = w.tt.Id(i), nid = w.nm.Id(cr.person);
      std::string detail;
      if (k == kDanglingId) {
        // A missing title only on a title's last row, to keep rows sorted.
        if (j == p.n - 1 && (cr.person & 1)) {
          tid = w.tt.Dangling(i);
          detail = "tconst ";
          AppendId(detail, "tt", tid);
          detail += " not in title.basics.tsv";
        } else {
          nid = w.nm.Dangling(cr.person);
          detail = "nconst ";
          AppendId(detail, "nm", nid);
          detail += " not in name.basics.tsv";
        }
      }
      std::string& row = em.row;
      row.clear();
      AppendId(row, "tt", tid);
      row += '\t'; AppendUint(row, uint64_t(j + 1));
      row += '\t'; AppendId(row, "nm", nid);
      row += '\t'; row += kCategoryNames[cr.cat];
      row += '\t';
      if (cr.job < 0) AppendNull(row);
      else row += Jobs(cr.cat)[size_t(cr.job)];
      row += '\t'; AppendCharacters(cr, t.lang, row);
      em.Emit(k, detail);
    }
  }
}

}  // namespace datagen
