// Search questions for the peer comparison: names drawn with a fixed seed
// from the index (titles other than episodes, and people; half uniformly
// over rows, half biased toward popular rows: by votes for a title, by the
// summed votes of their titles for a person) and turned into what people
// type, in five forms:
//   exact         the name as stored;
//   folded        lower case, accents and punctuation dropped;
//   typo          folded, with one deletion, substitution or transposition
//                 in one word of 5+ letters (ASCII words only);
//   prefix        folded, the last word cut short (3+ letters kept);
//   missing_word  folded, one word of a name of 3+ words left out.
// The truth is the drawn row. An engine is right at top 1 when its first
// hit is that row or has exactly the same name (its primary name, or the
// name it matched, such as an original title): rows that share a name
// cannot be told apart by their text.

#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "marquee/index.h"
#include "marquee/search.h"

namespace compare {

struct SearchQuestion {
  std::string query, form;  // what is typed; one of the forms above
  std::string kind;         // "title" or "person"
  std::string id, name;     // the row drawn, and its primary name
};

struct SearchHitRow {
  std::string id, name;  // a hit's id and primary name
  std::string matched;   // the name that matched (e.g. an original title)
};

inline constexpr size_t kSearchLimit = 10;  // hits every engine returns

// `per_form` questions of each form, drawn from `rng`.
std::vector<SearchQuestion> SampleSearches(const marquee::Index& index, std::mt19937_64& rng, size_t per_form);

bool Top1Right(const SearchQuestion& q, const std::vector<SearchHitRow>& hits);

// Marquee's answer: the Searcher's first kSearchLimit hits with the
// default options (titles and people). False when it rejects the query.
bool MarqueeSearch(const marquee::Searcher& searcher, const std::string& query, std::vector<SearchHitRow>* hits);

}  // namespace compare
