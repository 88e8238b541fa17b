// InputStream: plain files and gzip (told apart by magic bytes, not by
// name), several gzip members in one file, empty files, and every way a gzip
// file can be damaged: truncated anywhere, a flipped byte anywhere, garbage
// after the end. Damage must be a Corruption naming the file, never a hang
// or silently wrong bytes.

#include "util/input_stream.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace marquee {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;
using testing::WriteGzip;

// Reads the whole stream, `max` bytes at a time at most.
Status ReadAll(const std::string& path, std::string* out, size_t max = 1 << 16) {
  std::unique_ptr<InputStream> in;
  MARQUEE_RETURN_IF_ERROR(InputStream::Open(path, &in));
  bool eof = false;
  while (true) {
    size_t before = out->size();
    MARQUEE_RETURN_IF_ERROR(in->Read(max, out, &eof));
    if (eof) break;
    EXPECT_GT(out->size(), before);
    EXPECT_LE(out->size() - before, max);
  }
  EXPECT_EQ(in->file_bytes_read(), in->file_size());
  return Status::OK();
}

// ~20 MB of text: more than four of the inflater's chunks.
std::string ManyLines() {
  std::string s;
  for (uint64_t i = 0; s.size() < (20u << 20); ++i) s += "row " + std::to_string(i) + "\t" + std::to_string(i * 7919 % 1000003) + "\n";
  return s;
}

TEST(InputStreamTest, PlainFile) {
  TempDir d;
  WriteFile(d.File("a.tsv"), "x\ty\n1\t2\n");
  std::unique_ptr<InputStream> in;
  ASSERT_TRUE(InputStream::Open(d.File("a.tsv"), &in).ok());
  EXPECT_FALSE(in->compressed());
  EXPECT_EQ(in->file_size(), 8u);
  EXPECT_EQ(in->path(), d.File("a.tsv"));
  std::string out;
  ASSERT_TRUE(ReadAll(d.File("a.tsv"), &out, 3).ok());
  EXPECT_EQ(out, "x\ty\n1\t2\n");
}

TEST(InputStreamTest, GzipIsToldByItsBytesNotItsName) {
  TempDir d;
  WriteGzip(d.File("looks-plain.tsv"), "hello\n");
  WriteFile(d.File("looks-gzipped.gz"), "plain\n");
  std::unique_ptr<InputStream> in;
  ASSERT_TRUE(InputStream::Open(d.File("looks-plain.tsv"), &in).ok());
  EXPECT_TRUE(in->compressed());
  std::string out;
  ASSERT_TRUE(ReadAll(d.File("looks-plain.tsv"), &out).ok());
  EXPECT_EQ(out, "hello\n");
  out.clear();
  ASSERT_TRUE(ReadAll(d.File("looks-gzipped.gz"), &out).ok());
  EXPECT_EQ(out, "plain\n");
}

TEST(InputStreamTest, LargeGzipInSmallAndLargeReads) {
  TempDir d;
  const std::string text = ManyLines();
  WriteGzip(d.File("big.gz"), text);
  for (size_t max : {size_t{4093}, size_t{64} << 20}) {
    std::string out;
    ASSERT_TRUE(ReadAll(d.File("big.gz"), &out, max).ok());
    EXPECT_TRUE(out == text) << "max " << max << ": " << out.size() << " bytes, expected " << text.size();
  }
}

TEST(InputStreamTest, ConcatenatedGzipMembersReadAsOne) {
  TempDir d;
  WriteGzip(d.File("1"), "first\n");
  WriteGzip(d.File("2"), "");
  WriteGzip(d.File("3"), "third\n");
  WriteFile(d.File("all.gz"), ReadFile(d.File("1")) + ReadFile(d.File("2")) + ReadFile(d.File("3")));
  std::string out;
  ASSERT_TRUE(ReadAll(d.File("all.gz"), &out).ok());
  EXPECT_EQ(out, "first\nthird\n");
}

