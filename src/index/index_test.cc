// The index reader against damaged files: truncation, a flipped byte in the
// header or in any section, another format version, something that is not
// an index at all, and sections that are checksummed but wrong inside (bad
// alternate-title table indexes, id directories). Open() or Verify() must
// say so; nothing may crash.

#include "marquee/index.h"

#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <random>

#include "index/format.h"
#include "util/hash.h"
#include "marquee/query.h"
#include "query/query_test_index.h"
#include "test_util.h"

namespace marquee {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

class IndexFileTest : public ::testing::Test {
 protected:
  void Build(BuildOptions o) {
    o.output = dir_.File("built.idx");
    ASSERT_NE(testing::BuildAndOpen(o), nullptr);
    bytes_ = ReadFile(o.output);
    ASSERT_GT(bytes_.size(), format::kHeaderSize);
  }
  Status OpenBytes(const std::string& bytes, std::unique_ptr<Index>* index) {
    std::string path = dir_.File("damaged.idx");
    WriteFile(path, bytes);
    return Index::Open(path, index);
  }

  // bytes_ with `edit` applied to section `id` and the checksums made to
  // match again, so that only Verify's structural checks can find the
  // damage: what a buggy builder would write.
  std::string Rewritten(format::SectionId id, const std::function<void(char* data, size_t size)>& edit) {
    std::string b = bytes_;
    auto* h = reinterpret_cast<format::FileHeader*>(b.data());
    bool found = false;
    for (uint32_t i = 0; i < h->section_count; ++i) {
      format::SectionEntry& e = h->sections[i];
      if (e.id != static_cast<uint32_t>(id)) continue;
      edit(b.data() + e.offset, e.size);
      e.checksum = Hash64(b.data() + e.offset, e.size);
      found = true;
    }
    EXPECT_TRUE(found);
    h->header_checksum = 0;
    h->header_checksum = Hash64(b.data(), format::kHeaderSize);
    return b;
  }
  // Opens `bytes`, expecting Open to pass and Verify to fail naming `what`.
  std::unique_ptr<Index> ExpectVerifyFinds(const std::string& bytes, const std::string& what) {
    std::unique_ptr<Index> index;
    Status s = OpenBytes(bytes, &index);
    EXPECT_TRUE(s.ok()) << s.ToString();
    if (!s.ok()) return nullptr;
    s = index->Verify();
    EXPECT_TRUE(s.IsCorruption()) << s.ToString();
    EXPECT_NE(s.message().find(what), std::string::npos) << s.ToString();
    return index;
  }

