#include "catalog/ingest_report.h"

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

}  // namespace marquee
