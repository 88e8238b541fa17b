// AtomicFile: writes a file so that it appears complete or not at all. Bytes
// go to a temporary file `PATH.tmp.PID` beside the target, which Create makes
// itself: exclusively and without following a symlink, so nothing planted at
// that name is ever written through. Commit() fsyncs it, renames it over the
// target and fsyncs the directory; the target is only ever replaced by that
// rename. Destroying an uncommitted AtomicFile removes the temporary file, and
// so does a signal that ends the process (UnlinkOnSignal); a write past the
// file size limit fails with a message saying so. A failed or interrupted
// writer leaves the previous target untouched.
//
// Test hook: with MARQUEE_TEST_HOLD_TEMP=SECONDS in the environment, Create
// sleeps that long once the temporary file exists, so a test can signal a
// writer mid-write. It does nothing else.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/status.h"

namespace marquee {

class AtomicFile {
 public:
  // Fails when the temporary name exists (see RemoveStaleTemps) or the
  // target exists and is not a regular file (a directory, FIFO or device).
  static Status Create(const std::string& path, std::unique_ptr<AtomicFile>* out);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Removes temporary files `path`.tmp.N that no live writer owns: N is not
  // a running process, or is this process and it holds no such file. Only
  // regular files and symlinks are removed (a symlink itself, never what it
  // points to). Appends the removed paths to *removed.
  static Status RemoveStaleTemps(const std::string& path, std::vector<std::string>* removed);

  Status Append(std::string_view data);
  // Overwrites bytes already appended (e.g. a header written last).
  Status WriteAt(uint64_t offset, std::string_view data);
  Status Commit();

  uint64_t size() const { return size_; }
  const std::string& temp_path() const { return temp_path_; }

 private:
  AtomicFile(std::string path, std::string temp_path, int dir_fd, std::string name, std::string temp_name)
      : path_(std::move(path)), temp_path_(std::move(temp_path)), dir_fd_(dir_fd),
        name_(std::move(name)), temp_name_(std::move(temp_name)) {}
  Status Flush();
  Status WriteAll(std::string_view data);  // at the file's end, unbuffered
  Status WriteError();

  std::string path_, temp_path_;
  int dir_fd_;                    // the directory of both names
  std::string name_, temp_name_;  // within dir_fd_
  int fd_ = -1;
  int signal_slot_ = -1;
  uint64_t size_ = 0;
  std::string buffer_;
  bool created_ = false;  // the temporary file is ours to remove
  bool committed_ = false;
};

}  // namespace marquee
