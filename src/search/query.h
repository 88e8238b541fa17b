// Reading a search query: validation (UTF-8, length), the same tokenizer as
// the index, caps on the number of words, and a trailing year ("the outsider
// 2020") recognised as an optional word that a title's start year may also
// satisfy. Each word carries the edits it may take and whether it may match
// as a prefix (the last word, unless the query ends with a space).

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/status.h"

namespace marquee::search {

inline constexpr size_t kMaxQueryBytes = 1000;
inline constexpr size_t kMaxQueryWords = 10;

struct QueryWord {
  std::string text;    // folded
  std::u32string cps;  // its code points
  int max_edits = 0;
  bool prefix = false; // may match the start of a word
  bool year = false;   // optional: a trailing year
};

struct ParsedQuery {
  std::vector<QueryWord> words;
  std::string folded_name;   // the words without the trailing year, space-joined
  std::optional<int> year;   // the trailing year, if any
  bool truncated = false;
  // Words that must match for a document to count as complete.
  size_t required() const { return words.size() - (year ? 1 : 0); }
};

Status ParseQuery(std::string_view text, ParsedQuery* out);

}  // namespace marquee::search
