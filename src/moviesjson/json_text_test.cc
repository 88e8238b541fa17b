// The raw-text helpers of the movies-JSON loader: film offsets and lines,
// and the rewrite of numbers too large for the parser (only those, never
// inside strings, at the same length so offsets and lines hold).

#include "moviesjson/json_text.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace marquee::moviesjson {
namespace {

TEST(JsonTextTest, ElementOffsetsAndLines) {
  std::string text = "[\n {\"a\": \"x,{\\\"\"},\n [1, 2],\n\n 3 ]";
  std::vector<size_t> offsets = ElementOffsets(text);
  ASSERT_EQ(offsets.size(), 3u);
  EXPECT_EQ(text[offsets[0]], '{');
  EXPECT_EQ(text[offsets[1]], '[');
  EXPECT_EQ(text[offsets[2]], '3');
  LineCounter lines(text);
  EXPECT_EQ(lines.LineOf(offsets[0]), 2u);
  EXPECT_EQ(lines.LineOf(offsets[1]), 3u);
  EXPECT_EQ(lines.LineOf(offsets[2]), 5u);
}

TEST(JsonTextTest, OnlyNumbersTheParserRefusesAreRewritten) {
  std::string text =
      "[18446744073709551615, -9223372036854775808, 1e308, 1e-400, \"123456789012345678901234\", "
      "18446744073709551616, -9223372036854775809, 1e400, -2e308]";
  std::string before = text;
  EXPECT_EQ(RewriteOversizedNumbers(&text), 4u);
  EXPECT_EQ(text.size(), before.size());
  EXPECT_EQ(text,
            "[18446744073709551615, -9223372036854775808, 1e308, 1e-400, \"123456789012345678901234\", "
            "9e99                , -9e99               , 9e99 , -9e99 ]");
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  EXPECT_NE(parser.parse(simdjson::padded_string(before)).get(e), simdjson::SUCCESS);
  EXPECT_EQ(parser.parse(simdjson::padded_string(text)).get(e), simdjson::SUCCESS);
}

TEST(JsonTextTest, EscapedQuotesKeepStringsClosed) {
  std::string text = "[\"a\\\"99999999999999999999999\", 99999999999999999999999]";
  EXPECT_EQ(RewriteOversizedNumbers(&text), 1u);
  EXPECT_EQ(text, "[\"a\\\"99999999999999999999999\", 9e99                   ]");
}

}  // namespace
}  // namespace marquee::moviesjson
