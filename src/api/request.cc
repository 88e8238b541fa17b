// The one parser of every request option (marquee/request.h).

#include "marquee/request.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <limits>

namespace marquee {
namespace {

constexpr const char* kCommands[] = {"search", "title", "cast", "person", "filmography", "costars",
                                     "shared", "path",  "distances", "center", "info"};
constexpr const char* kYearForms = "A-B, A-, -B, A or a decade like 1990s (e.g. 1990-1999)";

// A whole number in [lo, hi], all of `text`.
template <typename T>
bool ParseNumber(std::string_view text, T lo, T hi, T* out) {
  T v{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < lo || v > hi) return false;
  *out = v;
  return true;
}

// Four digits: "19" or "201" is far more likely a typo than a year of the
// first millennium.
bool ParseYear(std::string_view text, int* year) { return text.size() == 4 && ParseNumber(text, 1000, 9999, year); }

Status Bad(std::string_view name, std::string_view value, std::string_view accepts) {
  return Status::InvalidArgument(fmt::format("--{} takes {}, not '{}'", name, accepts, value));
}

template <typename T>
Status SetCount(std::string_view name, std::string_view value, T lo, T hi, T* out) {
  if (ParseNumber(value, lo, hi, out)) return Status::OK();
  return Bad(name, value, fmt::format("a whole number from {} to {}", lo, hi));
}

Status SetFlag(std::string_view name, std::string_view value, bool* out) {
  if (value.empty() || value == "true" || value == "1") return (*out = true), Status::OK();
  if (value == "false" || value == "0") return (*out = false), Status::OK();
  return Bad(name, value, "true or false");
}

// Comma-separated words, each non-empty, appended.
Status SetList(std::string_view name, std::string_view value, std::vector<std::string>* out) {
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    if (comma == std::string_view::npos) comma = value.size();
    std::string_view item = value.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty()) return Bad(name, value, "a comma-separated list of names");
    out->emplace_back(item);
    start = comma + 1;
  }
  return Status::OK();
}

}  // namespace

const char* CommandName(Command command) { return kCommands[static_cast<int>(command)]; }

Status ParseCommand(std::string_view name, Command* command) {
  for (size_t i = 0; i < std::size(kCommands); ++i) {
    if (name == kCommands[i]) return (*command = static_cast<Command>(i)), Status::OK();
  }
  return Status::InvalidArgument(
      fmt::format("unknown command '{}'; the commands are {}", name, fmt::join(kCommands, ", ")));
}

Status ParseYears(std::string_view text, YearRange* years) {
  YearRange r;
  size_t dash = text.find('-');
  bool ok;
  if (text.size() == 5 && text.back() == 's' && text[3] == '0') {  // "1990s"
    ok = ParseYear(text.substr(0, 4), &r.from);
    r.to = r.from + 9;
  } else if (dash == std::string_view::npos) {
    ok = ParseYear(text, &r.from);
    r.to = r.from;
  } else {
    std::string_view a = text.substr(0, dash), b = text.substr(dash + 1);
    ok = !(a.empty() && b.empty()) && (a.empty() || ParseYear(a, &r.from)) && (b.empty() || ParseYear(b, &r.to));
  }
  if (!ok) return Status::InvalidArgument(fmt::format("--years takes {}, not '{}'", kYearForms, text));
  if (r.from && r.to && r.from > r.to)
    return Status::InvalidArgument(fmt::format("the year range {} is empty: it ends before it starts", text));
  *years = r;
  return Status::OK();
}

Status SetOption(Request* r, std::string_view name, std::string_view value) {
  if (name == "years") return ParseYears(value, &r->years);
  if (name == "year") {
    int y;
    if (!ParseYear(value, &y)) return Bad(name, value, "a year of four digits");
    r->year = y;
    return Status::OK();
  }
  if (name == "type") return SetList(name, value, &r->types);
  if (name == "category") return SetList(name, value, &r->categories);
  if (name == "crew") return SetFlag(name, value, &r->crew);
  if (name == "episodes") return SetFlag(name, value, &r->episodes);
  if (name == "adult") return SetFlag(name, value, &r->adult);
  if (name == "limit") return SetCount<uint32_t>(name, value, 1, 100000, &r->limit);
  if (name == "all") return SetCount<uint32_t>(name, value, 1, 10000, &r->all);
  if (name == "top") return SetCount<uint32_t>(name, value, 1, 100000, &r->top);
  if (name == "min-reach") return SetCount<uint32_t>(name, value, 1, std::numeric_limits<uint32_t>::max(), &r->min_reach);
  if (name == "threads") return SetCount<uint32_t>(name, value, 1, 256, &r->threads);
  if (name == "min-votes") return SetCount<uint32_t>(name, value, 0, std::numeric_limits<uint32_t>::max(), &r->min_votes);
  if (name == "max-visits")
    return SetCount<uint64_t>(name, value, 1, std::numeric_limits<uint64_t>::max(), &r->max_visits);
  if (name == "timeout") {
    // from_chars for double reads "nan" and "inf"; neither is a budget.
    double t = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), t);
    if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(t) || t <= 0 || t > 86400)
      return Bad(name, value, "a number of seconds above 0 and at most 86400");
    r->timeout = t;
    return Status::OK();
  }
  return Status::InvalidArgument(fmt::format("unknown option --{}", name));
}

}  // namespace marquee
