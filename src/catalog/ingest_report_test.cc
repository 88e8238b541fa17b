// IngestReport: skipped rows counted by reason with the first examples kept
// as "file:line: reason (detail)"; strict mode turning the first bad or
// repaired row into the error; repairs and dropped references counted
// apart; counts exact when two loader threads report at once.

#include "catalog/ingest_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

namespace marquee {
namespace {

TEST(IngestReportTest, CountsByReasonAndKeepsTheFirstExamples) {
  IngestReport r(/*strict=*/false, /*max_examples=*/2);
  for (uint64_t line = 2; line <= 5; ++line) ASSERT_TRUE(r.Bad("t.tsv", line, "wrong column count", "3 of 9").ok());
  ASSERT_TRUE(r.Bad("n.tsv", 9, "empty name").ok());
  EXPECT_EQ(r.skipped_total(), 5u);
  ASSERT_EQ(r.skipped().size(), 2u);
  const IssueCount& columns = r.skipped().at("wrong column count");
  EXPECT_EQ(columns.count, 4u);
  EXPECT_EQ(columns.examples,
            (std::vector<std::string>{"t.tsv:2: wrong column count (3 of 9)", "t.tsv:3: wrong column count (3 of 9)"}));
  EXPECT_EQ(r.skipped().at("empty name").examples, std::vector<std::string>{"n.tsv:9: empty name"});
  EXPECT_TRUE(r.repaired().empty());
  EXPECT_TRUE(r.dropped().empty());
}

TEST(IngestReportTest, RepairsAndDroppedReferencesAreNotSkips) {
  IngestReport r(false);
  ASSERT_TRUE(r.Repaired("t.tsv", 4, "CRLF line ending").ok());
  ASSERT_TRUE(r.Repaired("t.tsv", 5, "CRLF line ending").ok());
  r.Dropped("n.tsv", 7, "known-for title not in the data");
  EXPECT_EQ(r.skipped_total(), 0u);
  EXPECT_EQ(r.repaired().at("CRLF line ending").count, 2u);
  EXPECT_EQ(r.repaired().at("CRLF line ending").examples[0], "t.tsv:4: CRLF line ending");
  EXPECT_EQ(r.dropped().at("known-for title not in the data").count, 1u);
}

TEST(IngestReportTest, StrictStopsAtTheFirstBadOrRepairedRow) {
  IngestReport r(/*strict=*/true);
  EXPECT_TRUE(r.strict());
  Status s = r.Bad("t.tsv", 12, "wrong column count", "3 of 9");
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_EQ(s.message(), "t.tsv:12: wrong column count (3 of 9)");
  s = r.Repaired("t.tsv", 13, "CRLF line ending");
  EXPECT_TRUE(s.IsCorruption());
  EXPECT_EQ(s.message(), "t.tsv:13: CRLF line ending");
  r.Dropped("n.tsv", 7, "known-for title not in the data");  // not an error even when strict
  EXPECT_EQ(r.dropped().size(), 1u);
  EXPECT_EQ(r.skipped_total(), 0u);
  EXPECT_TRUE(r.repaired().empty());
}

TEST(IngestReportTest, ZeroExamplesStillCounts) {
  IngestReport r(false, 0);
  ASSERT_TRUE(r.Bad("t.tsv", 2, "bad year").ok());
  EXPECT_EQ(r.skipped().at("bad year").count, 1u);
  EXPECT_TRUE(r.skipped().at("bad year").examples.empty());
}

TEST(IngestReportTest, FilesInTheOrderAdded) {
  IngestReport r(false);
  r.AddFile({"title.basics.tsv", 10, 9, 1000, 0.5});
  r.AddFile({"name.basics.tsv", 4, 4, 200, 0.1});
  ASSERT_EQ(r.files().size(), 2u);
  EXPECT_EQ(r.files()[0].path, "title.basics.tsv");
  EXPECT_EQ(r.files()[0].rows_kept, 9u);
  EXPECT_EQ(r.files()[1].path, "name.basics.tsv");
}

TEST(IngestReportTest, TwoLoaderThreadsLoseNoCounts) {
  IngestReport r(false, 3);
  auto load = [&](const char* path) {
    for (uint64_t line = 0; line < 20000; ++line) {
      EXPECT_TRUE(r.Bad(path, line, line % 2 ? "odd" : "even").ok());
      r.Dropped(path, line, "reference");
    }
  };
  std::thread a(load, "a.tsv"), b(load, "b.tsv");
  a.join();
  b.join();
  EXPECT_EQ(r.skipped_total(), 40000u);
  EXPECT_EQ(r.skipped().at("odd").count, 20000u);
  EXPECT_EQ(r.skipped().at("odd").examples.size(), 3u);
  EXPECT_EQ(r.dropped().at("reference").count, 40000u);
}

TEST(IngestReportTest, NoticedFindingsNeverFailAndAreSummarised) {
  IngestReport r(/*strict=*/true, /*max_examples=*/3);
  for (uint64_t line = 1; line <= 4; ++line) r.Noticed("m.json", line, "probable homonym", "\"A B\"");
  EXPECT_EQ(r.noticed().at("probable homonym").count, 4u);
  EXPECT_EQ(r.skipped_total(), 0u);
  r.Dropped("n.tsv", 7, "reference");
  nlohmann::ordered_json j = r.SummaryJson(/*max_examples=*/2);
  EXPECT_EQ(j.dump(), nlohmann::ordered_json::parse(R"json({
    "skipped": [], "repaired": [],
    "dropped_references": [{"reason": "reference", "count": 1, "examples": ["n.tsv:7: reference"]}],
    "noticed": [{"reason": "probable homonym", "count": 4,
                 "examples": ["m.json:1: probable homonym (\"A B\")", "m.json:2: probable homonym (\"A B\")"]}]
  })json").dump());
}

}  // namespace
}  // namespace marquee
