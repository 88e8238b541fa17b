// Tokenizer, edit distance and query parsing: the pieces search is built on.

#include <gtest/gtest.h>

#include "search/edit_distance.h"
#include "search/query.h"
#include "search/tokenizer.h"

namespace marquee::search {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::string folded;
  std::vector<std::string_view> w;
  Tokenize(text, &folded, &w);
  return std::vector<std::string>(w.begin(), w.end());
}

int D(std::string_view a, std::string_view b, int max = 3) { return BoundedDamerau(DecodeUtf8(a), DecodeUtf8(b), max); }

TEST(Tokenizer, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(Words("Amélie"), Words("AMELIE"));
  EXPECT_EQ(Words("Spider-Man 2"), (std::vector<std::string>{"spider", "man", "2"}));
  EXPECT_EQ(Words("Charlie's Angels"), (std::vector<std::string>{"charlies", "angels"}));
  EXPECT_EQ(Words("Le Destin d'Amélie"), (std::vector<std::string>{"le", "destin", "d", "amelie"}));
  EXPECT_EQ(Words("L’Atalante"), (std::vector<std::string>{"l", "atalante"}));
  EXPECT_EQ(Words("Beyoncé"), Words("beyonce"));
  EXPECT_TRUE(Words("?!... --").empty());
}

TEST(Tokenizer, NonLatinScripts) {
  EXPECT_EQ(Words("Брат 2"), (std::vector<std::string>{"брат", "2"}));
  EXPECT_EQ(Words("ΖΟΡΜΠΑΣ"), Words("ζορμπας"));
  // Han and kana: one word per character, so part of a title finds it.
  EXPECT_EQ(Words("卧虎藏龙"), (std::vector<std::string>{"卧", "虎", "藏", "龙"}));
  EXPECT_EQ(Words("千と千尋の神隠し").size(), 8u);
}

TEST(Tokenizer, LongWordsAreCutAtACharacterBoundary) {
  std::string longword(100, 'a');
  auto w = Words(longword);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].size(), kMaxTermBytes);
  auto cyr = Words("жжжжжжжжжжжжжжжжжжжжжжжжжжжжжж");  // 30 x 2 bytes
  ASSERT_EQ(cyr.size(), 1u);
  EXPECT_EQ(cyr[0].size(), 40u);
}

TEST(Tokenizer, InvalidUtf8GivesNoWords) { EXPECT_TRUE(Words("abc\xFF\xFE").empty()); }

TEST(EditDistance, Basics) {
  EXPECT_EQ(D("kitten", "kitten"), 0);
  EXPECT_EQ(D("colete", "colette"), 1);
  EXPECT_EQ(D("alredy", "already"), 1);
  EXPECT_EQ(D("kitten", "sitting"), 3);
  EXPECT_EQ(D("abc", "xyzabc", 2), 3);  // bounded: more than 2
}

TEST(EditDistance, TranspositionCountsOne) {
  EXPECT_EQ(D("hte", "the"), 1);
  EXPECT_EQ(D("jonh", "john"), 1);
  EXPECT_EQ(D("amleie", "amelie"), 1);
}

TEST(EditDistance, CodePointsNotBytes) {
  EXPECT_EQ(D("брат", "брот"), 1);
  EXPECT_EQ(D("東京", "京都"), 2);
}

TEST(EditDistance, PrefixDistance) {
  auto P = [](std::string_view w, std::string_view t) { return BoundedPrefixDamerau(DecodeUtf8(w), DecodeUtf8(t), 2); };
  EXPECT_EQ(P("spid", "spiderman"), 0);
  EXPECT_EQ(P("spdi", "spiderman"), 1);
  EXPECT_EQ(P("xyzw", "spiderman"), 3);
}

TEST(EditDistance, SqueezedDoubles) {
  EXPECT_TRUE(SameSqueezed(DecodeUtf8("colete"), DecodeUtf8("collette")));
  EXPECT_FALSE(SameSqueezed(DecodeUtf8("colete"), DecodeUtf8("colette s")));
  EXPECT_EQ(MaxEdits(3), 0);
  EXPECT_EQ(MaxEdits(4), 1);
  EXPECT_EQ(MaxEdits(8), 2);
  EXPECT_EQ(RelaxedEdits(2), 0);
  EXPECT_EQ(RelaxedEdits(3), 1);  // "mat" ~ "matt"
  EXPECT_EQ(RelaxedEdits(5), 1);
  EXPECT_EQ(RelaxedEdits(6), 2);
  EXPECT_EQ(RelaxedEdits(7), 2);  // "gwenyth" ~ "gwyneth"
  EXPECT_EQ(D("gwenyth", "gwyneth"), 2);
  EXPECT_EQ(D("johanson", "johansson"), 1);  // an insertion
}

TEST(ParseQuery, YearAndPrefix) {
  ParsedQuery q;
  ASSERT_TRUE(ParseQuery("The Outsider (2020)", &q).ok());
  ASSERT_EQ(q.words.size(), 3u);
  EXPECT_EQ(q.year, 2020);
  EXPECT_TRUE(q.words[2].year);
  EXPECT_EQ(q.required(), 2u);
  EXPECT_EQ(q.folded_name, "the outsider");
  ASSERT_TRUE(ParseQuery("1917", &q).ok());  // a lone year is a title
  EXPECT_FALSE(q.year);
  ASSERT_TRUE(ParseQuery("star wa", &q).ok());
  EXPECT_TRUE(q.words[1].prefix);
  EXPECT_FALSE(q.words[0].prefix);
  ASSERT_TRUE(ParseQuery("star wars ", &q).ok());  // a final space ends the word
  EXPECT_FALSE(q.words[1].prefix);
}

TEST(ParseQuery, BadInput) {
  ParsedQuery q;
  EXPECT_EQ(ParseQuery("", &q).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseQuery("   ", &q).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseQuery("!?.,;:-", &q).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseQuery(std::string(10000, 'a'), &q).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ParseQuery("abc\xC3\x28", &q).code(), Status::Code::kInvalidArgument);
  // Control characters separate words; they are not an error.
  ASSERT_TRUE(ParseQuery("toni\x01\x02colette\n", &q).ok());
  EXPECT_EQ(q.words.size(), 2u);
  // Too many words: the first ones are kept.
  ASSERT_TRUE(ParseQuery("a b c d e f g h i j k l m n o p", &q).ok());
  EXPECT_EQ(q.words.size(), kMaxQueryWords);
  EXPECT_TRUE(q.truncated);
}

}  // namespace
}  // namespace marquee::search
