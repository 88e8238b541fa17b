#include "catalog/name_check.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

namespace marquee {
namespace {

bool HasLetter(std::string_view s) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return true;
    p += n;
    left -= n;
  }
  return false;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    size_t end = s.find(' ', i);
    if (end == std::string_view::npos) end = s.size();
    if (end > i) words.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

// ASCII lower case without the punctuation a scraper leaves at a word's ends.
std::string Bare(std::string_view w) {
  while (!w.empty() && std::strchr("([", w.front())) w.remove_prefix(1);
  while (!w.empty() && std::strchr(".,;)]", w.back())) w.remove_suffix(1);
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

template <size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Words that never make a name on their own: connectives and the words of a
// credit line ("voices of", "narrated by", "with", "Sr.").
// "A" alone is left a name: one letter is a plausible stage name.
constexpr std::array<std::string_view, 32> kCreditWords = {
    "and",   "as",       "at",       "by",        "for",      "from",       "in",      "of",
    "on",    "or",       "the",      "to",        "with",     "also",       "&",       "featuring",
    "starring", "voice", "voices",   "narrated",  "narrator", "narration",  "cast",    "uncredited",
    "various",  "cameo", "cameos",   "himself",   "herself",  "jr",         "sr",      "others"};
// Lower-case connectives that end a fragment cut from a sentence ("voices
// of", "the life of", "narrated by"); no name ends in one.
constexpr std::array<std::string_view, 17> kTrailingConnectives = {
    "a", "an", "and", "as", "at", "between", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
    "against"};
constexpr std::array<std::string_view, 13> kAwardCategories = {
    "actor",    "actress",     "supporting", "director",   "picture", "original", "adapted",
    "film",     "foreign",     "documentary", "animated",  "screenplay", "cinematography"};
constexpr std::array<std::string_view, 4> kAwardWords = {"nominee", "nominees", "nominated", "winner"};

bool Unbalanced(std::string_view s) {
  return std::count(s.begin(), s.end(), '(') != std::count(s.begin(), s.end(), ')') ||
         std::count(s.begin(), s.end(), '[') != std::count(s.begin(), s.end(), ']');
}

}  // namespace

const char* NotANameReason(std::string_view name) {
  if (!HasLetter(name)) return "not a name: no letters";
  char first = name.front(), last = name.back();
  if ((first == '(' || first == '[') && (last == ')' || last == ']')) return "not a name: a parenthesised note";

  std::vector<std::string_view> words = Words(name);
  if (words.size() == 1 && OneOf(Bare(words[0]), kAwardWords)) return "not a name: award text";
  if (words.size() >= 2 && words[0] == "Best" && OneOf(Bare(words[1]), kAwardCategories))
    return "not a name: award text";
  if (name.find("Award for ") != std::string_view::npos || name.starts_with("Academy Award"))
    return "not a name: award text";

  if (last == ':' || last == '-' || last == '(' || last == '[') return "not a name: a punctuation fragment";
  if (words.size() == 1 && Unbalanced(name)) return "not a name: a punctuation fragment";

  // Several capitalised credit words may be a band's name ("The The").
  bool all_credit_words = true, some_lower = false;
  for (std::string_view w : words) {
    all_credit_words &= OneOf(Bare(w), kCreditWords);
    some_lower |= std::islower(static_cast<unsigned char>(w.front())) != 0;
  }
  if ((all_credit_words && (words.size() == 1 || some_lower)) || OneOf(words.back(), kTrailingConnectives))
    return "not a name: function words";
  return nullptr;
}

}  // namespace marquee
