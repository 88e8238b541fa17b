// Ranking checked candidates and turning them into SearchHits.

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "index/format.h"
#include "search/edit_distance.h"
#include "search/search_engine.h"

namespace marquee {

using namespace search_format;

const char* MatchHowName(MatchHow how) {
  switch (how) {
    case MatchHow::kExact: return "exact";
    case MatchHow::kPrefix: return "prefix";
    case MatchHow::kTypo: return "typo";
    case MatchHow::kSplit: return "split";
    case MatchHow::kJoined: return "joined";
    case MatchHow::kYear: return "year";
  }
  return "?";
}

const char* MatchedThroughName(MatchedThrough through) {
  switch (through) {
    case MatchedThrough::kPrimaryTitle: return "primary_title";
    case MatchedThrough::kOriginalTitle: return "original_title";
    case MatchedThrough::kAlternateTitle: return "alternate_title";
    case MatchedThrough::kName: return "name";
  }
  return "?";
}

bool Searcher::ClearlyBest(const std::vector<SearchHit>& hits) {
  if (hits.size() == 1) return true;
  if (hits.empty()) return false;
  const SearchHit& a = hits[0];
  const SearchHit& b = hits[1];
  if (a.words_matched != b.words_matched) return a.words_matched > b.words_matched;
  if (a.edits != b.edits) return a.edits < b.edits;
  if (a.prefixes != b.prefixes) return a.prefixes < b.prefixes;
  return a.score >= b.score + 1.0;  // ten times the popularity, or a whole-name match
}

namespace search {

bool Better(const Scored& a, const Scored& b) {
  const DocScore& x = a.score;
  const DocScore& y = b.score;
  if (x.matched != y.matched) return x.matched > y.matched;
  if (x.edits != y.edits) return x.edits < y.edits;
  if (x.prefixes != y.prefixes) return x.prefixes < y.prefixes;
  // Match quality before popularity: a name the query spells out whole
  // ("Island") beats a more popular one that only contains it ("The
  // Fallen Island"), typed exactly or with the same typos.
  if (x.whole_name != y.whole_name) return x.whole_name;
  // Then names that have the query's words in its order ("rain of the
  // devil" means "The Rain of the Devil", not "The Devil of the Rain").
  if (x.in_order != y.in_order) return x.in_order;
  if (a.boost != b.boost) return a.boost > b.boost;
  if (a.type_rank != b.type_rank) return a.type_rank < b.type_rank;
  if (a.year != b.year) return a.year > b.year;
  return a.doc < b.doc;
}

namespace {

SearchHit ToHit(const Index& index, const ParsedQuery& q, Scored& c) {
  SearchHit h;
  uint32_t kind = DocKindOf(c.packed), row = DocRowOf(c.packed);
  if (kind == kPersonDoc) {
    h.kind = SearchKind::kPerson;
    h.row = row;
    h.id = index.person_id(row);
    h.name = index.person_name(row);
    h.matched_text = h.name;
    h.through = MatchedThrough::kName;
  } else {
    uint32_t t = row;
    h.kind = SearchKind::kTitle;
    if (kind == kAkaDoc) {
      const format::AkaRecord& a = index.aka_records()[row];
      t = a.title;
      h.matched_text = index.string_at(a.text);
      h.region = index.aka_region(row);
      h.language = index.aka_language(row);
      h.through = MatchedThrough::kAlternateTitle;
    } else if (kind == kOriginalDoc) {
      h.matched_text = index.string_at(index.title_records()[t].original_title);
      h.through = MatchedThrough::kOriginalTitle;
    } else {
      h.matched_text = index.title_name(t);
    }
    h.row = t;
    h.id = index.title_id(t);
    h.name = index.title_name(t);
    h.year = index.title_year(t);
    h.type = index.title_type(t);
  }
  h.words_matched = c.score.matched;
  h.words_total = static_cast<int>(q.words.size());
  h.edits = c.score.edits;
  h.prefixes = c.score.prefixes;
  h.exact_name = c.score.exact_name;
  h.score = c.boost;
  return h;
}

bool AllWordsMatched(const ParsedQuery& q, const std::vector<WordMatch>& words) {
  for (size_t i = 0; i < q.words.size(); ++i) {
    const QueryWord& w = q.words[i];
    if (w.year) continue;
    if (!words[i].found) return false;
    if (words[i].how == MatchHow::kPrefix && BoundedDamerau(w.cps, DecodeUtf8(words[i].matched), w.max_edits) > w.max_edits)
      return false;
  }
  return true;
}

}  // namespace

void MakeHits(const Index& index, const SearchIndex& s, const Scorer& scorer, const ParsedQuery& q,
              std::vector<Scored> scored, size_t limit, std::vector<SearchHit>* hits) {
  std::vector<uint32_t> terms;
  std::sort(scored.begin(), scored.end(), Better);
  std::unordered_map<uint64_t, bool> taken;
  for (Scored& c : scored) {
    if (hits->size() >= limit) break;
    uint32_t kind = DocKindOf(c.packed), row = DocRowOf(c.packed);
    uint64_t key = kind == kPersonDoc ? (uint64_t{1} << 32) | row
                                      : (kind == kAkaDoc ? index.aka_records()[row].title : row);
    if (!taken.emplace(key, true).second) continue;
    SearchHit h = ToHit(index, q, c);
    // The words as scored: the forward list, or for a name found by exact
    // lookup (no doc id), its text's words.
    if (c.doc != format::kNone) {
      scorer.Explain(s.doc_terms(c.doc), c.score, &h.words);
    } else {
      scorer.TermsOf(h.matched_text, &terms);
      scorer.Explain(terms, c.score, &h.words);
    }
    h.all_words_matched = AllWordsMatched(q, h.words);
    hits->push_back(std::move(h));
  }
}

}  // namespace search
}  // namespace marquee
