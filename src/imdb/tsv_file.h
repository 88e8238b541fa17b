// ForEachRow: the loop every IMDb loader shares. It opens a .tsv or .tsv.gz
// file, checks the header against the expected column names, and hands each
// data row to the loader already split into exactly as many fields, valid
// UTF-8, without a CR. Rows that fail those checks, or that the loader
// rejects (it returns a reason), are reported to the IngestReport in file
// order, so strict mode stops at the first bad row as a serial loop would.
//
// The work runs on two threads (three with gzip inflation): a reader thread
// splits, validates and `prepare`s rows in batches (pure parsing that needs
// no shared state); the calling thread `apply`s them to the catalog in
// order. On 2 cores this overlaps parsing with the catalog's random-access
// lookups, which dominate at full IMDb scale.

#pragma once

#include <array>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

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

namespace internal {

template <size_t N, typename Prepared>
struct RowBatch {
  enum Flag : uint8_t { kCr = 1, kBadColumns = 2, kBadUtf8 = 4, kRejected = 8 };
  struct Row {
    uint64_t line;
    uint8_t flags;
    std::array<std::string_view, N> fields;
    RowVerdict verdict;  // when kRejected by prepare
    Prepared prepared;
  };
  std::string bytes;  // the rows' text; capacity fixed so views stay valid
  std::vector<Row> rows;
  uint64_t file_bytes_read = 0;
  bool last = false;
  Status status;  // on the last batch: how reading ended
};

// A bounded queue of batches between the reader thread and the caller.
template <typename Batch>
class BatchQueue {
 public:
  bool Push(std::unique_ptr<Batch> b) {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [&] { return q_.size() < 3 || stop_; });
    if (stop_) return false;
    q_.push_back(std::move(b));
    cv_.notify_all();
    return true;
  }
  std::unique_ptr<Batch> Pop() {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [&] { return !q_.empty(); });
    auto b = std::move(q_.front());
    q_.pop_front();
    cv_.notify_all();
    return b;
  }
  void Stop() {
    std::lock_guard<std::mutex> l(mu_);
    stop_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::unique_ptr<Batch>> q_;
  bool stop_ = false;
};

}  // namespace internal

// The loader's work per row, split in two: `prepare(fields, &prepared)` runs
// on the reader thread and may only parse; `apply(fields, prepared, line)`
// runs on the calling thread, in file order, and may touch the catalog.
template <size_t N, typename Prepared, typename PrepareFn, typename ApplyFn>
Status ForEachRow(const std::string& path, const char* const (&header)[N], IngestReport* report,
                  ProgressSink* progress, PrepareFn&& prepare, ApplyFn&& apply) {
  using Batch = internal::RowBatch<N, Prepared>;
  constexpr size_t kBatchBytes = 1 << 20;
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

  internal::BatchQueue<Batch> queue;
  std::thread reader([&] {
    auto batch = std::make_unique<Batch>();
    batch->bytes.reserve(kBatchBytes);
    while (true) {
      bool more = lines.Next(&line);
      if (more && !batch->rows.empty() && batch->bytes.size() + line.size() > batch->bytes.capacity()) {
        batch->file_bytes_read = lines.input().file_bytes_read();
        if (!queue.Push(std::move(batch))) return;
        batch = std::make_unique<Batch>();
        batch->bytes.reserve(std::max(kBatchBytes, line.size()));
      }
      if (!more) {
        batch->last = true;
        batch->status = lines.status();
        batch->file_bytes_read = lines.input().file_bytes_read();
        queue.Push(std::move(batch));
        return;
      }
      size_t at = batch->bytes.size();
      batch->bytes.append(line);
      std::string_view text(batch->bytes.data() + at, line.size());
      auto& row = batch->rows.emplace_back();
      row.line = lines.line_number();
      row.flags = lines.had_cr() ? Batch::kCr : 0;
      if (!SplitFields(text, N, row.fields.data())) row.flags |= Batch::kBadColumns;
      else if (!IsValidUtf8(text)) row.flags |= Batch::kBadUtf8;
      else {
        row.verdict = prepare(row.fields.data(), &row.prepared);
        if (!row.verdict.reason.empty()) row.flags |= Batch::kRejected;
      }
    }
  });

  Status result;
  bool done = false;
  while (!done && result.ok()) {
    std::unique_ptr<Batch> batch = queue.Pop();
    done = batch->last;
    for (auto& row : batch->rows) {
      ++file.rows_read;
      uint64_t n = row.line;
      if (row.flags & Batch::kCr) {
        result = report->Repaired(path, n, "CRLF line ending");
        if (!result.ok()) break;
      }
      if (row.flags & Batch::kBadColumns) {
        result = report->Bad(path, n, "wrong column count", "expected " + std::to_string(N));
      } else if (row.flags & Batch::kBadUtf8) {
        result = report->Bad(path, n, "invalid UTF-8");
      } else if (row.flags & Batch::kRejected) {
        result = report->Bad(path, n, row.verdict.reason, row.verdict.detail);
      } else {
        RowVerdict v = apply(row.fields.data(), row.prepared, n);
        if (v.reason.empty()) ++file.rows_kept;
        else result = report->Bad(path, n, v.reason, v.detail);
      }
      if (!result.ok()) break;
    }
    if (result.ok() && done) result = batch->status;
    if (progress) progress->Advanced(path, batch->file_bytes_read, file.rows_read);
  }
  queue.Stop();
  reader.join();
  MARQUEE_RETURN_IF_ERROR(result);
  file.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (progress) progress->Finished(path, file.rows_read, file.seconds);
  report->AddFile(file);
  return Status::OK();
}

// The same for loaders with nothing to prepare: all work is done in order by
// `on_row(fields, line)`.
template <size_t N, typename RowFn>
Status ForEachRow(const std::string& path, const char* const (&header)[N], IngestReport* report,
                  ProgressSink* progress, RowFn&& on_row) {
  struct Nothing {};
  return ForEachRow<N, Nothing>(
      path, header, report, progress, [](const std::string_view*, Nothing*) { return RowVerdict::Ok(); },
      [&](const std::string_view* fields, Nothing&, uint64_t line) { return on_row(fields, line); });
}

}  // namespace marquee::imdb
