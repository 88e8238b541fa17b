// Resolving what a person typed to one title or person, under the contract
// in marquee/query.h. Ids resolve directly; names by exact match ignoring
// case, accents and punctuation; only then by a fuzzy match that every
// query word supports. Search (marquee/search.h) proposes the fuzzy
// candidates; this file decides whether one of them may answer, because a
// search ranks by "best available" while resolution must refuse to hand out
// a different person than the one asked for.

#include <algorithm>
#include <fmt/format.h>

#include "marquee/query.h"
#include "marquee/search.h"
#include "search/edit_distance.h"
#include "search/tokenizer.h"

namespace marquee {
namespace {

constexpr size_t kMaxCandidates = 10;
constexpr size_t kSuggestions = 5;
constexpr size_t kFuzzyPool = 20;  // search hits examined for a fuzzy match

// "Twilight (2008)" -> ("Twilight", 2008).
std::string_view SplitTrailingYear(std::string_view text, std::optional<int>* year) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() >= 7 && text.back() == ')' && text[text.size() - 6] == '(') {
    std::string_view digits = text.substr(text.size() - 5, 4);
    if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      *year = std::stoi(std::string(digits));
      text.remove_suffix(6);
      while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    }
  }
  return text;
}

// How closely a name fits the query word by word: every query word must
// match a distinct word of the name within ResolveEdits; `edits` sums the
// edits, `extra` counts name words no query word matched.
struct WordFit {
  bool fits = false;
  int edits = 0;
  int extra = 0;
  std::vector<std::string> corrections;
};

// Edits a query word of `chars` characters may take when resolving: one
// from 3 letters ("Mat" for "Matt"), two from 8; FitWords allows one word
// one more beside exact words.
int ResolveEdits(size_t chars) { return chars >= 8 ? 2 : chars >= 3 ? 1 : 0; }

WordFit FitWords(std::string_view query, std::string_view name) {
  std::string fq, fn;
  std::vector<std::string_view> qw, nw;
  search::Tokenize(query, &fq, &qw);
  search::Tokenize(name, &fn, &nw);
  WordFit fit;
  if (qw.empty()) return fit;
  std::vector<bool> used(nw.size(), false);
  bool stretched = false;  // one word took an extra edit
  for (std::string_view q : qw) {
    std::u32string qc = search::DecodeUtf8(q);
    // One word may take one edit more (from 6 letters: "gwenyth" for
    // "gwyneth") when every other word is exact, as search allows; checked
    // after the loop.
    int max = ResolveEdits(qc.size()) + (qc.size() >= 6 && qw.size() > 1 && !stretched ? 1 : 0);
    int best = max + 1;
    size_t best_at = nw.size();
    for (size_t i = 0; i < nw.size(); ++i) {
      if (used[i]) continue;
      std::u32string nc = search::DecodeUtf8(nw[i]);
      int d = search::BoundedDamerau(qc, nc, max);
      if (d > max && qc.size() >= 3 && search::SameSqueezed(qc, nc)) d = 1;  // doubled letters
      if (d < best) best = d, best_at = i;
      if (d == 0) break;
    }
    if (best_at == nw.size()) return fit;
    if (best > ResolveEdits(qc.size())) stretched = true;
    used[best_at] = true;
    fit.edits += best;
    if (best > 0) fit.corrections.push_back(fmt::format("{}→{}", q, nw[best_at]));
  }
  if (stretched && fit.corrections.size() > 1) return fit;  // only beside exact words
  fit.fits = true;
  fit.extra = static_cast<int>(std::count(used.begin(), used.end(), false));
  return fit;
}

uint32_t CreditCount(const Index& index, bool person, uint32_t row) {
  return person ? static_cast<uint32_t>(index.person_credits(row).size()) : index.title_credit_count(row);
}

Candidate MakeCandidate(const Index& index, bool person, uint32_t row) {
  Candidate c;
  c.row = row;
  c.credits = CreditCount(index, person, row);
  if (person) {
    PersonInfo p = index.person(row);
    c.id = p.id;
    c.name = std::string(p.name);
    c.year = p.birth_year;
    auto prof = p.professions.Items();
    if (!prof.empty()) c.type = std::string(prof[0]);
    if (!p.known_for.empty()) c.hint = std::string(index.title_name(p.known_for[0]));
    else if (c.credits) c.hint = std::string(index.person_credits(row)[0].title_name);
    c.label = PersonLabel(index, row);
  } else {
    TitleInfo t = index.title(row);
    c.id = t.id;
    c.name = std::string(t.primary_title);
    c.year = t.start_year;
    c.type = std::string(t.type);
    for (uint32_t b = 0; b < c.credits; ++b) {
      CreditInfo credit = index.title_credit(row, b);
      if (IsCastCategory(credit.category)) {
        c.hint = std::string(credit.person_name);
        break;
      }
    }
    c.label = TitleLabel(index, row);
  }
  c.label += fmt::format(" · {} credit{}", c.credits, c.credits == 1 ? "" : "s");
  if (!c.hint.empty()) c.label += person ? fmt::format(" · {}", c.hint) : fmt::format(" · with {}", c.hint);
  return c;
}

