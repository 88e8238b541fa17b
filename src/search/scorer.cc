#include "search/scorer.h"

#include <algorithm>
#include <bit>

#include "index/format.h"
#include "search/tokenizer.h"

namespace marquee::search {
namespace {

int HowRank(MatchHow h) {
  switch (h) {
    case MatchHow::kExact: case MatchHow::kYear: return 0;
    case MatchHow::kSplit: case MatchHow::kJoined: return 1;
    case MatchHow::kPrefix: return 2;
    default: return 3;
  }
}

}  // namespace

Scorer::Scorer(const SearchIndex& s, const ParsedQuery& q, const std::vector<WordPlan>& plans,
               const std::vector<uint32_t>& stop_ids)
    : s_(s), q_(q), stop_ids_(stop_ids), words_(q.words.size()) {
  for (size_t i = 0; i < q.words.size(); ++i)
    if (q.words[i].year) words_[i].exact = s.FindTerm(q.words[i].text);
  SetPlans(plans);
}

void Scorer::SetPlans(const std::vector<WordPlan>& plans) {
  for (const WordPlan& p : plans) {
    Word& w = words_[p.word];
    w.rules.clear();
    w.exact = p.exact;
    w.joined = p.joined;
    w.splits = p.splits;
    if (p.prefix.lo < p.prefix.hi) w.rules.push_back({p.prefix.lo, p.prefix.hi, 0, MatchHow::kPrefix});
    for (const TermRun& r : p.runs[1]) w.rules.push_back({r.lo, r.hi, r.edits, r.prefix ? MatchHow::kPrefix : MatchHow::kTypo});
    std::sort(w.rules.begin(), w.rules.end(), [](const Rule& a, const Rule& b) { return a.lo < b.lo; });
  }
}

bool Scorer::Lookup(const Word& w, uint32_t term, Rule* r) const {
  auto it = std::upper_bound(w.rules.begin(), w.rules.end(), term, [](uint32_t t, const Rule& x) { return t < x.lo; });
  if (it == w.rules.begin()) return false;
  --it;
  if (term >= it->hi) return false;
  *r = *it;
  return true;
}

void Scorer::TermsOf(std::string_view name, std::vector<uint32_t>* ids) const {
  std::string folded;
  std::vector<std::string_view> words;
  Tokenize(name, &folded, &words);
  ids->clear();
  for (std::string_view w : words) ids->push_back(s_.FindTerm(w));
}

void Scorer::Score(std::span<const uint32_t> terms, int year, DocScore* out) const {
  static_assert(search_format::kMaxDocWords <= 64, "the words used are a 64-bit mask");
  terms = terms.first(std::min(terms.size(), search_format::kMaxDocWords));
  const size_t m = terms.size(), n = q_.words.size();
  *out = DocScore();
  uint64_t used = 0;
  auto is_used = [&](size_t j) { return (used >> j) & 1; };
  // Name words are tried from just after the previous query word's match,
  // then from the start, so that a repeated word ("the rain of the devil")
  // takes the name word that keeps the query's order.
  size_t after = 0;
  for (size_t i = 0; i < n; ++i) {
    WordHit& wh = out->words[i];
    if (wh.found) continue;  // matched together with the word before it
    const Word& w = words_[i];
    int best_j = -1, best_span = 1, best_edits = 99;
    MatchHow best_how = MatchHow::kTypo;
    auto offer = [&](int j, int span, MatchHow how, int edits) {
      if (edits < best_edits || (edits == best_edits && HowRank(how) < HowRank(best_how))) {
        best_j = j, best_span = span, best_how = how, best_edits = edits;
      }
    };
    for (size_t k = 0; k < m && best_edits > 0; ++k) {
      const size_t j = after + k < m ? after + k : after + k - m;
      if (is_used(j)) continue;
      uint32_t t = terms[j];
      if (t == w.exact) {
        offer(static_cast<int>(j), 1, MatchHow::kExact, 0);
        break;
      }
      if (t == w.joined && i + 1 < n) {
        offer(static_cast<int>(j), 1, MatchHow::kJoined, 0);
        continue;
      }
      Rule r;
      if (Lookup(w, t, &r)) offer(static_cast<int>(j), 1, r.how, r.edits);
      for (const auto& seg : w.splits) {
        bool fits = j + seg.size() <= m;
        for (size_t k = 0; fits && k < seg.size(); ++k) fits = !is_used(j + k) && terms[j + k] == seg[k];
        if (fits) offer(static_cast<int>(j), static_cast<int>(seg.size()), MatchHow::kSplit, 0);
      }
    }
    if (best_j < 0) {
      if (q_.words[i].year && year != 0 && q_.year && *q_.year == year) wh = {true, MatchHow::kYear, 0, 0, 0};
      continue;
    }
    used |= ((uint64_t{1} << best_span) - 1) << best_j;
    after = best_j + best_span < static_cast<int>(m) ? best_j + best_span : 0;
    uint32_t first = terms[best_j];
    if (best_how == MatchHow::kTypo && first < s_.term_count() && s_.term(first).substr(0, 1) != q_.words[i].text.substr(0, 1))
      ++out->first_letter_typos;
    wh = {true, best_how, static_cast<uint8_t>(best_edits), static_cast<uint8_t>(best_j), static_cast<uint8_t>(best_span)};
    if (best_how == MatchHow::kJoined) out->words[i + 1] = {true, MatchHow::kJoined, 0, wh.pos, wh.span};
  }
  size_t content = 0, content_used = 0;
  for (size_t j = 0; j < m; ++j) {
    if (!std::binary_search(stop_ids_.begin(), stop_ids_.end(), terms[j])) {
      ++content;
      content_used += is_used(j);
    }
  }
  const size_t n_used = std::popcount(used);
  bool all_exact = true;
  out->complete = true;
  for (size_t i = 0; i < n; ++i) {
    const WordHit& wh = out->words[i];
    if (wh.found) {
      ++out->matched;
      out->edits += wh.edits;
      if (wh.how == MatchHow::kPrefix) ++out->prefixes;
      if (wh.edits > 0 || wh.how == MatchHow::kPrefix || wh.how == MatchHow::kTypo) all_exact = false;
    } else {
      all_exact = false;
      if (!q_.words[i].year) out->complete = false;
    }
  }
  // In order: each query word matched after the name words of the one
  // before it ("The Rain of the Devil" is not "The Devil of the Rain").
  // The second word of a joined pair shares its partner's name word.
  out->in_order = true;
  for (size_t i = 0, next = 0; i < n; ++i) {
    const WordHit& wh = out->words[i];
    if (!wh.found || wh.span == 0) continue;
    if (i > 0 && wh.how == MatchHow::kJoined && out->words[i - 1].how == MatchHow::kJoined &&
        out->words[i - 1].pos == wh.pos)
      continue;
    if (wh.pos < next) out->in_order = false;
    next = wh.pos + wh.span;
  }
  out->coverage = content ? static_cast<double>(content_used) / content : m ? static_cast<double>(n_used) / m : 0;
  out->exact_name = all_exact && n_used == m && out->in_order;
  out->whole_name = out->complete && n_used == m;
}

void Scorer::Explain(std::span<const uint32_t> terms, const DocScore& score, std::vector<WordMatch>* out) const {
  out->clear();
  for (size_t i = 0; i < q_.words.size(); ++i) {
    const WordHit& wh = score.words[i];
    WordMatch wm;
    wm.query = q_.words[i].text;
    if (wh.found) {
      wm.how = wh.how;
      wm.edits = wh.edits;
      wm.found = true;
      if (wh.how == MatchHow::kYear) wm.matched = wm.query;
      for (size_t k = wh.pos; k < wh.pos + wh.span && k < terms.size(); ++k) {
        if (k > wh.pos) wm.matched += ' ';
        if (terms[k] < s_.term_count()) wm.matched += s_.term(terms[k]);
      }
    }
    out->push_back(std::move(wm));
  }
}

}  // namespace marquee::search
