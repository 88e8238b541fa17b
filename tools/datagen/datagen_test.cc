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

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string gunzip(const fs::path& p) {
  gzFile g = gzopen(p.c_str(), "rb");
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(g, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
  EXPECT_EQ(n, 0) << p;
  gzclose(g);
  return out;
}

fs::path run(const std::string& name, double scale, uint64_t seed, double bad = 0,
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
  generate(c);
  return dir;
}

std::vector<std::string_view> lines_of(const std::string& text) {
  auto v = check::split(text, '\n');
  if (!v.empty() && v.back().empty()) v.pop_back();
  return v;
}

// Checks every line of the seven files; returns (file -> line -> defect).
std::map<std::string, std::map<uint64_t, std::string>> check_dir(const fs::path& dir) {
  std::map<std::string, std::map<uint64_t, std::string>> found;
  check::Ids ids;
  for (const char* f : kFiles) {
    std::string text = slurp(dir / f);
    EXPECT_FALSE(text.empty()) << f;
    EXPECT_EQ(text.back(), '\n') << f;
    auto lines = lines_of(text);
    check::FileChecker ck(f, &ids);
    for (auto h : check::split(lines.at(0), '\t')) ck.header.emplace_back(h);
    for (size_t i = 1; i < lines.size(); ++i) {
      std::string bad = ck.check_line(lines[i]);
      if (!bad.empty()) found[f][i + 1] = bad;
    }
  }
  return found;
}

}  // namespace

TEST(Datagen, SameSeedSameBytesWhateverTheThreads) {
  fs::path a = run("det_a", 0.0005, 7, 0.01, false, 1);
  fs::path b = run("det_b", 0.0005, 7, 0.01, false, 2);
  fs::path c = run("det_c", 0.0005, 8, 0.01, false, 2);
  for (const char* f : kFiles) {
    EXPECT_EQ(slurp(a / f), slurp(b / f)) << f;
    EXPECT_NE(slurp(a / f), slurp(c / f)) << f;
  }
  EXPECT_EQ(slurp(a / "malformed.tsv"), slurp(b / "malformed.tsv"));
}

TEST(Datagen, HeadersMatchTheRealFiles) {
  fs::path dir = run("headers", 0.0005, 42);
  const fs::path real = fs::path(MARQUEE_TEST_DATA_DIR) / "imdb-head";
  for (const char* f : kFiles) {
    std::string mine = slurp(dir / f), theirs = slurp(real / f);
    ASSERT_FALSE(theirs.empty()) << "no " << real / f;
    EXPECT_EQ(mine.substr(0, mine.find('\n')), theirs.substr(0, theirs.find('\n'))) << f;
  }
}

TEST(Datagen, CleanOutputIsValidSortedAndReferentiallyIntact) {
  fs::path dir = run("clean", 0.0005, 42);
  auto found = check_dir(dir);
  for (const auto& [file, bad] : found)
    for (const auto& [line, kind] : bad) ADD_FAILURE() << file << ":" << line << " " << kind;
  // Sorted by id (numerically), principals/akas by ordering within a title.
  for (const char* f : kFiles) {
    std::string text = slurp(dir / f);
    auto lines = lines_of(text);
    uint64_t prev_id = 0, prev_ord = 0;
    for (size_t i = 1; i < lines.size(); ++i) {
      auto col = check::split(lines[i], '\t');
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
  std::string basics = slurp(dir / "title.basics.tsv"), episodes = slurp(dir / "title.episode.tsv");
  for (auto l : lines_of(basics)) {
    auto c = check::split(l, '\t');
    type[std::string(c[0])] = std::string(c[1]);
  }
  for (auto l : lines_of(episodes)) {
    auto c = check::split(l, '\t');
    if (c[0] == "tconst") continue;
    EXPECT_EQ(type[std::string(c[0])], "tvEpisode") << l;
    std::string pt = type[std::string(c[1])];
    EXPECT_TRUE(pt == "tvSeries" || pt == "tvMiniSeries") << l;
  }
}

TEST(Datagen, MalformedReportListsExactlyTheBadLines) {
  fs::path dir = run("bad", 0.0005, 42, 0.02);
  std::map<std::string, std::map<uint64_t, std::string>> reported;
  std::set<std::string> kinds;
  std::string report_text = slurp(dir / "malformed.tsv");
  auto report = lines_of(report_text);
  ASSERT_EQ(report.at(0), "file\tline\tkind\tdetail");
  for (size_t i = 1; i < report.size(); ++i) {
    auto c = check::split(report[i], '\t');
    reported[std::string(c[0])][std::stoull(std::string(c[1]))] = std::string(c[2]);
    kinds.insert(std::string(c[2]));
  }
  EXPECT_EQ(check_dir(dir), reported);
  EXPECT_EQ(kinds.size(), 7u) << "every kind of defect should occur";
  // About 2% of each file's rows (the big files have enough rows to tell).
  for (const char* f : {"title.principals.tsv", "title.akas.tsv"}) {
    std::string text = slurp(dir / f);
    double rows = double(lines_of(text).size() - 1);
    double share = double(reported[f].size()) / rows;
    EXPECT_GT(share, 0.015) << f;
    EXPECT_LT(share, 0.025) << f;
  }
}

TEST(Datagen, GzipInflatesToThePlainBytes) {
  fs::path plain = run("plain", 0.0005, 42, 0.01);
  fs::path gz = run("gz", 0.0005, 42, 0.01, true);
  for (const char* f : kFiles) {
    std::string z = slurp(gz / (std::string(f) + ".gz"));
    ASSERT_GT(z.size(), 18u) << f;
    EXPECT_EQ(uint8_t(z[0]), 0x1f);
    EXPECT_EQ(gunzip(gz / (std::string(f) + ".gz")), slurp(plain / f)) << f;
  }
}

TEST(Datagen, ScaleSetsSizes) {
  fs::path dir = run("sizes", 0.001, 42);
  auto rows = [&](const char* f) {
    std::string text = slurp(dir / f);
    return lines_of(text).size() - 1;
  };
  EXPECT_EQ(rows("title.basics.tsv"), 12300u);
  EXPECT_EQ(rows("name.basics.tsv"), 15100u);
  EXPECT_NEAR(double(rows("title.principals.tsv")) / 12300, 8.0, 1.0);
  EXPECT_NEAR(double(rows("title.akas.tsv")) / 12300, 4.5, 0.7);
  EXPECT_NEAR(double(rows("title.episode.tsv")) / 12300, 0.77, 0.05);
  EXPECT_NEAR(double(rows("title.ratings.tsv")) / 12300, 0.13, 0.03);
}
