#include "moviesjson/json_text.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace marquee::moviesjson {

std::vector<size_t> ElementOffsets(std::string_view text) {
  std::vector<size_t> offsets;
  int depth = 0;
  bool in_string = false, expect = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (depth == 1 && expect) {
      offsets.push_back(i);
      expect = false;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth == 1) expect = true;
    } else if (c == ']' || c == '}') --depth;
    else if (c == ',' && depth == 1) expect = true;
  }
  return offsets;
}

namespace {

bool NumberChar(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Whether the JSON number `token` is outside what the parser holds: int64
// or uint64 for an integer, a finite double otherwise.
bool Oversized(const std::string& token) {
  bool negative = token[0] == '-';
  if (token.find_first_of(".eE") == std::string::npos) {
    std::string digits = token.substr(negative ? 1 : 0);
    while (digits.size() > 1 && digits[0] == '0') digits.erase(0, 1);
    const std::string limit = negative ? "9223372036854775808" : "18446744073709551615";
    return digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit);
  }
  errno = 0;
  double d = std::strtod(token.c_str(), nullptr);
  return errno == ERANGE && std::isinf(d);
}

}  // namespace

size_t RewriteOversizedNumbers(std::string* text) {
  size_t rewritten = 0;
  bool in_string = false;
  std::string& t = *text;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) continue;
    size_t end = i;
    while (end < t.size() && NumberChar(t[end])) ++end;
    std::string token = t.substr(i, end - i);
    // The shortest oversized number ("2e308") is longer than "9e99", its
    // negative ("-2e308") longer than "-9e99".
    if (Oversized(token)) {
      std::string repl = token[0] == '-' ? "-9e99" : "9e99";
      repl.resize(token.size(), ' ');
      t.replace(i, token.size(), repl);
      ++rewritten;
    }
    i = end - 1;
  }
  return rewritten;
}

uint64_t LineCounter::LineOf(size_t offset) {
  for (; offset_ < offset && offset_ < text_.size(); ++offset_) line_ += text_[offset_] == '\n';
  return line_;
}

}  // namespace marquee::moviesjson
