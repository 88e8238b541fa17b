// Searching an index whose search sections are damaged behind intact
// checksums (queries check none): every query answers, wrongly perhaps, or
// says the index is damaged and to run `marquee verify`; none crashes or
// reads outside the file (run under AddressSanitizer to see the latter).
// Each search section has its words overwritten with values that point far
// away, just out of range or nowhere; then every 5th byte of all of them is
// flipped in turn.

#include <gtest/gtest.h>

#include <functional>

#include "marquee/search.h"
#include "query/query_test_index.h"  // the small IMDb data set
#include "search/search_format.h"
#include "test_util.h"

namespace marquee::testing {
namespace {

using namespace search_format;

// Exact words, typos, prefixes, splits, one word beyond its limit, years,
// alternate titles, names, and each kind filter.
const char* const kQueries[] = {"the outsider", "outsidr", "twilight 2008", "twilihgt", "harb", "harbor lihgts",
                                "nightdesk", "night des", "paper boat", "ada marsh", "ada mrash", "jon smith",
                                "john smth", "dee", "pilot", "pilto", "cy dun", "untitled proj", "stormy",
                                "la nuit", "nuit de", "t", "eve lund 2010"};

class SearchDamageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteQueryTestData(*dir_);
    WriteFile(dir_->File("title.akas.tsv"),
              "titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle\n"
              "tt0000109\t1\tLa Nuit de Garde\tFR\tfr\t\\N\t\\N\t0\n"
              "tt0000103\t1\tCrepúsculo\tES\tes\t\\N\t\\N\t0\n"
              "tt0000105\t1\tLuces del Puerto\tMX\t\\N\t\\N\t\\N\t0\n");
    BuildOptions o;
    o.imdb_dir = dir_->path();
    o.output = dir_->File("clean.idx");
    std::unique_ptr<Index> index = BuildAndOpen(o);
    ASSERT_NE(index, nullptr);
    clean_ = new std::string(ReadFile(o.output));
  }
  static void TearDownTestSuite() {
    delete clean_;
    delete dir_;
  }

  // Searches a copy of the clean index with `edit` applied (checksums
  // recomputed) with every query and kind: a test failure when something
  // answers other than OK or a Corruption naming `marquee verify`.
  static void SearchDamaged(const std::function<void(std::string* file)>& edit, const std::string& what) {
    std::unique_ptr<Index> index = OpenDamaged(*clean_, edit, dir_->File("damaged.idx"));
    ASSERT_NE(index, nullptr) << what;
    std::unique_ptr<Searcher> searcher;
    Status s = Searcher::Open(*index, &searcher);
    if (!s.ok()) {  // a size or the version damaged: refused at Open
      EXPECT_TRUE(s.IsCorruption() || s.code() == Status::Code::kNotSupported) << what << ": " << s.ToString();
      return;
    }
    for (const char* q : kQueries) {
      for (SearchKind kind : {SearchKind::kAny, SearchKind::kTitle, SearchKind::kPerson}) {
        SearchOptions o;
        o.kind = kind;
        std::vector<SearchHit> hits;
        s = searcher->Search(q, o, &hits);
        if (!s.ok()) {
          EXPECT_TRUE(Names(s, "run `marquee verify`")) << what << ", query '" << q << "'";
          EXPECT_TRUE(hits.empty());
        }
      }
    }
  }

  inline static TempDir* dir_ = nullptr;
  inline static std::string* clean_ = nullptr;
};

class SearchSectionDamageTest : public SearchDamageTest, public ::testing::WithParamInterface<uint32_t> {};

// Section `id`'s 32-bit words, each in turn (at most 200 of them, spread
// over the section) set to a value far out of range, just out of range
// (one more than the word's own value), and zero.
TEST_P(SearchSectionDamageTest, WordsOutOfRange) {
  const uint32_t id = GetParam();
  std::string probe = *clean_;
  ASSERT_NE(SectionEntry(&probe, id), nullptr) << "section " << id;
  const size_t words = SectionRecords<uint32_t>(&probe, id).size();
  ASSERT_GT(words, 0u);
  const size_t stride = std::max<size_t>(1, words / 200);
  for (size_t at = 0; at < words; at += stride) {
    const uint32_t own = SectionRecords<uint32_t>(&probe, id)[at];
    for (uint32_t value : {0x7FFFFFF0u, 0xFFFFFFFFu, own + 1, own - 1, 0u}) {
      if (value == own) continue;
      SearchDamaged([&](std::string* f) { SectionRecords<uint32_t>(f, id)[at] = value; },
                    "section " + std::to_string(id) + " word " + std::to_string(at) + " = " + std::to_string(value));
      if (HasFatalFailure()) return;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(EverySection, SearchSectionDamageTest,
                         ::testing::Values(kHeader, kDocs, kTermOffsets, kTermBytes, kPostingOffsets, kPostings, kTrie,
                                           kDocTermOffsets, kDocTerms, kGramOffsets, kGramBytes, kGramPostingOffsets,
                                           kGramPostings));

// Every 5th byte of the search sections, each flipped in turn (all bits).
TEST_F(SearchDamageTest, FlippedBytes) {
  std::string probe = *clean_;
  int flips = 0;
  for (uint32_t id = kHeader; id <= kGramPostings; ++id) {
    const format::SectionEntry* e = SectionEntry(&probe, id);
    ASSERT_NE(e, nullptr) << "section " << id;
    for (uint64_t at = e->offset; at < e->offset + e->size; at += 5, ++flips) {
      SearchDamaged([&](std::string* f) { (*f)[at] = static_cast<char>(~(*f)[at]); },
                    "section " + std::to_string(id) + " byte " + std::to_string(at - e->offset) + " flipped");
      if (HasFatalFailure()) return;
    }
  }
  EXPECT_GT(flips, 500);
}

}  // namespace
}  // namespace marquee::testing
