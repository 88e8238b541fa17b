// The index reader against damaged files: truncation, a flipped byte in the
// header or in any section, another format version, something that is not
// an index at all. Open() or Verify() must say so; nothing may crash.

#include "marquee/index.h"

#include <gtest/gtest.h>

#include <cstring>
#include <random>

#include "index/format.h"
#include "marquee/query.h"
#include "test_util.h"

namespace marquee {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

class IndexCorruptionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    BuildOptions o;
    o.movies_files = {testing::SourceDir() + "/demo/movies.json"};
    o.output = dir_.File("demo.idx");
    ASSERT_NE(testing::BuildAndOpen(o), nullptr);
    bytes_ = ReadFile(o.output);
    ASSERT_GT(bytes_.size(), format::kHeaderSize);
  }
  Status OpenBytes(const std::string& bytes, std::unique_ptr<Index>* index) {
    std::string path = dir_.File("damaged.idx");
    WriteFile(path, bytes);
    return Index::Open(path, index);
  }
  // Every answer the demo index gives, as one string, to compare indexes.
  static std::string Answers(const Index& index) {
    std::string s;
    for (TitleRow t = 0; t < index.title_count(); ++t) {
      s += index.title_id(t) + std::string(index.title_name(t));
      for (const CreditInfo& c : index.title_credits(t))
        s += index.person_id(c.person) + std::string(c.category) + std::string(c.characters.raw);
    }
    for (PersonRow p = 0; p < index.person_count(); ++p)
      s += std::string(index.person_name(p)) + std::to_string(index.person_credits(p).size());
    return s;
  }

  TempDir dir_;
  std::string bytes_;
};

TEST_F(IndexCorruptionTest, IntactIndexVerifies) {
  std::unique_ptr<Index> index;
  ASSERT_TRUE(OpenBytes(bytes_, &index).ok());
  EXPECT_TRUE(index->Verify().ok());
}

TEST_F(IndexCorruptionTest, TruncatedIndexIsRefusedAtOpen) {
  std::unique_ptr<Index> index;
  for (size_t keep : {size_t{0}, size_t{100}, format::kHeaderSize, bytes_.size() - 1}) {
    Status s = OpenBytes(bytes_.substr(0, keep), &index);
    EXPECT_TRUE(s.IsCorruption()) << keep << ": " << s.ToString();
  }
}

TEST_F(IndexCorruptionTest, DamagedHeaderIsRefusedAtOpen) {
  std::string damaged = bytes_;
  damaged[offsetof(format::FileHeader, created_unix)] ^= 1;
  std::unique_ptr<Index> index;
  Status s = OpenBytes(damaged, &index);
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("header checksum"), std::string::npos);
}

TEST_F(IndexCorruptionTest, OtherFormatVersionIsNotSupported) {
  std::string other = bytes_;
  uint32_t v = format::kFormatVersion + 1;
  std::memcpy(other.data() + offsetof(format::FileHeader, format_version), &v, sizeof(v));
  std::unique_ptr<Index> index;
  Status s = OpenBytes(other, &index);
  EXPECT_EQ(s.code(), Status::Code::kNotSupported) << s.ToString();
  EXPECT_NE(s.message().find("rebuild"), std::string::npos);
}

TEST_F(IndexCorruptionTest, NotAnIndex) {
  std::unique_ptr<Index> index;
  Status s = OpenBytes(std::string(8192, 'x'), &index);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.message().find("not a Marquee index"), std::string::npos);
  EXPECT_EQ(Index::Open(dir_.File("missing.idx"), &index).code(), Status::Code::kIOError);
}

// A flipped byte anywhere past the header: Verify() must fail, unless the
// byte was alignment padding, in which case every answer is unchanged.
TEST_F(IndexCorruptionTest, FlippedSectionBytesAreFoundByVerify) {
  std::unique_ptr<Index> clean;
  ASSERT_TRUE(OpenBytes(bytes_, &clean).ok());
  const std::string expected = Answers(*clean);
  std::mt19937_64 rng(42);
  int caught = 0, padding = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::string damaged = bytes_;
    size_t at = format::kHeaderSize + rng() % (bytes_.size() - format::kHeaderSize);
    damaged[at] = static_cast<char>(damaged[at] ^ (1 + rng() % 255));
    std::unique_ptr<Index> index;
    Status s = OpenBytes(damaged, &index);
    if (!s.ok()) {
      ++caught;
      continue;
    }
    Answers(*index);  // must not crash, whatever it answers
    if (index->Verify().ok()) {
      ++padding;
      EXPECT_EQ(Answers(*index), expected) << "byte " << at << " changed answers but passed Verify";
    } else {
      ++caught;
    }
  }
  EXPECT_GT(caught, 250);
}

}  // namespace
}  // namespace marquee
