// LineReader: numbering, empty lines, a last line without "\n", CRLF endings
// stripped and reported, lines longer than a read, the same from gzip, a
// damaged gzip file, which must stop with its status and never hand out a
// cut-off line, and the cap on a line's length, which must stop the reader
// without reading the whole line.

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
std::vector<Line> ReadLines(const std::string& path, Status* status = nullptr,
                            size_t max_line_bytes = LineReader::kDefaultMaxLineBytes,
                            uint64_t* bytes_read = nullptr) {
  std::unique_ptr<InputStream> in;
  Status s = InputStream::Open(path, &in);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok()) return {};
  LineReader reader(std::move(in), max_line_bytes);
  std::vector<Line> lines;
  std::string_view line;
  while (reader.Next(&line)) lines.push_back({std::string(line), reader.line_number(), reader.had_cr()});
  EXPECT_FALSE(reader.Next(&line));  // stays at the end
  if (bytes_read) *bytes_read = reader.input().file_bytes_read();
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
    std::vector<Line> got = ReadLines(d.File(name), nullptr, 16 << 20);
    ASSERT_EQ(got.size(), expected.size()) << name;
    for (size_t i = 0; i < got.size(); ++i) {
      ASSERT_TRUE(got[i].text == expected[i]) << name << " line " << i + 1 << ": " << got[i];
      ASSERT_EQ(got[i].number, i + 1);
    }
  }
}

// A line of exactly the cap is read whole, in one read or across reads; one
// byte more stops the reader at that line, with or without a final newline,
// after reading about the cap and one read ahead, not the whole line.
TEST(LineReaderTest, LineLongerThanTheCap) {
  constexpr size_t kCap = 1 << 20;
  TempDir d;
  const std::string at_cap(kCap, 'a');
  WriteFile(d.File("at_cap"), "x\n" + at_cap + "\n" + std::string(3 << 20, 'b') + "\n" + at_cap + "\nz\n");
  Status s;
  std::vector<Line> got = ReadLines(d.File("at_cap"), &s, kCap);
  EXPECT_FALSE(s.ok());  // the 3 MiB line
  ASSERT_EQ(got.size(), 2u);
  EXPECT_TRUE(got[1].text == at_cap);

  for (const char* ending : {"\n", ""}) {
    WriteFile(d.File("long"), "x\n" + at_cap + "\n" + std::string(32 << 20, 'c') + ending);
    uint64_t bytes_read = 0;
    got = ReadLines(d.File("long"), &s, kCap, &bytes_read);
    EXPECT_EQ(got.size(), 2u);
    EXPECT_TRUE(s.IsCorruption()) << s.ToString();
    EXPECT_EQ(s.message(), d.File("long") + ":3: line longer than 1048576 bytes");
    EXPECT_LT(bytes_read, 12u << 20) << "read the whole long line";
  }
  // Short lines pass the cap of a small reader; the first long one stops it.
  WriteFile(d.File("small"), "ab\nabcd\nabcde\nab\n");
  got = ReadLines(d.File("small"), &s, 4);
  EXPECT_EQ(got, (std::vector<Line>{{"ab", 1, false}, {"abcd", 2, false}}));
  EXPECT_EQ(s.message(), d.File("small") + ":3: line longer than 4 bytes");
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
