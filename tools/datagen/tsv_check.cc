// tsv_check.cc — the format rules, written from the IMDb dataset
// documentation rather than from the generator's code.
#include "tsv_check.h"

namespace datagen::check {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (;;) {
    size_t e = s.find(sep, b);
    if (e == std::string_view::npos) { out.push_back(s.substr(b)); return out; }
    out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (n < 0 || i + size_t(n) >= s.size()) return false;
    uint32_t cp = n == 0 ? c : n == 1 ? c & 0x1F : n == 2 ? c & 0x0F : c & 0x07;
    for (int k = 1; k <= n; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = cp << 6 | (d & 0x3F);
    }
    static const uint32_t min_cp[] = {0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += size_t(n) + 1;
  }
  return true;
}

bool IsId(std::string_view s, const char* prefix) {
  if (s.size() < 9 || s.substr(0, 2) != prefix) return false;
  for (char c : s.substr(2)) if (c < '0' || c > '9') return false;
  return true;
}

bool IsUint(std::string_view s) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

bool IsRating(std::string_view s) {
  size_t dot = s.find('.');
  return dot != std::string_view::npos && IsUint(s.substr(0, dot)) &&
         s.size() == dot + 2 && IsUint(s.substr(dot + 1));
}

bool IsJsonStringArray(std::string_view s) {
  size_t i = 0;
  auto at = [&](char c) { return i < s.size() && s[i] == c; };
  if (!at('[')) return false;
  ++i;
  for (;;) {
    if (!at('"')) return false;
    for (++i;; ++i) {
      if (i >= s.size()) return false;
      if (s[i] == '"') break;
      if (s[i] == '\\') {
        if (++i >= s.size()) return false;
        if (std::string_view("\"\\/bfnrtu").find(s[i]) == std::string_view::npos) return false;
      }
    }
    ++i;
    if (at(']')) return i + 1 == s.size();
    if (!at(',')) return false;
    ++i;
  }
}

std::string FileChecker::CheckLine(std::string_view line) {
  if (!line.empty() && line.back() == '\r') return "crlf";
  auto f = Split(line, '\t');
  if (f.size() != header.size()) return "wrong_columns";
  if (!ValidUtf8(line)) return "invalid_utf8";
  auto num = [&](size_t k) { return f[k] == "\\N" || IsUint(f[k]); };
  auto people = [&](std::string_view list, bool* dangling) {
    if (list == "\\N") return true;
    for (auto id : Split(list, ',')) {
      if (!IsId(id, "nm")) return false;
      if (!ids_->people.count(std::string(id))) *dangling = true;
    }
    return true;
  };
  bool dangling = false;
  std::string key(f[0]);
  if (file_ == "title.basics.tsv") {
    if (!IsId(f[0], "tt")) return "non_numeric";
    for (size_t k : {4, 5, 6, 7}) if (!num(k)) return "non_numeric";
    if (f[4] != "0" && f[4] != "1") return "non_numeric";
    if (!keys_.insert(key).second) return "duplicate_id";
    ids_->titles.insert(key);
  } else if (file_ == "name.basics.tsv") {
    if (!IsId(f[0], "nm") || !num(2) || !num(3)) return "non_numeric";
    if (!keys_.insert(key).second) return "duplicate_id";
    if (f[5] != "\\N")
      for (auto t : Split(f[5], ',')) if (!ids_->titles.count(std::string(t))) dangling = true;
    if (dangling) return "dangling_id";
    ids_->people.insert(key);
  } else if (file_ == "title.principals.tsv") {
    if (f[5] != "\\N" && !IsJsonStringArray(f[5])) return "bad_json";
    if (!num(1)) return "non_numeric";
    key += ":" + std::string(f[1]);
    if (!keys_.insert(key).second) return "duplicate_id";
    if (!ids_->titles.count(std::string(f[0])) || !ids_->people.count(std::string(f[2]))) dangling = true;
  } else if (file_ == "title.akas.tsv") {
    if (!num(1) || (f[7] != "0" && f[7] != "1")) return "non_numeric";
    key += ":" + std::string(f[1]);
    if (!keys_.insert(key).second) return "duplicate_id";
    dangling = !ids_->titles.count(key.substr(0, key.find(':')));
  } else if (file_ == "title.ratings.tsv") {
    if (!IsRating(f[1]) || !IsUint(f[2])) return "non_numeric";
    if (!keys_.insert(key).second) return "duplicate_id";
    dangling = !ids_->titles.count(key);
  } else if (file_ == "title.episode.tsv") {
    if (!num(2) || !num(3)) return "non_numeric";
    if (!keys_.insert(key).second) return "duplicate_id";
    dangling = !ids_->titles.count(key) || !ids_->titles.count(std::string(f[1]));
  } else if (file_ == "title.crew.tsv") {
    if (!keys_.insert(key).second) return "duplicate_id";
    if (!people(f[1], &dangling) || !people(f[2], &dangling)) return "non_numeric";
    dangling |= !ids_->titles.count(key);
  }
  return dangling ? "dangling_id" : "";
}

}  // namespace datagen::check
