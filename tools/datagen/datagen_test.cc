// datagen_test.cc — marquee-datagen's promises: byte-identical output per
// seed, the IMDb format on every line, referential integrity, a malformed
// report that names exactly the bad lines, and gzip == plain.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "generate.h"
#include "tsv_check.h"

namespace fs = std::filesystem;
using namespace datagen;

namespace {

const char* const kFiles[] = {"title.basics.tsv", "name.basics.tsv", "title.principals.tsv",
                              "title.crew.tsv", "title.ratings.tsv", "title.akas.tsv",
                              "title.episode.tsv"};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Gunzip(const fs::path& p) {
  gzFile g = gzopen(p.c_str(), "rb");
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(g, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  EXPECT_EQ(n, 0) << p;
  gzclose(g);
  return out;
}

fs::path RunDatagen(const std::string& name, double scale, uint64_t seed, double bad = 0,
                    bool gzip = false, int threads = 2) {
  fs::path dir = fs::path(testing::TempDir()) / ("datagen_" + name);
  fs::remove_all(dir);
  Config c;
  c.out_dir = dir.string();
  c.scale = scale;
  c.seed = seed;
  c.malformed = bad;
  c.gzip = gzip;
  c.threads = threads;
  RunReport report;
  Status s = Generate(c, &report);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return dir;
}

std::vector<std::string_view> LinesOf(const std::string& text) {
  auto v = check::Split(text, '\n');
  if (!v.empty() && v.back().empty()) v.pop_back();
  return v;
}

// Checks every line of the seven files; returns (file -> line -> defect).
std::map<std::string, std::map<uint64_t, std::string>> CheckDir(const fs::path& dir) {
  std::map<std::string, std::map<uint64_t, std::string>> found;
  check::Ids ids;
  for (const char* f : kFiles) {
    std::string text = Slurp(dir / f);
    EXPECT_FALSE(text.empty()) << f;
    EXPECT_EQ(text.back(), '\n') << f;
    auto lines = LinesOf(text);
    check::FileChecker ck(f, &ids);
    for (auto h : check::Split(lines.at(0), '\t')) ck.header.emplace_back(h);
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string bad = ck.CheckLine(lines[i]);
      if (!bad.empty()) found[f][i + 1] = bad;
    }
  }
  return found;
}

}  // namespace

TEST(Datagen, SameSeedSameBytesWhateverTheThreads) {
  fs::path a = RunDatagen("det_a", 0.0005, 7, 0.01, false, 1);
  fs::path b = RunDatagen("det_b", 0.0005, 7, 0.01, false, 2);
  fs::path c = RunDatagen("det_c", 0.0005, 8, 0.01, false, 2);
  for (const char* f : kFiles) {
    EXPECT_EQ(Slurp(a / f), Slurp(b / f)) << f;
    EXPECT_NE(Slurp(a / f), Slurp(c / f)) << f;
  }
  EXPECT_EQ(Slurp(a / "malformed.tsv"), Slurp(b / "malformed.tsv"));
}

TEST(Datagen, HeadersMatchTheRealFiles) {
  fs::path dir = RunDatagen("headers", 0.0005, 42);
  const fs::path real = fs::path(MARQUEE_TEST_DATA_DIR) / "imdb-head";
  for (const char* f : kFiles) {
    std::string mine = Slurp(dir / f), theirs = Slurp(real / f);
    ASSERT_FALSE(theirs.empty()) << "no " << real / f;
    EXPECT_EQ(mine.substr(0, mine.find('\n')), theirs.substr(0, theirs.find('\n'))) << f;
  }
}

TEST(Datagen, CleanOutputIsValidSortedAndReferentiallyIntact) {
  fs::path dir = RunDatagen("clean", 0.0005, 42);
  auto found = CheckDir(dir);
  for (const auto& [file, bad] : found)
    for (const auto& [line, kind] : bad) ADD_FAILURE() << file << ":" << line << " " << kind;
  // Sorted by id (numerically), principals/akas by ordering within a title.
  for (const char* f : kFiles) {
    std::string text = Slurp(dir / f);
    auto lines = LinesOf(text);
    uint64_t prev_id = 0, prev_ord = 0;
    for (size_t i = 1; i < lines.size(); ++i) {
      auto col = check::Split(lines[i], '\t');
      uint64_t id = std::stoull(std::string(col[0].substr(2)));
      bool ordered = std::string(f) == "title.principals.tsv" || std::string(f) == "title.akas.tsv";
      uint64_t ord = ordered ? std::stoull(std::string(col[1])) : 0;
      ASSERT_TRUE(id > prev_id || (ordered && id == prev_id && ord == prev_ord + 1))
          << f << ":" << i + 1;
      if (ordered && id != prev_id) {
        ASSERT_EQ(ord, 1u) << f << ":" << i + 1;
      }
      prev_id = id, prev_ord = ord;
    }
  }
  // Episodes point at series; every series-typed parent is tvSeries/tvMiniSeries.
  std::map<std::string, std::string> type;
  std::string basics = Slurp(dir / "title.basics.tsv"), episodes = Slurp(dir / "title.episode.tsv");
  for (auto l : LinesOf(basics)) {
    auto c = check::Split(l, '\t');
    type[std::string(c[0])] = std::string(c[1]);
  }
  for (auto l : LinesOf(episodes)) {
    auto c = check::Split(l, '\t');
    if (c[0] == "tconst") continue;
    EXPECT_EQ(type[std::string(c[0])], "tvEpisode") << l;
    std::string pt = type[std::string(c[1])];
    EXPECT_TRUE(pt == "tvSeries" || pt == "tvMiniSeries") << l;
  }
}