TEST(InputStreamTest, EmptyFiles) {
  TempDir d;
  WriteFile(d.File("empty"), "");
  WriteGzip(d.File("empty.gz"), "");
  for (const char* name : {"empty", "empty.gz"}) {
    std::string out;
    ASSERT_TRUE(ReadAll(d.File(name), &out).ok()) << name;
    EXPECT_EQ(out, "") << name;
  }
}

TEST(InputStreamTest, UnreadablePathsAreIOErrors) {
  TempDir d;
  std::unique_ptr<InputStream> in;
  for (const std::string& path : {d.File("missing.tsv"), d.path(), std::string("/dev/null")}) {
    Status s = InputStream::Open(path, &in);
    EXPECT_EQ(s.code(), Status::Code::kIOError) << path << ": " << s.ToString();
    EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  }
}

TEST(InputStreamTest, FifoIsRefusedWithoutWaiting) {
  TempDir d;
  std::unique_ptr<InputStream> in;
  Status s;
  EXPECT_TRUE(testing::ReturnsOnAFifo(d.File("fifo"), [&] { s = InputStream::Open(d.File("fifo"), &in); }));
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find(d.File("fifo") + ": a FIFO"), std::string::npos) << s.message();
}

class DamagedGzipTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 200; ++i) text_ += "tt" + std::to_string(1000000 + i * 37) + "\tSome Title " + std::to_string(i) + "\n";
    WriteGzip(dir_.File("good.gz"), text_);
    gz_ = ReadFile(dir_.File("good.gz"));
    ASSERT_GT(gz_.size(), 200u);
  }
  // Reading `bytes` must fail with Corruption naming the file.
  void ExpectCorruption(const std::string& bytes, const std::string& what) {
    WriteFile(dir_.File("bad.gz"), bytes);
    std::string out;
    Status s = ReadAll(dir_.File("bad.gz"), &out);
    ASSERT_TRUE(s.IsCorruption()) << what << ": " << s.ToString();
    EXPECT_NE(s.message().find(dir_.File("bad.gz")), std::string::npos) << s.message();
  }
  TempDir dir_;
  std::string text_, gz_;
};

TEST_F(DamagedGzipTest, TruncatedAnywhere) {
  for (size_t keep = 2; keep < gz_.size(); ++keep) ExpectCorruption(gz_.substr(0, keep), "kept " + std::to_string(keep));
}

// Past the 10-byte header (whose time and flags bytes may legally vary), a
// flipped byte changes the data or its checksum, unless it only touched the
// padding bits after the last block: then the bytes must be the original.
TEST_F(DamagedGzipTest, FlippedByteAnywhereAfterTheHeader) {
  size_t unchanged = 0;
  for (size_t at = 10; at < gz_.size(); ++at) {
    std::string bad = gz_;
    bad[at] = static_cast<char>(bad[at] ^ 0x10);
    WriteFile(dir_.File("bad.gz"), bad);
    std::string out;
    Status s = ReadAll(dir_.File("bad.gz"), &out);
    if (s.ok()) {
      EXPECT_TRUE(out == text_) << "flipped byte " << at << " gave other bytes and no error";
      ++unchanged;
    } else {
      EXPECT_TRUE(s.IsCorruption()) << "flipped byte " << at << ": " << s.ToString();
    }
  }
  EXPECT_LE(unchanged, 1u);
}

TEST_F(DamagedGzipTest, GarbageAfterTheLastMember) {
  ExpectCorruption(gz_ + "x", "one trailing byte");
  ExpectCorruption(gz_ + std::string(100, '\0'), "zero padding");
  ExpectCorruption(gz_ + "\x1f\x8b", "the start of another member");
}

// A reader that stops early must not leave the inflating thread blocked.
TEST(InputStreamTest, AbandonedGzipReaderStops) {
  TempDir d;
  WriteGzip(d.File("big.gz"), ManyLines());
  std::unique_ptr<InputStream> in;
  ASSERT_TRUE(InputStream::Open(d.File("big.gz"), &in).ok());
  std::string out;
  bool eof = false;
  ASSERT_TRUE(in->Read(10, &out, &eof).ok());
  EXPECT_EQ(out, "row 0\t0\nro");
  in.reset();  // returns only if the worker saw the reader go away
}

}  // namespace
}  // namespace marquee
