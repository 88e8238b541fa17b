// MappedFile: the bytes of a file, an empty file, paths that cannot be
// mapped, and Prefault(), which must leave the bytes as they were and report
// a file that shrank under its mapping instead of crashing.

#include "util/mapped_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "test_util.h"

namespace marquee {
namespace {

using testing::TempDir;
using testing::WriteFile;

// Several pages of bytes that differ from page to page.
std::string PagesOfText() {
  std::string s;
  for (int i = 0; s.size() < 5 * 4096 + 100; ++i) s += std::to_string(i) + ",";
  return s;
}

TEST(MappedFileTest, MapsTheWholeFile) {
  TempDir d;
  const std::string contents = PagesOfText();
  WriteFile(d.File("f"), contents);
  std::unique_ptr<MappedFile> f;
  ASSERT_TRUE(MappedFile::Open(d.File("f"), &f).ok());
  EXPECT_EQ(f->size(), contents.size());
  EXPECT_EQ(f->bytes(), contents);
  EXPECT_EQ(f->path(), d.File("f"));
}

TEST(MappedFileTest, EmptyFile) {
  TempDir d;
  WriteFile(d.File("empty"), "");
  std::unique_ptr<MappedFile> f;
  ASSERT_TRUE(MappedFile::Open(d.File("empty"), &f).ok());
  EXPECT_EQ(f->size(), 0u);
  EXPECT_NE(f->data(), nullptr);
  EXPECT_TRUE(f->bytes().empty());
  EXPECT_TRUE(f->Prefault().ok());
}

TEST(MappedFileTest, WhatCannotBeMappedIsAnIOError) {
  TempDir d;
  std::unique_ptr<MappedFile> f;
  Status s = MappedFile::Open(d.File("missing"), &f);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find(d.File("missing")), std::string::npos) << s.message();
  s = MappedFile::Open(d.path(), &f);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find("not a regular file"), std::string::npos) << s.message();
  EXPECT_EQ(MappedFile::Open("/dev/null", &f).code(), Status::Code::kIOError);
  EXPECT_EQ(f, nullptr);
}

TEST(MappedFileTest, FifoIsRefusedWithoutWaiting) {
  TempDir d;
  std::unique_ptr<MappedFile> f;
  Status s;
  EXPECT_TRUE(testing::ReturnsOnAFifo(d.File("fifo"), [&] { s = MappedFile::Open(d.File("fifo"), &f); }));
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find(d.File("fifo") + ": a FIFO"), std::string::npos) << s.message();
}

TEST(MappedFileTest, PrefaultKeepsTheBytes) {
  TempDir d;
  const std::string contents = PagesOfText();
  WriteFile(d.File("f"), contents);
  std::unique_ptr<MappedFile> f;
  ASSERT_TRUE(MappedFile::Open(d.File("f"), &f).ok());
  Status s = f->Prefault();
  if (s.code() == Status::Code::kNotSupported) GTEST_SKIP() << s.message();
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(f->Prefault().ok());  // again: nothing left to do, still fine
  EXPECT_EQ(f->bytes(), contents);
}

// Touching a page past the end of a shrunk file raises SIGBUS; Prefault must
// return an error instead.
TEST(MappedFileTest, PrefaultOfAShrunkFileIsAnIOError) {
  TempDir d;
  WriteFile(d.File("f"), PagesOfText());
  std::unique_ptr<MappedFile> f;
  ASSERT_TRUE(MappedFile::Open(d.File("f"), &f).ok());
  ASSERT_EQ(::truncate(d.File("f").c_str(), 0), 0);
  Status s = f->Prefault();
  if (s.code() == Status::Code::kNotSupported) GTEST_SKIP() << s.message();
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
  EXPECT_NE(s.message().find(d.File("f")), std::string::npos) << s.message();
}

}  // namespace
}  // namespace marquee
