// `marquee build` interrupted from outside, as a user or a system would:
// each catchable signal that lands while the temporary index file exists
// ends the build by that signal with no temporary file left and the previous
// index byte for byte as it was; a file size limit (ulimit -f) fails the
// build with a message; temporary files of builds that died are removed by
// the next build; a symlink planted at the build's temporary name is not
// written through. The build is held while its temporary file exists by
// the MARQUEE_TEST_HOLD_TEMP hook (util/atomic_file.h).

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "test_util.h"

namespace marquee::testing {
namespace {

struct Child {
  pid_t pid;
  int gate;    // write a byte to let it exec
  int stderr;  // its stderr
};

// Forks `marquee --index INDEX build --movies demo -q`; the child waits for
// the gate, then applies `hold_seconds` (the test hook) and `size_limit`.
Child Spawn(const std::string& index, int hold_seconds = 0, rlim_t size_limit = RLIM_INFINITY) {
  int gate[2], err[2];
  EXPECT_EQ(::pipe(gate), 0);
  EXPECT_EQ(::pipe(err), 0);
  std::string movies = SourceDir() + "/demo/movies.json";
  pid_t pid = ::fork();
  if (pid == 0) {
    char byte;
    ::close(gate[1]);
    ::close(err[0]);
    if (::read(gate[0], &byte, 1) != 1) ::_exit(90);
    ::dup2(err[1], STDERR_FILENO);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    if (hold_seconds > 0) ::setenv("MARQUEE_TEST_HOLD_TEMP", std::to_string(hold_seconds).c_str(), 1);
    struct rlimit limit = {size_limit, size_limit};
    if (size_limit != RLIM_INFINITY) ::setrlimit(RLIMIT_FSIZE, &limit);
    ::execl(MARQUEE_BINARY, "marquee", "--index", index.c_str(), "build", "--movies", movies.c_str(), "-q",
            static_cast<char*>(nullptr));
    ::_exit(91);
  }
  ::close(gate[0]);
  ::close(err[1]);
  return {pid, gate[1], err[0]};
}

// Lets the child run; returns its wait status and stderr.
int Finish(const Child& c, std::string* err = nullptr, const std::function<void()>& meanwhile = {}) {
  EXPECT_EQ(::write(c.gate, "x", 1), 1);
  ::close(c.gate);
  if (meanwhile) meanwhile();
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(c.stderr, buf, sizeof(buf))) > 0) text.append(buf, static_cast<size_t>(n));
  ::close(c.stderr);
  int status = 0;
  ::waitpid(c.pid, &status, 0);
  if (err) *err = text;
  return status;
}

std::vector<std::string> TempFiles(const TempDir& d) {
  std::vector<std::string> found;
  for (const auto& e : std::filesystem::directory_iterator(d.path()))
    if (e.path().filename().string().find(".tmp.") != std::string::npos) found.push_back(e.path().filename());
  return found;
}

class BuildInterruptTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(Finish(Spawn(index_)), 0);
    previous_ = ReadFile(index_);
    ASSERT_GT(previous_.size(), 64u << 10);
  }
  TempDir dir_;
  const std::string index_ = dir_.File("demo.idx");
  std::string previous_;
};

TEST_F(BuildInterruptTest, EachSignalLeavesNoTemporaryFileAndThePreviousIndex) {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
    Child c = Spawn(index_, /*hold_seconds=*/60);
    const std::string temp = index_ + ".tmp." + std::to_string(c.pid);
    bool seen = false;
    int status = Finish(c, nullptr, [&] {
      for (int i = 0; i < 3000 && !seen; ++i) {
        seen = std::filesystem::exists(temp);
        if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      ::kill(c.pid, sig);
    });
    EXPECT_TRUE(seen) << "the temporary file never appeared";
    ASSERT_TRUE(WIFSIGNALED(status)) << "signal " << sig << ": status " << status;
    EXPECT_EQ(WTERMSIG(status), sig);
    EXPECT_EQ(TempFiles(dir_), std::vector<std::string>{}) << "signal " << sig;
    EXPECT_TRUE(ReadFile(index_) == previous_) << "signal " << sig << " changed the index";
  }
}

TEST_F(BuildInterruptTest, FileSizeLimitFailsWithAMessage) {
  std::string err;
  int status = Finish(Spawn(index_, 0, /*size_limit=*/64 << 10), &err);
  ASSERT_TRUE(WIFEXITED(status)) << "status " << status;
  EXPECT_EQ(WEXITSTATUS(status), 2) << err;
  EXPECT_NE(err.find("file size limit of 65536 bytes (ulimit -f) was reached"), std::string::npos) << err;
  EXPECT_EQ(TempFiles(dir_), std::vector<std::string>{});
  EXPECT_TRUE(ReadFile(index_) == previous_);
}

TEST_F(BuildInterruptTest, NextBuildRemovesTemporaryFilesOfDeadBuilds) {
  pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  WriteFile(dir_.File("victim"), "precious");
  const std::string stale = index_ + ".tmp." + std::to_string(dead);
  std::filesystem::create_symlink(dir_.File("victim"), stale);
  ASSERT_EQ(Finish(Spawn(index_)), 0);
  EXPECT_EQ(TempFiles(dir_), std::vector<std::string>{});
  EXPECT_EQ(ReadFile(dir_.File("victim")), "precious");
}

// The symlink is planted at the very name the build will use (its pid),
// before the build starts.
TEST_F(BuildInterruptTest, SymlinkPlantedAtTheTemporaryNameIsNotFollowed) {
  WriteFile(dir_.File("victim"), "precious");
  std::filesystem::remove(index_);
  Child c = Spawn(index_);
  std::filesystem::create_symlink(dir_.File("victim"), index_ + ".tmp." + std::to_string(c.pid));
  std::string err;
  int status = Finish(c, &err);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << err;
  EXPECT_EQ(ReadFile(dir_.File("victim")), "precious");
  EXPECT_FALSE(std::filesystem::is_symlink(index_));
  // The same sections as the previous build (the header holds the time).
  EXPECT_TRUE(ReadFile(index_).substr(format::kHeaderSize) == previous_.substr(format::kHeaderSize))
      << "the index is not the demo index";
  EXPECT_EQ(TempFiles(dir_), std::vector<std::string>{});
}

}  // namespace
}  // namespace marquee::testing
