// Hash64 must never change: index files store its values (section checksums,
// name keys, movies-JSON ids), so a different hash would make every existing
// index fail to verify and every mt/mn id change.

#include "util/hash.h"

#include <gtest/gtest.h>

namespace marquee {
namespace {

TEST(HashTest, IsXxh3) {
  // XXH3_64bits of no bytes, from the xxHash reference test vectors.
  EXPECT_EQ(Hash64(""), 0x2D06800538D394C2ull);
}

TEST(HashTest, BothFormsAgreeAndDependOnEveryByte) {
  const std::string s = "Toni Collette\tnm0000592";
  EXPECT_EQ(Hash64(s), Hash64(s.data(), s.size()));
  for (size_t i = 0; i < s.size(); ++i) {
    std::string t = s;
    t[i] ^= 1;
    EXPECT_NE(Hash64(t), Hash64(s)) << i;
  }
  EXPECT_NE(Hash64(s), Hash64(std::string_view(s).substr(0, s.size() - 1)));
  EXPECT_NE(Hash64(""), Hash64(std::string_view("\0", 1)));
}

}  // namespace
}  // namespace marquee
