// Rendering: the one mapping from a status to an exit code and a JSON error
// word, and text that a terminal cannot be steered by.

#include "render/answer.h"

#include <gtest/gtest.h>

namespace marquee {
namespace {

TEST(ExitCodeTest, OneCodePerMeaning) {
  EXPECT_EQ(ExitCodeOf(Status::OK(), false), 0);
  EXPECT_EQ(ExitCodeOf(Status::OK(), true), 1);  // answered: nothing
  EXPECT_EQ(ExitCodeOf(Status::NotFound("x"), false), 1);
  EXPECT_EQ(ExitCodeOf(Status::InvalidArgument("x"), false), 2);
  EXPECT_EQ(ExitCodeOf(Status::Corruption("x"), false), 2);
  EXPECT_EQ(ExitCodeOf(Status::IOError("x"), false), 2);
  EXPECT_EQ(ExitCodeOf(Status::NotSupported("x"), false), 2);
  EXPECT_EQ(ExitCodeOf(Status::Ambiguous("x"), false), 3);
  EXPECT_EQ(ExitCodeOf(Status::BudgetExceeded("x"), false), 4);
  EXPECT_STREQ(ErrorWord(Status::Ambiguous("x")), "ambiguous");
  EXPECT_STREQ(ErrorWord(Status::BudgetExceeded("x")), "gave_up");
  EXPECT_STREQ(ErrorWord(Status::InvalidArgument("x")), "invalid");
}

TEST(RenderFailureTest, TextOnStderrJsonOnStdout) {
  Rendered text = RenderFailure(Status::InvalidArgument("--years takes …"), "see --help", false);
  EXPECT_TRUE(text.out.empty());
  EXPECT_EQ(text.err, "marquee: --years takes …\nhint: see --help\n");
  EXPECT_EQ(text.exit_code, 2);
  Rendered json = RenderFailure(Status::NotFound("no title is named 'x'"), "", true);
  EXPECT_TRUE(json.err.empty());
  Json j = Json::parse(json.out);
  EXPECT_EQ(j["error"], "not_found");
  EXPECT_EQ(j["exit_code"], 1);
  EXPECT_TRUE(j["hint"].is_null());
  EXPECT_TRUE(j["candidates"].empty());
}

TEST(TerminalSafeTest, ControlCharactersAreShownNotSent) {
  EXPECT_EQ(TerminalSafe("plain\ttext\n"), "plain\ttext\n");
  EXPECT_EQ(TerminalSafe("Am\xC3\xA9lie"), "Am\xC3\xA9lie");  // é stays
  EXPECT_EQ(TerminalSafe("\x1B]0;pwned\x07title"), "\\x1b]0;pwned\\x07title");
  EXPECT_EQ(TerminalSafe("clear\x1B[2J"), "clear\\x1b[2J");
  EXPECT_EQ(TerminalSafe("del\x7F"), "del\\x7f");
  EXPECT_EQ(TerminalSafe("c1 \xC2\x9B" "2J"), "c1 \\x9b2J");  // U+009B, the one-byte CSI
  EXPECT_EQ(TerminalSafe("nbsp\xC2\xA0"), "nbsp\xC2\xA0");     // U+00A0 is text
}

// Data that holds an escape sequence reaches a terminal escaped, and JSON
// intact (escaped by the JSON writer).
TEST(TerminalSafeTest, FailuresQuotingUserTextAreSafe) {
  Rendered r = RenderFailure(Status::NotFound("no title is named '\x1B[2J'"), "", false);
  EXPECT_EQ(r.err.find('\x1B'), std::string::npos);
  Rendered j = RenderFailure(Status::NotFound("no title is named '\x1B[2J'"), "", true);
  EXPECT_EQ(Json::parse(j.out)["message"], "no title is named '\x1B[2J'");
}

}  // namespace
}  // namespace marquee
