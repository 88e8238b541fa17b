// tsv_check.h — an independent checker of IMDb-format files, for tests.
//
// Promise: CheckLine() classifies one line with the same vocabulary as
// malformed.tsv (wrong_columns, invalid_utf8, non_numeric, bad_json,
// duplicate_id, dangling_id, crlf) or "" when the line is valid, using only
// the format rules and the ids seen so far, never the generator's report,
// so tests can compare the two.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace datagen::check {

std::vector<std::string_view> Split(std::string_view s, char sep);
bool ValidUtf8(std::string_view s);
bool IsId(std::string_view s, const char* prefix);
bool IsUint(std::string_view s);
bool IsRating(std::string_view s);  // "7.3", "10.0"
bool IsJsonStringArray(std::string_view s);

struct Ids {
  std::unordered_set<std::string> titles, people;
};

class FileChecker {
 public:
  // file: "title.basics.tsv" etc.; ids: entity sets (filled by the checkers
  // of title.basics and name.basics, read by the others).
  FileChecker(std::string file, Ids* ids) : file_(std::move(file)), ids_(ids) {}
  // Returns the defect of the line (without its '\n'), "" if none.
  std::string CheckLine(std::string_view line);
  std::vector<std::string> header;

 private:
  std::string file_;
  Ids* ids_;
  std::unordered_set<std::string> keys_;
};

}  // namespace datagen::check
