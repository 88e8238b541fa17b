// AtomicFile: a committed file holds exactly what was written (appends
// larger than the buffer, overwrites of bytes already written); a write that
// is abandoned or whose commit fails leaves the previous file as it was and
// no temporary file behind.

#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "test_util.h"

namespace marquee {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

// The names in `dir`, sorted.
std::vector<std::string> Listing(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// More than AtomicFile's 8 MiB buffer, so some bytes reach the disk early.
std::string Big() {
  std::string s(9 << 20, '\0');
  for (size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>('a' + i % 23);
  return s;
}

TEST(AtomicFileTest, CommitWritesEverything) {
  TempDir d;
  const std::string big = Big();
  std::unique_ptr<AtomicFile> f;
  ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
  ASSERT_TRUE(f->Append("HEADER--").ok());
  ASSERT_TRUE(f->Append("small").ok());
  ASSERT_TRUE(f->Append(big).ok());
  ASSERT_TRUE(f->Append("tail").ok());
  ASSERT_TRUE(f->WriteAt(0, "header").ok());            // flushed long ago
  ASSERT_TRUE(f->Append("more").ok());
  ASSERT_TRUE(f->WriteAt(f->size() - 4, "MORE").ok());  // still in the buffer
  EXPECT_EQ(f->size(), 8 + 5 + big.size() + 4 + 4);
  EXPECT_TRUE(std::filesystem::exists(f->temp_path()));
  EXPECT_FALSE(std::filesystem::exists(d.File("out")));  // nothing visible before Commit
  ASSERT_TRUE(f->Commit().ok());
  f.reset();
  EXPECT_TRUE(ReadFile(d.File("out")) == "header--small" + big + "tailMORE");
  EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"});
}

TEST(AtomicFileTest, CommitReplacesThePreviousFile) {
  TempDir d;
  WriteFile(d.File("out"), "previous contents, longer than the new ones");
  std::unique_ptr<AtomicFile> f;
  ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
  ASSERT_TRUE(f->Append("new").ok());
  ASSERT_TRUE(f->Commit().ok());
  EXPECT_EQ(ReadFile(d.File("out")), "new");
  EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"});
}

TEST(AtomicFileTest, AbandonedWriteLeavesThePreviousFile) {
  TempDir d;
  WriteFile(d.File("out"), "previous");
  {
    std::unique_ptr<AtomicFile> f;
    ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
    ASSERT_TRUE(f->Append(Big()).ok());
    ASSERT_TRUE(std::filesystem::exists(f->temp_path()));
    EXPECT_EQ(ReadFile(d.File("out")), "previous");
  }  // destroyed without Commit, as when a build fails
  EXPECT_EQ(ReadFile(d.File("out")), "previous");
  EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"});
}

// The rename cannot replace a directory: Commit fails, and the failed
// writer must still clean up after itself.
TEST(AtomicFileTest, FailedCommitLeavesNoTemporaryFile) {
  TempDir d;
  std::filesystem::create_directory(d.File("out"));
  WriteFile(d.File("out/kept"), "x");
  {
    std::unique_ptr<AtomicFile> f;
    ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
    ASSERT_TRUE(f->Append("data").ok());
    Status s = f->Commit();
    EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
    EXPECT_NE(s.message().find(d.File("out")), std::string::npos) << s.message();
  }
  EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"});
  EXPECT_EQ(ReadFile(d.File("out/kept")), "x");
}

TEST(AtomicFileTest, CreateInAMissingDirectoryFails) {
  TempDir d;
  std::unique_ptr<AtomicFile> f;
  Status s = AtomicFile::Create(d.File("no/such/dir/out"), &f);
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
  EXPECT_EQ(f, nullptr);
  EXPECT_TRUE(Listing(d.path()).empty());
}

}  // namespace
}  // namespace marquee
