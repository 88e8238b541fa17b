// IngestFile: the bookkeeping of one input file while a loader reads it. It
// opens the file (plain or gzip), tells the progress sink, carries the row
// counts, and on Finish() times the read and records it in the report.

#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "catalog/ingest_report.h"
#include "marquee/build.h"
#include "util/input_stream.h"

namespace marquee {

class IngestFile {
 public:
  IngestFile(const std::string& path, IngestReport* report, ProgressSink* progress)
      : report_(report), progress_(progress), start_(std::chrono::steady_clock::now()) {
    file_.path = path;
  }

  Status Open(std::unique_ptr<InputStream>* in) {
    MARQUEE_RETURN_IF_ERROR(InputStream::Open(file_.path, in));
    file_.bytes = (*in)->file_size();
    if (progress_) progress_->Started(file_.path, file_.bytes);
    return Status::OK();
  }

  FileReport& counts() { return file_; }

  void Finish() {
    file_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (progress_) progress_->Finished(file_.path, file_.rows_read, file_.seconds);
    report_->AddFile(file_);
  }

 private:
  IngestReport* report_;
  ProgressSink* progress_;
  std::chrono::steady_clock::time_point start_;
  FileReport file_;
};

}  // namespace marquee
