#include "test_util.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "util/hash.h"

namespace marquee::testing {

TempDir::TempDir() {
  char tmpl[] = "/tmp/marquee-test-XXXXXX";
  char* p = mkdtemp(tmpl);
  if (p == nullptr) std::abort();
  path_ = p;
}

TempDir::~TempDir() { std::filesystem::remove_all(path_); }

std::string TestDataDir() { return MARQUEE_TEST_DATA_DIR; }
std::string SourceDir() { return MARQUEE_SOURCE_DIR; }

void WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream f(path, std::ios::binary);
  f << contents;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string ReadInflated(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");  // reads a plain file as it is
  if (f == nullptr) {
    ADD_FAILURE() << "cannot open " << path;
    return out;
  }
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, n);
  int error = Z_OK;
  const char* message = gzerror(f, &error);
  if (n < 0 || error != Z_OK) ADD_FAILURE() << path << ": " << message;
  gzclose(f);
  return out;
}

std::vector<std::string> WikipediaMoviesFiles() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(TestDataDir() + "/wikipedia-movies"))
    if (e.path().string().ends_with(".json.gz")) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void WriteGzip(const std::string& path, const std::string& contents) {
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  if (!contents.empty()) {
    ASSERT_EQ(gzwrite(f, contents.data(), static_cast<unsigned>(contents.size())), static_cast<int>(contents.size()));
  }
  gzclose(f);
}

std::unique_ptr<Index> BuildAndOpen(const BuildOptions& options, IngestReport* report) {
  IngestReport local(options.strict);
  Status s = BuildIndex(options, report ? report : &local, nullptr);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::unique_ptr<Index> index;
  if (!s.ok()) return index;
  s = Index::Open(options.output, &index);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return index;
}

format::SectionEntry* SectionEntry(std::string* file, uint32_t id) {
  auto* h = reinterpret_cast<format::FileHeader*>(file->data());
  for (uint32_t i = 0; i < h->section_count && i < format::kMaxSections; ++i)
    if (h->sections[i].id == id) return &h->sections[i];
  return nullptr;
}

std::unique_ptr<Index> OpenDamaged(const std::string& clean, const std::function<void(std::string* file)>& edit,
                                   const std::string& path) {
  std::string file = clean;
  edit(&file);
  Reseal(&file);
  WriteFile(path, file);
  std::unique_ptr<Index> index;
  Status s = Index::Open(path, &index);
  EXPECT_TRUE(s.ok()) << "the damage must get past Index::Open: " << s.ToString();
  return s.ok() ? std::move(index) : nullptr;
}

::testing::AssertionResult Names(const Status& s, const std::string& text) {
  if (s.IsCorruption() && s.message().find(text) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << s.ToString() << "\n does not say: " << text;
}

void Reseal(std::string* file) {
  auto* h = reinterpret_cast<format::FileHeader*>(file->data());
  for (uint32_t i = 0; i < h->section_count && i < format::kMaxSections; ++i) {
    format::SectionEntry& s = h->sections[i];
    s.checksum = Hash64(file->data() + s.offset, s.size);
  }
  h->header_checksum = 0;
  h->header_checksum = Hash64(file->data(), format::kHeaderSize);
}

Tsv ReadTsv(const std::string& path) {
  Tsv t;
  std::istringstream f(ReadInflated(path));
  std::string line;
  bool first = true;
  while (std::getline(f, line)) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (first) t.header = fields;
    else t.rows.push_back(fields);
    first = false;
  }
  return t;
}

bool ReturnsOnAFifo(const std::string& path, const std::function<void()>& open_it) {
  if (::mkfifo(path.c_str(), 0644) != 0) return false;
  std::atomic<bool> returned{false};
  std::thread watchdog([&] {
    for (int i = 0; i < 500 && !returned; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (returned) return;
    int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);  // releases the blocked reader
    if (fd >= 0) ::close(fd);
  });
  auto start = std::chrono::steady_clock::now();
  open_it();
  bool in_time = std::chrono::steady_clock::now() - start < std::chrono::seconds(5);
  returned = true;
  watchdog.join();
  return in_time;
}

int RunCommand(const std::string& command, std::string* out) {
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return -1;
  std::string data;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), p)) > 0) data.append(buf, n);
  int status = pclose(p);
  if (out) *out = data;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Every cast string of the dataset that is not a name, reviewed by eye.
const std::set<std::string>& WikipediaNotNames() {
  static const std::set<std::string> kNotNames = {
    "&", "(", "(Director", "(Director)", "(Mission Apollo personnel)", "(Narrator)", "(The", "(UK)", "(US)",
    "(as Charles 'Chip' Esten)", "(as herself)", "(as voices)", "(book)", "(credited as Bruce Jenner)",
    "(final cut)", "(in Chinese orphanages)", "(interviews)", "(narrated by)", "(narrator)", "(none)",
    "(novel)", "(original script)", "(screenwriters)", "(story)", "(uncredited bit)", "(voice of)",
    "(voice)", "(voices of)", "(voices)", "(writers)", ")", ".", "?", "Academy Award for Best Actor",
    "Academy Award for Best Actress", "Academy Award for Best Supporting Actor",
    "Academy Award for Best Supporting Actress", "Archive footage of", "Best Actor", "Best Actress",
    "Best Supporting Actor", "Best Supporting Actress", "Cast:", "Dir.:", "Dir.: Olexa Hewryk (",
    "Footage of", "Interviews with", "Music by", "Musical score by", "Narrated by", "Screenplay)", "Sr.",
    "The", "The life and times of", "The life of", "The politics of", "The use of music against",
    "Various cameos", "Voices of", "[2]", "[a]", "]", "acreenplay)", "and", "ball culture of", "careers of",
    "conflict between", "deaths of", "exploits of", "history of", "in post-", "life in", "living with a",
    "narrated by", "nominee)", "of", "producer)", "proposed strike at", "screenwriter)", "story)", "the",
    "the alleged war crimes of", "the career of", "the history of", "the life and death of", "the life of",
    "the life of a child from", "the long-term relationships of", "various child contestants on",
    "voices of", "with", "writer)", "written)",
  };
  return kNotNames;
}

}  // namespace marquee::testing
