// Every kind of bad input the engine issue lists: each is skipped and
// counted by reason with file:line by default, stops the build with that
// message under --strict, and never leaves a half-written index or replaces
// the previous one.

#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"

namespace marquee::testing {
namespace {

const char kBasicsHeader[] = "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres\n";
const char kNamesHeader[] = "nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles\n";
const char kPrincipalsHeader[] = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n";

struct Files {
  std::string basics = std::string(kBasicsHeader) +
                       "tt4139124\tmovie\tMiss You Already\tMiss You Already\t0\t2015\t\\N\t112\tComedy,Drama\n"
                       "tt0167404\tmovie\tThe Sixth Sense\tThe Sixth Sense\t0\t1999\t\\N\t107\tDrama,Mystery,Thriller\n";
  std::string names = std::string(kNamesHeader) +
                      "nm0000592\tToni Collette\t1972\t\\N\tactress,producer\ttt0167404,tt4139124\n"
                      "nm0000106\tDrew Barrymore\t1975\t\\N\tactress,producer\ttt4139124\n";
  std::string principals = std::string(kPrincipalsHeader) +
                           "tt4139124\t1\tnm0000106\tactress\t\\N\t[\"Jess\"]\n"
                           "tt4139124\t2\tnm0000592\tactress\t\\N\t[\"Milly\"]\n"
                           "tt0167404\t1\tnm0000592\tactress\t\\N\t[\"Lynn Sear\"]\n";
};

class BadInputTest : public ::testing::Test {
 protected:
  void Write(const Files& f) {
    WriteFile(dir_.File("title.basics.tsv"), f.basics);
    WriteFile(dir_.File("name.basics.tsv"), f.names);
    WriteFile(dir_.File("title.principals.tsv"), f.principals);
  }
  Status Build(bool strict, IngestReport* report) {
    BuildOptions o;
    o.imdb_dir = dir_.path();
    o.output = dir_.File("out.idx");
    o.strict = strict;
    return BuildIndex(o, report, nullptr);
  }
  // Builds leniently (expects success and one skipped row for `reason`) and
  // strictly (expects failure naming file:line and reason).
  void ExpectSkipped(const Files& f, const std::string& file, int line, const std::string& reason) {
    Write(f);
    IngestReport lenient(false);
    Status s = Build(false, &lenient);
    ASSERT_TRUE(s.ok()) << s.ToString();
    ASSERT_EQ(lenient.skipped().count(reason), 1u) << "no '" << reason << "' among skipped reasons";
    const IssueCount& c = lenient.skipped().at(reason);
    EXPECT_EQ(c.count, 1u);
    std::string where = dir_.File(file) + ":" + std::to_string(line) + ": " + reason;
    EXPECT_EQ(c.examples[0].substr(0, where.size()), where);

    std::filesystem::remove(dir_.File("out.idx"));
    IngestReport strict(true);
    s = Build(true, &strict);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.message().substr(0, where.size()), where);
    EXPECT_FALSE(std::filesystem::exists(dir_.File("out.idx"))) << "strict failure wrote an index";
  }