  TempDir dir_;
  std::string bytes_;
};

class IndexCorruptionTest : public IndexFileTest {
 protected:
  void SetUp() override {
    BuildOptions o;
    o.movies_files = {testing::SourceDir() + "/demo/movies.json"};
    Build(o);
  }
  // Every answer the demo index gives, as one string, to compare indexes.
  static std::string Answers(const Index& index) {
    std::string s;
    for (TitleRow t = 0; t < index.title_count(); ++t) {
      s += index.title_id(t) + std::string(index.title_name(t));
      for (const CreditInfo& c : index.title_credits(t))
        s += index.person_id(c.person) + std::string(c.category) + std::string(c.characters.raw);
    }
    for (PersonRow p = 0; p < index.person_count(); ++p)
      s += std::string(index.person_name(p)) + std::to_string(index.person_credits(p).size());
    return s;
  }
};

TEST_F(IndexCorruptionTest, IntactIndexVerifies) {
  std::unique_ptr<Index> index;
  ASSERT_TRUE(OpenBytes(bytes_, &index).ok());
  EXPECT_TRUE(index->Verify().ok());
}

TEST_F(IndexCorruptionTest, TruncatedIndexIsRefusedAtOpen) {
  std::unique_ptr<Index> index;
  for (size_t keep : {size_t{0}, size_t{100}, format::kHeaderSize, bytes_.size() - 1}) {
    Status s = OpenBytes(bytes_.substr(0, keep), &index);
    EXPECT_TRUE(s.IsCorruption()) << keep << ": " << s.ToString();
  }
}

TEST_F(IndexCorruptionTest, DamagedHeaderIsRefusedAtOpen) {
  std::string damaged = bytes_;
  damaged[offsetof(format::FileHeader, created_unix)] ^= 1;
  std::unique_ptr<Index> index;
  Status s = OpenBytes(damaged, &index);
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
  EXPECT_NE(s.message().find("header checksum"), std::string::npos);
}

TEST_F(IndexCorruptionTest, OtherFormatVersionIsNotSupported) {
  for (uint32_t v : {1u, format::kFormatVersion + 1}) {  // an older index, a newer one
    std::string other = bytes_;
    std::memcpy(other.data() + offsetof(format::FileHeader, format_version), &v, sizeof(v));
    std::unique_ptr<Index> index;
    Status s = OpenBytes(other, &index);
    EXPECT_EQ(s.code(), Status::Code::kNotSupported) << s.ToString();
    EXPECT_NE(s.message().find("rebuild"), std::string::npos);
  }
}

TEST_F(IndexCorruptionTest, NotAnIndex) {
  std::unique_ptr<Index> index;
  Status s = OpenBytes(std::string(8192, 'x'), &index);
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_NE(s.message().find("not a Marquee index"), std::string::npos);
  EXPECT_EQ(Index::Open(dir_.File("missing.idx"), &index).code(), Status::Code::kIOError);
}

// A flipped byte anywhere past the header: Verify() must fail, unless the
// byte was alignment padding, in which case every answer is unchanged.
TEST_F(IndexCorruptionTest, FlippedSectionBytesAreFoundByVerify) {
  std::unique_ptr<Index> clean;
  ASSERT_TRUE(OpenBytes(bytes_, &clean).ok());
  const std::string expected = Answers(*clean);
  std::mt19937_64 rng(42);
  int caught = 0, padding = 0;
  for (int trial = 0; trial < 300; ++trial) {
    std::string damaged = bytes_;
    size_t at = format::kHeaderSize + rng() % (bytes_.size() - format::kHeaderSize);
    damaged[at] = static_cast<char>(damaged[at] ^ (1 + rng() % 255));
    std::unique_ptr<Index> index;
    Status s = OpenBytes(damaged, &index);
    if (!s.ok()) {
      ++caught;
      continue;
    }
    Answers(*index);  // must not crash, whatever it answers
    if (index->Verify().ok()) {
      ++padding;
      EXPECT_EQ(Answers(*index), expected) << "byte " << at << " changed answers but passed Verify";
    } else {
      ++caught;
    }
  }
  EXPECT_GT(caught, 250);
}

TEST_F(IndexFileTest, PlotOfAMissingTitleIsFoundByVerify) {
  WriteFile(dir_.File("m.json"), R"([{"title": "A", "year": 2000, "cast": ["X"], "extract": "A plot."},
                                     {"title": "B", "year": 2001, "cast": ["X"]}])");
  BuildOptions o;
  o.movies_files = {dir_.File("m.json")};
  Build(o);
  auto index = ExpectVerifyFinds(Rewritten(format::SectionId::kPlots, [](char* plots, size_t size) {
                                   ASSERT_EQ(size, sizeof(format::TitlePlot));
                                   std::memset(plots + offsetof(format::TitlePlot, title), 0x7F, 4);
                                 }),
                                 "plot 0 out of order or range");
  for (TitleRow t = 0; index && t < index->title_count(); ++t) EXPECT_EQ(index->title(t).plot, "");
}

// Structural damage under matching checksums. The index is the first rows of
// the real IMDb files, for IMDb ids (bucketed by the id directories) and
// alternate titles.
class IndexStructureTest : public IndexFileTest {
 protected:
  void SetUp() override {
    BuildOptions o;
    o.imdb_dir = testing::TestDataDir() + "/imdb-head";
    Build(o);
  }
};