void FillCandidates(const Index& index, bool person, const std::vector<uint32_t>& rows,
                    std::vector<Candidate>* candidates) {
  if (!candidates) return;
  candidates->clear();
  for (size_t i = 0; i < rows.size() && i < kMaxCandidates; ++i)
    candidates->push_back(MakeCandidate(index, person, rows[i]));
}

// How much a row weighs among rows that match equally: a class (main titles
// over episodes) that wins outright, then votes or popularity, then credits.
struct Weight {
  int klass = 0;
  uint64_t votes = 0;
  uint32_t credits = 0;
};

Weight WeightOf(const Index& index, bool person, uint32_t row) {
  if (person) return {0, index.person(row).popularity, CreditCount(index, true, row)};
  return {index.title_parent(row) != kNoRow ? 0 : 1, index.title_votes(row), CreditCount(index, false, row)};
}

// One row clearly dominates another: a higher class, or ten times the votes,
// or (neither with votes) ten times the credits.
bool Dominates(const Weight& a, const Weight& b) {
  if (a.klass != b.klass) return a.klass > b.klass;
  if (a.votes || b.votes) return a.votes >= 10 * std::max<uint64_t>(b.votes, 1);
  return a.credits >= 10 * std::max<uint32_t>(b.credits, 1);
}

bool Heavier(const Weight& a, const Weight& b) {
  if (a.klass != b.klass) return a.klass > b.klass;
  if (a.votes != b.votes) return a.votes > b.votes;
  return a.credits > b.credits;
}

void Fill(const Index& index, bool person, uint32_t row, std::string_view query, MatchedBy how, Resolution* r) {
  r->query = std::string(query);
  r->row = row;
  r->id = person ? index.person_id(row) : index.title_id(row);
  r->name = std::string(person ? index.person_name(row) : index.title_name(row));
  r->matched_text = r->name;
  r->how = how;
  r->corrections.clear();
}

Status ChooseExact(const Index& index, bool person, std::vector<uint32_t> rows, std::string_view text,
                   Resolution* r, std::vector<Candidate>* candidates) {
  const char* what = person ? "people" : "titles";
  std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
    return Heavier(WeightOf(index, person, a), WeightOf(index, person, b));
  });
  if (rows.size() == 1 || Dominates(WeightOf(index, person, rows[0]), WeightOf(index, person, rows[1]))) {
    Fill(index, person, rows[0], text, MatchedBy::kExactName, r);
    return Status::OK();
  }
  FillCandidates(index, person, rows, candidates);
  return Status::Ambiguous(fmt::format("'{}' matches {} {}", text, rows.size(), what));
}

// No exact name: search proposes, the word-by-word fit decides.
Status ResolveFuzzy(const Index& index, bool person, std::string_view text, SearchOptions options, Resolution* r,
                    std::vector<Candidate>* candidates) {
  const char* what = person ? "person" : "title";
  Status none = Status::NotFound(fmt::format("no {} is named '{}'", what, text));
  if (candidates) candidates->clear();
  std::unique_ptr<Searcher> searcher;
  if (!Searcher::Open(index, &searcher).ok()) return none;  // an index without search sections
  options.limit = kFuzzyPool;
  std::vector<SearchHit> hits;
  Status s = searcher->Search(text, options, &hits);
  if (!s.ok()) return s.code() == Status::Code::kInvalidArgument ? Status::NotFound(fmt::format("no {} matches '{}': {}", what, text, s.message())) : s;

  struct Fit {
    const SearchHit* hit;
    WordFit words;
    Weight weight;
  };
  std::vector<Fit> fits;
  for (const SearchHit& h : hits) {
    if (std::any_of(fits.begin(), fits.end(), [&](const Fit& f) { return f.hit->row == h.row; })) continue;
    WordFit w = FitWords(text, h.matched_text);
    if (w.fits) fits.push_back({&h, std::move(w), WeightOf(index, person, h.row)});
  }
  std::stable_sort(fits.begin(), fits.end(), [](const Fit& a, const Fit& b) {
    if (a.words.edits != b.words.edits) return a.words.edits < b.words.edits;
    if (a.words.extra != b.words.extra) return a.words.extra < b.words.extra;
    return Heavier(a.weight, b.weight);
  });
  if (fits.empty()) {
    std::vector<uint32_t> rows;
    for (size_t i = 0; i < hits.size() && rows.size() < kSuggestions; ++i)
      if (std::find(rows.begin(), rows.end(), hits[i].row) == rows.end()) rows.push_back(hits[i].row);
    FillCandidates(index, person, rows, candidates);
    return none;
  }
  bool clear = fits.size() == 1 || fits[0].words.edits < fits[1].words.edits ||
               (fits[0].words.edits == fits[1].words.edits && fits[0].words.extra < fits[1].words.extra) ||
               Dominates(fits[0].weight, fits[1].weight);
  if (clear) {
    Fill(index, person, fits[0].hit->row, text, MatchedBy::kFuzzyName, r);
    r->matched_text = std::string(fits[0].hit->matched_text);
    r->corrections = fits[0].words.corrections;
    return Status::OK();
  }
  std::vector<uint32_t> rows;
  for (const Fit& f : fits) rows.push_back(f.hit->row);
  FillCandidates(index, person, rows, candidates);
  return Status::Ambiguous(fmt::format("no {} is named '{}' exactly; {} names are equally close", what, text, fits.size()));
}

}  // namespace

