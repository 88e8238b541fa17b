// Resolving what a person typed to one title or person. Ids resolve
// directly; names by exact match ignoring case, accents and punctuation.
// Among several exact matches, one is the best when it clearly dominates
// (a main title among episodes, or ten times the votes of the next one);
// otherwise the caller gets the candidates, best first, and says which.
// When no name matches exactly, search decides (typos, prefixes, alternate
// titles; marquee/search.h) with the same rule: one clear best, or the
// candidates.

#include <algorithm>
#include <fmt/format.h>

#include "marquee/query.h"
#include "marquee/search.h"

namespace marquee {
namespace {

constexpr size_t kMaxCandidates = 10;

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

template <typename Score, typename Label>
Status Choose(std::vector<uint32_t> rows, std::string_view text, const char* what, Score score,
              Label label, uint32_t* row, std::vector<Candidate>* candidates) {
  if (rows.empty()) return Status::NotFound(fmt::format("no {} matches '{}'", what, text));
  std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) { return score(a) > score(b); });
  // score() is (class, votes): a higher class wins outright, votes by 10x.
  bool clear = rows.size() == 1 || score(rows[0]).first > score(rows[1]).first ||
               score(rows[0]).second >= 10 * std::max<uint64_t>(score(rows[1]).second, 1);
  if (clear) {
    *row = rows[0];
    return Status::OK();
  }
  if (candidates) {
    candidates->clear();
    for (size_t i = 0; i < rows.size() && i < kMaxCandidates; ++i) candidates->push_back({rows[i], "", label(rows[i])});
  }
  return Status::Ambiguous(fmt::format("'{}' matches {} {}s", text, rows.size(), what));
}

// No exact match: the search engine's best, when it is clearly best.
Status ResolveBySearch(const Index& index, std::string_view text, const SearchOptions& options, const char* what,
                       uint32_t* row, std::vector<Candidate>* candidates);

}  // namespace

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
                    TitleRow* row, std::vector<Candidate>* candidates) {
  if (Index::LooksLikeTitleId(text)) return index.FindTitle(text, row);
  ResolveOptions opts = options;
  std::string_view name = SplitTrailingYear(text, &opts.year);
  std::vector<TitleRow> rows = index.TitlesNamed(name);
  std::erase_if(rows, [&](TitleRow r) {
    if (opts.year && index.title_year(r) != *opts.year) return true;
    if (!opts.types.empty() &&
        std::find(opts.types.begin(), opts.types.end(), index.title_type(r)) == opts.types.end())
      return true;
    return false;
  });
  // Main titles outrank episodes, then votes decide.
  auto score = [&](TitleRow r) {
    bool episode = index.title_parent(r) != kNoRow;
    return std::pair<int, uint64_t>(episode ? 0 : 1, index.title_votes(r));
  };
  if (rows.empty()) {
    SearchOptions so;
    so.kind = SearchKind::kTitle;
    so.title_types = opts.types;
    so.year = opts.year;
    return ResolveBySearch(index, name, so, "title", row, candidates);
  }
  Status s = Choose(rows, name, "title", score, [&](uint32_t r) { return TitleLabel(index, r); }, row, candidates);
  if (candidates)
    for (Candidate& c : *candidates) c.id = index.title_id(c.row);
  return s;
}

Status ResolvePerson(const Index& index, std::string_view text, PersonRow* row,
                     std::vector<Candidate>* candidates) {
  if (Index::LooksLikePersonId(text)) return index.FindPerson(text, row);
  std::vector<PersonRow> rows = index.PeopleNamed(text);
  auto score = [&](PersonRow r) { return std::pair<int, uint64_t>(0, index.person(r).popularity); };
  if (rows.empty()) {
    SearchOptions so;
    so.kind = SearchKind::kPerson;
    return ResolveBySearch(index, text, so, "person", row, candidates);
  }
  Status s = Choose(rows, text, "person", score, [&](uint32_t r) { return PersonLabel(index, r); }, row, candidates);
  if (candidates)
    for (Candidate& c : *candidates) c.id = index.person_id(c.row);
  return s;
}

namespace {

Status ResolveBySearch(const Index& index, std::string_view text, const SearchOptions& options, const char* what,
                       uint32_t* row, std::vector<Candidate>* candidates) {
  Status none = Status::NotFound(fmt::format("no {} matches '{}'", what, text));
  std::unique_ptr<Searcher> searcher;
  if (!Searcher::Open(index, &searcher).ok()) return none;  // an index without search sections
  std::vector<SearchHit> hits;
  Status s = searcher->Search(text, options, &hits);
  if (!s.ok()) return s.code() == Status::Code::kInvalidArgument ? Status::NotFound(fmt::format("no {} matches '{}': {}", what, text, s.message())) : s;
  if (hits.empty()) return none;
  if (Searcher::ClearlyBest(hits)) {
    *row = hits[0].row;
    return Status::OK();
  }
  if (candidates) {
    candidates->clear();
    for (size_t i = 0; i < hits.size() && i < kMaxCandidates; ++i) {
      const SearchHit& h = hits[i];
      std::string label = h.kind == SearchKind::kPerson ? PersonLabel(index, h.row) : TitleLabel(index, h.row);
      if (h.through == MatchedThrough::kAlternateTitle || h.through == MatchedThrough::kOriginalTitle)
        label += fmt::format(" — as '{}'{}", h.matched_text, h.region.empty() ? "" : fmt::format(" ({})", h.region));
      candidates->push_back({h.row, h.id, std::move(label)});
    }
  }
  return Status::Ambiguous(fmt::format("no {} is named '{}' exactly; {} close matches", what, text, hits.size()));
}

}  // namespace

}  // namespace marquee
