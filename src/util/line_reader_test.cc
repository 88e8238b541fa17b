// LineReader: numbering, empty lines, a last line without "\n", CRLF endings
// stripped and reported, lines longer than a read, the same from gzip, and a
// damaged gzip file, which must stop with its status and never hand out a
// cut-off line.

#include "util/line_reader.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace marquee {
namespace {

using testing::TempDir;
using testing::WriteFile;
using testing::WriteGzip;

struct Line {
  std::string text;
  uint64_t number;
  bool had_cr;
  bool operator==(const Line&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Line& l) {
  return os << l.number << ":" << l.text.size() << " bytes" << (l.had_cr ? " CR" : "");
}

// All lines of `path`; *status gets the reader's final status.
std::vector<Line> ReadLines(const std::string& path, Status* status = nullptr) {
  std::unique_ptr<InputStream> in;
  Status s = InputStream::Open(path, &in);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok()) return {};
  LineReader reader(std::move(in));
  std::vector<Line> lines;
  std::string_view line;
  while (reader.Next(&line)) lines.push_back({std::string(line), reader.line_number(), reader.had_cr()});
  EXPECT_FALSE(reader.Next(&line));  // stays at the end
  if (status) *status = reader.status();
  else EXPECT_TRUE(reader.status().ok()) << reader.status().ToString();
  return lines;
}

std::vector<Line> LinesOf(const std::string& contents) {
  TempDir d;
  WriteFile(d.File("f"), contents);
  return ReadLines(d.File("f"));
}

TEST(LineReaderTest, NumbersLinesIncludingEmptyOnes) {
  EXPECT_EQ(LinesOf("a\nbb\n\nccc\n"),
            (std::vector<Line>{{"a", 1, false}, {"bb", 2, false}, {"", 3, false}, {"ccc", 4, false}}));
  EXPECT_EQ(LinesOf("\n\n"), (std::vector<Line>{{"", 1, false}, {"", 2, false}}));
  EXPECT_TRUE(LinesOf("").empty());
}

TEST(LineReaderTest, LastLineWithoutNewline) {
  EXPECT_EQ(LinesOf("a\nlast"), (std::vector<Line>{{"a", 1, false}, {"last", 2, false}}));
  EXPECT_EQ(LinesOf("only"), (std::vector<Line>{{"only", 1, false}}));
}

TEST(LineReaderTest, CrlfIsStrippedAndReported) {
  EXPECT_EQ(LinesOf("a\r\nb\nc\r\n\r\n"),
            (std::vector<Line>{{"a", 1, true}, {"b", 2, false}, {"c", 3, true}, {"", 4, true}}));
  EXPECT_EQ(LinesOf("x\r"), (std::vector<Line>{{"x", 1, true}}));
  // Only a final CR is a line ending; inner ones are data.
  EXPECT_EQ(LinesOf("a\rb\n\r\r\n"), (std::vector<Line>{{"a\rb", 1, false}, {"\r", 2, true}}));
}

// Lines that cross read boundaries and lines longer than one read, plain
// and gzip (whose chunks split lines in other places).
TEST(LineReaderTest, LongLinesPlainAndGzip) {
  std::vector<std::string> expected = {"short", std::string(9 << 20, 'x'), "", "after"};
  for (int i = 0; i < 200000; ++i) expected.push_back("line " + std::to_string(i) + std::string(i % 97, '-'));
  expected.push_back(std::string((4 << 20) + 1, 'y'));
  std::string contents;
  for (const std::string& l : expected) contents += l + "\n";
  TempDir d;
  WriteFile(d.File("plain"), contents);
  WriteGzip(d.File("gz"), contents);
  for (const char* name : {"plain", "gz"}) {
    std::vector<Line> got = ReadLines(d.File(name));
    ASSERT_EQ(got.size(), expected.size()) << name;
    for (size_t i = 0; i < got.size(); ++i) {
      ASSERT_TRUE(got[i].text == expected[i]) << name << " line " << i + 1 << ": " << got[i];
      ASSERT_EQ(got[i].number, i + 1);
    }
  }
}

TEST(LineReaderTest, DamagedGzipStopsWithoutACutLine) {
  std::string contents;
  for (int i = 0; i < 100000; ++i) contents += "tt" + std::to_string(i) + "\tTitle number " + std::to_string(i) + "\n";
  TempDir d;
  WriteGzip(d.File("full"), contents);
  std::string gz = testing::ReadFile(d.File("full"));
  WriteFile(d.File("cut"), gz.substr(0, gz.size() / 2));
  Status s;
  std::vector<Line> got = ReadLines(d.File("cut"), &s);
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  std::string prefix;
  for (const Line& l : got) prefix += l.text + "\n";
  EXPECT_TRUE(contents.compare(0, prefix.size(), prefix) == 0) << "lines read are not the file's first lines";
}

}  // namespace
}  // namespace marquee
