// InputStream: the bytes of one input file, inflated on the fly when the file
// is gzip (detected by its magic bytes, not its name). Inflation uses ISA-L,
// which is ~5x faster than zlib on this hardware, and runs on a background
// thread one chunk ahead of the reader, so parsing and inflating overlap on
// two cores. Corrupt or truncated gzip is reported as Corruption naming the
// file; it never hangs or yields garbage silently.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "marquee/status.h"

namespace marquee {

class InputStream {
 public:
  // Opens `path`. Fails with IOError when the file cannot be read.
  static Status Open(const std::string& path, std::unique_ptr<InputStream>* out);
  virtual ~InputStream() = default;

  // Appends up to `max` more bytes to *dst (at least 1 unless the stream has
  // ended). Sets *eof when nothing is left. Fails on corrupt input.
  virtual Status Read(size_t max, std::string* dst, bool* eof) = 0;

  // Bytes of the file on disk consumed so far and in all (for progress).
  virtual uint64_t file_bytes_read() const = 0;
  uint64_t file_size() const { return file_size_; }
  const std::string& path() const { return path_; }
  bool compressed() const { return compressed_; }

 protected:
  InputStream(std::string path, uint64_t size, bool compressed)
      : path_(std::move(path)), file_size_(size), compressed_(compressed) {}
  std::string path_;
  uint64_t file_size_;
  bool compressed_;
};

}  // namespace marquee
