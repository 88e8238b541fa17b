// UTF-8 validation and control characters: every kind of malformed sequence
// (overlong, surrogate, past U+10FFFF, truncated, stray continuation byte),
// at every offset, so both the ASCII fast path and the byte loop are tried.

#include "util/text.h"

#include <gtest/gtest.h>

namespace marquee {
namespace {

using namespace std::string_literals;

const std::vector<std::string> kValid = {
    "",
    "abc",
    "Am\xC3\xA9lie",           // é, 2 bytes
    "\xE2\x82\xAC",            // €, 3 bytes
    "\xF0\x9D\x84\x9E",        // U+1D11E, 4 bytes
    "\xC2\x80",                // U+0080, the smallest 2-byte
    "\xE0\xA0\x80",            // U+0800, the smallest 3-byte
    "\xF0\x90\x80\x80",        // U+10000, the smallest 4-byte
    "\xED\x9F\xBF",            // U+D7FF, just below the surrogates
    "\xEE\x80\x80",            // U+E000, just above them
    "\xF4\x8F\xBF\xBF",        // U+10FFFF, the largest
    "a\0b"s,                   // NUL is valid UTF-8
};

const std::vector<std::string> kInvalid = {
    "\xC0\xAF",                // overlong '/'
    "\xC1\xBF",                // overlong U+007F
    "\xE0\x80\xAF",            // overlong '/', 3 bytes
    "\xE0\x9F\xBF",            // overlong U+07FF
    "\xF0\x80\x80\xAF",        // overlong '/', 4 bytes
    "\xF0\x8F\xBF\xBF",        // overlong U+FFFF
    "\xED\xA0\x80",            // U+D800, a surrogate
    "\xED\xBF\xBF",            // U+DFFF
    "\xF4\x90\x80\x80",        // U+110000
    "\xF5\x80\x80\x80",        // lead byte past U+10FFFF
    "\xF8\x88\x80\x80\x80",    // 5-byte form
    "\xFE", "\xFF",
    "\x80", "\xBF",            // continuation without a lead
    "\xC3",                    // truncated 2-byte
    "\xE2\x82",                // truncated 3-byte
    "\xF0\x9D\x84",            // truncated 4-byte
    "\xC3" "A",                // lead followed by ASCII
    "\xE2\x82" "A",
    "\xC3\xA9\xA9",            // one continuation too many
};

TEST(TextTest, ValidUtf8) {
  for (const std::string& s : kValid) EXPECT_TRUE(IsValidUtf8(s)) << testing::PrintToString(s);
}

TEST(TextTest, InvalidUtf8) {
  for (const std::string& s : kInvalid) EXPECT_FALSE(IsValidUtf8(s)) << testing::PrintToString(s);
}

// The same sequences inside ASCII text at every offset: the 8-byte fast
// path must hand over to the byte loop wherever the sequence starts.
TEST(TextTest, Utf8AtEveryOffset) {
  const std::string ascii(40, 'x');
  for (size_t at = 0; at <= ascii.size(); ++at) {
    for (const std::string& s : kValid) {
      std::string t = ascii.substr(0, at) + s + ascii.substr(at);
      EXPECT_TRUE(IsValidUtf8(t)) << at << " " << testing::PrintToString(s);
    }
    for (const std::string& s : kInvalid) {
      std::string t = ascii.substr(0, at) + s + ascii.substr(at);
      EXPECT_FALSE(IsValidUtf8(t)) << at << " " << testing::PrintToString(s);
      EXPECT_FALSE(IsValidUtf8(ascii.substr(0, at) + s)) << at << " at the end " << testing::PrintToString(s);
    }
  }
}

TEST(TextTest, ControlCharacters) {
  EXPECT_FALSE(HasControlChars(""));
  EXPECT_FALSE(HasControlChars("Spider-Man 2"));
  EXPECT_FALSE(HasControlChars("tab\tis allowed"));
  EXPECT_FALSE(HasControlChars("Am\xC3\xA9lie \xE5\x8D\xA7"));
  EXPECT_FALSE(HasControlChars("\xC2\x85"));  // U+0085 is a C1 control, not C0
  for (int c = 0; c < 0x20; ++c) {
    if (c == '\t') continue;
    EXPECT_TRUE(HasControlChars("a"s + static_cast<char>(c) + "b")) << c;
  }
  EXPECT_TRUE(HasControlChars("\x7F"));  // DEL
  EXPECT_TRUE(HasControlChars("line\r"));
}

}  // namespace
}  // namespace marquee
