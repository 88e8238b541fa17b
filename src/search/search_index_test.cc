// The search sections against brute force: on an index of random titles
// over a small alphabet (so near spellings abound), every term is found,
// prefix ranges are exact, posting lists ascend and point at documents that
// hold the term, and the trie walk returns exactly the terms within the
// edit limit that a pairwise comparison finds.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <map>

#include "index/format.h"
#include "search/edit_distance.h"
#include "search/search_index.h"
#include "search/tokenizer.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

using search::DecodeUtf8;
using search::SearchIndex;
using search::TermRun;

class SearchIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::mt19937 rng(7);
    const std::vector<std::string> letters = {"a", "b", "c", "d", "e", "é", "ж"};
    auto word = [&] {
      std::string w;
      int n = 1 + rng() % 8;
      for (int i = 0; i < n; ++i) w += letters[rng() % letters.size()];
      return w;
    };
    nlohmann::json films = nlohmann::json::array();
    for (int i = 0; i < 1500; ++i) {
      std::string title = word();
      for (int k = rng() % 3; k > 0; --k) title += " " + word();
      films.push_back({{"title", title}, {"year", 1950 + i % 70}, {"cast", {word() + " " + word()}}});
    }
    WriteFile(dir_->File("films.json"), films.dump());
    BuildOptions o;
    o.movies_files = {dir_->File("films.json")};
    o.output = dir_->File("t.idx");
    index_ = BuildAndOpen(o).release();
    s_ = new SearchIndex();
    ASSERT_TRUE(SearchIndex::Open(*index_, s_).ok());
  }
  static void TearDownTestSuite() {
    delete s_;
    delete index_;
    delete dir_;
  }
  static std::string DocText(uint32_t doc) {
    uint32_t packed = s_->doc(doc);
    uint32_t kind = search_format::DocKindOf(packed), row = search_format::DocRowOf(packed);
    if (kind == search_format::kPersonDoc) return std::string(index_->person_name(row));
    return std::string(index_->title_name(row));
  }

  static TempDir* dir_;
  static Index* index_;
  static SearchIndex* s_;
};
TempDir* SearchIndexTest::dir_;
Index* SearchIndexTest::index_;
SearchIndex* SearchIndexTest::s_;

TEST_F(SearchIndexTest, DictionaryAndPostings) {
  ASSERT_GT(s_->term_count(), 500u);
  for (uint32_t t = 0; t < s_->term_count(); ++t) {
    if (t) {
      ASSERT_LT(s_->term(t - 1), s_->term(t));
    }
    ASSERT_EQ(s_->FindTerm(s_->term(t)), t);
    auto p = s_->postings(t);
    ASSERT_FALSE(p.empty());
    for (size_t i = 0; i < p.size(); ++i) {
      if (i) {
        ASSERT_LT(p[i - 1], p[i]);
      }
      std::string folded;
      std::vector<std::string_view> words;
      search::Tokenize(DocText(p[i]), &folded, &words);
      ASSERT_NE(std::find(words.begin(), words.end(), s_->term(t)), words.end()) << s_->term(t);
    }
  }
  EXPECT_EQ(s_->FindTerm("zzz"), format::kNone);
}

TEST_F(SearchIndexTest, PrefixRanges) {
  for (std::string p : {"a", "ab", "é", "жa", "dd", "q"}) {
    TermRun r = s_->PrefixRange(p);
    for (uint32_t t = 0; t < s_->term_count(); ++t)
      EXPECT_EQ(t >= r.lo && t < r.hi, s_->term(t).substr(0, p.size()) == p) << p << " " << s_->term(t);
  }
}

// Brute force: the terms FuzzyTerms should report for `q`, each with its
// distance and whether it matched as a prefix: a typo when the whole term
// is within k and no nearer as a prefix, else a prefix with the least
// distance of its starts at least as long as q (within pk).
std::map<uint32_t, std::pair<int, bool>> Expected(const SearchIndex& s, const std::u32string& q, int k, int pk) {
  std::map<uint32_t, std::pair<int, bool>> out;
  for (uint32_t t = 0; t < s.term_count(); ++t) {
    std::u32string c = DecodeUtf8(s.term(t));
    bool starts = c.substr(0, q.size()) == q;
    if (c == q || (pk >= 0 && starts)) continue;
    int whole = search::BoundedDamerau(q, c, k);
    int start = 99;
    for (size_t len = q.size(); pk >= 0 && len <= c.size(); ++len)
      if (int d = search::BoundedDamerau(q, c.substr(0, len), pk); d <= pk) start = std::min(start, d);
    if (whole > 0 && whole <= k && whole <= start) out[t] = {whole, false};
    else if (start <= pk) out[t] = {start, true};
  }
  return out;
}

TEST_F(SearchIndexTest, TrieWalkMatchesBruteForce) {
  std::mt19937 rng(11);
  int checked = 0;
  for (int i = 0; i < 300; ++i) {
    std::string w(s_->term(rng() % s_->term_count()));
    std::u32string q = DecodeUtf8(w);
    // Mutate it: drop, change or swap a character.
    if (q.size() > 2) {
      size_t at = rng() % (q.size() - 1);
      switch (rng() % 3) {
        case 0: q.erase(at, 1); break;
        case 1: q[at] = U'b'; break;
        default: std::swap(q[at], q[at + 1]);
      }
    }
    for (int k : {1, 2})
      for (int pk : {-1, 0, 1, 2}) {
        if (pk > k) continue;
        std::map<uint32_t, std::pair<int, bool>> got;
        uint32_t last_hi = 0;
        ASSERT_TRUE(s_->FuzzyTerms(q, k, pk, 1 << 30, [&](const TermRun& r) {
          EXPECT_LE(last_hi, r.lo) << "runs out of order";
          last_hi = r.hi;
          for (uint32_t t = r.lo; t < r.hi; ++t)
            EXPECT_TRUE(got.emplace(t, std::make_pair(r.edits, r.prefix)).second) << "twice: " << s_->term(t);
        }));
        ASSERT_EQ(got, Expected(*s_, q, k, pk)) << "k=" << k << " pk=" << pk << " word " << i;
        ++checked;
      }
  }
  EXPECT_GT(checked, 1000);
}

}  // namespace
}  // namespace marquee::testing
