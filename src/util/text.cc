#include "util/text.h"

#include <utf8proc.h>

#include <cstdlib>

namespace marquee {

bool IsValidUtf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  while (p < end) {
    // ASCII fast path, 8 bytes at a time.
    while (end - p >= 8) {
      uint64_t w;
      __builtin_memcpy(&w, p, 8);
      if (w & 0x8080808080808080ull) break;
      p += 8;
    }
    if (p >= end) break;
    unsigned c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
    else return false;
    if (end - p <= n) return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += n + 1;
  }
  return true;
}

bool HasControlChars(std::string_view s) {
  for (unsigned char c : s) {
    if ((c < 0x20 && c != '\t') || c == 0x7F) return true;
  }
  return false;
}

namespace {

std::string Map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return {};
  std::string result(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  return result;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

std::string FoldForMatch(std::string_view s) {
  std::string folded;
  bool ascii = true;
  for (unsigned char c : s) ascii &= c < 0x80;
  if (ascii) {
    folded.assign(s);
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  } else {
    folded = Map(s, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                        UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  }
  // Punctuation and symbols separate words; only letters and digits remain.
  std::string out;
  out.reserve(folded.size());
  size_t i = 0;
  while (i < folded.size()) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    bool word;
    size_t len = 1;
    if (c < 0x80) {
      word = IsWordByte(c);
    } else {
      utf8proc_int32_t cp;
      utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(folded.data() + i),
                                            static_cast<utf8proc_ssize_t>(folded.size() - i), &cp);
      if (n <= 0) return {};
      len = static_cast<size_t>(n);
      utf8proc_category_t cat = utf8proc_category(cp);
      word = cat <= UTF8PROC_CATEGORY_NO && cat != UTF8PROC_CATEGORY_CN;  // letters, marks, numbers
    }
    if (word) {
      out.append(folded, i, len);
    } else if (c == '\'' || c == 0xE2 /* ’ */) {
      // Apostrophes join ("Charlie's" -> "charlies").
      if (c == 0xE2 && folded.compare(i, 3, "\xE2\x80\x99") != 0) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      }
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string NormalizeNfc(std::string_view s) {
  bool ascii = true;
  for (unsigned char c : s) ascii &= c < 0x80;
  if (ascii) return std::string(s);
  return Map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

}  // namespace marquee
