// Tables for the terminal: display widths (wide CJK, zero-width combining
// marks, invalid bytes), cutting with "…" without splitting a character or
// separating an accent from its letter, and rendered tables whose columns
// line up in display columns and whose lines fit the width asked for.

#include "render/table.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace marquee {
namespace {

const std::string kCjk = "\xE5\x8D\xA7\xE8\x99\x8E\xE8\x97\x8F\xE9\xBE\x99";  // 卧虎藏龙, 2 columns each
const std::string kDecomposed = "Ame\xCC\x81lie";                                // e + combining acute

TEST(TableTest, DisplayWidth) {
  EXPECT_EQ(DisplayWidth(""), 0u);
  EXPECT_EQ(DisplayWidth("Spider-Man"), 10u);
  EXPECT_EQ(DisplayWidth("Am\xC3\xA9lie"), 6u);
  EXPECT_EQ(DisplayWidth(kDecomposed), 6u);
  EXPECT_EQ(DisplayWidth(kCjk), 8u);
  EXPECT_EQ(DisplayWidth("a\xFF" "b"), 3u);  // an invalid byte shows as one column
}

TEST(TableTest, TruncateCutsToTheWidthWithAnEllipsis) {
  EXPECT_EQ(Truncate("Spider-Man", 10), "Spider-Man");
  EXPECT_EQ(Truncate("Spider-Man", 6), "Spide…");
  EXPECT_EQ(Truncate("Spider-Man", 1), "…");
  EXPECT_EQ(Truncate("Spider-Man", 0), "");
  EXPECT_EQ(Truncate(kCjk, 5), "\xE5\x8D\xA7\xE8\x99\x8E…");  // 卧虎…
  EXPECT_EQ(Truncate(kCjk, 4), "\xE5\x8D\xA7…");              // 虎 would overflow by a column
  EXPECT_EQ(Truncate(kDecomposed, 4), "Ame\xCC\x81…");        // the accent stays with its e
}

TEST(TableTest, TruncateNeverExceedsTheWidth) {
  for (const std::string& s : {std::string("Crouching Tiger, Hidden Dragon"), kCjk + "abc" + kCjk, kDecomposed + kCjk}) {
    for (size_t width = 0; width <= DisplayWidth(s) + 1; ++width) {
      std::string cut = Truncate(s, width);
      EXPECT_LE(DisplayWidth(cut), width) << s << " to " << width;
      if (DisplayWidth(s) > width && width > 0) {
        EXPECT_TRUE(cut.ends_with("…")) << cut;
        EXPECT_EQ(s.compare(0, cut.size() - 3, cut, 0, cut.size() - 3), 0) << "not a prefix: " << cut;
      }
    }
  }
}

TEST(TableTest, TerminalWidthFromColumns) {
  const char* saved = std::getenv("COLUMNS");
  std::string old = saved ? saved : "";
  setenv("COLUMNS", "137", 1);
  EXPECT_EQ(TerminalWidth(), 137u);
  setenv("COLUMNS", "5", 1);  // implausible: ignored
  EXPECT_GE(TerminalWidth(), 20u);
  setenv("COLUMNS", "wide", 1);
  EXPECT_GE(TerminalWidth(), 20u);
  if (saved) setenv("COLUMNS", old.c_str(), 1);
  else unsetenv("COLUMNS");
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1) lines.push_back(s.substr(start, nl - start));
  EXPECT_EQ(start, s.size()) << "the last line must end in a newline";
  return lines;
}

// The display column at which the cell starting with `cell` begins.
size_t ColumnOf(const std::string& line, const std::string& cell) {
  size_t at = line.find(cell);
  EXPECT_NE(at, std::string::npos) << cell << " not in " << line;
  return at == std::string::npos ? 0 : DisplayWidth(line.substr(0, at));
}

TEST(TableTest, ColumnsLineUpInDisplayColumns) {
  Table t({"TITLE", "YEAR", "ROLE"});
  t.AddRow({kCjk, "2000", "Li Mu Bai"});
  t.AddRow({kDecomposed, "2001", "Am\xC3\xA9lie Poulain"});
  t.AddRow({"Up", "2009"});  // a missing cell renders empty
  std::vector<std::string> lines = Lines(t.Render(80));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[1], "────────  ────  ──────────────");
  EXPECT_EQ(ColumnOf(lines[0], "YEAR"), 10u);
  EXPECT_EQ(ColumnOf(lines[2], "2000"), 10u);
  EXPECT_EQ(ColumnOf(lines[3], "2001"), 10u);
  EXPECT_EQ(ColumnOf(lines[4], "2009"), 10u);
  EXPECT_EQ(ColumnOf(lines[2], "Li Mu Bai"), 16u);
  EXPECT_EQ(ColumnOf(lines[3], "Am\xC3\xA9lie"), 16u);
  EXPECT_EQ(lines[4], "Up        2009");  // no trailing spaces
  EXPECT_FALSE(t.empty());
  EXPECT_TRUE(Table({"A"}).empty());
}

TEST(TableTest, TheShrinkableColumnIsCutToFit) {
  const std::string long_title = "Crouching Tiger, Hidden Dragon: Sword of Destiny";
  Table last({"YEAR", "TITLE"});
  last.AddRow({"2016", long_title});
  for (const std::string& line : Lines(last.Render(30))) EXPECT_LE(DisplayWidth(line), 30u) << line;
  EXPECT_EQ(Lines(last.Render(30))[2], "2016  Crouching Tiger, Hidden…");

  Table middle({"TITLE", "YEAR"});
  middle.SetShrinkable(0);
  middle.AddRow({long_title, "2016"});
  middle.AddRow({kCjk + kCjk + kCjk + "x", "2000"});
  std::vector<std::string> lines = Lines(middle.Render(30));
  for (const std::string& line : lines) EXPECT_LE(DisplayWidth(line), 30u) << line;
  EXPECT_EQ(lines[2], "Crouching Tiger, Hidden…  2016");
  EXPECT_EQ(ColumnOf(lines[3], "2000"), 26u);  // a wide character never straddles the cut
}

TEST(TableTest, ACutColumnKeepsAReadableMinimum) {
  Table t({"ID", "NAME", "NOTE"});
  t.AddRow({std::string(30, '1'), "Someone", "a note that is long enough to be cut"});
  std::vector<std::string> lines = Lines(t.Render(40));
  EXPECT_EQ(lines[2], std::string(30, '1') + "  Someone  a note that…");  // 12 columns, past 40
}

}  // namespace
}  // namespace marquee
