// Run: the phases of a query and candidate generation. Phase 0 drives the
// cheapest word's posting lists (as typed) in doc-id order, intersecting
// with the other words by leapfrog; phase 1 adds typo forms and drives
// again, then gives partial matches a small budget.

#include <algorithm>
#include <cmath>

#include "search/search_run.h"

namespace marquee::search {

using namespace search_format;

void Run::Go(SearchStats* stats) {
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

void Run::Weigh() {
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

bool Run::Lists(const WordPlan& p, int from, int to, size_t max, std::vector<std::span<const uint32_t>>* out) {
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

void Run::Drive(const WordPlan& p, int tier, bool complete_only) {
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

}  // namespace marquee::search
