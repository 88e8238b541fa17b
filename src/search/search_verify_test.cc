// Searcher::Verify against search sections damaged behind their checksums:
// each test edits a copy of a small index's search sections, recomputes the
// checksums (so Index::Verify sees nothing) and checks that Verify names the
// section and the entry.

#include <gtest/gtest.h>

#include <functional>

#include "marquee/search.h"
#include "query/query_test_index.h"  // the small IMDb data set
#include "search/search_format.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

using namespace search_format;

class SearchVerifyTest : public QueryIndexTest {
 protected:
  void SetUp() override {
    QueryIndexTest::SetUp();
    clean_ = ReadFile(dir_->File("query.idx"));
    header_ = *SectionRecords<Header>(&clean_, kHeader).data();
  }
  // What verifying a copy of the index with `edit` applied (and the
  // checksums recomputed) says.
  Status VerifyDamaged(const std::function<void(std::string* file)>& edit) {
    std::unique_ptr<Index> index = OpenDamaged(clean_, edit, damaged_);
    if (!index) return Status::Corruption("refused at Open");
    EXPECT_TRUE(index->Verify().ok()) << "the checksum pass must not see the damage";
    std::unique_ptr<Searcher> searcher;
    Status s = Searcher::Open(*index, &searcher);
    EXPECT_TRUE(s.ok()) << "sizes are intact, so Open must pass: " << s.ToString();
    if (!s.ok()) return s;
    return searcher->Verify();
  }
  template <typename T>
  static std::span<T> Records(std::string* file, SectionId id) {
    return SectionRecords<T>(file, id);
  }
  // The first posting list (of `offsets` over `postings`) with 2 entries or more.
  static size_t ListWithTwo(std::span<uint64_t> offsets) {
    for (size_t i = 0; i + 1 < offsets.size(); ++i)
      if (offsets[i + 1] - offsets[i] >= 2) return i;
    ADD_FAILURE() << "no list with two entries";
    return 0;
  }

  std::string clean_;
  Header header_;
  std::string damaged_ = dir_->File("damaged.idx");
};

TEST_F(SearchVerifyTest, IntactSectionsVerify) {
  std::string resealed = clean_;
  Reseal(&resealed);
  EXPECT_EQ(resealed, clean_);  // so the tests below damage only what they edit
  EXPECT_TRUE(VerifyDamaged([](std::string*) {}).ok());
}

TEST_F(SearchVerifyTest, DocNamingAMissingRow) {
  Status s = VerifyDamaged([](std::string* f) { Records<uint32_t>(f, kDocs)[0] = PackDoc(kPersonDoc, kRowMask); });
  EXPECT_TRUE(Names(s, "search section 33: doc 0 names row " + std::to_string(kRowMask)));
  s = VerifyDamaged([](std::string* f) {  // a title doc turned person: the counts per kind no longer match
    auto docs = Records<uint32_t>(f, kDocs);
    for (uint32_t& d : docs)
      if (DocKindOf(d) == kTitleDoc && DocRowOf(d) == 0) d = PackDoc(kPersonDoc, 0);
  });
  EXPECT_TRUE(Names(s, "search section 33: documents of each kind differ"));
}

TEST_F(SearchVerifyTest, OffsetsGoingBackwards) {
  Status s = VerifyDamaged([](std::string* f) {
    auto offsets = Records<uint32_t>(f, kTermOffsets);
    ASSERT_GE(offsets.size(), 3u);
    offsets[1] = offsets[2] + 1;
  });
  EXPECT_TRUE(Names(s, "search section 34: offset 2 goes backwards"));
  s = VerifyDamaged([](std::string* f) { Records<uint32_t>(f, kDocTermOffsets)[0] = 1; });
  EXPECT_TRUE(Names(s, "search section 39: offsets do not run from 0"));
}

