#include "search/scorer.h"

#include <algorithm>

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

void Scorer::Score(std::span<const uint32_t> terms, int year, DocScore* out) {
  const size_t m = terms.size(), n = q_.words.size();
  out->matched = out->edits = out->prefixes = out->first_letter_typos = 0;
  out->complete = out->exact_name = false;
  out->coverage = 0;
  out->words.assign(n, WordMatch());
  used_.assign(m, false);
  auto text = [&](uint32_t t) { return t < s_.term_count() ? std::string(s_.term(t)) : std::string(); };
  for (size_t i = 0; i < n; ++i) {
    WordMatch& wm = out->words[i];
    wm.query = q_.words[i].text;
    if (wm.found) continue;  // matched together with the word before it
    const Word& w = words_[i];
    int best_j = -1, best_span = 1, best_edits = 99;
    MatchHow best_how = MatchHow::kTypo;
    auto offer = [&](int j, int span, MatchHow how, int edits) {
      if (edits < best_edits || (edits == best_edits && HowRank(how) < HowRank(best_how))) {
        best_j = j, best_span = span, best_how = how, best_edits = edits;
      }
    };
    for (size_t j = 0; j < m && best_edits > 0; ++j) {
      if (used_[j]) continue;
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
        for (size_t k = 0; fits && k < seg.size(); ++k) fits = !used_[j + k] && terms[j + k] == seg[k];
        if (fits) offer(static_cast<int>(j), static_cast<int>(seg.size()), MatchHow::kSplit, 0);
      }
    }
    if (best_j < 0) {
      if (q_.words[i].year && year != 0 && q_.year && *q_.year == year) wm = {wm.query, wm.query, MatchHow::kYear, 0, true};
      continue;
    }
    std::string matched;
    for (int k = 0; k < best_span; ++k) {
      used_[best_j + k] = true;
      matched += (k ? " " : "") + text(terms[best_j + k]);
    }
    if (best_how == MatchHow::kTypo && !matched.empty() && matched[0] != wm.query[0]) ++out->first_letter_typos;
    if (best_how == MatchHow::kJoined) {
      out->words[i + 1] = {q_.words[i + 1].text, matched, MatchHow::kJoined, 0, true};
    }
    wm = {wm.query, std::move(matched), best_how, best_edits, true};
  }
  size_t used = 0, content = 0, content_used = 0;
  for (size_t j = 0; j < m; ++j) {
    used += used_[j];
    if (!std::binary_search(stop_ids_.begin(), stop_ids_.end(), terms[j])) {
      ++content;
      content_used += used_[j];
    }
  }
  bool all_exact = true;
  out->complete = true;
  for (size_t i = 0; i < n; ++i) {
    const WordMatch& wm = out->words[i];
    if (wm.found) {
      ++out->matched;
      out->edits += wm.edits;
      if (wm.how == MatchHow::kPrefix) ++out->prefixes;
      if (wm.edits > 0 || wm.how == MatchHow::kPrefix || wm.how == MatchHow::kTypo) all_exact = false;
    } else {
      all_exact = false;
      if (!q_.words[i].year) out->complete = false;
    }
  }
  out->coverage = content ? static_cast<double>(content_used) / content : m ? static_cast<double>(used) / m : 0;
  out->exact_name = all_exact && used == m;
}

}  // namespace marquee::search
