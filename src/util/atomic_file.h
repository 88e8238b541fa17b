// AtomicFile: writes a file so that it appears complete or not at all. Bytes
// go to a temporary file beside the target; Commit() fsyncs it, renames it
// over the target and fsyncs the directory. Destroying an uncommitted
// AtomicFile removes the temporary file, so a failed or interrupted writer
// leaves the previous target untouched.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "marquee/status.h"

namespace marquee {

class AtomicFile {
 public:
  static Status Create(const std::string& path, std::unique_ptr<AtomicFile>* out);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  Status Append(std::string_view data);
  // Overwrites bytes already appended (e.g. a header written last).
  Status WriteAt(uint64_t offset, std::string_view data);
  Status Commit();

  uint64_t size() const { return size_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  AtomicFile(std::string path, std::string temp, int fd)
      : path_(std::move(path)), temp_path_(std::move(temp)), fd_(fd) {}
  Status Flush();
  Status WriteAll(std::string_view data);  // at the file's end, unbuffered

  std::string path_, temp_path_;
  int fd_;
  uint64_t size_ = 0;
  std::string buffer_;
  bool committed_ = false;
};

}  // namespace marquee