const char* MatchedByName(MatchedBy how) {
  switch (how) {
    case MatchedBy::kId: return "id";
    case MatchedBy::kExactName: return "exact";
    case MatchedBy::kFuzzyName: return "fuzzy";
  }
  return "?";
}

std::string TitleLabel(const Index& index, TitleRow row) {
  TitleInfo t = index.title(row);
  std::string s(t.primary_title);
  std::string years = t.start_year ? std::to_string(t.start_year) : "?";
  if (t.end_year && t.end_year != t.start_year) years += "–" + std::to_string(t.end_year);
  s += fmt::format(" ({}, {})", years, t.type);
  if (t.parent != kNoRow) s += fmt::format(", episode of {}", index.title_name(t.parent));
  return s;
}

std::string PersonLabel(const Index& index, PersonRow row) {
  PersonInfo p = index.person(row);
  std::string s(p.name);
  std::vector<std::string> bits;
  if (p.birth_year) bits.push_back(p.death_year ? fmt::format("{}–{}", p.birth_year, p.death_year)
                                                : fmt::format("b. {}", p.birth_year));
  auto prof = p.professions.Items();
  if (!prof.empty()) bits.push_back(std::string(prof[0]));
  if (!p.known_for.empty()) bits.push_back(fmt::format("{}", index.title_name(p.known_for[0])));
  if (!bits.empty()) s += " (" + fmt::format("{}", fmt::join(bits, ", ")) + ")";
  return s;
}

Status ResolveTitle(const Index& index, std::string_view text, const ResolveOptions& options,
                    Resolution* r, std::vector<Candidate>* candidates) {
  if (candidates) candidates->clear();
  if (Index::LooksLikeTitleId(text)) {
    TitleRow row;
    MARQUEE_RETURN_IF_ERROR(index.FindTitle(text, &row));
    Fill(index, false, row, text, MatchedBy::kId, r);
    return Status::OK();
  }
  ResolveOptions opts = options;
  std::string_view name = SplitTrailingYear(text, &opts.year);
  std::vector<TitleRow> rows = index.TitlesNamed(name);
  std::erase_if(rows, [&](TitleRow row) {
    if (opts.year && index.title_year(row) != *opts.year) return true;
    return !opts.types.empty() &&
           std::find(opts.types.begin(), opts.types.end(), index.title_type(row)) == opts.types.end();
  });
  if (!rows.empty()) return ChooseExact(index, false, std::move(rows), name, r, candidates);
  SearchOptions so;
  so.kind = SearchKind::kTitle;
  so.title_types = opts.types;
  so.year = opts.year;
  return ResolveFuzzy(index, false, name, so, r, candidates);
}

Status ResolvePerson(const Index& index, std::string_view text, Resolution* r, std::vector<Candidate>* candidates) {
  if (candidates) candidates->clear();
  if (Index::LooksLikePersonId(text)) {
    PersonRow row;
    MARQUEE_RETURN_IF_ERROR(index.FindPerson(text, &row));
    Fill(index, true, row, text, MatchedBy::kId, r);
    return Status::OK();
  }
  std::vector<PersonRow> rows = index.PeopleNamed(text);
  if (!rows.empty()) return ChooseExact(index, true, std::move(rows), text, r, candidates);
  SearchOptions so;
  so.kind = SearchKind::kPerson;
  return ResolveFuzzy(index, true, text, so, r, candidates);
}

}  // namespace marquee
