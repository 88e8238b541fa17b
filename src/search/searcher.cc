// Searcher::Search: parse, plan, then generate candidates from the cheapest
// word's posting lists in doc-id (popularity) order — words without edits
// first, then with — check each candidate against every word (Scorer), and
// stop once enough complete matches are in hand or the budget is spent. If
// the first driver finds too few complete matches, the next cheapest word
// drives, which finds documents that miss the first word.

#include <algorithm>
#include <cmath>

#include "index/format.h"
#include "search/search_engine.h"
#include "search/search_plan.h"

namespace marquee {

using namespace search;
using namespace search_format;

namespace {

constexpr size_t kMaxDrivers = 3;
constexpr size_t kMaxMergeLists = 4096;    // more terms than this: scan docs in rank order
constexpr size_t kExtraAfterLimit = 32;    // candidates checked after `limit` complete matches
constexpr size_t kMaxExactName = 200;
constexpr size_t kMaxFilterLists = 64;     // a word with more terms is checked by the scorer only
constexpr size_t kWidePrefix = 8;          // a prefix range of more terms uses its 3-character gram
constexpr double kDenseShare = 0.02;       // words in more of the documents do not filter
constexpr size_t kMaxQuerySteps = 12000;  // leapfrog steps per query, over all passes (bounds its time)

// The first element >= target in the ascending [p, end), searching forward
// from p in doubling steps.
const uint32_t* Gallop(const uint32_t* p, const uint32_t* end, uint32_t target) {
  if (p == end || *p >= target) return p;
  size_t step = 1;
  while (p + step < end && p[step] < target) step <<= 1;
  return std::lower_bound(p + step / 2, std::min(p + step + 1, end), target);
}

// Several ascending posting lists as one: a min-heap of cursors. Next()
// yields their doc ids ascending without repeats; SkipTo(t) moves past
// everything below t, galloping only the lists that are behind.
class Merge {
 public:
  void Add(std::span<const uint32_t> list) {
    if (!list.empty()) heap_.push_back({list.data(), list.data() + list.size()});
  }
  void Start() { std::make_heap(heap_.begin(), heap_.end(), Later); }
  bool Next(uint32_t* doc) {
    while (!heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), Later);
      Cursor& c = heap_.back();
      uint32_t d = *c.p++;
      if (c.p == c.end) heap_.pop_back();
      else std::push_heap(heap_.begin(), heap_.end(), Later);
      if (d == last_) continue;
      last_ = d;
      *doc = d;
      return true;
    }
    return false;
  }
  void SkipTo(uint32_t target) {
    while (!heap_.empty() && *heap_.front().p < target) {
      std::pop_heap(heap_.begin(), heap_.end(), Later);
      Cursor& c = heap_.back();
      c.p = Gallop(c.p, c.end, target);
      if (c.p == c.end) heap_.pop_back();
      else std::push_heap(heap_.begin(), heap_.end(), Later);
    }
  }
  // The smallest doc id >= the last SkipTo target, kNone when none is left.
  uint32_t Front() const { return heap_.empty() ? format::kNone : *heap_.front().p; }

 private:
  struct Cursor {
    const uint32_t* p;
    const uint32_t* end;
  };
  static bool Later(const Cursor& a, const Cursor& b) { return *a.p > *b.p; }
  std::vector<Cursor> heap_;
  uint32_t last_ = format::kNone;
};

// The documents of one query word, for intersecting with a driver's
// documents in ascending order without touching the documents themselves.
class WordFilter {
 public:
  void Add(std::span<const uint32_t> list) { m_.Add(list); }
  void Start() { m_.Start(); }
  // The word's first document >= d (kNone when none is left).
  uint32_t NextFrom(uint32_t d) {
    m_.SkipTo(d);
    return m_.Front();
  }

 private:
  Merge m_;
};

int TypeRank(std::string_view type) {
  static constexpr std::string_view kOrder[] = {"movie", "tvSeries", "tvMiniSeries", "tvMovie", "tvSpecial", "video", "tvShort", "short", "videoGame"};
  for (size_t i = 0; i < std::size(kOrder); ++i)
    if (type == kOrder[i]) return static_cast<int>(i);
  return type == "tvEpisode" ? 11 : 10;
}

// A set of doc ids: open addressing, no allocation per insert.
class DocSet {
 public:
  DocSet() : slots_(1024, kEmpty) {}
  bool Insert(uint32_t d) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    for (size_t i = (d * 0x9E3779B1u) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == d) return false;
      if (slots_[i] == kEmpty) {
        slots_[i] = d;
        ++size_;
        return true;
      }
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  void Grow() {
    std::vector<uint32_t> old(slots_.size() * 2, kEmpty);
    old.swap(slots_);
    size_ = 0;
    for (uint32_t d : old)
      if (d != kEmpty) Insert(d);
  }
  std::vector<uint32_t> slots_;
  size_t size_ = 0;
};

