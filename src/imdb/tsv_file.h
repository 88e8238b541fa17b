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
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "catalog/ingest_file.h"
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
    uint32_t verdict;  // index into verdicts when kRejected
    std::array<std::string_view, N> fields;
    Prepared prepared;  // recycled with the batch: prepare overwrites it
  };
  std::string bytes;  // the rows' text; capacity fixed so views stay valid
  std::vector<Row> rows;  // the first `count` are in use
  size_t count = 0;
  std::vector<RowVerdict> verdicts;
  uint64_t file_bytes_read = 0;
  bool last = false;
  Status status;  // on the last batch: how reading ended
};

// A bounded queue of batches between the reader thread and the caller.
template <typename Batch>
class BatchQueue {
 public:
  // Batches come back after use, so their rows' buffers are reused instead
  // of allocated per row.
  void Recycle(std::unique_ptr<Batch> b) {
    std::lock_guard<std::mutex> l(mu_);
    free_.push_back(std::move(b));
  }
  std::unique_ptr<Batch> Fresh(size_t bytes) {
    std::unique_ptr<Batch> b;
    {
      std::lock_guard<std::mutex> l(mu_);
      if (!free_.empty()) {
        b = std::move(free_.back());
        free_.pop_back();
      }
    }
    if (!b) b = std::make_unique<Batch>();
    b->bytes.clear();
    if (b->bytes.capacity() < bytes) b->bytes.reserve(bytes);
    b->count = 0;
    b->verdicts.clear();
    b->last = false;
    return b;
  }

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
  std::deque<std::unique_ptr<Batch>> q_, free_;
  bool stop_ = false;
};

}  // namespace internal

// The loader's work per row, split in two: `prepare(fields, &prepared)` runs
// on the reader thread and may only parse; `apply(fields, prepared, line)`
// runs on the calling thread, in file order, and may touch the catalog.
// Prepared values are recycled: prepare must set every field it reads later.
template <size_t N, typename Prepared, typename PrepareFn, typename ApplyFn>
Status ForEachRow(const std::string& path, const char* const (&header)[N], IngestReport* report,
                  ProgressSink* progress, PrepareFn&& prepare, ApplyFn&& apply) {
  using Batch = internal::RowBatch<N, Prepared>;
  constexpr size_t kBatchBytes = 1 << 20;
  IngestFile input(path, report, progress);
  std::unique_ptr<InputStream> in;
  MARQUEE_RETURN_IF_ERROR(input.Open(&in));
  FileReport& file = input.counts();
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
    auto batch = queue.Fresh(kBatchBytes);
    while (true) {
      bool more = lines.Next(&line);
      if (more && batch->count > 0 && batch->bytes.size() + line.size() > batch->bytes.capacity()) {
        batch->file_bytes_read = lines.input().file_bytes_read();
        if (!queue.Push(std::move(batch))) return;
        batch = queue.Fresh(std::max(kBatchBytes, line.size()));
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
      if (batch->count == batch->rows.size()) batch->rows.emplace_back();
      auto& row = batch->rows[batch->count++];
      row.line = lines.line_number();
      row.flags = lines.had_cr() ? Batch::kCr : 0;
      if (!SplitFields(text, N, row.fields.data())) row.flags |= Batch::kBadColumns;
      else if (!IsValidUtf8(text)) row.flags |= Batch::kBadUtf8;
      else {
        RowVerdict v = prepare(row.fields.data(), &row.prepared);
        if (!v.reason.empty()) {
          row.flags |= Batch::kRejected;
          row.verdict = static_cast<uint32_t>(batch->verdicts.size());
          batch->verdicts.push_back(std::move(v));
        }
      }
    }
  });

  Status result;
  bool done = false;
  while (!done && result.ok()) {
    std::unique_ptr<Batch> batch = queue.Pop();
    done = batch->last;
    for (size_t i = 0; i < batch->count; ++i) {
      auto& row = batch->rows[i];
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
        const RowVerdict& v = batch->verdicts[row.verdict];
        result = report->Bad(path, n, v.reason, v.detail);
      } else {
        RowVerdict v = apply(row.fields.data(), row.prepared, n);
        if (v.reason.empty()) ++file.rows_kept;
        else result = report->Bad(path, n, v.reason, v.detail);
      }
      if (!result.ok()) break;
    }
    if (result.ok() && done) result = batch->status;
    if (progress) progress->Advanced(path, batch->file_bytes_read, file.rows_read);
    queue.Recycle(std::move(batch));
  }
  queue.Stop();
  reader.join();
  MARQUEE_RETURN_IF_ERROR(result);
  input.Finish();
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
