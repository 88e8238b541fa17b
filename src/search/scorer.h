// Scorer: how well one document matches a parsed query, computed from the
// document's words as term ids (the forward lists of the search index) and
// the query's plan, so checking a candidate costs a few array reads and
// binary searches, never text. Per query word: exact, prefix (the last
// word), typo within its edit limit (the plan's trie-walk runs), one query
// word for two adjacent name words ("spiderman" ~ "spider man"), two for
// one, and a trailing year against the title's start year. Each name word
// serves one query word. The result feeds ranking and the "why" of a hit.

#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/search.h"
#include "search/query.h"
#include "search/search_plan.h"

namespace marquee::search {

// How one query word matched a document: the document's words [pos, pos +
// span). Plain data, so scoring a candidate allocates nothing; Explain turns
// it into text for the hits shown.
struct WordHit {
  bool found = false;
  MatchHow how = MatchHow::kExact;
  uint8_t edits = 0;
  uint8_t pos = 0, span = 0;  // span 0: the year matched the title's year
};

struct DocScore {
  int matched = 0;        // query words matched
  int edits = 0;          // total edits over matched words
  int prefixes = 0;       // words matched only as a prefix
  int first_letter_typos = 0;  // typos that change the first letter (less likely)
  bool complete = false;  // every required word matched
  bool exact_name = false;   // whole_name, in order, with no typo or prefix
  bool whole_name = false;  // every query word found and every name word used
  bool in_order = false;    // the matched name words come in the query's order
  double coverage = 0;    // share of the name's content words that matched
  std::array<WordHit, kMaxQueryWords> words;  // per query word
};

class Scorer {
 public:
  // `stop_ids`: sorted term ids of words left out of coverage ("the").
  Scorer(const SearchIndex& s, const ParsedQuery& q, const std::vector<WordPlan>& plans,
         const std::vector<uint32_t>& stop_ids);
  // Takes the rules of `plans` (after AddTypoRuns), replacing the old ones.
  void SetPlans(const std::vector<WordPlan>& plans);
  // `year`: the title's start year (0 for people or unknown). Only the
  // first kMaxDocWords of `terms` count, as only those are indexed.
  void Score(std::span<const uint32_t> terms, int year, DocScore* out) const;
  // Per query word, what it matched in `terms` (those given to Score).
  void Explain(std::span<const uint32_t> terms, const DocScore& score, std::vector<WordMatch>* out) const;
  // The term ids of a name (kNone for words not in the dictionary), for
  // documents found other than through the postings.
  void TermsOf(std::string_view name, std::vector<uint32_t>* ids) const;

 private:
  struct Rule {
    uint32_t lo, hi;
    int edits;
    MatchHow how;
  };
  struct Word {
    std::vector<Rule> rules;  // disjoint, by lo
    uint32_t exact = 0xFFFFFFFFu, joined = 0xFFFFFFFFu;
    std::vector<std::vector<uint32_t>> splits;
  };
  bool Lookup(const Word& w, uint32_t term, Rule* r) const;

  const SearchIndex& s_;
  const ParsedQuery& q_;
  const std::vector<uint32_t>& stop_ids_;
  std::vector<Word> words_;
};

}  // namespace marquee::search