class Run {
 public:
  Run(const Index& index, const Searcher::Impl& impl, const ParsedQuery& q, const SearchOptions& o)
      : index_(index), s_(impl.s), q_(q), o_(o), plans_(PlanQuery(s_, q_)), scorer_(s_, q_, plans_, impl.stop_ids) {}

  void Go(SearchStats* stats) {
    // Phase 0, the words as typed (exact, prefix, split, joined): if that
    // gives `limit` complete matches, no typo match could rank above them.
    Weigh();
    if (!plans_.empty()) Drive(plans_[0], 0, plans_.size() > 1);
    // An autocomplete query (its last word a prefix) that found some complete
    // matches as typed is answered: typo forms would rank below them anyway.
    bool autocomplete = !q_.words.empty() && q_.words.back().prefix;
    if (!Done() && !(autocomplete && complete_ > 0)) {
      // Phase 1, with typos: start over with the typo forms of every word.
      size_t examined = examined_;
      seen_ = DocSet();
      scored_.clear();
      complete_ = 0;
      AddTypoRuns(s_, q_, &plans_);
      scorer_.SetPlans(plans_);
      Weigh();
      // Complete matches first: the cheapest word drives, the others filter.
      for (int tier = 0; tier < 2 && !Done(); ++tier) Drive(plans_[0], tier, plans_.size() > 1);
      // Then, if too few, partial matches, each driver with a small budget.
      for (size_t di = 0; plans_.size() > 1 && di < plans_.size() && di < kMaxDrivers && !Done(); ++di) {
        cap_ = examined_ + std::max<size_t>(200, 20 * o_.limit);
        for (int tier = 0; tier < 2 && !Done() && examined_ < cap_; ++tier) Drive(plans_[di], tier, false);
      }
      examined_ += examined;
    }
    ExactNames();
    stats->examined = examined_;
    stats->budget_exhausted = exhausted_;
  }

  // Partial matches must cover at least half the query's information: each
  // word weighs log(docs / docs it can match); words that can match nothing
  // weigh nothing. And at least one matched word must be informative: in at
  // most 2% of the documents (or 20), unlike "the".
  void Weigh() {
    idf_.assign(q_.words.size(), 0.0);
    informative_.assign(q_.words.size(), false);
    idf_total_ = 0;
    const double common = std::max(20.0, 0.02 * s_.doc_count());
    for (const WordPlan& p : plans_) {
      uint64_t df = p.cost[0] + p.cost[1];
      if (df) idf_[p.word] = std::log((s_.doc_count() + 1.0) / (1.0 + df)) + 0.1;
      informative_[p.word] = df <= common;
      idf_total_ += idf_[p.word];
    }
  }
  std::vector<Scored>& scored() { return scored_; }

 private:
  bool Done() const { return exhausted_ || complete_ >= o_.limit; }

  // The posting lists of `p` in tiers [from, to], a prefix range as its
  // gram list when it has one; false when they are more than `max`.
  bool Lists(const WordPlan& p, int from, int to, size_t max, std::vector<std::span<const uint32_t>>* out) {
    out->clear();
    for (int t = from; t <= to; ++t)
      for (const TermRun& r : p.runs[t]) {
        if (t == 0 && r.prefix && r.lo == p.prefix.lo && r.hi == p.prefix.hi &&
            (p.gram || (p.gram_superset && r.hi - r.lo > kWidePrefix))) {
          out->push_back(p.gram ? *p.gram : *p.gram_superset);
          continue;
        }
        if (out->size() + (r.hi - r.lo) > max) return false;
        for (uint32_t term = r.lo; term < r.hi; ++term) out->push_back(s_.postings(term));
      }
    return true;
  }