// Queries do not check offsets, but the term reads are bounds-checked:
// reading a damaged term (at Open, which looks up its stop words, or in a
// query for that very word) says the file is damaged instead of throwing.
TEST_F(SearchVerifyTest, ReadingDamagedTermsSaysSo) {
  auto offsets = Records<uint32_t>(&clean_, kTermOffsets);
  auto bytes = Records<char>(&clean_, kTermBytes);
  ASSERT_GE(offsets.size(), 3u);
  int refused_queries = 0;
  for (size_t k = 1; k + 1 < offsets.size(); ++k) {  // the last offset is checked at Open
    std::string word(bytes.data() + offsets[k], offsets[k + 1] - offsets[k]);
    std::unique_ptr<Index> index =
        OpenDamaged(clean_, [&](std::string* f) { Records<uint32_t>(f, kTermOffsets)[k] = 0x7FFFFFF0u; }, damaged_);
    ASSERT_NE(index, nullptr);
    std::unique_ptr<Searcher> searcher;
    Status s = Searcher::Open(*index, &searcher);
    if (!s.ok()) {
      EXPECT_TRUE(Names(s, "run `marquee verify`")) << word;
      continue;
    }
    std::vector<SearchHit> hits;
    s = searcher->Search(word, {}, &hits);
    EXPECT_TRUE(Names(s, "run `marquee verify`")) << word;
    EXPECT_TRUE(hits.empty());
    ++refused_queries;
  }
  EXPECT_GT(refused_queries, 0);
}

TEST_F(SearchVerifyTest, TermsOutOfOrder) {
  Status s = VerifyDamaged([](std::string* f) {
    auto offsets = Records<uint32_t>(f, kTermOffsets);
    auto bytes = Records<char>(f, kTermBytes);
    bytes[offsets[1]] = '\x01';  // term 1 now sorts before term 0
  });
  EXPECT_TRUE(Names(s, "search section 35: term 1 is not after the one before"));
}

TEST_F(SearchVerifyTest, PostingsOutOfOrderOrPastTheDocs) {
  size_t list = 0;
  Status s = VerifyDamaged([&](std::string* f) {
    auto offsets = Records<uint64_t>(f, kPostingOffsets);
    auto postings = Records<uint32_t>(f, kPostings);
    list = ListWithTwo(offsets);
    std::swap(postings[offsets[list]], postings[offsets[list] + 1]);
  });
  EXPECT_TRUE(Names(s, "search section 37: list " + std::to_string(list) + " is out of order"));
  s = VerifyDamaged([&](std::string* f) {
    auto offsets = Records<uint64_t>(f, kGramPostingOffsets);
    auto postings = Records<uint32_t>(f, kGramPostings);
    list = ListWithTwo(offsets);
    postings[offsets[list + 1] - 1] = header_.n_docs;
  });
  EXPECT_TRUE(Names(s, "search section 44: list " + std::to_string(list) + " is out of order or names doc " +
                           std::to_string(header_.n_docs)));
}

TEST_F(SearchVerifyTest, ForwardListNamingNoTerm) {
  Status s = VerifyDamaged([&](std::string* f) { Records<uint32_t>(f, kDocTerms)[3] = header_.n_terms; });
  EXPECT_TRUE(Names(s, "search section 40: entry 3 is not a term id"));
}

TEST_F(SearchVerifyTest, TrieSubtreesNotNested) {
  Status s = VerifyDamaged([&](std::string* f) {
    auto trie = Records<TrieNode>(f, kTrie);
    ASSERT_GE(trie.size(), 3u);
    trie[1].end = header_.n_nodes + 1;
  });
  EXPECT_TRUE(Names(s, "search section 38: node 1: subtree outside its parent's"));
  s = VerifyDamaged([&](std::string* f) { Records<TrieNode>(f, kTrie)[2].term_lo = header_.n_terms + 1; });
  EXPECT_TRUE(Names(s, "search section 38: node 2: term id out of order"));
}

TEST_F(SearchVerifyTest, MarqueeVerifyRefusesDamagedSearchSections) {
  const std::string marquee = std::string(MARQUEE_BINARY) + " --index ";
  ASSERT_FALSE(VerifyDamaged([&](std::string* f) { Records<uint32_t>(f, kDocTerms)[3] = header_.n_terms; }).ok());
  std::string out;
  EXPECT_EQ(RunCommand(marquee + damaged_ + " verify 2>&1", &out), 2);  // a damaged index is an input error
  EXPECT_NE(out.find("search section 40: entry 3 is not a term id"), std::string::npos) << out;
  EXPECT_NE(out.find("rebuild"), std::string::npos) << out;
}

}  // namespace
}  // namespace marquee::testing
