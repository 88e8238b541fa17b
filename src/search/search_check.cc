// Run: checking one candidate — kind and type filters, the scorer on its
// forward list, the partial-match rule, popularity and boosts — and the
// exact-name lookups that reach unpopular documents.

#include <algorithm>
#include <cmath>

#include "search/search_run.h"

namespace marquee::search {

using namespace search_format;

int TypeRank(std::string_view type) {
  static constexpr std::string_view kOrder[] = {"movie", "tvSeries", "tvMiniSeries", "tvMovie", "tvSpecial", "video", "tvShort", "short", "videoGame"};
  for (size_t i = 0; i < std::size(kOrder); ++i)
    if (type == kOrder[i]) return static_cast<int>(i);
  return type == "tvEpisode" ? 11 : 10;
}

void Run::Check(uint32_t doc, uint32_t packed) {
  if (examined_ >= o_.budget || filtered_ >= o_.budget * 16) {
    exhausted_ = true;
    return;
  }
  uint32_t kind = DocKindOf(packed), row = DocRowOf(packed);
  bool person = kind == kPersonDoc;
  if ((person && o_.kind == SearchKind::kTitle) || (!person && o_.kind == SearchKind::kPerson)) {
    ++filtered_;
    return;
  }
  Scored c;
  c.doc = doc;
  c.packed = packed;
  const format::TitleRecord* tr = nullptr;
  if (!person) {
    uint32_t t = kind == kAkaDoc ? index_.aka_records()[row].title : row;
    tr = &index_.title_records()[t];
    if (q_.year || o_.year || !o_.title_types.empty()) {
      if (!TypeAllowed(tr->type) || (o_.year && tr->start_year != *o_.year)) {
        ++filtered_;
        return;
      }
      c.year = tr->start_year;
    }
  }
  ++examined_;
  if (doc == format::kNone) {
    text_ = person ? index_.person_name(row)
                   : index_.string_at(kind == kOriginalDoc ? tr->original_title : tr->primary_title);
    scorer_.TermsOf(text_, &terms_);
    scorer_.Score(terms_, c.year, &c.score);
  } else {
    scorer_.Score(s_.doc_terms(doc), c.year, &c.score);
  }
  if (c.score.matched == 0) return;
  if (!c.score.complete) {
    double got = 0;
    bool informative = false;
    for (size_t i = 0; i < idf_.size(); ++i) {
      if (!c.score.words[i].found) continue;
      got += idf_[i];
      informative |= informative_[i];
    }
    if (got < 0.5 * idf_total_ || !informative) return;
  }
  double weight;
  uint32_t credits;
  if (person) {
    const format::PersonRecord& r = index_.person_records()[row];
    weight = r.popularity / 4.0;
    credits = (&r)[1].credit_begin - r.credit_begin;
  } else {
    weight = tr->votes;
    credits = tr[1].credit_begin - tr->credit_begin;
    c.year = tr->start_year;
    c.type_rank = TypeRankOf(tr->type);
    if (tr->parent != format::kNone) c.boost -= 0.5;
    if (kind != kTitleDoc) c.boost -= 0.05;
  }
  // Popularity (votes), then a whole-name match (worth 10x the votes), the
  // share of the name matched, and, faint, the number of credits.
  c.boost += std::log10(1.0 + weight) + (c.score.exact_name ? 1.0 : 0.0) + 0.5 * c.score.coverage +
             0.2 * std::log10(1.0 + credits) - 0.3 * c.score.first_letter_typos;
  if (c.score.complete) ++complete_;
  scored_.push_back(std::move(c));
}

bool Run::TypeAllowed(uint8_t code) {
  if (o_.title_types.empty()) return true;
  if (allowed_.empty()) {
    allowed_.resize(index_.title_type_count());
    for (uint32_t i = 0; i < allowed_.size(); ++i) {
      std::string_view name = index_.title_type_name(i);
      allowed_[i] = std::find(o_.title_types.begin(), o_.title_types.end(), name) != o_.title_types.end();
    }
  }
  return code < allowed_.size() && allowed_[code];
}

int Run::TypeRankOf(uint8_t code) {
  if (type_rank_.empty()) {
    type_rank_.resize(index_.title_type_count());
    for (uint32_t i = 0; i < type_rank_.size(); ++i) type_rank_[i] = TypeRank(index_.title_type_name(i));
  }
  return code < type_rank_.size() ? type_rank_[code] : 10;
}

void Run::ExactNames() {
  if (q_.folded_name.empty()) return;
  size_t n = 0;
  size_t saved = examined_;
  examined_ = 0;  // these few are checked whatever the budget
  bool was = exhausted_;
  if (o_.kind != SearchKind::kPerson)
    for (TitleRow t : index_.TitlesNamed(q_.folded_name)) {
      if (++n > kMaxExactName) break;
      Check(format::kNone, PackDoc(kTitleDoc, t));
      const format::TitleRecord& r = index_.title_records()[t];
      if (r.original_title != r.primary_title) Check(format::kNone, PackDoc(kOriginalDoc, t));
    }
  n = 0;
  if (o_.kind != SearchKind::kTitle)
    for (PersonRow p : index_.PeopleNamed(q_.folded_name)) {
      if (++n > kMaxExactName) break;
      Check(format::kNone, PackDoc(kPersonDoc, p));
    }
  examined_ += saved;
  exhausted_ = was;
}

}  // namespace marquee::search