TEST_F(IndexStructureTest, RewrittenButIntactIndexVerifies) {
  std::unique_ptr<Index> index;
  ASSERT_TRUE(OpenBytes(Rewritten(format::SectionId::kAkas, [](char*, size_t) {}), &index).ok());
  EXPECT_TRUE(index->Verify().ok());
  ASSERT_GT(index->stats().akas, 0u);
}

TEST_F(IndexStructureTest, AkaTableIndexesOutOfRange) {
  for (size_t field : {offsetof(format::AkaRecord, locale), offsetof(format::AkaRecord, kind)}) {
    auto index = ExpectVerifyFinds(Rewritten(format::SectionId::kAkas,
                                             [&](char* akas, size_t) { std::memset(akas + field, 0xFF, 2); }),
                                   field == offsetof(format::AkaRecord, locale) ? "locale out of range"
                                                                                : "kind out of range");
    if (!index) continue;
    TitleRow row;
    ASSERT_TRUE(index->FindTitle("tt0000001", &row).ok());
    std::vector<AkaInfo> akas = index->akas(row);  // answers, without reading past the tables
    ASSERT_FALSE(akas.empty());
    if (field == offsetof(format::AkaRecord, locale)) {
      EXPECT_EQ(akas[0].region, "");
      EXPECT_EQ(index->aka_language(0), "");
    } else {
      EXPECT_TRUE(akas[0].types.empty());
    }
  }
}

TEST_F(IndexStructureTest, MalformedAkaTables) {
  ExpectVerifyFinds(Rewritten(format::SectionId::kAkaLocales, [](char* l, size_t) { l[0] = '\n'; }),
                    "aka locale 0 is not a code");
  ExpectVerifyFinds(Rewritten(format::SectionId::kAkaKinds,
                              [](char* k, size_t) { k[offsetof(format::AkaKind, flags)] = 0x80; }),
                    "aka kind 0 is malformed");
}

TEST_F(IndexStructureTest, DamagedIdDirectoryEntries) {
  for (auto id : {format::SectionId::kTitleIdDirectory, format::SectionId::kPersonIdDirectory}) {
    // Entry 1 is the first row of bucket 0: 0 in a sound directory.
    auto index = ExpectVerifyFinds(Rewritten(id, [](char* dir, size_t) { dir[4] = 3; }), "id directory: entry 1");
    if (!index) continue;
    TitleRow row;
    index->FindTitle("tt0000001", &row);  // wrong answers allowed, stray reads not
    index->FindPerson("nm0000001", &row);
  }
}

TEST_F(IndexStructureTest, IdDirectoryOfTheWrongShape) {
  auto past_the_keys = [](char* dir, size_t size) { std::memset(dir + size - 4, 0x7F, 4); };
  auto shift_too_large = [](char* dir, size_t) { dir[0] = 64; };
  for (auto edit : std::vector<std::function<void(char*, size_t)>>{past_the_keys, shift_too_large}) {
    auto index = ExpectVerifyFinds(Rewritten(format::SectionId::kTitleIdDirectory, edit),
                                   "title id directory: malformed header");
    TitleRow row;
    if (index) {
      EXPECT_TRUE(index->FindTitle("tt0000001", &row).IsNotFound());
    }
  }
  // Too short to hold its header: refused at Open, which reads only sizes.
  std::string b = bytes_;
  auto* h = reinterpret_cast<format::FileHeader*>(b.data());
  for (uint32_t i = 0; i < h->section_count; ++i)
    if (h->sections[i].id == static_cast<uint32_t>(format::SectionId::kPersonIdDirectory)) h->sections[i].size = 4;
  h->header_checksum = 0;
  h->header_checksum = Hash64(b.data(), format::kHeaderSize);
  std::unique_ptr<Index> index;
  Status s = OpenBytes(b, &index);
  EXPECT_TRUE(s.IsCorruption()) << s.ToString();
}

