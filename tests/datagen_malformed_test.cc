// The generator's injected malformed rows against the engine's bad-row
// report: every line tools/datagen says it corrupted is reported at that
// file and line with the matching reason, and no other line is.

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "test_util.h"

namespace marquee::testing {
namespace {

// The engine's reason for each kind the generator injects.
bool ReasonFits(const std::string& kind, const std::string& reason) {
  auto has = [&](const char* s) { return reason.find(s) != std::string::npos; };
  if (kind == "wrong_columns") return reason == "wrong column count";
  if (kind == "invalid_utf8") return reason == "invalid UTF-8";
  if (kind == "crlf") return reason == "CRLF line ending";
  if (kind == "bad_json") return reason == "malformed characters JSON";
  if (kind == "non_numeric") return has("non-numeric") || has("not a number") || has("not 0 or 1");
  if (kind == "dangling_id") return has("unknown") || has("not in title.basics") || has("not in name.basics");
  if (kind == "duplicate_id") return has("duplicate");
  return false;
}

TEST(DatagenMalformedTest, EveryInjectedRowIsReportedWhereItIs) {
  TempDir d;
  std::string data = d.File("data");
  ASSERT_EQ(RunCommand(std::string(MARQUEE_DATAGEN) + " --out " + data +
                       " --scale 0.0005 --seed 7 --malformed 0.01 --quiet > /dev/null 2>&1"),
            0);
  Tsv injected = ReadTsv(data + "/malformed.tsv");
  ASSERT_GT(injected.rows.size(), 200u);

  BuildOptions o;
  o.imdb_dir = data;
  o.output = d.File("x.idx");
  IngestReport report(false, 1000000);
  ASSERT_NE(BuildAndOpen(o, &report), nullptr);

  // "path:line: reason (detail)" -> (file, line) -> reason
  std::map<std::pair<std::string, uint64_t>, std::string> reported;
  for (const auto* issues : {&report.skipped(), &report.repaired(), &report.dropped()}) {
    for (const auto& [reason, count] : *issues) {
      ASSERT_EQ(count.examples.size(), count.count) << reason;
      for (const std::string& e : count.examples) {
        size_t c1 = e.find(':'), c2 = e.find(':', c1 + 1);
        std::string file = e.substr(0, c1);
        file = file.substr(file.rfind('/') + 1);
        uint64_t line = std::stoull(e.substr(c1 + 1, c2 - c1 - 1));
        // A row may carry a repair and a problem; keep the problem.
        auto [it, fresh] = reported.emplace(std::make_pair(file, line), reason);
        if (!fresh && reason != "CRLF line ending") it->second = reason;
      }
    }
  }
  size_t matched = 0;
  std::set<std::pair<std::string, uint64_t>> injected_lines;
  for (const auto& r : injected.rows) {
    std::pair<std::string, uint64_t> at{r[0], std::stoull(r[1])};
    injected_lines.insert(at);
    auto it = reported.find(at);
    if (it == reported.end()) {
      ADD_FAILURE() << r[0] << ":" << r[1] << " injected " << r[2] << " (" << r[3] << ") but not reported";
      continue;
    }
    EXPECT_TRUE(ReasonFits(r[2], it->second)) << r[0] << ":" << r[1] << " injected " << r[2] << ", reported '"
                                              << it->second << "'";
    ++matched;
  }
  EXPECT_EQ(matched, injected.rows.size());
  // Rows the generator did not corrupt are not reported, except references
  // dropped because they pointed at a corrupted (skipped) row.
  for (const auto& [at, reason] : reported) {
    if (injected_lines.count(at)) continue;
    EXPECT_TRUE(reason.find("not in") != std::string::npos || reason.find("unknown") != std::string::npos)
        << at.first << ":" << at.second << " reported '" << reason << "' but was not injected";
  }
}

}  // namespace
}  // namespace marquee::testing