TEST(Datagen, MalformedReportListsExactlyTheBadLines) {
  fs::path dir = RunDatagen("bad", 0.0005, 42, 0.02);
  std::map<std::string, std::map<uint64_t, std::string>> reported;
  std::set<std::string> kinds;
  std::string report_text = Slurp(dir / "malformed.tsv");
  auto report = LinesOf(report_text);
  ASSERT_EQ(report.at(0), "file\tline\tkind\tdetail");
  for (size_t i = 1; i < report.size(); ++i) {
    auto c = check::Split(report[i], '\t');
    reported[std::string(c[0])][std::stoull(std::string(c[1]))] = std::string(c[2]);
    kinds.insert(std::string(c[2]));
  }
  EXPECT_EQ(CheckDir(dir), reported);
  EXPECT_EQ(kinds.size(), 7u) << "every kind of defect should occur";
  // About 2% of each file's rows (the big files have enough rows to tell).
  for (const char* f : {"title.principals.tsv", "title.akas.tsv"}) {
    std::string text = Slurp(dir / f);
    double rows = double(LinesOf(text).size() - 1);
    double share = double(reported[f].size()) / rows;
    EXPECT_GT(share, 0.015) << f;
    EXPECT_LT(share, 0.025) << f;
  }
}

TEST(Datagen, GzipInflatesToThePlainBytes) {
  fs::path plain = RunDatagen("plain", 0.0005, 42, 0.01);
  fs::path gz = RunDatagen("gz", 0.0005, 42, 0.01, true);
  for (const char* f : kFiles) {
    std::string z = Slurp(gz / (std::string(f) + ".gz"));
    ASSERT_GT(z.size(), 18u) << f;
    EXPECT_EQ(uint8_t(z[0]), 0x1f);
    EXPECT_EQ(Gunzip(gz / (std::string(f) + ".gz")), Slurp(plain / f)) << f;
  }
}

TEST(Datagen, ScaleSetsSizes) {
  fs::path dir = RunDatagen("sizes", 0.001, 42);
  auto rows = [&](const char* f) {
    std::string text = Slurp(dir / f);
    return LinesOf(text).size() - 1;
  };
  EXPECT_EQ(rows("title.basics.tsv"), 12300u);
  EXPECT_EQ(rows("name.basics.tsv"), 15100u);
  EXPECT_NEAR(double(rows("title.principals.tsv")) / 12300, 8.0, 1.0);
  EXPECT_NEAR(double(rows("title.akas.tsv")) / 12300, 4.5, 0.7);
  EXPECT_NEAR(double(rows("title.episode.tsv")) / 12300, 0.77, 0.05);
  EXPECT_NEAR(double(rows("title.ratings.tsv")) / 12300, 0.13, 0.03);
}

TEST(Datagen, BadOptionsAreRefusedWithTheReason) {
  Config c;
  c.out_dir = (fs::path(testing::TempDir()) / "datagen_refused").string();
  c.scale = 0.0005;
  RunReport report;
  c.files = {"basics", "plots"};
  Status s = Generate(c, &report);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("unknown file 'plots'"), std::string::npos) << s.ToString();
  c.files = {};
  c.scale = 0;
  EXPECT_EQ(Generate(c, &report).code(), Status::Code::kInvalidArgument);
  c.scale = 0.0005;
  c.malformed = 0.6;
  EXPECT_EQ(Generate(c, &report).code(), Status::Code::kInvalidArgument);
}

TEST(Datagen, UnwritableOutputIsAnIOErrorNamingThePath) {
  fs::path dir = fs::path(testing::TempDir()) / "datagen_unwritable";
  fs::remove_all(dir);
  fs::create_directories(dir / "title.basics.tsv");  // a folder where the file must go
  Config c;
  c.scale = 0.0005;
  c.files = {"basics"};
  RunReport report;
  c.out_dir = dir.string();
  Status s = Generate(c, &report);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find((dir / "title.basics.tsv").string()), std::string::npos) << s.ToString();
  std::ofstream(dir / "file") << "x";
  c.out_dir = (dir / "file" / "sub").string();  // a regular file in the way
  s = Generate(c, &report);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find(c.out_dir), std::string::npos) << s.ToString();
}
