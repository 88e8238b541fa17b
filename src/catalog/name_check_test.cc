// NotANameReason: the fragments found among the Wikipedia films' cast
// strings are refused, each for its reason, and real names that look odd
// (mononyms, digits, dots, lower case, nicknames in brackets, a word that is
// also an award's) are kept.

#include "catalog/name_check.h"

#include <gtest/gtest.h>

#include <string>

namespace marquee {
namespace {

std::string Reason(const std::string& s) {
  const char* r = NotANameReason(s);
  return r ? r : "";
}

TEST(NameCheckTest, FragmentsAreRefusedByReason) {
  const std::pair<const char*, const char*> cases[] = {
      {"(", "not a name: no letters"},
      {".", "not a name: no letters"},
      {"&", "not a name: no letters"},
      {"[2]", "not a name: no letters"},
      {"(narrator)", "not a name: a parenthesised note"},
      {"(voices of)", "not a name: a parenthesised note"},
      {"(credited as Bruce Jenner)", "not a name: a parenthesised note"},
      {"[a]", "not a name: a parenthesised note"},
      {"Best Actor", "not a name: award text"},
      {"Best Supporting Actress", "not a name: award text"},
      {"Academy Award for Best Actor", "not a name: award text"},
      {"nominee)", "not a name: award text"},
      {"screenwriter)", "not a name: a punctuation fragment"},
      {"(The", "not a name: a punctuation fragment"},
      {"Cast:", "not a name: a punctuation fragment"},
      {"in post-", "not a name: a punctuation fragment"},
      {"Dir.: Olexa Hewryk (", "not a name: a punctuation fragment"},
      {"and", "not a name: function words"},
      {"The", "not a name: function words"},
      {"Sr.", "not a name: function words"},
      {"Voices of", "not a name: function words"},
      {"voices of", "not a name: function words"},
      {"Narrated by", "not a name: function words"},
      {"the life and death of", "not a name: function words"},
      {"Various cameos", "not a name: function words"},
  };
  for (const auto& [text, reason] : cases) EXPECT_EQ(Reason(text), reason) << text;
}

TEST(NameCheckTest, OddRealNamesAreKept) {
  for (const char* name :
       {"Cher", "Madonna", "Mr. T", "will.i.am", "india.arie", "50 Cent", "The Rock", "X", "A", "RZA", "Mýa", "D12",
        "U2", "muMs da Schemer", "Dave (Tex) O'Brien", "Eliot (Coco) Sumner", "Oscar Isaac", "James Best",
        "Edna Best", "Martin and Osa Johnson", "Sly and the Family Stone", "The The", "DJ Clue?",
        "\"Weird Al\" Yankovic", "Lon Chaney, Jr.", "N. T. Rama Rao Jr.", "André 3000", "Björk", "坂本龍一"}) {
    EXPECT_EQ(Reason(name), "") << name;
  }
}

}  // namespace
}  // namespace marquee
