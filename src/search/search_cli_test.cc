// `marquee search` end to end on the demo set: the table, --json with its
// "why", filters, exit codes for bad input, and free text resolved by
// search in the other commands.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace marquee::testing {
namespace {

class SearchCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::string out;
    ASSERT_EQ(RunCommand(Cmd("build --movies " + SourceDir() + "/demo/movies.json -q"), &out), 0) << out;
  }
  static void TearDownTestSuite() { delete dir_; }
  static std::string Cmd(const std::string& args) {
    return std::string(MARQUEE_BINARY) + " --index " + dir_->File("demo.idx") + " " + args + " 2>&1";
  }
  static TempDir* dir_;
};
TempDir* SearchCliTest::dir_;

TEST_F(SearchCliTest, TableAndJson) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("search 'toni colete'"), &out), 0) << out;
  EXPECT_NE(out.find("Toni Collette"), std::string::npos) << out;
  EXPECT_NE(out.find("colete→collette"), std::string::npos) << out;
  ASSERT_EQ(RunCommand(Cmd("--json search 'le fabuleux destin' --limit 3"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  ASSERT_FALSE(j["results"].empty());
  EXPECT_EQ(j["results"][0]["title"], "Amélie");
  EXPECT_EQ(j["results"][0]["matched"]["through"], "original_title");
  EXPECT_EQ(j["results"][0]["why"]["terms"][0]["how"], "exact");
  EXPECT_LE(j["results"].size(), 3u);
}

TEST_F(SearchCliTest, Filters) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("--json search sutherland --type person"), &out), 0) << out;
  for (auto& r : nlohmann::json::parse(out)["results"]) EXPECT_EQ(r["kind"], "person");
  ASSERT_EQ(RunCommand(Cmd("--json search miss --type movie --year 2015"), &out), 0) << out;
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["results"].size(), 1u);
  EXPECT_EQ(j["results"][0]["title"], "Miss You Already");
}

TEST_F(SearchCliTest, BadInputExitCodes) {
  std::string out;
  EXPECT_EQ(RunCommand(Cmd("search ''"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("search '?!...'"), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("search \"$(printf 'abc\\377')\""), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("search \"$(head -c 10000 /dev/zero | tr '\\0' x)\""), &out), 2) << out;
  EXPECT_EQ(RunCommand(Cmd("--json search zzqqxxjj"), &out), 1) << out;
  EXPECT_EQ(nlohmann::json::parse(out)["results"].size(), 0u);
  EXPECT_EQ(RunCommand(Cmd("search x --limit 0"), &out), 2) << out;
}

TEST_F(SearchCliTest, OtherCommandsResolveBySearch) {
  std::string out;
  ASSERT_EQ(RunCommand(Cmd("cast 'miss you alredy'"), &out), 0) << out;
  EXPECT_NE(out.find("Toni Collette"), std::string::npos);
  ASSERT_EQ(RunCommand(Cmd("person 'kevin bacn'"), &out), 0) << out;
  EXPECT_NE(out.find("Kevin Bacon"), std::string::npos);
  // Two people match equally: ambiguous (3), candidates with how to choose.
  EXPECT_EQ(RunCommand(Cmd("person sutherland"), &out), 3) << out;
  EXPECT_NE(out.find("Kiefer Sutherland"), std::string::npos);
  EXPECT_NE(out.find("hint: pass the id"), std::string::npos);
}

}  // namespace
}  // namespace marquee::testing
