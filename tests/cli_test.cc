// The `marquee` command end to end on the demo data: exit codes (0 found,
// 1 not found, 2 usage or input error, 3 ambiguous), --json output that
// parses and says what the tables say, errors as JSON too, guesses said to
// be guesses, and errors that tell what to do.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace marquee::testing {
namespace {

class CliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::string out;
    ASSERT_EQ(RunCommand(Cmd("build --movies " + SourceDir() + "/demo/movies.json -q"), &out), 0);
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Cmd(const std::string& args) {
    return std::string(MARQUEE_BINARY) + " --index " + dir_->File("demo.idx") + " " + args + " 2>&1";
  }
  static TempDir* dir_;
};
TempDir* CliTest::dir_;

TEST_F(CliTest, CastInBillingOrderWithCharacters) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("--json cast 'miss you already'"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["title"]["title"], "Miss You Already");
  EXPECT_EQ(j["title"]["year"], 2015);
  ASSERT_EQ(j["cast"].size(), 15u);
  EXPECT_EQ(j["cast"][0]["person"]["name"], "Drew Barrymore");
  EXPECT_EQ(j["cast"][0]["characters"][0], "Jess");
  EXPECT_EQ(j["cast"][7]["person"]["name"], "Jacqueline Bisset");
  EXPECT_EQ(j["cast"][7]["characters"][0], "Miranda (Milly's mother)");
  EXPECT_EQ(j["cast"][14]["person"]["name"], "Frances de la Tour");
  EXPECT_TRUE(j["cast"][14]["characters"].empty());
  EXPECT_TRUE(j["crew"].empty());
}

TEST_F(CliTest, CrewGroupedByCategory) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("--json cast 'Miss You Already' --crew"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  std::map<std::string, std::string> crew;
  for (const auto& g : j["crew"]) crew[g["category"]] = g["members"][0]["person"]["name"];
  EXPECT_EQ(crew["director"], "Catherine Hardwicke");
  EXPECT_EQ(crew["writer"], "Morwenna Banks");
  EXPECT_EQ(crew["composer"], "Harry Gregson-Williams");
}

TEST_F(CliTest, TableOutputForPeople) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("cast 'Miss You Already'"), &out), 0);
  EXPECT_NE(out.find("Toni Collette"), std::string::npos);
  EXPECT_NE(out.find("Milly"), std::string::npos);
}

TEST_F(CliTest, FilmographyFiltersByYears) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("--json filmography 'Toni Collette' --years 2015-2015"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["credits"].size(), 1u);
  EXPECT_EQ(j["credits"][0]["title"]["title"], "Miss You Already");
  EXPECT_EQ(j["credits"][0]["characters"][0], "Milly");
}

TEST_F(CliTest, ExitCodes) {
  std::string out;
  EXPECT_EQ(RunCommand(Cmd("cast 'No Such Film Anywhere'"), &out), 1) << out;
  EXPECT_EQ(RunCommand(Cmd("person nm99999999"), &out), 1) << out;
  EXPECT_EQ(RunCommand(Cmd("filmography 'Toni Collette' --years 2020-2010"), &out), 2) << out;
  EXPECT_NE(out.find("is empty: it ends before it starts"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(Cmd("filmography 'Toni Collette' --years soon"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("cast"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("no-such-command"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("filmography 'Toni Collette' --category directr"), &out), 2) << out;
  EXPECT_NE(out.find("did you mean 'director'"), std::string::npos) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --category directr"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --timeout nan"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("path 'Toni Collette' 'Kevin Bacon' --max-visits -1"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("search toni --limit 0"), &out), 2) << out;
}

// Several things match equally: exit 3, with candidates that tell them
// apart. Two people of one name, built here.
TEST_F(CliTest, AmbiguousIsItsOwnExitCodeWithCandidates) {
  const std::string movies = dir_->File("twins.json"), index = dir_->File("twins.idx");
  WriteFile(movies, R"([{"title": "First Film", "year": 1990, "cast": ["Sam Lee"]},
                        {"title": "Second Film", "year": 2010, "cast": ["Sam  Lee"]}])");
  const std::string marquee = std::string(MARQUEE_BINARY) + " --index " + index + " ";
  std::string out;
  ASSERT_EQ(RunCommand(marquee + "build -q --movies " + movies + " 2>&1", &out), 0) << out;
  ASSERT_EQ(RunCommand(marquee + "--json person 'sam lee' 2>/dev/null", &out), 3) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["error"], "ambiguous");
  EXPECT_EQ(j["exit_code"], 3);
  ASSERT_EQ(j["candidates"].size(), 2u);
  EXPECT_NE(j["candidates"][0]["hint"], j["candidates"][1]["hint"]);  // their films tell them apart
  EXPECT_EQ(RunCommand(marquee + "person 'sam lee' 2>&1", &out), 3) << out;
  EXPECT_NE(out.find("First Film"), std::string::npos) << out;
  EXPECT_NE(out.find("hint: pass the id"), std::string::npos) << out;
}

TEST_F(CliTest, DecadesAndOneYearParseAlikeEverywhere) {
  std::string decade, range;
  ASSERT_EQ(RunCommand(Cmd("--json filmography 'Toni Collette' --years 1990s"), &decade), 0) << decade;
  ASSERT_EQ(RunCommand(Cmd("--json filmography 'Toni Collette' --years 1990-1999"), &range), 0) << range;
  EXPECT_EQ(nlohmann::json::parse(decade)["credits"], nlohmann::json::parse(range)["credits"]);
  EXPECT_GE(nlohmann::json::parse(decade)["credits"].size(), 2u);
  std::string out;
  EXPECT_EQ(RunCommand(Cmd("filmography 'Toni Collette' --years 199x"), &out), 2) << out;
  EXPECT_NE(out.find("1990s"), std::string::npos) << out;  // the message names the accepted forms
  EXPECT_EQ(RunCommand(Cmd("shared 'Toni Collette' 'Drew Barrymore' --years 199x"), &out), 2) << out;
  EXPECT_NE(out.find("1990s"), std::string::npos) << out;
}

// A misspelt name answers only as a guess that says so: on stderr in text,
// in `resolved` in JSON.
TEST_F(CliTest, AGuessSaysItIsAGuess) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("person 'toni colete'"), &out), 0) << out;
  EXPECT_NE(out.find("nothing is named 'toni colete' exactly"), std::string::npos) << out;
  EXPECT_NE(out.find("colete→collette"), std::string::npos) << out;
  ASSERT_EQ(RunCommand(Cmd("--json person 'toni colete'") + " 2>/dev/null", &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["resolved"][0]["match"], "fuzzy");
  EXPECT_EQ(j["resolved"][0]["name"], "Toni Collette");
  ASSERT_EQ(RunCommand(Cmd("--json person 'Toni Collette'"), &out), 0) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["resolved"][0]["match"], "exact");
  // One word of two fits nobody: not found, not someone else.
  EXPECT_EQ(RunCommand(Cmd("person 'Toni Barrymore'"), &out), 1) << out;
}

