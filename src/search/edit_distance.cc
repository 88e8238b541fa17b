#include "search/edit_distance.h"

#include <algorithm>
#include <vector>

#include "search/tokenizer.h"

namespace marquee::search {

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); i += Utf8Length(static_cast<unsigned char>(s[i]))) out.push_back(DecodeAt(s, i));
  return out;
}

namespace {

// Rows of the DP table over `a` (rows) and `b` (columns); returns the last
// row's cell at the end of b, or the minimum over that row for prefixes.
int Osa(std::u32string_view a, std::u32string_view b, int max, bool prefix_of_b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (!prefix_of_b && std::abs(n - m) > max) return max + 1;
  if (n > 64 || m > 64) return max + 1;  // words are at most 40 bytes
  int rows[3][66];
  int* prev2 = rows[0];
  int* prev = rows[1];
  int* cur = rows[2];
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > max) return max + 1;
    int* t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  int d = prev[m];
  if (prefix_of_b)
    for (int j = 0; j <= m; ++j) d = std::min(d, prev[j]);
  return d > max ? max + 1 : d;
}

}  // namespace

int BoundedDamerau(std::u32string_view a, std::u32string_view b, int max) {
  if (a == b) return 0;
  return Osa(a, b, max, false);
}

int BoundedPrefixDamerau(std::u32string_view word, std::u32string_view text, int max) {
  if (text.substr(0, word.size()) == word) return 0;
  return Osa(word, text, max, true);
}

bool SameSqueezed(std::u32string_view a, std::u32string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] != b[j]) return false;
    char32_t c = a[i];
    while (i < a.size() && a[i] == c) ++i;
    while (j < b.size() && b[j] == c) ++j;
  }
  return i == a.size() && j == b.size();
}

}  // namespace marquee::search
