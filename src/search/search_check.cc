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

bool Run::CheckBatch(std::span<const uint32_t> docs) {
  for (uint32_t d : docs) s_.PrefetchDoc(d);
  for (uint32_t d : docs) {
    PrefetchRecord(s_.doc(d));
    s_.PrefetchDocTerms(d);
  }
  for (uint32_t d : docs) {
    if (!seen_.Insert(d)) continue;
    Check(d, s_.doc(d));
    if (exhausted_ || examined_ >= cap_) return false;
    if (complete_ >= o_.limit && ++after_ > kExtraAfterLimit) return false;
  }
  return true;
}

void Run::PrefetchRecord(uint32_t packed) const {
  uint32_t kind = DocKindOf(packed), row = DocRowOf(packed);
  const char* r = nullptr;
  size_t size = 0;  // the record and the next one's credit_begin
  if (kind == kPersonDoc && row < index_.person_count()) {
    r = reinterpret_cast<const char*>(&index_.person_records()[row]);
    size = 2 * sizeof(format::PersonRecord);
  } else if (kind != kAkaDoc && kind != kPersonDoc && row < index_.title_count()) {
    r = reinterpret_cast<const char*>(&index_.title_records()[row]);
    size = 2 * sizeof(format::TitleRecord);
  }
  for (size_t at = 0; at < size; at += 64) __builtin_prefetch(r + at);
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
  // A row that does not exist: the doc (or the alternate title's record) is damaged.
  if (row >= (person ? index_.person_count() : kind == kAkaDoc ? index_.aka_records().size() : index_.title_count()))
    ThrowDamaged(kDocs, doc);
  Scored c;
  c.doc = doc;
  c.packed = packed;
  const format::TitleRecord* tr = nullptr;
  if (!person) {
    uint32_t t = kind == kAkaDoc ? index_.aka_records()[row].title : row;
    if (t >= index_.title_count()) ThrowDamaged(static_cast<uint32_t>(format::SectionId::kAkas), row);
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
    std::string_view text = person ? index_.person_name(row)
                                   : index_.string_at(kind == kOriginalDoc ? tr->original_title : tr->primary_title);
    // Names found by exact lookup are mostly spelled alike ("Episode
    // #1.1" of many series): each spelling is tokenized once.
    if (text_ != text) {
      text_ = text;
      scorer_.TermsOf(text, &terms_);
    }
    scorer_.Score(terms_, c.year, &c.score);
  } else {
    scorer_.Score(s_.doc_terms(doc), c.year, &c.score);
  }
  if (c.score.matched == 0) return;
  if (relaxed_ && !RelaxedMatch(c.score)) return;
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
  if (c.score.complete) {
    ++complete_;
    exact_complete_ += c.score.edits == 0;
  }
  scored_.push_back(std::move(c));
}

bool Run::RelaxedMatch(const DocScore& score) const {
  if (!score.complete) return false;
  int beyond = 0;
  for (size_t i = 0; i < q_.words.size(); ++i) {
    const WordHit& w = score.words[i];
    if (!w.found || w.edits == 0) continue;  // not found: the optional year
    if (w.edits <= q_.words[i].max_edits || ++beyond > 1) return false;
  }
  return true;
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
  size_t saved = examined_;
  examined_ = 0;  // these few are checked whatever the budget
  bool was = exhausted_;
  // Each list's records are read from memory together first.
  auto named = [&](std::vector<uint32_t> rows, uint32_t kind) {
    for (uint32_t row : rows) PrefetchRecord(PackDoc(kind, row));
    return rows;
  };
  if (o_.kind != SearchKind::kPerson)
    for (TitleRow t : named(index_.TitlesNamed(q_.folded_name, kMaxExactName), kTitleDoc)) {
      Check(format::kNone, PackDoc(kTitleDoc, t));
      const format::TitleRecord& r = index_.title_records()[t];
      if (r.original_title != r.primary_title) Check(format::kNone, PackDoc(kOriginalDoc, t));
    }
  if (o_.kind != SearchKind::kTitle)
    for (PersonRow p : named(index_.PeopleNamed(q_.folded_name, kMaxExactName), kPersonDoc)) Check(format::kNone, PackDoc(kPersonDoc, p));
  examined_ += saved;
  exhausted_ = was;
}

}  // namespace marquee::search