// Every error is a JSON object on stdout with --json: usage errors and a
// missing index included.
TEST_F(CliTest, ErrorsAreJsonWithJson) {
  std::string out;
  for (const std::string& args : {"--json cast", "--json filmography 'Toni Collette' --years soon",
                                  "--json no-such-command", "--json search toni --limit 0"}) {
    EXPECT_EQ(RunCommand(Cmd(args) + " 2>/dev/null", &out), 2) << args;
    auto j = nlohmann::json::parse(out);
    EXPECT_EQ(j["error"], "invalid") << args;
    EXPECT_EQ(j["exit_code"], 2) << args;
  }
  EXPECT_EQ(RunCommand(std::string(MARQUEE_BINARY) + " --index /nonexistent/x.idx --json cast Twilight 2>/dev/null", &out), 2);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["error"], "io_error");
  EXPECT_NE(j["hint"].get<std::string>().find("marquee build"), std::string::npos);
}

TEST_F(CliTest, GlobalOptionsAfterTheCommand) {
  std::string out;
  ASSERT_EQ(RunCommand(std::string(MARQUEE_BINARY) + " cast 'Miss You Already' --index " + dir_->File("demo.idx") +
                           " --json 2>&1", &out), 0) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["title"]["title"], "Miss You Already");
}

TEST_F(CliTest, MissingIndexSaysHowToBuildOne) {
  std::string out;
  EXPECT_EQ(RunCommand(std::string(MARQUEE_BINARY) + " --index /nonexistent/x.idx cast Twilight 2>&1", &out), 2);
  EXPECT_NE(out.find("marquee build"), std::string::npos) << out;
}

TEST_F(CliTest, VerifyAndInfo) {
  std::string out;
  EXPECT_EQ(RunCommand(Cmd("verify"), &out), 0) << out;
  ASSERT_EQ(RunCommand(Cmd("--json info"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_GE(j["titles"].get<int>(), 100);
  EXPECT_EQ(j["build"]["sources"].size(), 1u);
}

// Arguments and file names in another encoding (Latin-1 "Amélie", byte
// 0xFF) must not break a build or the --json output.
TEST_F(CliTest, BytesThatAreNotUtf8) {
  std::string out;
  EXPECT_EQ(RunCommand(Cmd("--json cast \"$(printf 'Am\\351lie')\""), &out), 1) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["error"], "not_found");
  EXPECT_EQ(RunCommand(Cmd("--json path \"$(printf '\\377')\" 'Toni Collette'"), &out), 1) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["error"], "not_found");

  const std::string input = dir_->File("\xFF.json"), index = dir_->File("latin1.idx");
  WriteFile(input, ReadFile(SourceDir() + "/demo/movies.json"));
  const std::string marquee = std::string(MARQUEE_BINARY) + " --index '" + index + "' ";
  ASSERT_EQ(RunCommand(marquee + "build -q --movies '" + input + "' 2>&1", &out), 0) << out;
  ASSERT_EQ(RunCommand(marquee + "--json info 2>&1", &out), 0) << out;
  std::string source = nlohmann::json::parse(out)["build"]["sources"][0]["path"];
  EXPECT_TRUE(source.ends_with("/\xEF\xBF\xBD.json")) << source;
}

}  // namespace
}  // namespace marquee::testing
