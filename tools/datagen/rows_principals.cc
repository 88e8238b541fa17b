// rows_principals.cc — title.principals rows, including the `characters`
// JSON arrays, and the knownFor bookkeeping name.basics needs.
#include <cmath>

#include "plan.h"
#include "rows.h"

namespace datagen {

namespace {

std::string_view skewed_word(Rng& r, const WordList& w) {
  return w[size_t(double(w.size()) * std::pow(r.uniform(), 1.7))];
}

// One character name, from role templates filled with names of the title's
// language ("Detective Kowalski", "Young Maya", "Self - Host").
void one_character(Rng& r, Category cat, Lang lang, std::string& out) {
  if (cat == cSelf || (cat == cArchiveFootage && r.chance(0.7)) || cat == cArchiveSound) {
    append_json_escaped(out, skewed_word(r, self_roles()));
    return;
  }
  const Culture& c = cultures()[culture_for_lang(lang)];
  bool female = cat == cActress;
  std::string_view tmpl = character_roles()[r.below(character_roles().size())];
  if (female && tmpl == "Uncle %F") tmpl = "Aunt %F";
  if (!female && tmpl == "Aunt %F") tmpl = "Uncle %F";
  std::string text;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '%' || i + 1 == tmpl.size()) { text += tmpl[i]; continue; }
    char f = tmpl[++i];
    if (f == 'F') text += skewed_word(r, female ? c.female : c.male);
    else if (f == 'L') text += skewed_word(r, c.last);
    else if (f == 'N') text += skewed_word(r, cultures()[0].male).substr(0, 3);
  }
  append_json_escaped(out, text);
}

void append_characters(const Credit& cr, Lang lang, std::string& row) {
  if (!cr.has_character) return append_null(row);
  Rng r(cr.char_seed);
  int n = r.chance(0.04) ? 2 : 1;
  row += "[\"";
  for (int k = 0; k < n; ++k) {
    if (k) row += "\",\"";
    one_character(r, cr.cat, lang, row);
  }
  row += "\"]";
}

}  // namespace

void gen_principals(const World& w, uint64_t b, uint64_t e, Emitter& em) {
  if (b == 0) em.header();
  Plan p;
  for (uint64_t i = b; i < e; ++i) {
    TitleInfo t = title_info(w, uint32_t(i));
    plan_credits(w, t, p);
    // knownFor: episodes count towards their series, as on IMDb.
    uint32_t known_as = t.type == kTvEpisode ? t.series_title : uint32_t(i);
    for (int j = 0; j < p.n; ++j) {
      const Credit& cr = p.c[j];
      w.known.offer(cr.person, known_as);
      BadKind k = em.draw();
      uint64_t tid = w.tt.id(i), nid = w.nm.id(cr.person);
      std::string detail;
      if (k == kDanglingId) {
        // A missing title only on a title's last row, to keep rows sorted.
        if (j == p.n - 1 && (cr.person & 1)) {
          tid = w.tt.dangling(i);
          detail = "tconst ";
          append_id(detail, "tt", tid);
          detail += " not in title.basics.tsv";
        } else {
          nid = w.nm.dangling(cr.person);
          detail = "nconst ";
          append_id(detail, "nm", nid);
          detail += " not in name.basics.tsv";
        }
      }
      std::string& row = em.row;
      row.clear();
      append_id(row, "tt", tid);
      row += '\t'; append_uint(row, uint64_t(j + 1));
      row += '\t'; append_id(row, "nm", nid);
      row += '\t'; row += kCategoryNames[cr.cat];
      row += '\t';
      if (cr.job < 0) append_null(row);
      else row += jobs(cr.cat)[size_t(cr.job)];
      row += '\t'; append_characters(cr, t.lang, row);
      em.emit(k, detail);
    }
  }
}

}  // namespace datagen
