#include "search/query.h"

#include <fmt/format.h>

#include "search/edit_distance.h"
#include "search/tokenizer.h"
#include "util/text.h"

namespace marquee::search {

Status ParseQuery(std::string_view text, ParsedQuery* out) {
  *out = ParsedQuery();
  if (text.size() > kMaxQueryBytes)
    return Status::InvalidArgument(fmt::format("the query is {} bytes long; at most {} are searched", text.size(), kMaxQueryBytes));
  if (!IsValidUtf8(text)) return Status::InvalidArgument("the query is not valid UTF-8");
  std::string folded;
  std::vector<std::string_view> words;
  Tokenize(text, &folded, &words);
  if (words.empty()) return Status::InvalidArgument("the query has no letters or digits to search for");
  if (words.size() > kMaxQueryWords) {
    words.resize(kMaxQueryWords);
    out->truncated = true;
  }
  bool open_end = !(text.back() == ' ' || text.back() == '\t' || out->truncated);
  for (size_t i = 0; i < words.size(); ++i) {
    QueryWord w;
    w.text = std::string(words[i]);
    w.cps = DecodeUtf8(w.text);
    w.max_edits = MaxEdits(w.cps.size());
    w.prefix = open_end && i + 1 == words.size();
    out->words.push_back(std::move(w));
  }
  // A trailing 4-digit year after at least one other word is optional.
  const std::string& last = out->words.back().text;
  if (out->words.size() >= 2 && last.size() == 4 && last.find_first_not_of("0123456789") == std::string::npos) {
    int y = std::stoi(last);
    if (y >= 1870 && y <= 2100) {
      out->year = y;
      out->words.back().year = true;
      out->words.back().prefix = false;
      out->words.back().max_edits = 0;
    }
  }
  for (size_t i = 0; i < out->required(); ++i) {
    if (i) out->folded_name += ' ';
    out->folded_name += out->words[i].text;
  }
  return Status::OK();
}

}  // namespace marquee::search
