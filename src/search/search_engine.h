// The search engine's inner parts, shared by searcher.cc (candidate
// generation and checking) and search_hits.cc (ranking and turning
// candidates into SearchHits).

#pragma once

#include <cstdint>
#include <vector>

#include "marquee/search.h"
#include "search/scorer.h"
#include "search/search_index.h"

namespace marquee {

struct Searcher::Impl {
  search::SearchIndex s;
  std::vector<uint32_t> stop_ids;  // sorted term ids of stop words
};

namespace search {

// A document that matched at least one query word.
struct Scored {
  uint32_t doc = 0;      // rank; kNone for exact-name lookups outside the postings
  uint32_t packed = 0;   // search_format::PackDoc(kind, row)
  DocScore score;
  double boost = 0;      // popularity and bonuses within equal match quality
  int type_rank = 0;     // title type order (movies first)
  int year = 0;
};

// Best first: more words, fewer edits, fewer prefixes, the whole name, then
// boost, type, year.
bool Better(const Scored& a, const Scored& b);

// Keeps the best document per title or person, sorts, keeps `limit`, and
// fills `hits`, each explained by `scorer` (the one that scored them).
void MakeHits(const Index& index, const SearchIndex& s, const Scorer& scorer, const ParsedQuery& q,
              std::vector<Scored> scored, size_t limit, std::vector<SearchHit>* hits);

}  // namespace search
}  // namespace marquee
