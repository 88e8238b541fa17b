// IngestReport: what a build read from each input and what it had to skip.
// Loaders call Bad() for every row they cannot use; by default the row is
// skipped and counted under its reason with the first examples kept as
// "file:line: reason"; in strict mode Bad() returns the error that stops the
// build. Repairs (rows kept after a fix, e.g. a CRLF line ending) and dropped
// references (a known-for title that is not in the data) are counted apart,
// since the row itself was used. Noticed findings (probable duplicate names,
// probable homonyms) are counted apart too: nothing was skipped, and they
// never stop a build, strict or not; they say where the data may mislead.

#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "marquee/status.h"

namespace marquee {

struct FileReport {
  std::string path;
  uint64_t rows_read = 0;  // data rows, header excluded
  uint64_t rows_kept = 0;
  uint64_t bytes = 0;      // size on disk
  double seconds = 0;
};

struct IssueCount {
  uint64_t count = 0;
  std::vector<std::string> examples;  // "file:line: reason", the first few
};

class IngestReport {
 public:
  explicit IngestReport(bool strict, size_t max_examples = 5)
      : strict_(strict), max_examples_(max_examples) {}

  // A bad row at path:line. Returns OK (skip it and go on) or, when strict,
  // the Corruption status that stops the build.
  Status Bad(const std::string& path, uint64_t line, const std::string& reason,
             const std::string& detail = "");
  // A row kept after a repair; strict mode refuses it like a bad row.
  Status Repaired(const std::string& path, uint64_t line, const std::string& what);
  // A reference inside a kept row that had to be dropped.
  void Dropped(const std::string& path, uint64_t line, const std::string& what);
  // Something about kept rows worth a look (e.g. two spellings of one name).
  void Noticed(const std::string& path, uint64_t line, const std::string& what,
               const std::string& detail = "");

  void AddFile(FileReport file);

  uint64_t skipped_total() const;
  const std::map<std::string, IssueCount>& skipped() const { return skipped_; }
  const std::map<std::string, IssueCount>& repaired() const { return repaired_; }
  const std::map<std::string, IssueCount>& dropped() const { return dropped_; }
  const std::map<std::string, IssueCount>& noticed() const { return noticed_; }
  const std::vector<FileReport>& files() const { return files_; }
  bool strict() const { return strict_; }

  // Every kind, each as [{"reason", "count", "examples"}] with at most
  // `max_examples` examples per reason: the summary kept in an index's
  // metadata. Keys: skipped, repaired, dropped_references, noticed.
  nlohmann::ordered_json SummaryJson(size_t max_examples) const;

 private:
  void Count(std::map<std::string, IssueCount>* m, const std::string& path, uint64_t line,
             const std::string& reason, const std::string& detail);

  bool strict_;
  size_t max_examples_;
  mutable std::mutex mu_;  // loaders may run on two threads
  std::map<std::string, IssueCount> skipped_, repaired_, dropped_, noticed_;
  std::vector<FileReport> files_;
};

}  // namespace marquee
