#include "imdb/fields.h"

#include <cstring>

#include "index/format.h"

namespace marquee::imdb {

bool SplitFields(std::string_view line, size_t n, std::string_view* fields) {
  size_t i = 0;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (i == n) return false;
    if (tab == std::string_view::npos) {
      fields[i++] = line.substr(start);
      return i == n;
    }
    fields[i++] = line.substr(start, tab - start);
    start = tab + 1;
  }
}

bool ParseUint(std::string_view f, uint64_t max, uint64_t* out) {
  if (f.empty() || f.size() > 19) return false;
  uint64_t v = 0;
  for (char c : f) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  if (v > max) return false;
  *out = v;
  return true;
}

bool ParseId(std::string_view f, std::string_view prefix, uint64_t* key) {
  if (f.size() < prefix.size() + 7 || f.substr(0, prefix.size()) != prefix) return false;
  return ParseUint(f.substr(prefix.size()), (uint64_t{1} << 40) - 1, key);
}

bool ParseRating(std::string_view f, uint8_t* rating10) {
  uint64_t whole = 0, tenth = 0;
  size_t dot = f.find('.');
  if (dot == std::string_view::npos) {
    if (!ParseUint(f, 10, &whole)) return false;
  } else {
    if (!ParseUint(f.substr(0, dot), 10, &whole) || f.size() != dot + 2 ||
        !ParseUint(f.substr(dot + 1), 9, &tenth))
      return false;
  }
  uint64_t v = whole * 10 + tenth;
  if (v < 10 || v > 100) return false;
  *rating10 = static_cast<uint8_t>(v);
  return true;
}

namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool Hex4(std::string_view f, size_t i, uint32_t* v) {
  if (i + 4 > f.size()) return false;
  *v = 0;
  for (size_t k = 0; k < 4; ++k) {
    int h = Hex(f[i + k]);
    if (h < 0) return false;
    *v = (*v << 4) | static_cast<uint32_t>(h);
  }
  return true;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace

// Hand-written rather than simdjson: it runs on ~50M short values per build,
// where a general parser's per-document setup costs more than the parsing.
bool ParseCharacters(std::string_view f, std::string* joined) {
  joined->clear();
  size_t i = 0;
  auto skip_ws = [&] {
    while (i < f.size() && (f[i] == ' ' || f[i] == '\t')) ++i;
  };
  skip_ws();
  if (i >= f.size() || f[i++] != '[') return false;
  skip_ws();
  if (i < f.size() && f[i] == ']') return ++i, skip_ws(), i == f.size();
  bool first = true;
  while (true) {
    skip_ws();
    if (i >= f.size() || f[i++] != '"') return false;
    if (!first) joined->push_back(format::kListSeparator);
    first = false;
    while (true) {
      if (i >= f.size()) return false;
      char c = f[i++];
      if (c == '"') break;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        if (c == format::kListSeparator) return false;
        joined->push_back(c);
        continue;
      }
      if (i >= f.size()) return false;
      char e = f[i++];
      switch (e) {
        case '"': joined->push_back('"'); break;
        case '\\': joined->push_back('\\'); break;
        case '/': joined->push_back('/'); break;
        case 'b': case 'f': case 'n': case 'r': case 't': joined->push_back(' '); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(f, i, &cp)) return false;
          i += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (i + 6 > f.size() || f[i] != '\\' || f[i + 1] != 'u' || !Hex4(f, i + 2, &lo) ||
                lo < 0xDC00 || lo > 0xDFFF)
              return false;
            i += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          if (cp < 0x20) return false;
          AppendUtf8(cp, joined);
          break;
        }
        default: return false;
      }
    }
    skip_ws();
    if (i >= f.size()) return false;
    char c = f[i++];
    if (c == ']') break;
    if (c != ',') return false;
  }
  skip_ws();
  return i == f.size();
}

std::string CommaListToList(std::string_view f) {
  std::string out(f);
  for (char& c : out)
    if (c == ',') c = format::kListSeparator;
  return out;
}

}  // namespace marquee::imdb
