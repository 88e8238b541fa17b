// Drawing the search questions and answering them with Marquee (see
// search_questions.h). Folding uses Marquee's own tokenizer (NFKC, case
// folding, accents and punctuation dropped), the text a person would type
// without capitals or accents.

#include "search_questions.h"

#include <algorithm>
#include <sstream>

#include "index/format.h"
#include "search/tokenizer.h"

namespace compare {

namespace {

const char* const kForms[] = {"exact", "folded", "typo", "prefix", "missing_word"};

// Rows to draw from: uniformly, or biased toward popular ones (the row at
// rank N·u³ by weight, as bench/search_bench.cc draws: a fifth of the draws
// fall in the top 1%). Drawing in proportion to votes instead would pick
// the few most voted synthetic titles over and over.
struct Pool {
  std::vector<std::pair<uint64_t, uint32_t>> rows;  // (weight, row)

  void Sort() {
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  }
  uint32_t Draw(std::mt19937_64& rng, bool popular) const {
    if (!popular) return rows[rng() % rows.size()].second;
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return rows[std::min(rows.size() - 1, static_cast<size_t>(static_cast<double>(rows.size()) * u * u * u))].second;
  }
};

std::vector<std::string> FoldedWords(std::string_view name) {
  std::string folded;
  std::vector<std::string_view> unused;
  marquee::search::Tokenize(name, &folded, &unused);
  std::vector<std::string> words;
  std::istringstream in(folded);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

size_t CodePoints(const std::string& w) {
  size_t n = 0;
  for (size_t i = 0; i < w.size(); i += marquee::search::Utf8Length(static_cast<unsigned char>(w[i]))) ++n;
  return n;
}

bool AsciiLetters(const std::string& w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// One deletion, substitution or transposition in `w` (ASCII, 5+ letters).
std::string Typo(std::string w, std::mt19937_64& rng) {
  size_t at = rng() % w.size();
  switch (rng() % 3) {
    case 0: w.erase(at, 1); break;
    case 1: w[at] = static_cast<char>('a' + (w[at] - 'a' + 1 + rng() % 25) % 26); break;
    default:
      at = std::min(at, w.size() - 2);
      if (w[at] == w[at + 1]) w.erase(at, 1);  // swapping equal letters changes nothing
      else std::swap(w[at], w[at + 1]);
  }
  return w;
}

// The question of `form` for a name's folded words; "" when the name does
// not allow it.
std::string Typed(const std::string& form, const std::string& name, std::vector<std::string> w, std::mt19937_64& rng) {
  if (w.empty()) return "";
  if (form == "exact") return name;
  if (form == "folded") return Join(w);
  if (form == "typo") {
    std::vector<size_t> fit;
    for (size_t i = 0; i < w.size(); ++i)
      if (w[i].size() >= 5 && AsciiLetters(w[i])) fit.push_back(i);
    if (fit.empty()) return "";
    size_t i = fit[rng() % fit.size()];
    w[i] = Typo(w[i], rng);
    return Join(w);
  }
  if (form == "prefix") {
    size_t n = CodePoints(w.back());
    if (n < 4) return "";
    size_t keep = std::max<size_t>(3, n / 2) + rng() % (n - std::max<size_t>(3, n / 2)), bytes = 0;
    for (size_t k = 0; k < keep; ++k) bytes += marquee::search::Utf8Length(static_cast<unsigned char>(w.back()[bytes]));
    w.back().resize(bytes);
    return Join(w);
  }
  if (w.size() < 3) return "";  // missing_word
  w.erase(w.begin() + static_cast<long>(rng() % w.size()));
  return Join(w);
}

}  // namespace

std::vector<SearchQuestion> SampleSearches(const marquee::Index& index, std::mt19937_64& rng, size_t per_form) {
  Pool titles, people;
  for (marquee::TitleRow t = 0; t < index.title_count(); ++t)
    if (index.title_type(t) != "tvEpisode") titles.rows.emplace_back(index.title_votes(t), t);
  auto records = index.person_records();
  for (marquee::PersonRow p = 0; p < index.person_count(); ++p) people.rows.emplace_back(records[p].popularity, p);
  titles.Sort();
  people.Sort();
  std::vector<SearchQuestion> out;
  if (titles.rows.empty() || people.rows.empty()) return out;
  for (const std::string form : kForms) {
    // Every fourth draw: a title or a person, uniform or popular.
    for (size_t i = 0, tries = 0; i < per_form && tries < 100 * per_form; ++tries) {
      bool person = i % 2, popular = i / 2 % 2;
      uint32_t row = (person ? people : titles).Draw(rng, popular);
      std::string name(person ? index.person_name(row) : index.title_name(row));
      std::string query = Typed(form, name, FoldedWords(name), rng);
      if (query.empty()) continue;
      std::string id = person ? index.person_id(row) : index.title_id(row);
      out.push_back({query, form, person ? "person" : "title", id, name});
      ++i;
    }
  }
  return out;
}

bool Top1Right(const SearchQuestion& q, const std::vector<SearchHitRow>& hits) {
  return !hits.empty() && (hits[0].id == q.id || hits[0].name == q.name || hits[0].matched == q.name);
}

bool MarqueeSearch(const marquee::Searcher& searcher, const std::string& query, std::vector<SearchHitRow>* hits) {
  hits->clear();
  std::vector<marquee::SearchHit> found;
  marquee::SearchOptions options;
  options.limit = kSearchLimit;
  if (!searcher.Search(query, options, &found).ok()) return false;
  for (const auto& h : found) hits->push_back({h.id, std::string(h.name), std::string(h.matched_text)});
  return true;
}

}  // namespace compare
