// Run: the phases of a query and candidate generation. Phase 0 drives the
// cheapest word's posting lists (as typed) in doc-id order, intersecting
// with the other words by leapfrog; phase 1 adds typo forms and drives
// again, then gives partial matches a small budget; when nothing matched
// every word, phase 2 allows one word an edit more (RelaxedEdits).

#include <algorithm>
#include <cmath>
#include <utility>

#include "search/edit_distance.h"
#include "search/search_run.h"

namespace marquee::search {

using namespace search_format;

void Run::Go(SearchStats* stats) {
  // Phase 0, the words as typed (exact, prefix, split, joined): if that
  // gives `limit` complete matches, no typo match could rank above them.
  Weigh();
  if (!plans_.empty()) Drive(plans_[0], 0, plans_.size() > 1);
  // An autocomplete query (its last word a prefix) that found some complete
  // matches as typed is answered without typo forms, which would rank below
  // them anyway; partial matches from the rarest word may fill the rest.
  bool autocomplete = !q_.words.empty() && q_.words.back().prefix;
  if (!Done() && autocomplete && complete_ > 0) {
    Partials(0, 1);
  } else if (!Done()) {
    // Phase 1, with typos: start over with the typo forms of every word.
    size_t examined = examined_;
    seen_ = DocSet();
    scored_.clear();
    complete_ = exact_complete_ = 0;
    AddTypoRuns(s_, q_, &plans_);
    scorer_.SetPlans(plans_);
    Weigh();
    // Complete matches first: the cheapest word drives, the others filter.
    // Its typo forms are driven even after `limit` complete matches, unless
    // those have no edit: its tier 0 has words that spell only part of it
    // ("hanson" of "jo hanson"), whose documents can match with more edits
    // than its typo forms do ("johanson": "hanson" 2, "johansson" 1).
    Drive(plans_[0], 0, plans_.size() > 1);
    if (!exhausted_ && exact_complete_ < o_.limit) Drive(plans_[0], 1, plans_.size() > 1);
    Partials(1, kMaxDrivers);
    if (complete_ == 0 && plans_.size() > 1 && !exhausted_) Relaxed();
    examined_ += examined;
  }
  ExactNames();
  stats->examined = examined_;
  stats->budget_exhausted = exhausted_;
}

void Run::Partials(int max_tier, size_t drivers) {
  const size_t budget = std::max<size_t>(200, 20 * o_.limit);
  for (size_t di = 0; plans_.size() > 1 && di < plans_.size() && di < drivers && !Done(); ++di) {
    // Its own steps: the search for complete matches may have used them all.
    cap_ = examined_ + budget;
    step_cap_ = steps_ + kPartialStepsPerDoc * budget;
    for (int tier = 0; tier <= max_tier && !Done() && examined_ < cap_; ++tier) Drive(plans_[di], tier, false);
  }
}

void Run::Relaxed() {
  // Each word that may take an edit more, in turn, while every other word
  // has forms as typed: their tier 0 filters, the word's wider typo forms
  // drive or filter, so a pass costs one trie walk and few candidates.
  const std::vector<WordPlan> typed = plans_;
  relaxed_ = true;
  for (size_t r = 0; r < typed.size() && !Done(); ++r) {
    const QueryWord& w = q_.words[typed[r].word];
    const int k = RelaxedEdits(w.cps.size());
    auto as_typed = [&](const WordPlan& p) { return &p == &typed[r] || p.cost[0] > 0; };
    if (k <= w.max_edits || !std::all_of(typed.begin(), typed.end(), as_typed)) continue;
    plans_ = typed;
    for (WordPlan& p : plans_) SetTypoRuns(s_, q_.words[p.word], p.word == typed[r].word ? k : 0, &p);
    SortPlans(&plans_);
    scorer_.SetPlans(plans_);
    seen_ = DocSet();  // partial matches of phase 1 are checked again, as complete ones
    for (int tier = 0; tier < 2 && !Done(); ++tier) Drive(plans_[0], tier, true);
  }
  relaxed_ = false;
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
  // A prefix's gram (for a wide range, the gram of its first characters)
  // lists the documents of its whole term range and of the word itself.
  const bool gram = p.prefix.lo < p.prefix.hi && (p.gram || (p.gram_superset && p.prefix.hi - p.prefix.lo > kWidePrefix));
  for (int t = from; t <= to; ++t)
    for (const TermRun& r : p.runs[t]) {
      if (t == 0 && gram && (r.prefix ? r.lo == p.prefix.lo && r.hi == p.prefix.hi : r.lo == p.exact && r.hi == r.lo + 1)) {
        if (r.prefix) out->push_back(p.gram ? *p.gram : *p.gram_superset);
        continue;
      }
      if (out->size() + (r.hi - r.lo) > max) return false;
      for (uint32_t term = r.lo; term < r.hi; ++term) out->push_back(s_.postings(term));
    }
  if (from == 0 && p.joined_before != format::kNone) {
    if (out->size() + 1 > max) return false;
    out->push_back(s_.postings(p.joined_before));
  }
  return true;
}

void Run::Drive(const WordPlan& p, int tier, bool complete_only) {
  if (p.runs[tier].empty()) return;
  // The other words' documents: a sparse word of one or two lists (its own
  // term, a short prefix's gram, two typo forms) moves the driver on at
  // every step (leapfrog). A dense one ("the", a one-letter prefix's gram)
  // jumps little for a costly gallop, and a merge of more lists costs a
  // gallop per list, so those only confirm a document the others agree on.
  std::vector<WordFilter> sparse, dense;
  std::vector<std::span<const uint32_t>> lists;
  if (complete_only) {
    std::vector<std::vector<std::span<const uint32_t>>> taken;  // the filters' lists, to skip a repeated word
    for (const WordPlan& o : plans_) {
      if (&o == &p) continue;
      if (!Lists(o, 0, 1, kMaxFilterLists, &lists)) continue;
      if (lists.empty()) return;  // a word that matches nothing: no complete match
      // Many lists in many documents (a prefix's terms, typo forms) filter
      // little for a gallop per list: the scorer checks such a word instead.
      bool many = o.cost[0] + o.cost[1] > kDenseShare * s_.doc_count();
      if (many && lists.size() > kCheapFilterLists) continue;
      auto same = [&](const auto& t) {
        return std::equal(t.begin(), t.end(), lists.begin(), lists.end(),
                          [](auto a, auto b) { return a.data() == b.data() && a.size() == b.size(); });
      };
      if (std::any_of(taken.begin(), taken.end(), same)) continue;  // "the ... of the"
      taken.push_back(lists);
      (many || lists.size() > kLeapfrogLists ? dense : sparse).emplace_back(lists);
    }
    // Rarest first, as the plans are sorted; merges last.
    std::stable_partition(dense.begin(), dense.end(), [](const WordFilter& f) { return f.lists() == 1; });
  }
  // Candidates are checked in batches (CheckBatch).
  uint32_t batch[kCheckBatch];
  size_t batched = 0;
  after_ = 0;
  auto take = [&](uint32_t d) {
    if (d < s_.doc_count()) batch[batched++] = d;
    return batched < kCheckBatch || CheckBatch({batch, std::exchange(batched, 0)});
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
  auto leapfrog = [&] {
    uint32_t d;
    if (!next(&d)) return;
    while (++steps_ <= step_cap_) {
      uint32_t target = d;
      for (WordFilter& f : sparse)
        if ((target = f.NextFrom(target)) == format::kNone) return;  // a word has no documents left
      for (auto f = dense.begin(); f != dense.end() && target == d; ++f)
        if ((target = f->NextFrom(d)) == format::kNone) return;
      if (target != d) {
        skip_to(target);
        if (!next(&d)) return;
        continue;
      }
      if (!take(d) || !next(&d)) return;
    }
  };
  leapfrog();
  CheckBatch({batch, batched});
}

}  // namespace marquee::search
