// MappedFile: a whole file mapped read-only into memory. Pages are loaded by
// the kernel on first touch, so opening costs a few system calls whatever the
// file's size. The mapping lives as long as the object.

#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "marquee/status.h"

namespace marquee {

// Opens `path` read-only and checks that it is a regular file, without ever
// blocking: a FIFO, directory, device or socket is an IOError that says
// which it is (opening a FIFO would otherwise wait for a writer forever).
// Sets *fd (the caller closes it) and *size.
Status OpenRegularFile(const std::string& path, int* fd, size_t* size);

class MappedFile {
 public:
  static Status Open(const std::string& path, std::unique_ptr<MappedFile>* out);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return data_; }
  size_t size() const { return size_; }
  std::string_view bytes() const { return {data_, size_}; }
  const std::string& path() const { return path_; }

  // Maps every page of the file into this process now (reading it from disk
  // if the page cache does not hold it), so later accesses never take a page
  // fault. For long-running processes; NotSupported before Linux 5.14.
  Status Prefault() const;

 private:
  MappedFile(std::string path, const char* data, size_t size)
      : path_(std::move(path)), data_(data), size_(size) {}
  std::string path_;
  const char* data_;
  size_t size_;
};

}  // namespace marquee
