// Helpers shared by the real-data and end-to-end tests: temporary
// directories, writing small input files, building an index, and reading the
// shared data sets independently of Marquee's own loaders.

#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "catalog/ingest_report.h"
#include "marquee/build.h"
#include "marquee/index.h"

namespace marquee::testing {

// A fresh directory under /tmp, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string SharedDir();  // ../shared beside the repository
std::string SourceDir();  // the repository

void WriteFile(const std::string& path, const std::string& contents);
std::string ReadFile(const std::string& path);
// Gzip-compresses `contents` into `path` (zlib, independent of ISA-L).
void WriteGzip(const std::string& path, const std::string& contents);

// Builds an index; asserts success; opens it.
std::unique_ptr<Index> BuildAndOpen(const BuildOptions& options, IngestReport* report = nullptr);

// A TSV file read naively: header names and rows of fields.
struct Tsv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};
Tsv ReadTsv(const std::string& path);

// Runs a command line, returning its exit code and capturing stdout.
int RunCommand(const std::string& command, std::string* out = nullptr);

}  // namespace marquee::testing
