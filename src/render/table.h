// Table: the aligned, terminal-width-aware text tables the CLI prints. Widths
// are display widths (a CJK character takes two columns, a combining accent
// none), and the last column that allows it is cut with "…" so a row fits
// the terminal instead of wrapping.

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace marquee {

// Columns a string takes on a terminal (utf8proc's character widths).
size_t DisplayWidth(std::string_view s);
// `s` cut to at most `width` columns, ending in "…" when cut.
std::string Truncate(std::string_view s, size_t width);
// The terminal's width: $COLUMNS, else the tty's, else 100.
size_t TerminalWidth();

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  // Columns that may be cut to fit (by default the last one).
  void SetShrinkable(size_t column) { shrinkable_ = column; }
  void AddRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }
  std::string Render(size_t width) const;

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  size_t shrinkable_ = static_cast<size_t>(-1);
};

}  // namespace marquee
