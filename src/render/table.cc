#include "render/table.h"

#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace marquee {

namespace {
template <typename Fn>
void ForEachCodepoint(std::string_view s, Fn&& fn) {
  size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      cp = '?';
      n = 1;
    }
    if (!fn(i, static_cast<size_t>(n), cp)) return;
    i += static_cast<size_t>(n);
  }
}
}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t w = 0;
  ForEachCodepoint(s, [&](size_t, size_t, int32_t cp) {
    w += static_cast<size_t>(std::max(0, utf8proc_charwidth(cp)));
    return true;
  });
  return w;
}

std::string Truncate(std::string_view s, size_t width) {
  if (DisplayWidth(s) <= width) return std::string(s);
  if (width == 0) return "";
  size_t w = 0, end = 0;
  ForEachCodepoint(s, [&](size_t at, size_t len, int32_t cp) {
    size_t cw = static_cast<size_t>(std::max(0, utf8proc_charwidth(cp)));
    if (w + cw > width - 1) return false;
    w += cw;
    end = at + len;
    return true;
  });
  return std::string(s.substr(0, end)) + "…";
}

size_t TerminalWidth() {
  if (const char* c = std::getenv("COLUMNS")) {
    int v = std::atoi(c);
    if (v >= 20) return static_cast<size_t>(v);
  }
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) return ws.ws_col;
  return 100;
}

std::string Table::Render(size_t width) const {
  const size_t n = header_.size();
  std::vector<size_t> w(n, 0);
  for (size_t c = 0; c < n; ++c) w[c] = DisplayWidth(header_[c]);
  for (const auto& row : rows_)
    for (size_t c = 0; c < n && c < row.size(); ++c) w[c] = std::max(w[c], DisplayWidth(row[c]));
  size_t shrink = shrinkable_ < n ? shrinkable_ : n - 1;
  size_t total = 2 * (n - 1);
  for (size_t x : w) total += x;
  if (total > width) {
    size_t over = total - width;
    size_t min_width = std::min<size_t>(w[shrink], 12);
    w[shrink] = std::max(min_width, w[shrink] > over ? w[shrink] - over : 0);
  }
  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t c = 0; c < n; ++c) {
      std::string cell = Truncate(c < row.size() ? row[c] : "", w[c]);
      line += cell;
      if (c + 1 < n) line += std::string(w[c] - DisplayWidth(cell) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  emit(header_);
  std::vector<std::string> rule;
  for (size_t c = 0; c < n; ++c) {
    std::string r;
    for (size_t i = 0; i < w[c]; ++i) r += "─";
    rule.push_back(r);
  }
  emit(rule);
  for (const auto& row : rows_) emit(row);
  return out;
}

}  // namespace marquee