  TempDir dir_;
};

TEST_F(BadInputTest, GoodFilesBuild) {
  Write(Files{});
  IngestReport r(true);
  ASSERT_TRUE(Build(true, &r).ok());
  EXPECT_EQ(r.skipped_total(), 0u);
}

TEST_F(BadInputTest, WrongColumnCount) {
  Files f;
  f.basics += "tt0000009\tmovie\tToo Few\n";
  ExpectSkipped(f, "title.basics.tsv", 4, "wrong column count");
}

TEST_F(BadInputTest, InvalidUtf8) {
  Files f;
  f.names += "nm0000009\tBad \xC3\x28 Name\t1950\t\\N\tactor\t\\N\n";
  ExpectSkipped(f, "name.basics.tsv", 4, "invalid UTF-8");
}

TEST_F(BadInputTest, NonNumericNumber) {
  Files f;
  f.basics += "tt0000009\tmovie\tX\tX\t0\t19x9\t\\N\t90\tDrama\n";
  ExpectSkipped(f, "title.basics.tsv", 4, "non-numeric startYear");
}

TEST_F(BadInputTest, RuntimeOutOfRange) {
  Files f;
  f.basics += "tt0000009\tmovie\tX\tX\t0\t1999\t\\N\t2147483648\tDrama\n";
  ExpectSkipped(f, "title.basics.tsv", 4, "runtimeMinutes out of range");
  f.basics = Files{}.basics + "tt0000009\tmovie\tLongest\tLongest\t0\t1999\t\\N\t2147483647\tDrama\n";
  Write(f);
  std::unique_ptr<Index> index = BuildAndOpen(BuildOptions{.imdb_dir = dir_.path(), .output = dir_.File("out.idx")});
  TitleRow row;
  ASSERT_TRUE(index->FindTitle("tt0000009", &row).ok());
  EXPECT_EQ(index->title(row).runtime_minutes, 2147483647);
}

TEST_F(BadInputTest, MalformedCharactersJson) {
  Files f;
  f.principals += "tt0167404\t2\tnm0000106\tactress\t\\N\t[\"Unclosed]\n";
  ExpectSkipped(f, "title.principals.tsv", 5, "malformed characters JSON");
}

// Two people billed first on one title, with another title's rows between.
TEST_F(BadInputTest, DuplicatePrincipalNotAdjacent) {
  Files f;
  f.principals += "tt4139124\t1\tnm0000592\tactress\t\\N\t\\N\n";
  ExpectSkipped(f, "title.principals.tsv", 5, "duplicate principal (same title and ordering)");
}

TEST_F(BadInputTest, DanglingPersonId) {
  Files f;
  f.principals += "tt0167404\t2\tnm9999999\tactor\t\\N\t\\N\n";
  ExpectSkipped(f, "title.principals.tsv", 5, "unknown person id (not in name.basics)");
}

TEST_F(BadInputTest, DanglingTitleId) {
  Files f;
  f.principals += "tt9999999\t1\tnm0000592\tactress\t\\N\t\\N\n";
  ExpectSkipped(f, "title.principals.tsv", 5, "unknown title id (not in title.basics)");
}

TEST_F(BadInputTest, DuplicateId) {
  Files f;
  f.names += "nm0000592\tToni Collette Again\t1972\t\\N\tactress\t\\N\n";
  ExpectSkipped(f, "name.basics.tsv", 4, "duplicate person id");
}

TEST_F(BadInputTest, CrlfLineEndingsAreRepairedOrRefusedWhenStrict) {
  Files f;
  f.names = std::string(kNamesHeader) +
            "nm0000592\tToni Collette\t1972\t\\N\tactress,producer\ttt0167404\r\n"
            "nm0000106\tDrew Barrymore\t1975\t\\N\tactress\t\\N\n";
  Write(f);
  IngestReport lenient(false);
  ASSERT_TRUE(Build(false, &lenient).ok());
  ASSERT_EQ(lenient.repaired().count("CRLF line ending"), 1u);
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(dir_.File("out.idx"), &index).ok());
  PersonRow row;
  ASSERT_TRUE(index->FindPerson("nm0000592", &row).ok());
  auto known = index->person(row).known_for;  // the last column parsed without its \r
  ASSERT_EQ(known.size(), 1u);
  EXPECT_EQ(index->title_id(known[0]), "tt0167404");

  IngestReport strict(true);
  Status s = Build(true, &strict);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("name.basics.tsv:2: CRLF line ending"), std::string::npos) << s.message();
}

TEST_F(BadInputTest, MissingHeader) {
  Files f;
  f.basics = f.basics.substr(f.basics.find('\n') + 1);
  Write(f);
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("title.basics.tsv:1: missing or wrong header"), std::string::npos) << s.message();
}

