// Run: one query's execution inside Searcher::Search — the plans, the
// candidate generation (search_run.cc: phases, driver merge, leapfrog
// intersection with the other words' posting lists) and the checking of
// candidates (search_check.cc: filters, scorer, ranking values, exact-name
// lookups). Internal to src/search.

#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "marquee/search.h"
#include "search/doc_cursors.h"
#include "search/search_engine.h"
#include "search/search_plan.h"

namespace marquee::search {

inline constexpr size_t kMaxDrivers = 3;
inline constexpr size_t kMaxMergeLists = 4096;    // more terms than this: scan docs in rank order
inline constexpr size_t kExtraAfterLimit = 32;    // candidates checked after `limit` complete matches
inline constexpr size_t kCheckBatch = 16;         // candidates whose data is read from memory together
inline constexpr size_t kMaxExactName = 200;
inline constexpr size_t kMaxFilterLists = 64;     // a word with more terms is checked by the scorer only
inline constexpr size_t kWidePrefix = 8;          // a prefix range of more terms uses its 3-character gram
inline constexpr double kDenseShare = 0.02;       // a word in more of the documents is dense: it only confirms
inline constexpr size_t kLeapfrogLists = 2;       // a sparse word of more lists only confirms
inline constexpr size_t kCheapFilterLists = 4;    // a dense word of more lists does not filter at all
inline constexpr size_t kMaxQuerySteps = 12000;  // leapfrog steps for complete matches, over all passes (bounds their time)
inline constexpr size_t kPartialStepsPerDoc = 4;  // steps per document of a partial-match pass's budget

// Title types in the order they win ties (movies first, episodes last).
int TypeRank(std::string_view type);

class Run {
 public:
  Run(const Index& index, const Searcher::Impl& impl, const ParsedQuery& q, const SearchOptions& o)
      : index_(index), s_(impl.s), q_(q), o_(o), plans_(PlanQuery(s_, q_)), scorer_(s_, q_, plans_, impl.stop_ids) {}

  void Go(SearchStats* stats);

  // Partial matches must cover at least half the query's information: each
  // word weighs log(docs / docs it can match); words that can match nothing
  // weigh nothing. And at least one matched word must be informative: in at
  // most 2% of the documents (or 20), unlike "the".
  void Weigh();
  std::vector<Scored>& scored() { return scored_; }
  const Scorer& scorer() const { return scorer_; }

 private:
  bool Done() const { return exhausted_ || complete_ >= o_.limit; }

  // The posting lists of `p` in tiers [from, to], a prefix range as its
  // gram list when it has one; false when they are more than `max`.
  bool Lists(const WordPlan& p, int from, int to, size_t max, std::vector<std::span<const uint32_t>>* out);

  // Candidates from the documents of `p` in tier `tier`, in rank order.
  // With `complete_only`, a candidate must also be among the documents of
  // every other word that has few enough posting lists (leapfrog over the
  // lists, no document touched; see the filter kinds in Drive); other words
  // are checked by the scorer.
  void Drive(const WordPlan& p, int tier, bool complete_only);

  // If too few complete matches were found, partial matches: each of the
  // first `drivers` words drives (tiers 0..max_tier) with a small budget.
  void Partials(int max_tier, size_t drivers);

  // Phase 2, when phases 0 and 1 found no complete match: complete matches
  // with one word beyond its usual edit limit (within RelaxedEdits) and
  // every other word as typed ("mat damon": "matt damon"). They rank with
  // their edits, after any match with fewer.
  void Relaxed();
  // Phase 2's rule: a complete match, no word matched with an edit but one
  // beyond its usual limit.
  bool RelaxedMatch(const DocScore& score) const;

  // Checks the candidates `docs` of the current driver in order, after
  // starting to read all their data (a check mostly waits on memory: the
  // reads of a batch overlap). False when the driver should stop: out of
  // budget, or `limit` complete matches and kExtraAfterLimit more.
  bool CheckBatch(std::span<const uint32_t> docs);
  // Starts reading the record that checking a document of `packed` needs.
  void PrefetchRecord(uint32_t packed) const;

  // Checks one document: kind filter, the scorer on its words, then its
  // record for the other filters and for ranking (most candidates fail the
  // scorer, so most never touch their record).
  void Check(uint32_t doc, uint32_t packed);

  // Per title-type code, cached: allowed by --type, and rank for ties.
  bool TypeAllowed(uint8_t code);
  int TypeRankOf(uint8_t code);

  // Titles and people whose whole name is the query, however unpopular.
  void ExactNames();

  const Index& index_;
  const SearchIndex& s_;
  const ParsedQuery& q_;
  const SearchOptions& o_;
  std::vector<WordPlan> plans_;
  Scorer scorer_;
  DocSet seen_;
  std::optional<std::string_view> text_;  // the name whose words terms_ holds (exact-name lookups)
  std::vector<uint32_t> terms_;
  std::vector<bool> allowed_;
  std::vector<int> type_rank_;
  size_t cap_ = ~size_t{0};  // examined documents at which the current driver stops
  size_t steps_ = 0;          // leapfrog steps taken
  size_t step_cap_ = kMaxQuerySteps;  // steps at which Drive stops
  std::vector<Scored> scored_;
  std::vector<double> idf_;
  std::vector<bool> informative_;
  double idf_total_ = 0;
  size_t examined_ = 0, filtered_ = 0, complete_ = 0;
  size_t exact_complete_ = 0;  // complete matches without an edit
  bool relaxed_ = false;       // in phase 2: only RelaxedMatch
  size_t after_ = 0;  // candidates checked by the current driver after `limit` complete matches
  bool exhausted_ = false;
};

}  // namespace marquee::search
