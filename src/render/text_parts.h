// Small pieces of text that several renderings share: joined lists, year
// spans, "Title (YEAR)" and a person's role on a linking title.

#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "marquee/graph.h"
#include "marquee/index.h"

namespace marquee {

template <typename Strings>
std::string Join(const Strings& items, std::string_view sep) {
  std::string s;
  bool first = true;
  for (const auto& item : items) {
    if (!first) s += sep;
    s += item;
    first = false;
  }
  return s;
}

// "1999", "1999–2004", or "" when unknown.
inline std::string Years(int first, int last) {
  if (!first) return "";
  return first == last || !last ? std::to_string(first) : fmt::format("{}–{}", first, last);
}

// "Heat (1995)", or the bare title when its year is unknown.
inline std::string TitleWithYear(const Index& index, TitleRow t) {
  int year = index.title_year(t);
  return year ? fmt::format("{} ({})", index.title_name(t), year) : std::string(index.title_name(t));
}

// "as Milly", else the category ("self", "director"); series add episodes.
inline std::string RoleText(const LinkRole& r) {
  std::string s = !r.characters.empty() ? "as " + Join(r.characters, " / ") : Join(r.categories, ", ");
  if (r.episodes) s += fmt::format(" ({} episode{})", r.episodes, r.episodes == 1 ? "" : "s");
  return s;
}

// "512 B", "1.5 GiB".
inline std::string HumanBytes(uint64_t b) {
  const char* unit[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(b);
  int u = 0;
  while (v >= 1024 && u < 4) v /= 1024, ++u;
  return u == 0 ? fmt::format("{} B", b) : fmt::format("{:.1f} {}", v, unit[u]);
}

}  // namespace marquee
