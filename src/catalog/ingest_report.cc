#include "catalog/ingest_report.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace marquee {

namespace {
std::string Where(const std::string& path, uint64_t line, const std::string& reason,
                  const std::string& detail) {
  std::string s = path + ":" + std::to_string(line) + ": " + reason;
  if (!detail.empty()) s += " (" + detail + ")";
  return s;
}
}  // namespace

void IngestReport::Count(std::map<std::string, IssueCount>* m, const std::string& path,
                         uint64_t line, const std::string& reason, const std::string& detail) {
  std::lock_guard<std::mutex> l(mu_);
  IssueCount& c = (*m)[reason];
  ++c.count;
  if (c.examples.size() < max_examples_) c.examples.push_back(Where(path, line, reason, detail));
}

Status IngestReport::Bad(const std::string& path, uint64_t line, const std::string& reason,
                         const std::string& detail) {
  if (strict_) return Status::Corruption(Where(path, line, reason, detail));
  Count(&skipped_, path, line, reason, detail);
  return Status::OK();
}

Status IngestReport::Repaired(const std::string& path, uint64_t line, const std::string& what) {
  if (strict_) return Status::Corruption(Where(path, line, what, ""));
  Count(&repaired_, path, line, what, "");
  return Status::OK();
}

void IngestReport::Dropped(const std::string& path, uint64_t line, const std::string& what) {
  Count(&dropped_, path, line, what, "");
}

void IngestReport::Noticed(const std::string& path, uint64_t line, const std::string& what,
                           const std::string& detail) {
  Count(&noticed_, path, line, what, detail);
}

void IngestReport::AddFile(FileReport file) {
  std::lock_guard<std::mutex> l(mu_);
  files_.push_back(std::move(file));
}

uint64_t IngestReport::skipped_total() const {
  std::lock_guard<std::mutex> l(mu_);
  uint64_t n = 0;
  for (const auto& [reason, c] : skipped_) n += c.count;
  return n;
}

nlohmann::ordered_json IngestReport::SummaryJson(size_t max_examples) const {
  std::lock_guard<std::mutex> l(mu_);
  auto kind = [&](const std::map<std::string, IssueCount>& issues) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& [reason, c] : issues) {
      size_t n = std::min(max_examples, c.examples.size());
      std::vector<std::string> examples(c.examples.begin(), c.examples.begin() + static_cast<ptrdiff_t>(n));
      a.push_back({{"reason", reason}, {"count", c.count}, {"examples", examples}});
    }
    return a;
  };
  return {{"skipped", kind(skipped_)},
          {"repaired", kind(repaired_)},
          {"dropped_references", kind(dropped_)},
          {"noticed", kind(noticed_)}};
}

}  // namespace marquee
