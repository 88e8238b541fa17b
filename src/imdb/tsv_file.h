// ForEachRow: the loop every IMDb loader shares. It opens a .tsv or .tsv.gz
// file, checks the header against the expected column names, and hands each
// data row to the loader already split into exactly as many fields, valid
// UTF-8, without a CR. Rows that fail those checks, or that the loader
// rejects (it returns a reason), are reported to the IngestReport.

#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "catalog/ingest_report.h"
#include "imdb/fields.h"
#include "marquee/build.h"
#include "util/line_reader.h"
#include "util/text.h"

namespace marquee::imdb {

// What a loader says about one row: empty reason = kept.
struct RowVerdict {
  std::string reason;
  std::string detail;
  static RowVerdict Ok() { return {}; }
};

template <size_t N, typename RowFn>
Status ForEachRow(const std::string& path, const char* const (&header)[N], IngestReport* report,
                  ProgressSink* progress, RowFn&& on_row) {
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<InputStream> in;
  MARQUEE_RETURN_IF_ERROR(InputStream::Open(path, &in));
  FileReport file;
  file.path = path;
  file.bytes = in->file_size();
  if (progress) progress->Started(path, file.bytes);
  LineReader lines(std::move(in));
  std::string_view line;
  if (!lines.Next(&line)) {
    MARQUEE_RETURN_IF_ERROR(lines.status());
    return Status::Corruption(path + ": empty file (expected a header line)");
  }
  {
    std::string expected;
    for (size_t i = 0; i < N; ++i) expected += (i ? "\t" : "") + std::string(header[i]);
    if (line != expected) {
      return Status::Corruption(path + ":1: missing or wrong header; expected the columns " +
                                expected.substr(0, 200) + " separated by tabs");
    }
  }
  std::string_view fields[N];
  while (lines.Next(&line)) {
    ++file.rows_read;
    uint64_t n = lines.line_number();
    if ((n & 0xFFFF) == 0 && progress) {
      progress->Advanced(path, lines.input().file_bytes_read(), file.rows_read);
    }
    if (lines.had_cr()) MARQUEE_RETURN_IF_ERROR(report->Repaired(path, n, "CRLF line ending"));
    if (!SplitFields(line, N, fields)) {
      MARQUEE_RETURN_IF_ERROR(report->Bad(path, n, "wrong column count",
                                          "expected " + std::to_string(N)));
      continue;
    }
    if (!IsValidUtf8(line)) {
      MARQUEE_RETURN_IF_ERROR(report->Bad(path, n, "invalid UTF-8"));
      continue;
    }
    RowVerdict v = on_row(fields, n);
    if (!v.reason.empty()) {
      MARQUEE_RETURN_IF_ERROR(report->Bad(path, n, v.reason, v.detail));
      continue;
    }
    ++file.rows_kept;
  }
  MARQUEE_RETURN_IF_ERROR(lines.status());
  file.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (progress) progress->Finished(path, file.rows_read, file.seconds);
  report->AddFile(file);
  return Status::OK();
}

}  // namespace marquee::imdb
