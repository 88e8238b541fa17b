// Helpers shared by the real-data and end-to-end tests: temporary
// directories, writing small input files, building an index, damaging one
// behind its checksums, and reading the real data sets in tests/data
// independently of Marquee's own loaders.

#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <set>
#include <string>
#include <vector>

#include "catalog/ingest_report.h"
#include "index/format.h"
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

std::string TestDataDir();  // tests/data: the real data sets the repository carries
std::string SourceDir();    // the repository

void WriteFile(const std::string& path, const std::string& contents);
std::string ReadFile(const std::string& path);
// `path`'s contents, inflated when it is gzip (zlib, independent of ISA-L); a
// test failure when it cannot be read, since the data it names is in the repository.
std::string ReadInflated(const std::string& path);
// tests/data/wikipedia-movies/*.json.gz, sorted.
std::vector<std::string> WikipediaMoviesFiles();
// Every cast string of the Wikipedia movies that is not a name (trimmed,
// NFC), reviewed by eye: what a build must refuse, listed independently of
// the loader's rules.
const std::set<std::string>& WikipediaNotNames();
// Gzip-compresses `contents` into `path` (zlib, independent of ISA-L).
void WriteGzip(const std::string& path, const std::string& contents);

// Builds an index; asserts success; opens it.
std::unique_ptr<Index> BuildAndOpen(const BuildOptions& options, IngestReport* report = nullptr);

// Surgery on the bytes of a whole index file, for tests that damage one on
// purpose. SectionEntry: section `id`'s header entry, nullptr when absent.
// Reseal: recomputes every section checksum and then the header checksum,
// so the damage gets past Index::Open and the checksum pass and only a
// structural check can find it.
format::SectionEntry* SectionEntry(std::string* file, uint32_t id);
void Reseal(std::string* file);
// `clean` with `edit` applied and resealed, written to `path` and opened;
// a test failure, and nullptr, when Open refuses it.
std::unique_ptr<Index> OpenDamaged(const std::string& clean, const std::function<void(std::string* file)>& edit,
                                   const std::string& path);
// Whether `s` is a Corruption whose message says `text` (for EXPECT_TRUE).
::testing::AssertionResult Names(const Status& s, const std::string& text);
// Section `id`'s records, to edit in place (empty when absent).
template <typename T>
std::span<T> SectionRecords(std::string* file, uint32_t id) {
  format::SectionEntry* e = SectionEntry(file, id);
  if (e == nullptr) return {};
  return std::span<T>(reinterpret_cast<T*>(file->data() + e->offset), e->size / sizeof(T));
}

// A TSV file (plain or gzip) read naively: header names and rows of fields.
struct Tsv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};
Tsv ReadTsv(const std::string& path);

// Makes a FIFO at `path` and calls `open_it` on it: true when that returned
// by itself within 5 seconds. An open that blocks (waiting for a writer, as
// open(2) of a FIFO does) is released by opening the FIFO for writing.
bool ReturnsOnAFifo(const std::string& path, const std::function<void()>& open_it);

// Runs a command line, returning its exit code and capturing stdout.
int RunCommand(const std::string& command, std::string* out = nullptr);

}  // namespace marquee::testing
