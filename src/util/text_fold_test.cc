// FoldForMatch and NormalizeNfc: the keys names are matched by. Case,
// accents (composed or not), punctuation, apostrophes, compatibility forms,
// non-Latin scripts, and invalid UTF-8, which folds to nothing.

#include <gtest/gtest.h>

#include "util/text.h"

namespace marquee {
namespace {

struct Fold {
  const char* input;
  const char* folded;
};

TEST(FoldForMatchTest, CaseAccentsAndPunctuation) {
  const Fold kCases[] = {
      {"", ""},
      {"AMELIE", "amelie"},
      {"Am\xC3\xA9lie", "amelie"},           // é composed
      {"AME\xCC\x81LIE", "amelie"},          // E + combining acute
      {"Spider-Man", "spider man"},
      {"  Spider--Man!! 2 ", "spider man 2"},
      {"Crouching Tiger, Hidden Dragon", "crouching tiger hidden dragon"},
      {"2001: A Space Odyssey", "2001 a space odyssey"},
      {"Mr. & Mrs. Smith", "mr mrs smith"},
      {"Charlie's Angels", "charlies angels"},
      {"Charlie\xE2\x80\x99s Angels", "charlies angels"},  // ’ joins like '
      {"\xE2\x80\x98" "Allo \xE2\x80\x98" "Allo", "allo allo"},  // ‘ separates
      {"Jean\xE2\x80\x93Pierre", "jean pierre"},            // en dash
      {"Love \xE2\x9D\xA4 Actually", "love actually"},      // a symbol
      {"tab\tand\nnewline", "tab and newline"},
      {"!!!", ""},
      {"Stra\xC3\x9F" "e", "strasse"},                     // ß case-folds to ss
      {"\xEF\xAC\x81lm", "film"},                           // the ﬁ ligature (NFKC)
      {"\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3", "abc"},      // fullwidth ＡＢＣ
      {"Beyonc\xC3\xA9", "beyonce"},
  };
  for (const Fold& f : kCases) EXPECT_EQ(FoldForMatch(f.input), f.folded) << f.input;
}

TEST(FoldForMatchTest, NonLatinScripts) {
  const Fold kCases[] = {
      {"\xE5\x8D\xA7\xE8\x99\x8E\xE8\x97\x8F\xE9\xBE\x99",   // 卧虎藏龙: no case, kept
       "\xE5\x8D\xA7\xE8\x99\x8E\xE8\x97\x8F\xE9\xBE\x99"},
      {"\xD0\xA3\xD0\xBD\xD0\xB5\xD1\x81\xD1\x91\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xB5",  // Унесённые
       "\xD1\x83\xD0\xBD\xD0\xB5\xD1\x81\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8B\xD0\xB5"}, // унесенные
      {"\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1",             // Αθήνα
       "\xCE\xB1\xCE\xB8\xCE\xB7\xCE\xBD\xCE\xB1"},            // αθηνα
      {"\xE5\x8D\xA7\xE8\x99\x8E\xE3\x80\x81\xE9\xBE\x99",    // 卧虎、龙: ideographic comma
       "\xE5\x8D\xA7\xE8\x99\x8E \xE9\xBE\x99"},
  };
  for (const Fold& f : kCases) EXPECT_EQ(FoldForMatch(f.input), f.folded) << f.input;
}

TEST(FoldForMatchTest, FoldingIsIdempotent) {
  for (const char* s : {"Spider-Man 2", "Am\xC3\xA9lie", "Charlie's", "Stra\xC3\x9F" "e", "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1"}) {
    std::string once = FoldForMatch(s);
    EXPECT_EQ(FoldForMatch(once), once) << s;
  }
}

TEST(FoldForMatchTest, InvalidUtf8FoldsToNothing) {
  EXPECT_EQ(FoldForMatch("Am\xC3lie"), "");
  EXPECT_EQ(FoldForMatch("\xFF"), "");
  EXPECT_EQ(FoldForMatch("ok \xED\xA0\x80"), "");  // a surrogate
}

TEST(NormalizeNfcTest, ComposesWithoutCompatibilityMapping) {
  EXPECT_EQ(NormalizeNfc("Ame\xCC\x81lie"), "Am\xC3\xA9lie");
  EXPECT_EQ(NormalizeNfc("Am\xC3\xA9lie"), "Am\xC3\xA9lie");
  EXPECT_EQ(NormalizeNfc("plain ASCII, kept"), "plain ASCII, kept");
  EXPECT_EQ(NormalizeNfc("\xEF\xAC\x81lm"), "\xEF\xAC\x81lm");  // ﬁ is NFKC's business, not NFC's
  EXPECT_EQ(NormalizeNfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "\xED\x95\x9C");  // Hangul jamo -> 한
  EXPECT_EQ(NormalizeNfc("Stra\xC3\x9F" "e"), "Stra\xC3\x9F" "e");  // no case folding
}

}  // namespace
}  // namespace marquee
