#include "search/search_plan.h"

#include <algorithm>
#include <cmath>

#include "index/format.h"
#include "search/edit_distance.h"
#include "search/tokenizer.h"

namespace marquee::search {
namespace {

constexpr size_t kMaxSplitWordPostings = 1000;

void Add(const SearchIndex& s, WordPlan* p, int tier, TermRun run) {
  if (run.lo >= run.hi) return;
  p->runs[tier].push_back(run);
  p->cost[tier] += s.posting_count(run.lo, run.hi);
  p->terms[tier] += run.hi - run.lo;
}

// Ways to spell `w` as 2-4 adjacent words that are all terms ("spiderman"
// = "spider man", "monsterinlaw" = "monster in law"): up to 16 are found,
// and three kept: fewest parts first, then those whose parts are the most
// common words on average ("agogo" = "a go go" rather than "ago g o"). The rarest part drives; the
// scorer checks the run.
void Segment(const SearchIndex& s, std::string_view rest, std::vector<uint32_t>* parts,
             std::vector<std::vector<uint32_t>>* out, int* probes) {
  if (out->size() >= 16 || ++*probes > 400) return;
  if (rest.empty()) {
    // At most one part of a single character ("k 911", "a go go"), never
    // a spelling-out ("s n g h").
    int singles = 0;
    for (uint32_t t : *parts) singles += s.term(t).size() == Utf8Length(static_cast<unsigned char>(s.term(t)[0]));
    if (parts->size() >= 2 && singles <= 1) out->push_back(*parts);
    return;
  }
  if (parts->size() == 4) return;
  // The longest prefixes first, at character boundaries.
  for (size_t cut = rest.size(); cut > 0; --cut) {
    if (cut < rest.size() && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) continue;
    if (parts->empty() && cut == rest.size()) continue;  // the whole word is not a split
    uint32_t t = s.FindTerm(rest.substr(0, cut));
    if (t == format::kNone) continue;
    parts->push_back(t);
    Segment(s, rest.substr(cut), parts, out, probes);
    parts->pop_back();
  }
}

void AddSplits(const SearchIndex& s, const std::string& w, WordPlan* p) {
  std::vector<uint32_t> parts;
  int probes = 0;
  Segment(s, w, &parts, &p->splits, &probes);
  auto commonness = [&](const std::vector<uint32_t>& seg) {
    double sum = 0;
    for (uint32_t t : seg) sum += std::log(1.0 + s.postings(t).size());
    return sum / seg.size();
  };
  std::stable_sort(p->splits.begin(), p->splits.end(),
                   [&](const auto& a, const auto& b) {
                     if (a.size() != b.size()) return a.size() < b.size();
                     return commonness(a) > commonness(b);
                   });
  if (p->splits.size() > 3) p->splits.resize(3);
  for (const auto& seg : p->splits) {
    uint32_t rare = seg[0];
    for (uint32_t t : seg)
      if (s.postings(t).size() < s.postings(rare).size()) rare = t;
    Add(s, p, 0, TermRun{rare, rare + 1, 0, false});
  }
}

}  // namespace

std::vector<WordPlan> PlanQuery(const SearchIndex& s, const ParsedQuery& q) {
  std::vector<WordPlan> plans;
  for (size_t i = 0; i < q.words.size(); ++i) {
    const QueryWord& w = q.words[i];
    if (w.year) continue;
    WordPlan p;
    p.word = i;
    uint32_t exact = s.FindTerm(w.text);
    p.exact = exact;
    if (exact != format::kNone) Add(s, &p, 0, TermRun{exact, exact + 1, 0, false});
    if (w.prefix) {
      TermRun r = s.PrefixRange(w.text);
      if (exact != format::kNone && r.lo == exact) ++r.lo;  // the word itself is already there
      if (r.lo < r.hi) p.prefix = r;
      p.gram = s.GramPostings(w.text);
      if (!p.gram && w.cps.size() > search_format::kMaxGramChars) {
        std::string head;
        for (size_t i = 0, k = 0; i < w.text.size() && k < search_format::kMaxGramChars; ++k) {
          size_t n = Utf8Length(static_cast<unsigned char>(w.text[i]));
          head.append(w.text, i, n);
          i += n;
        }
        p.gram_superset = s.GramPostings(head);
      }
      Add(s, &p, 0, r);
    }
    // A word that is common as typed is not looked for as several words
    // ("walter" is not "walt er"); a rare or unknown one is ("spiderman").
    if (w.text.size() >= 4 && (exact == format::kNone || s.postings(exact).size() < kMaxSplitWordPostings))
      AddSplits(s, w.text, &p);
    if (i + 1 < q.words.size() && !q.words[i + 1].year) {
      uint32_t joined = s.FindTerm(w.text + q.words[i + 1].text);
      p.joined = joined;
      if (joined != format::kNone) Add(s, &p, 0, TermRun{joined, joined + 1, 0, false});
    }
    if (!plans.empty() && plans.back().word + 1 == i) p.joined_before = plans.back().joined;
    plans.push_back(std::move(p));
  }
  SortPlans(&plans);
  return plans;
}

void SetTypoRuns(const SearchIndex& s, const QueryWord& w, int max_edits, WordPlan* p) {
  p->runs[1].clear();
  p->cost[1] = p->terms[1] = 0;
  if (max_edits == 0) return;
  s.FuzzyTerms(w.cps, max_edits, w.prefix ? w.max_edits : -1, kMaxTypoRuns, [&](const TermRun& r) { Add(s, p, 1, r); });
  // Doubled letters beyond the limit ("colete" ~ "collette"), unless a run
  // has the term already (as a near-spelled prefix): the scorer's rules
  // must not overlap.
  if (w.max_edits == 1 && w.cps.size() >= 5) {
    const size_t walked = p->runs[1].size();
    s.SqueezedTerms(w.cps, kMaxTypoRuns, [&](uint32_t t) {
      auto has = [t](const TermRun& r) { return r.lo <= t && t < r.hi; };
      if (std::any_of(p->runs[1].begin(), p->runs[1].begin() + walked, has)) return;
      int d = BoundedDamerau(w.cps, DecodeUtf8(s.term(t)), 3);
      if (d > max_edits) Add(s, p, 1, TermRun{t, t + 1, d, false});
    });
  }
}

void AddTypoRuns(const SearchIndex& s, const ParsedQuery& q, std::vector<WordPlan>* plans) {
  for (WordPlan& p : *plans) SetTypoRuns(s, q.words[p.word], q.words[p.word].max_edits, &p);
  SortPlans(plans);
}

void SortPlans(std::vector<WordPlan>* plans) {
  auto total = [](const WordPlan& p) {
    // A word with no exact form is chosen by its typo cost.
    if (!p.cost[0] && !p.cost[1]) return ~uint64_t{0};  // matches nothing: never a driver
    return p.cost[0] ? p.cost[0] + p.cost[1] / 4 : p.cost[1] * 2 + 1;
  };
  std::stable_sort(plans->begin(), plans->end(), [&](const WordPlan& a, const WordPlan& b) { return total(a) < total(b); });
}

}  // namespace marquee::search