// The query tests' small data set: a series with three episodes, another
// with one, and films.
class QueryDataIndexTest : public IndexFileTest {
 protected:
  void SetUp() override {
    testing::WriteQueryTestData(dir_);
    BuildOptions o;
    o.imdb_dir = dir_.path();
    Build(o);
  }
  static uint32_t* Entries(char* data) { return reinterpret_cast<uint32_t*>(data); }
};

TEST_F(QueryDataIndexTest, EpisodesListedTwiceOrLeftOut) {
  std::unique_ptr<Index> index;
  ASSERT_TRUE(OpenBytes(bytes_, &index).ok());
  ASSERT_TRUE(index->Verify().ok());
  TitleRow series;
  ASSERT_TRUE(index->FindTitle("tt0000105", &series).ok());
  ASSERT_EQ(index->episodes(series).size(), 3u);

  ExpectVerifyFinds(Rewritten(format::SectionId::kEpisodes,
                              [](char* data, size_t size) {
                                ASSERT_EQ(size, 4 * sizeof(uint32_t));  // tt0000105's three first, by series row
                                Entries(data)[2] = Entries(data)[0];
                              }),
                    "twice");
  // The film claims the series as its parent, but the series does not list it.
  TitleRow film;
  ASSERT_TRUE(index->FindTitle("tt0000101", &film).ok());
  ExpectVerifyFinds(Rewritten(format::SectionId::kTitles,
                              [&](char* data, size_t) {
                                std::memcpy(data + film * sizeof(format::TitleRecord) + offsetof(format::TitleRecord, parent),
                                            &series, sizeof(series));
                              }),
                    "missing from its series' episode list");
}

// The names, characters and first credits that records copy (format.h)
// must equal their originals; a copy pointing elsewhere, even outside the
// strings or titles, gives an empty name or a missing credit at worst.
TEST_F(QueryDataIndexTest, CreditCopiesThatDifferFromTheirOriginals) {
  auto index = ExpectVerifyFinds(Rewritten(format::SectionId::kTitleCredits,
                                           [](char* credits, size_t size) {
                                             ASSERT_GE(size, sizeof(format::TitleCredit));
                                             std::memset(credits + offsetof(format::TitleCredit, person_name), 0x7F, 4);
                                           }),
                                 "title credit 0 names another person");
  if (index) {
    std::vector<CreditInfo> cast = index->title_credits(0);
    ASSERT_FALSE(cast.empty());
    EXPECT_EQ(cast[0].person_name, "");
  }
  // A person's record copies their first credit: one pointing outside the
  // titles is found, and the filmography leaves that credit out.
  PersonRow ada;
  ASSERT_TRUE(index && index->FindPerson("nm0000001", &ada).ok());
  const size_t n_credits = index->person_credits(ada).size();
  ASSERT_GT(n_credits, 1u);
  index = ExpectVerifyFinds(Rewritten(format::SectionId::kPeople,
                                      [&](char* people, size_t) {
                                        std::memset(people + ada * sizeof(format::PersonRecord) +
                                                        offsetof(format::PersonRecord, first_credit),
                                                    0x7F, 4);
                                      }),
                            "person row " + std::to_string(ada) + ": the first credit in the record");
  if (index) {
    EXPECT_EQ(index->person_credits(ada).size(), n_credits - 1);
  }
  for (size_t field : {offsetof(format::PersonCredit, title_name), offsetof(format::PersonCredit, characters)})
    ExpectVerifyFinds(Rewritten(format::SectionId::kPersonCredits,
                                [&](char* credits, size_t size) {
                                  ASSERT_GE(size, sizeof(format::PersonCredit));
                                  std::memset(credits + field, 0x7F, 4);
                                }),
                      "person credit 0 copies another name or characters");
}

}  // namespace
}  // namespace marquee
