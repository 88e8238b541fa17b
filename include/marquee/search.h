// Search: finds titles and people from free text, the way people type it:
// any case, with or without accents and punctuation ("amelie" finds
// "Amélie", "spiderman 2" finds "Spider-Man 2"), with typos (one edit in
// words of 4+ characters, two in words of 8+, transpositions counting as
// one; when nothing matches every word, one word may take an edit more —
// from 3 characters one, from 6 two — if every other word matches as typed:
// "mat damon", "gwenyth paltrow"), the last word as a prefix (autocomplete),
// through alternate titles,
// and with a year in the query ("the outsider 2020") counting for titles of
// that year. Results come best first: match quality (more query words
// matched, then fewer edits, then fewer prefix-only words), then popularity
// (votes; a person's popularity), with a whole-name match and titles over
// episodes as boosts, then title type and year; options only filter, they
// never change how two results compare. Each result says why it matched. A query does bounded work (query length, word count and the
// number of documents examined are capped), so any input answers quickly.
//
// A Searcher reads the search sections of an Index (docs/search_format.md)
// in place; it is cheap to open, immutable and safe to share between threads.

#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/index.h"
#include "marquee/status.h"

namespace marquee {

enum class SearchKind { kAny, kTitle, kPerson };

struct SearchOptions {
  SearchKind kind = SearchKind::kAny;
  std::vector<std::string> title_types;  // only these title types ("movie", …); implies titles
  std::optional<int> year;               // only titles that start in this year
  size_t limit = 10;                     // 1..1000 results
  size_t budget = 6000;                  // at most this many documents examined
};

// How one query word matched.
enum class MatchHow {
  kExact,   // the same word
  kPrefix,  // the start of a word (the last query word only); edits > 0: of a near spelling
  kTypo,    // a word within the allowed edits
  kSplit,   // two adjacent words written as one ("spiderman" ~ "spider man")
  kJoined,  // one word written as two ("spider man" ~ "spiderman")
  kYear,    // a year in the query equal to the title's year
};
const char* MatchHowName(MatchHow how);

// `edits` is the true distance (optimal string alignment over code points)
// between the query word and what it matched: for kTypo, the whole word;
// for kPrefix, the nearest start of the word at least as long as the query
// word. A word within reach both ways is a kTypo unless a start is nearer.
struct WordMatch {
  std::string query;    // the query word (folded)
  std::string matched;  // what it matched (folded), "" when unmatched
  MatchHow how = MatchHow::kExact;
  int edits = 0;
  bool found = false;
};

// Which of a title's names matched.
enum class MatchedThrough { kPrimaryTitle, kOriginalTitle, kAlternateTitle, kName };
const char* MatchedThroughName(MatchedThrough through);

struct SearchHit {
  SearchKind kind = SearchKind::kTitle;  // kTitle or kPerson
  uint32_t row = kNoRow;                 // TitleRow or PersonRow
  std::string id;
  std::string_view name;                 // primary title or person name
  std::string_view matched_text;         // the name that matched (may be an alternate title)
  MatchedThrough through = MatchedThrough::kPrimaryTitle;
  std::string_view region, language;     // of a matching alternate title; empty otherwise
  int year = 0;                          // titles: start year; 0 unknown
  std::string_view type;                 // titles: title type
  // Why: how many query words matched (out of words_total), total edits,
  // words matched only as a prefix, and whether the name is exactly the query.
  int words_matched = 0, words_total = 0, edits = 0, prefixes = 0;
  bool exact_name = false;
  // Every word of the query (but a trailing year, which is optional)
  // matched a whole word of the name: exactly, split or joined, or as a
  // typo within the edits search allows (see above). A word matched only as
  // the start of a longer one counts when the whole word is also within
  // its usual limit (one edit from 4 characters, two from 8).
  bool all_words_matched = false;
  double score = 0;                      // within equal match quality: popularity and boosts
  std::vector<WordMatch> words;
};

struct SearchStats {
  std::vector<std::string> words;        // the query's words after folding
  std::optional<int> year_in_query;      // a trailing year taken as optional
  bool truncated = false;                // words past the limit were dropped
  size_t examined = 0;                   // documents examined
  bool budget_exhausted = false;
};

class Searcher {
 public:
  // NotFound when the index has no search sections (rebuild it).
  static Status Open(const Index& index, std::unique_ptr<Searcher>* out);
  // Whether the index has search sections at all (of any version).
  static bool Present(const Index& index);
  ~Searcher();

  // InvalidArgument for a query that is not UTF-8, longer than 1,000 bytes
  // or without a letter or digit, or for options out of range.
  Status Search(std::string_view query, const SearchOptions& options, std::vector<SearchHit>* hits,
                SearchStats* stats = nullptr) const;

  // True when hits[0] is clearly the one meant: the only hit, or better
  // matched than the next, or far more popular (10x) at equal match.
  static bool ClearlyBest(const std::vector<SearchHit>& hits);

  // Checks the structure of the search sections, everything a query follows
  // without checking; the checksums are Index::Verify's, and `marquee
  // verify` runs both. Corruption names the section and the entry.
  Status Verify() const;

  const Index& index() const { return index_; }

  struct Impl;

 private:
  Searcher(const Index& index, std::unique_ptr<Impl> impl);
  const Index& index_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace marquee
