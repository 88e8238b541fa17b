// Varints: round trips at every length boundary, and input that ends early
// or encodes more than 32 bits, which must give nullptr (a damaged string
// heap must be caught, not read as a wrong length).

#include "util/varint.h"

#include <gtest/gtest.h>

namespace marquee {
namespace {

const uint32_t kValues[] = {0, 1, 127, 128, 255, 300, 16383, 16384, (1u << 21) - 1, 1u << 21,
                            (1u << 28) - 1, 1u << 28, 0x7FFFFFFF, 0xFFFFFFFF};

size_t ExpectedLength(uint32_t v) {
  size_t n = 1;
  while (v >= 0x80) v >>= 7, ++n;
  return n;
}

TEST(VarintTest, RoundTrips) {
  std::string all;
  for (uint32_t v : kValues) {
    std::string one;
    PutVarint32(&one, v);
    EXPECT_EQ(one.size(), ExpectedLength(v)) << v;
    uint32_t got = 0;
    const char* end = GetVarint32(one.data(), one.data() + one.size(), &got);
    ASSERT_EQ(end, one.data() + one.size()) << v;
    EXPECT_EQ(got, v);
    all += one;
  }
  // Back to back, each stops at its own last byte.
  const char* p = all.data();
  for (uint32_t v : kValues) {
    uint32_t got = 0;
    p = GetVarint32(p, all.data() + all.size(), &got);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(got, v);
  }
  EXPECT_EQ(p, all.data() + all.size());
}

TEST(VarintTest, TruncatedInputGivesNull) {
  for (uint32_t v : kValues) {
    std::string s;
    PutVarint32(&s, v);
    for (size_t keep = 0; keep < s.size(); ++keep) {
      std::string cut = s.substr(0, keep);  // its own buffer: nothing to read past
      uint32_t got = 12345;
      EXPECT_EQ(GetVarint32(cut.data(), cut.data() + cut.size(), &got), nullptr) << v << " kept " << keep;
      EXPECT_EQ(got, 12345u);
    }
  }
}

TEST(VarintTest, MoreThan32BitsGivesNull) {
  uint32_t got;
  const std::string too_big[] = {
      "\xFF\xFF\xFF\xFF\x10",      // 2^32
      "\xFF\xFF\xFF\xFF\x7F",      // 2^35 - 1
      "\x80\x80\x80\x80\x80\x01",  // six bytes
  };
  for (const std::string& s : too_big)
    EXPECT_EQ(GetVarint32(s.data(), s.data() + s.size(), &got), nullptr) << testing::PrintToString(s);
  const std::string max = "\xFF\xFF\xFF\xFF\x0F";
  ASSERT_EQ(GetVarint32(max.data(), max.data() + max.size(), &got), max.data() + max.size());
  EXPECT_EQ(got, 0xFFFFFFFFu);
}

}  // namespace
}  // namespace marquee
