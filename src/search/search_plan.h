// Planning a query: for each query word, the term runs that can match it,
// in two tiers — tier 0 without edits (the word itself, words it starts,
// the halves of a word written as one, two words written as one) and tier 1
// with edits (typos, near-spelled prefixes) — and what each tier costs in
// postings. The engine drives candidate generation from the cheapest word
// and checks every other word on the candidates.

#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "search/query.h"
#include "search/search_index.h"

namespace marquee::search {

inline constexpr size_t kMaxTypoRuns = 200;

struct WordPlan {
  size_t word = 0;                 // index into ParsedQuery::words
  std::vector<TermRun> runs[2];    // tier 0: no edits; tier 1: with edits (drive candidates)
  uint64_t cost[2] = {0, 0};       // postings in each tier
  uint64_t terms[2] = {0, 0};      // terms in each tier
  // How the word matches a document's terms (for the scorer):
  uint32_t exact = 0xFFFFFFFFu;    // the word's own term
  TermRun prefix;                  // terms it starts (lo == hi: none)
  // The documents with a word starting with the word, when it is short
  // enough to have a prefix gram (kMaxGramChars characters).
  std::optional<std::span<const uint32_t>> gram;
  // For a longer prefix, the gram of its first kMaxGramChars characters: a
  // superset of its documents, used when its term range is wide.
  std::optional<std::span<const uint32_t>> gram_superset;
  std::vector<std::vector<uint32_t>> splits;  // 2-4 adjacent terms that spell it
  uint32_t joined = 0xFFFFFFFFu;   // the term spelled by it and the next word
  // The previous word's `joined`: a document with it matches this word too
  // ("1974" for the "4" of "episode 197 4"), so it is among this word's
  // documents.
  uint32_t joined_before = 0xFFFFFFFFu;
};

// Plans for the required words without edits (tier 1 empty), cheapest first.
std::vector<WordPlan> PlanQuery(const SearchIndex& s, const ParsedQuery& q);
// Sets tier 1 (typos, near-spelled prefixes, doubled letters) of every plan
// and sorts them again. Costs a trie walk per word, so it is done only when
// the words as typed find too little.
void AddTypoRuns(const SearchIndex& s, const ParsedQuery& q, std::vector<WordPlan>* plans);
// Sets tier 1 of `p`, the plan of `w`: typos within `max_edits`, prefixes
// within w.max_edits, doubled letters beyond.
void SetTypoRuns(const SearchIndex& s, const QueryWord& w, int max_edits, WordPlan* p);
// Cheapest first: by postings without edits, a word with only typo forms by
// those, a word that matches nothing last.
void SortPlans(std::vector<WordPlan>* plans);

}  // namespace marquee::search
