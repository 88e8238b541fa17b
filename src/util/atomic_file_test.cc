// AtomicFile: a committed file holds exactly what was written (appends
// larger than the buffer, overwrites of bytes already written); a write that
// is abandoned, whose commit fails, that a signal ends or that hits the file
// size limit leaves the previous file as it was and no temporary file
// behind; nothing planted at the temporary name is written through or
// removed by Create; stale temporary files of dead writers are removed.

#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

// The rename cannot replace a directory made after Create: Commit fails,
// and the failed writer must still clean up after itself.
TEST(AtomicFileTest, FailedCommitLeavesNoTemporaryFile) {
  TempDir d;
  {
    std::unique_ptr<AtomicFile> f;
    ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
    ASSERT_TRUE(f->Append("data").ok());
    std::filesystem::create_directory(d.File("out"));
    WriteFile(d.File("out/kept"), "x");
    Status s = f->Commit();
    EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
    EXPECT_NE(s.message().find(d.File("out")), std::string::npos) << s.message();
  }
  EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"});
  EXPECT_EQ(ReadFile(d.File("out/kept")), "x");
}

// A directory or FIFO at the target is refused before anything is written.
TEST(AtomicFileTest, TargetThatIsNotARegularFileIsRefused) {
  TempDir d;
  std::filesystem::create_directory(d.File("dir"));
  ASSERT_EQ(::mkfifo(d.File("fifo").c_str(), 0644), 0);
  for (const char* name : {"dir", "fifo"}) {
    std::unique_ptr<AtomicFile> f;
    Status s = AtomicFile::Create(d.File(name), &f);
    EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
    EXPECT_NE(s.message().find("not a regular file"), std::string::npos) << s.message();
  }
  EXPECT_EQ(Listing(d.path()), (std::vector<std::string>{"dir", "fifo"}));
}

// A symlink or file planted at the temporary name: Create refuses it,
// writes nothing through it and leaves it (and what it points to) alone.
TEST(AtomicFileTest, PlantedTemporaryNameIsNeitherFollowedNorRemoved) {
  TempDir d;
  WriteFile(d.File("victim"), "precious");
  const std::string temp = d.File("out.tmp." + std::to_string(::getpid()));
  for (bool as_symlink : {true, false}) {
    if (as_symlink) std::filesystem::create_symlink(d.File("victim"), temp);
    else WriteFile(temp, "planted");
    std::unique_ptr<AtomicFile> f;
    Status s = AtomicFile::Create(d.File("out"), &f);
    EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
    EXPECT_NE(s.message().find(temp), std::string::npos) << s.message();
    EXPECT_EQ(f, nullptr);
    EXPECT_EQ(ReadFile(d.File("victim")), "precious");
    EXPECT_EQ(std::filesystem::is_symlink(temp), as_symlink);
    if (!as_symlink) EXPECT_EQ(ReadFile(temp), "planted");
    EXPECT_FALSE(std::filesystem::exists(d.File("out")));
    std::filesystem::remove(temp);
  }
}

// The id of a process that has ended.
pid_t DeadPid() {
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  ::waitpid(pid, nullptr, 0);
  return pid;
}