  // Candidates from the documents of `p` in tier `tier`, in rank order.
  // With `complete_only`, a candidate must also be in the posting lists of
  // every other word that has few enough (galloping intersection, no
  // document touched); others are checked by the scorer.
  void Drive(const WordPlan& p, int tier, bool complete_only) {
    if (p.runs[tier].empty()) return;
    std::vector<WordFilter> filters;
    std::vector<std::span<const uint32_t>> lists;
    if (complete_only) {
      for (const WordPlan& o : plans_) {
        if (&o == &p) continue;
        if (o.terms[0] + o.terms[1] == 0) return;  // a word that matches nothing: no complete match
        // A word in many documents ("the", a one-letter prefix) filters
        // little and costs much to intersect: the scorer checks it instead.
        if (o.cost[0] + o.cost[1] > kDenseShare * s_.doc_count()) continue;
        if (!Lists(o, 0, 1, kMaxFilterLists, &lists)) continue;
        filters.emplace_back();
        for (auto l : lists) filters.back().Add(l);
        filters.back().Start();
      }
    }
    size_t after = 0;
    auto take = [&](uint32_t d) {
      if (d >= s_.doc_count() || !seen_.Insert(d)) return true;
      Check(d, s_.doc(d));
      if (exhausted_ || examined_ >= cap_) return false;
      if (complete_ >= o_.limit && ++after > kExtraAfterLimit) return false;
      return true;
    };
    // The driver: its lists merged, or every document in rank order when
    // it has too many lists.
    Merge m;
    bool scan = !Lists(p, tier, tier, kMaxMergeLists, &lists);
    uint32_t next_doc = 0;
    if (!scan) {
      for (auto l : lists) m.Add(l);
      m.Start();
    }
    auto next = [&](uint32_t* d) {
      if (!scan) return m.Next(d);
      *d = next_doc++;
      return *d < s_.doc_count();
    };
    auto skip_to = [&](uint32_t target) {
      if (scan) next_doc = std::max(next_doc, target);
      else m.SkipTo(target);
    };
    // Leapfrog: a document every filter agrees on, each side jumping ahead
    // to the other's next document.
    uint32_t d;
    if (!next(&d)) return;
    while (++steps_ <= kMaxQuerySteps) {
      uint32_t target = d;
      for (WordFilter& f : filters) {
        uint32_t x = f.NextFrom(target);
        if (x == format::kNone) return;  // a word has no documents left
        target = std::max(target, x);
      }
      if (target != d) {
        skip_to(target);
        if (!next(&d)) return;
        continue;
      }
      if (!take(d) || !next(&d)) return;
    }
  }

  // Checks one document: kind filter, the scorer on its words, then its
  // record for the other filters and for ranking (most candidates fail the
  // scorer, so most never touch their record).
  void Check(uint32_t doc, uint32_t packed) {
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

  // Per title-type code, cached: allowed by --type, and rank for ties.
  bool TypeAllowed(uint8_t code) {
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
  int TypeRankOf(uint8_t code) {
    if (type_rank_.empty()) {
      type_rank_.resize(index_.title_type_count());
      for (uint32_t i = 0; i < type_rank_.size(); ++i) type_rank_[i] = TypeRank(index_.title_type_name(i));
    }
    return code < type_rank_.size() ? type_rank_[code] : 10;
  }

  // Titles and people whose whole name is the query, however unpopular.
  void ExactNames() {
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

  const Index& index_;
  const SearchIndex& s_;
  const ParsedQuery& q_;
  const SearchOptions& o_;
  std::vector<WordPlan> plans_;
  Scorer scorer_;
  DocSet seen_;
  std::string_view text_;
  std::vector<uint32_t> terms_;
  std::vector<bool> allowed_;
  std::vector<int> type_rank_;
  size_t cap_ = ~size_t{0};
  size_t steps_ = 0;  // leapfrog steps taken  // examined documents at which the current driver stops
  std::vector<Scored> scored_;
  std::vector<double> idf_;
  std::vector<bool> informative_;
  double idf_total_ = 0;
  size_t examined_ = 0, filtered_ = 0, complete_ = 0;
  bool exhausted_ = false;
};

}  // namespace

Searcher::Searcher(const Index& index, std::unique_ptr<Impl> impl) : index_(index), impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Status Searcher::Open(const Index& index, std::unique_ptr<Searcher>* out) {
  auto impl = std::make_unique<Impl>();
  MARQUEE_RETURN_IF_ERROR(SearchIndex::Open(index, &impl->s));
  // Articles and particles a person leaves out of a title ("godfather" for
  // "The Godfather"): a name's coverage ignores them.
  for (const char* w : {"a", "an", "and", "the", "of", "to", "in", "on", "de", "del", "der", "die", "das", "el", "la",
                        "le", "les", "los", "il", "lo", "et", "und", "y"}) {
    uint32_t id = impl->s.FindTerm(w);
    if (id != format::kNone) impl->stop_ids.push_back(id);
  }
  std::sort(impl->stop_ids.begin(), impl->stop_ids.end());
  out->reset(new Searcher(index, std::move(impl)));
  return Status::OK();
}

Status Searcher::Search(std::string_view query, const SearchOptions& options, std::vector<SearchHit>* hits,
                        SearchStats* stats) const {
  hits->clear();
  if (options.limit < 1 || options.limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
  if (options.budget < 1) return Status::InvalidArgument("budget must be at least 1");
  SearchOptions o = options;
  if (!o.title_types.empty() && o.kind == SearchKind::kAny) o.kind = SearchKind::kTitle;
  if (o.year && o.kind == SearchKind::kAny) o.kind = SearchKind::kTitle;
  ParsedQuery q;
  MARQUEE_RETURN_IF_ERROR(ParseQuery(query, &q));
  SearchStats local;
  SearchStats* st = stats ? stats : &local;
  *st = SearchStats();
  for (const QueryWord& w : q.words) st->words.push_back(w.text);
  st->year_in_query = q.year;
  st->truncated = q.truncated;
  Run run(index_, *impl_, q, o);
  run.Go(st);
  MakeHits(index_, q, std::move(run.scored()), o.limit, hits);
  return Status::OK();
}

}  // namespace marquee