TEST_F(BadInputTest, EmptyFile) {
  Files f;
  f.principals = "";
  Write(f);
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("title.principals.tsv: empty file"), std::string::npos) << s.message();
}

TEST_F(BadInputTest, MissingRequiredFile) {
  Write(Files{});
  std::filesystem::remove(dir_.File("name.basics.tsv"));
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("missing required IMDb file(s) name.basics"), std::string::npos) << s.message();
}

TEST_F(BadInputTest, GzipInputsAreRead) {
  Files f;
  Write(f);
  std::filesystem::remove(dir_.File("title.principals.tsv"));
  WriteGzip(dir_.File("title.principals.tsv.gz"), f.principals);
  IngestReport r(true);
  ASSERT_TRUE(Build(true, &r).ok());
  std::unique_ptr<Index> index;
  ASSERT_TRUE(Index::Open(dir_.File("out.idx"), &index).ok());
  EXPECT_EQ(index->stats().credits, 3u);
}

// Which of the two is current cannot be told: the build refuses and names
// both, before reading anything.
TEST_F(BadInputTest, PlainAndGzipOfOneFileAreRefused) {
  Files f;
  Write(f);
  WriteGzip(dir_.File("title.principals.tsv.gz"), f.principals);
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("both title.principals.tsv and title.principals.tsv.gz exist"), std::string::npos)
      << s.message();
  EXPECT_TRUE(r.files().empty());
  EXPECT_FALSE(std::filesystem::exists(dir_.File("out.idx")));
}

// Far longer than any IMDb row: the build stops with the file and line,
// lenient or not (the rest of such a file cannot be trusted to be rows).
TEST_F(BadInputTest, OverlongLineStopsTheBuild) {
  Files f;
  f.principals += "tt0167404\t2\tnm0000106\tactress\t\\N\t[\"" + std::string(2 << 20, 'x') + "\"]\n";
  Write(f);
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), dir_.File("title.principals.tsv") + ":5: line longer than 1048576 bytes");
  EXPECT_FALSE(std::filesystem::exists(dir_.File("out.idx")));
}

TEST_F(BadInputTest, TruncatedGzip) {
  Files f;
  Write(f);
  std::filesystem::remove(dir_.File("title.principals.tsv"));
  WriteGzip(dir_.File("title.principals.tsv.gz"), f.principals);
  std::string gz = ReadFile(dir_.File("title.principals.tsv.gz"));
  WriteFile(dir_.File("title.principals.tsv.gz"), gz.substr(0, gz.size() / 2));
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("title.principals.tsv.gz"), std::string::npos) << s.message();
}

TEST_F(BadInputTest, CorruptGzip) {
  Files f;
  Write(f);
  std::filesystem::remove(dir_.File("title.principals.tsv"));
  WriteGzip(dir_.File("title.principals.tsv.gz"), f.principals);
  std::string gz = ReadFile(dir_.File("title.principals.tsv.gz"));
  for (size_t i = 12; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  WriteFile(dir_.File("title.principals.tsv.gz"), gz);
  IngestReport r(false);
  Status s = Build(false, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("title.principals.tsv.gz"), std::string::npos) << s.message();
}

TEST_F(BadInputTest, FailedBuildKeepsThePreviousIndex) {
  Write(Files{});
  IngestReport ok(true);
  ASSERT_TRUE(Build(true, &ok).ok());
  std::string before = ReadFile(dir_.File("out.idx"));
  Files bad;
  bad.basics += "tt0000009\tmovie\tToo Few\n";
  Write(bad);
  IngestReport strict(true);
  ASSERT_FALSE(Build(true, &strict).ok());
  EXPECT_EQ(ReadFile(dir_.File("out.idx")), before);
  for (const auto& e : std::filesystem::directory_iterator(dir_.path()))
    EXPECT_EQ(e.path().string().find(".tmp."), std::string::npos) << "left behind " << e.path();
}

}  // namespace
}  // namespace marquee::testing