TEST(AtomicFileTest, RemoveStaleTempsTakesOnlyDeadWritersFiles) {
  TempDir d;
  WriteFile(d.File("victim"), "precious");
  const std::string dead = "out.tmp." + std::to_string(DeadPid());
  const std::string dead_link = "out.tmp." + std::to_string(DeadPid());
  const std::string dead_dir = "out.tmp." + std::to_string(DeadPid());
  const std::string mine = "out.tmp." + std::to_string(::getpid());
  const std::string parent = "out.tmp." + std::to_string(::getppid());  // alive
  WriteFile(d.File(dead), "stale");
  std::filesystem::create_symlink(d.File("victim"), d.File(dead_link));
  std::filesystem::create_directory(d.File(dead_dir));
  WriteFile(d.File(mine), "stale too: this process holds no writer of it");
  WriteFile(d.File(parent), "a live writer's");
  for (const char* other : {"out.tmp.x1", "out.tmp.", "other.tmp.1", "out.tmp.123456789012"}) WriteFile(d.File(other), "");
  std::vector<std::string> removed;
  ASSERT_TRUE(AtomicFile::RemoveStaleTemps(d.File("out"), &removed).ok());
  std::sort(removed.begin(), removed.end());
  std::vector<std::string> expected = {d.File(dead), d.File(dead_link), d.File(mine)};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(removed, expected);
  EXPECT_EQ(ReadFile(d.File("victim")), "precious");
  std::vector<std::string> left = {dead_dir, parent, "other.tmp.1", "out.tmp.", "out.tmp.123456789012", "out.tmp.x1", "victim"};
  std::sort(left.begin(), left.end());
  EXPECT_EQ(Listing(d.path()), left);

  // This process's own live writer is not stale.
  std::filesystem::remove(d.File(parent));
  std::unique_ptr<AtomicFile> f;
  ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
  removed.clear();
  ASSERT_TRUE(AtomicFile::RemoveStaleTemps(d.File("out"), &removed).ok());
  EXPECT_TRUE(removed.empty());
  EXPECT_TRUE(std::filesystem::exists(f->temp_path()));
}

// In a child: writes into an AtomicFile beside "out" and raises `sig` while
// its temporary file exists (or sets a file size limit when `sig` is
// SIGXFSZ). The parent sees how the child ended.
int ChildStatus(const TempDir& d, int sig) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (sig == SIGXFSZ) {
      struct rlimit limit = {1 << 20, 1 << 20};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    std::unique_ptr<AtomicFile> f;
    Status s = AtomicFile::Create(d.File("out"), &f);
    if (s.ok()) s = f->Append(Big());
    if (sig == SIGXFSZ) {
      if (s.ok()) s = f->Commit();
      f.reset();
      bool said_why = s.message().find("file size limit of 1048576 bytes (ulimit -f)") != std::string::npos;
      ::_exit(said_why ? 20 : 11);
    }
    if (!s.ok()) ::_exit(10);
    ::raise(sig);
    ::_exit(12);  // not reached when the signal ends the process
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

TEST(AtomicFileTest, SignalRemovesTheTemporaryFile) {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGSEGV}) {
    TempDir d;
    WriteFile(d.File("out"), "previous");
    int status = ChildStatus(d, sig);
    ASSERT_TRUE(WIFSIGNALED(status)) << "signal " << sig << ": status " << status;
    EXPECT_EQ(WTERMSIG(status), sig);
    EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"}) << "signal " << sig;
    EXPECT_EQ(ReadFile(d.File("out")), "previous");
  }
}

TEST(AtomicFileTest, FileSizeLimitFailsCleanlyWithAMessage) {
  TempDir d;
  WriteFile(d.File("out"), "previous");
  int status = ChildStatus(d, SIGXFSZ);
  ASSERT_TRUE(WIFEXITED(status)) << "status " << status;
  EXPECT_EQ(WEXITSTATUS(status), 20);
  EXPECT_EQ(Listing(d.path()), std::vector<std::string>{"out"});
  EXPECT_EQ(ReadFile(d.File("out")), "previous");
}

// Handlers are there only while a temporary file is: the actions the
// process had before come back, and an ignored signal stays ignored.
TEST(AtomicFileTest, SignalActionsAreRestored) {
  auto handler = [](int sig) {
    struct sigaction a;
    ::sigaction(sig, nullptr, &a);
    return a.sa_handler;
  };
  TempDir d;
  void (*previous_hup)(int) = ::signal(SIGHUP, SIG_IGN);
  ASSERT_EQ(handler(SIGTERM), SIG_DFL);
  {
    std::unique_ptr<AtomicFile> f;
    ASSERT_TRUE(AtomicFile::Create(d.File("out"), &f).ok());
    EXPECT_NE(handler(SIGTERM), SIG_DFL);
    EXPECT_EQ(handler(SIGHUP), SIG_IGN);
    EXPECT_EQ(handler(SIGXFSZ), SIG_IGN);
  }
  EXPECT_EQ(handler(SIGTERM), SIG_DFL);
  EXPECT_EQ(handler(SIGHUP), SIG_IGN);
  EXPECT_EQ(handler(SIGXFSZ), SIG_DFL);
  ::signal(SIGHUP, previous_hup);
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
