#include "imdb/fields.h"

#include <gtest/gtest.h>

#include "index/format.h"

namespace marquee::imdb {

TEST(FieldsTest, SplitFieldsNeedsExactCount) {
  std::string_view f[3];
  EXPECT_TRUE(SplitFields("a\tb\tc", 3, f));
  EXPECT_EQ(f[2], "c");
  EXPECT_TRUE(SplitFields("\t\t", 3, f));
  EXPECT_EQ(f[0], "");
  EXPECT_FALSE(SplitFields("a\tb", 3, f));
  EXPECT_FALSE(SplitFields("a\tb\tc\td", 3, f));
}

TEST(FieldsTest, ParseUintIsStrict) {
  uint64_t v;
  EXPECT_TRUE(ParseUint("2015", 9999, &v));
  EXPECT_EQ(v, 2015u);
  EXPECT_FALSE(ParseUint("20x5", 9999, &v));
  EXPECT_FALSE(ParseUint("", 9999, &v));
  EXPECT_FALSE(ParseUint("-1", 9999, &v));
  EXPECT_FALSE(ParseUint("10000", 9999, &v));
  EXPECT_FALSE(ParseUint("99999999999999999999999", UINT64_MAX, &v));
}

TEST(FieldsTest, ParseIdNeedsPrefixAndSevenDigits) {
  uint64_t k;
  EXPECT_TRUE(ParseId("tt0000001", "tt", &k));
  EXPECT_EQ(k, 1u);
  EXPECT_TRUE(ParseId("nm10000123", "nm", &k));
  EXPECT_EQ(k, 10000123u);
  EXPECT_FALSE(ParseId("tt123", "tt", &k));
  EXPECT_FALSE(ParseId("nm0000001", "tt", &k));
  EXPECT_FALSE(ParseId("tt00000a1", "tt", &k));
}

TEST(FieldsTest, ParseRatingOneDecimalInRange) {
  uint8_t r;
  EXPECT_TRUE(ParseRating("5.7", &r));
  EXPECT_EQ(r, 57);
  EXPECT_TRUE(ParseRating("10.0", &r));
  EXPECT_EQ(r, 100);
  EXPECT_FALSE(ParseRating("0.5", &r));
  EXPECT_FALSE(ParseRating("11.0", &r));
  EXPECT_FALSE(ParseRating("5.75", &r));
  EXPECT_FALSE(ParseRating("abc", &r));
}

TEST(FieldsTest, ParseCharactersDecodesJsonArrays) {
  std::string out;
  ASSERT_TRUE(ParseCharacters(R"x(["Jess"])x", &out));
  EXPECT_EQ(out, "Jess");
  ASSERT_TRUE(ParseCharacters(R"x(["Miranda (Milly's mother)","Self"])x", &out));
  EXPECT_EQ(out, std::string("Miranda (Milly's mother)") + format::kListSeparator + "Self");
  ASSERT_TRUE(ParseCharacters(R"x(["Say \"Hi\"","A\\B","\u00e9\ud83d\ude00"])x", &out));
  EXPECT_EQ(out, std::string("Say \"Hi\"") + format::kListSeparator + "A\\B" + format::kListSeparator +
                     "\xc3\xa9\xf0\x9f\x98\x80");
  ASSERT_TRUE(ParseCharacters("[]", &out));
  EXPECT_EQ(out, "");
}

TEST(FieldsTest, ParseCharactersRejectsMalformedJson) {
  std::string out;
  for (const char* bad : {"", "Jess", "[\"Jess\"", "[\"Jess]", "[Jess]", "[\"a\",]", "[\"a\"] x",
                          "[1]", "[\"\\x\"]", "[\"\\ud800\"]", "[\"\\u12\"]", "{\"a\":1}"}) {
    EXPECT_FALSE(ParseCharacters(bad, &out)) << bad;
  }
}

}  // namespace marquee::imdb
